"""The dialog shown at start when the data file or its folder cannot be used: what is wrong, in
words and in SQLite's or the OS's own, and the ways out core.store.health offers for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.store.health import StoreChoice, StoreHealth, StoreProblem
from ui.common import formatting

#: objectName of each choice's button (tests press them by name).
CHOICE_BUTTON_NAMES = {
    StoreChoice.VIEW_READ_ONLY: "viewReadOnlyButton",
    StoreChoice.START_NEW: "startNewButton",
    StoreChoice.OTHER_FOLDER: "otherFolderButton",
    StoreChoice.RETRY: "retryButton",
    StoreChoice.QUIT: "quitButton",
}


class DatabaseProblemDialog(QDialog):
    """Says what is wrong with the data file and lets the user choose what to do."""

    def __init__(self, health: StoreHealth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseProblemDialog")
        self.setWindowTitle(self.tr("SMM Desk cannot open its data"))
        self.setMinimumWidth(560)
        self.health = health
        #: The user's answer; QUIT when the dialog is closed without one.
        self.choice = StoreChoice.QUIT
        #: The folder picked for OTHER_FOLDER.
        self.folder: Path | None = None

        title, explanation = self._words(health.problem)
        self.headline = QLabel(title, self)
        self.headline.setObjectName("problemHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.explanation = QLabel(explanation, self)
        self.explanation.setObjectName("problemExplanation")
        self.explanation.setWordWrap(True)
        self.location = QLabel(
            self.tr("Data file: {path}").format(path=formatting.ltr(health.db_path)), self
        )
        self.location.setObjectName("problemLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel(self.tr("Technical details:"), self)
        self.details_label.setObjectName("problemDetailsLabel")
        self.details = QPlainTextEdit(health.detail, self)
        self.details.setObjectName("problemDetails")
        self.details.setReadOnly(True)
        # SQLite's and the OS's words read left to right in every language.
        self.details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.details_label.setVisible(bool(health.detail))
        self.details.setVisible(bool(health.detail))

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.location)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details)
        self.buttons: dict[StoreChoice, QCommandLinkButton] = {}
        for choice in health.choices:
            text, description = self._choice_words(choice)
            button = QCommandLinkButton(text, description, self)
            button.setObjectName(CHOICE_BUTTON_NAMES[choice])
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setDefault(True)
            first.setFocus()

    def _words(self, problem: StoreProblem) -> tuple[str, str]:
        words = {
            StoreProblem.CORRUPT: (
                self.tr("The data file is damaged"),
                self.tr(
                    "The file where SMM Desk keeps your panels, preferences and the journal of "
                    "your orders is damaged and cannot be used as it is."
                ),
            ),
            StoreProblem.NOT_A_DATABASE: (
                self.tr("The data file is not an SMM Desk data file"),
                self.tr(
                    "The file where SMM Desk keeps its data holds something else: it may have "
                    "been replaced or overwritten."
                ),
            ),
            StoreProblem.NEWER_SCHEMA: (
                self.tr("The data file is from a newer SMM Desk"),
                self.tr(
                    "A newer version of SMM Desk wrote this file; this version cannot read it. "
                    "Use the newer version, or keep this file aside and start a new one."
                ),
            ),
            StoreProblem.READ_ONLY_LOCATION: (
                self.tr("The data folder is read-only"),
                self.tr(
                    "SMM Desk cannot save anything in its data folder (a read-only disk or "
                    "folder, or no permission to write there)."
                ),
            ),
            StoreProblem.READ_ONLY_FILE: (
                self.tr("The data file is read-only"),
                self.tr("SMM Desk has no permission to change its data file."),
            ),
            StoreProblem.UNUSABLE_LOCATION: (
                self.tr("The data folder cannot be used"),
                self.tr(
                    "The data folder cannot be created, or its place is taken by a file; or "
                    "the data file's place is taken by a folder."
                ),
            ),
            StoreProblem.UNREADABLE: (
                self.tr("The data file cannot be read"),
                self.tr("SMM Desk has no permission to read its data file."),
            ),
            StoreProblem.LOCKED: (
                self.tr("The data file is in use"),
                self.tr("Another program is writing to the data file. Close it, then try again."),
            ),
        }
        default = (
            self.tr("The data file could not be opened"),
            self.tr("Opening or upgrading the data file failed; the details say why."),
        )
        return words.get(problem, default)

    def _choice_words(self, choice: StoreChoice) -> tuple[str, str]:
        words = {
            StoreChoice.VIEW_READ_ONLY: (
                self.tr("Open it read-only"),
                self.tr(
                    "See your panels and orders as they are in the file. Nothing can be saved "
                    "and no order can be placed until the problem is solved."
                ),
            ),
            StoreChoice.START_NEW: (
                self.tr("Keep a copy and start a new data file"),
                self.tr(
                    "The file is moved aside under a dated name in the same folder (nothing is "
                    "deleted) and SMM Desk starts with new, empty data: its orders are not "
                    "carried over."
                ),
            ),
            StoreChoice.OTHER_FOLDER: (
                self.tr("Use another data folder…"),
                self.tr("Choose a folder where SMM Desk may keep its data for this run."),
            ),
            StoreChoice.RETRY: (
                self.tr("Try again"),
                self.tr("Check the data file again."),
            ),
            StoreChoice.QUIT: (
                self.tr("Quit"),
                self.tr("Close SMM Desk without changing anything."),
            ),
        }
        return words[choice]

    def _choose(self, choice: StoreChoice) -> None:
        if choice is StoreChoice.OTHER_FOLDER:
            folder = self._pick_folder()
            if folder is None:
                return  # the chooser was cancelled: the question stands
            self.folder = folder
        self.choice = choice
        self.accept()

    def _pick_folder(self) -> Path | None:
        chooser = QFileDialog(self, self.tr("Choose a data folder"))
        chooser.setObjectName("dataFolderChooser")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.setDirectory(str(self.health.data_dir.parent))
        if chooser.exec() != QDialog.DialogCode.Accepted or not chooser.selectedFiles():
            return None
        return Path(chooser.selectedFiles()[0])

    @classmethod
    def ask(
        cls, health: StoreHealth, parent: QWidget | None = None
    ) -> tuple[StoreChoice, Path | None]:
        """Show the dialog and wait: the choice, and the folder picked for OTHER_FOLDER."""
        dialog = cls(health, parent)
        dialog.exec()
        choice, folder = dialog.choice, dialog.folder
        dialog.deleteLater()
        return choice, folder

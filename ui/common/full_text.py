"""A pane that shows a panel's long texts cut, and the dialog that shows the whole of them.

A service's name or description can be a megabyte (a hostile or broken panel): the pane lays
out a preview (ui/common/long_text.py) and offers "Show all…", which opens the whole text in a
scrollable read-only view with a Copy button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.common.long_text import SHOWN_CHARS, in_blocks, is_cut, preview, readable

#: A window title shows no more of a panel's name than this.
TITLE_CHARS = 80


class FullTextDialog(QDialog):
    """The whole of a long text, read-only and scrollable; Copy puts all of it on the clipboard."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fullTextDialog")
        self.setWindowTitle(preview(title, TITLE_CHARS))
        self.text = readable(text)
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("fullTextView")
        self.view.setReadOnly(True)
        # Laid out block by block: a megabyte in one line would wrap for minutes.
        self.view.setPlainText(in_blocks(self.text))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("fullTextCopy")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("fullTextButtons")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def copy(self) -> None:
        """The whole text on the clipboard, as it is (not in the view's blocks)."""
        QGuiApplication.clipboard().setText(self.text)


class CutTextPane(QWidget):
    """Read-only lines of a panel's text, each cut to a preview; "Show all…" when one was cut.

    `browser` is the text view (named `name`, a data widget for the translation check)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Pane")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName(name)
        self.browser.setOpenLinks(False)
        self.show_all_button = QPushButton(self.tr("Show all…"), self)
        self.show_all_button.setObjectName(f"{name}ShowAll")
        self.show_all_button.setToolTip(self.tr("Open the whole text, with a button to copy it"))
        self.show_all_button.setVisible(False)
        self.show_all_button.clicked.connect(self.show_all)
        self.dialog: FullTextDialog | None = None
        self._title = ""
        self._whole = ""
        # Beside the text, not under it: the pane is often only a few lines high.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignTop)

    def set_lines(self, lines: Sequence[str], title: str = "", limit: int = SHOWN_CHARS) -> None:
        """Show these lines, each cut to `limit` characters; `title` names the whole text."""
        cut = any(is_cut(line, limit) for line in lines)
        self.browser.setPlainText("\n".join(preview(line, limit) for line in lines))
        self._whole = "\n".join(lines) if cut else ""
        self._title = title
        self.show_all_button.setVisible(cut)

    def set_message(self, text: str) -> None:
        """A short text of the app's own (nothing is cut)."""
        self.set_lines([text])

    def clear(self) -> None:
        """Show nothing (the browser's placeholder, if it has one)."""
        self.browser.clear()
        self._whole = ""
        self.show_all_button.setVisible(False)

    def show_all(self) -> FullTextDialog:
        """Open the whole text in its own window (one at a time)."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = FullTextDialog(self._title or self.tr("Whole text"), self._whole, self)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

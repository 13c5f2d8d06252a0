"""The start-up problem dialog on real broken folders: what it says, the buttons it offers
(exactly the choices core allows), and the answer each gives, the folder chooser included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QDialog, QFileDialog

from core.store.health import StoreChoice, StoreHealth, StoreProblem, check_store
from tests.core.store.broken_data import corrupt_catalogue_pages, filled_store, replace_with_png
from ui.common import i18n
from ui.shell.database_problem_dialog import CHOICE_BUTTON_NAMES, DatabaseProblemDialog


@pytest.fixture
def damaged(tmp_path: Path) -> StoreHealth:
    data_dir = tmp_path / "data"
    corrupt_catalogue_pages(filled_store(data_dir, orders=5))
    return check_store(data_dir)


def buttons(dialog: DatabaseProblemDialog) -> list[str]:
    return [b.objectName() for b in dialog.findChildren(QCommandLinkButton) if not b.isHidden()]


def test_it_says_what_is_wrong_and_offers_the_choices(qtbot, damaged: StoreHealth) -> None:
    dialog = DatabaseProblemDialog(damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.headline.text() == "The data file is damaged"
    assert str(damaged.db_path) in dialog.location.text()
    assert dialog.details.toPlainText() == damaged.detail != ""  # SQLite's own words
    assert buttons(dialog) == ["viewReadOnlyButton", "startNewButton", "quitButton"]
    assert dialog.buttons[StoreChoice.VIEW_READ_ONLY].isDefault()


@pytest.mark.parametrize(
    "choice", [StoreChoice.VIEW_READ_ONLY, StoreChoice.START_NEW, StoreChoice.QUIT]
)
def test_each_button_answers_with_its_choice(qtbot, damaged: StoreHealth, choice) -> None:
    dialog = DatabaseProblemDialog(damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QCommandLinkButton, CHOICE_BUTTON_NAMES[choice]).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is choice and dialog.folder is None


def test_closing_it_means_quit(qtbot, damaged: StoreHealth) -> None:
    dialog = DatabaseProblemDialog(damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.choice is StoreChoice.QUIT


def test_a_foreign_file_offers_no_view(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    replace_with_png(filled_store(data_dir, orders=1))
    dialog = DatabaseProblemDialog(check_store(data_dir))
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == "The data file is not an SMM Desk data file"
    assert buttons(dialog) == ["startNewButton", "quitButton"]


def _answer_the_chooser(qtbot, folder: Path | None) -> None:
    """When the folder chooser is up: pick `folder`, or cancel it with None."""

    def chooser() -> QFileDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        return next((w for w in found if w.isVisible()), None)

    def answer() -> None:
        dialog = chooser()
        assert dialog is not None and dialog.objectName() == "dataFolderChooser"
        if folder is None:
            dialog.reject()
        else:
            dialog.setDirectory(str(folder))  # nothing selected: the folder shown is chosen
            dialog.accept()

    qtbot.waitUntil(lambda: chooser() is not None, timeout=10_000)
    answer()


def test_another_folder_is_picked_or_the_question_stands(qtbot, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    health = check_store(tmp_path / "a-file" / "data")
    assert health.problem is StoreProblem.UNUSABLE_LOCATION
    dialog = DatabaseProblemDialog(health)
    qtbot.addWidget(dialog)
    dialog.show()
    assert buttons(dialog) == ["otherFolderButton", "quitButton"]
    button = dialog.buttons[StoreChoice.OTHER_FOLDER]

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: _answer_the_chooser(qtbot, None))
    button.click()  # the chooser runs its own loop; cancelled, the dialog stays
    assert dialog.isVisible() and dialog.choice is StoreChoice.QUIT

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    QTimer.singleShot(0, lambda: _answer_the_chooser(qtbot, elsewhere))
    button.click()
    assert dialog.choice is StoreChoice.OTHER_FOLDER
    assert dialog.folder == elsewhere


def test_it_speaks_persian(qtbot, qapp, damaged: StoreHealth) -> None:
    installed = i18n.install_language(qapp, "fa")
    try:
        dialog = DatabaseProblemDialog(damaged)
        qtbot.addWidget(dialog)
        texts = [dialog.windowTitle(), dialog.headline.text(), dialog.explanation.text()]
        texts += [b.text() for b in dialog.findChildren(QCommandLinkButton)]
        texts += [b.description() for b in dialog.findChildren(QCommandLinkButton)]
        for text in texts:
            assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
    finally:
        installed.uninstall()

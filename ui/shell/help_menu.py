"""The Help menu's packaging-related actions: open the log folder, about the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu

from core import APP_NAME, __version__

HELP_MENU_NAME = "helpMenu"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def help_menu(window: QMainWindow) -> QMenu:
    """The window's Help menu (objectName "helpMenu"), created at the end of the bar if absent."""
    menu = window.menuBar().findChild(QMenu, HELP_MENU_NAME)
    if menu is None:
        menu = window.menuBar().addMenu(_tr("&Help"))
        menu.setObjectName(HELP_MENU_NAME)
    return menu


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager (created first); False if that failed."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_help_menu(window: QMainWindow, log_dir: Path) -> QMenu:
    """Add "Open log folder" and "About" to the window's Help menu; returns the menu."""
    menu = help_menu(window)
    log_dir = Path(log_dir)

    open_logs = QAction(_tr("Open &log folder"), window)
    open_logs.setObjectName("openLogFolderAction")
    open_logs.setToolTip(str(log_dir))

    def on_open_logs() -> None:
        if not open_folder(log_dir):
            from PySide6.QtWidgets import QMessageBox  # not at start: its type costs ~1 ms

            QMessageBox.information(
                window,
                _tr("Log folder"),
                _tr("The log folder could not be opened. It is here:\n{path}").format(path=log_dir),
            )

    open_logs.triggered.connect(on_open_logs)
    menu.addAction(open_logs)

    about = QAction(_tr("&About {app}").format(app=APP_NAME), window)
    about.setObjectName("aboutAction")

    def on_about() -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            window,
            _tr("About {app}").format(app=APP_NAME),
            _tr("{app} {version}\nA desktop client for SMM panels.").format(
                app=APP_NAME, version=__version__
            ),
        )

    about.triggered.connect(on_about)
    menu.addAction(about)
    return menu

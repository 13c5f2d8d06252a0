"""MainWindow: the tabs (Services, New order, Orders), menus and the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from core import APP_NAME
from ui.session import AppSession


class MainWindow(QMainWindow):
    """The application's one main window."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(QLabel(self.tr("Services")), self.tr("Services"))
        self.tabs.addTab(QLabel(self.tr("New order")), self.tr("New order"))
        self.tabs.addTab(QLabel(self.tr("Orders")), self.tr("Orders"))
        self.setCentralWidget(self.tabs)
        self.resize(1100, 700)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.session.runner.shutdown()
        super().closeEvent(event)

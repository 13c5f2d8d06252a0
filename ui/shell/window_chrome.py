"""The main window's actions, toolbar, menus and status bar, made once at its construction.

Texts keep the window's translation context ("MainWindow"): they were its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QToolBar

from ui.common.icons import icon
from ui.shell.balance_bar import BalanceBar
from ui.shell.status_line import StatusLine

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

_CTX = "MainWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def build_chrome(window: MainWindow) -> None:
    """Give `window` its actions (`panels_action`, ...), toolbar (`profile_switcher`,
    `balance_bar`), menus and status bar (`busy_indicator`, `key_warning`, `panel_label`)."""
    _build_actions(window)
    _build_toolbar(window)
    _build_menus(window)
    _build_status_bar(window)


def _action(
    window: MainWindow, name: str, text: str, shortcut: Any = None, icon_name: str | None = None
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if icon_name is not None:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def _build_actions(window: MainWindow) -> None:
    window.panels_action = _action(
        window, "actionPanels", _tr("&Panels…"), "Ctrl+,", icon_name="settings"
    )
    window.preferences_action = _action(
        window, "actionPreferences", _tr("Pr&eferences…"), None, icon_name="settings"
    )
    window.refresh_services_action = _action(
        window, "actionRefreshServices", _tr("&Refresh services"), None, "refresh"
    )
    # F5 refreshes what the current tab shows: services, or the orders' statuses.
    window.refresh_current_action = _action(
        window, "actionRefreshCurrent", _tr("Refresh this &tab"), Qt.Key.Key_F5
    )
    window.refresh_balance_action = _action(
        window, "actionRefreshBalance", _tr("Refresh &balance"), "Ctrl+B", "refresh"
    )
    window.find_action = _action(window, "actionFind", _tr("&Find"), QKeySequence.StandardKey.Find)
    window.quit_action = _action(window, "actionQuit", _tr("&Quit"), QKeySequence.StandardKey.Quit)


def _build_toolbar(window: MainWindow) -> None:
    toolbar = QToolBar(_tr("Panel"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addWidget(QLabel(_tr("Panel: "), toolbar))
    window.profile_switcher = QComboBox(toolbar)
    window.profile_switcher.setObjectName("profileSwitcher")
    window.profile_switcher.setMinimumContentsLength(16)
    window.profile_switcher.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    window.profile_switcher.setToolTip(_tr("The panel you are working with"))
    toolbar.addWidget(window.profile_switcher)
    # The balance in sight, beside the panel it belongs to (ui/shell/balance_bar.py).
    window.balance_bar = BalanceBar(window.session, toolbar)
    window.balance_button = window.balance_bar.button
    toolbar.addWidget(window.balance_bar)
    toolbar.addAction(window.panels_action)
    toolbar.addSeparator()
    toolbar.addAction(window.refresh_services_action)
    toolbar.addAction(window.refresh_balance_action)
    window.addToolBar(toolbar)


def _build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    panel = bar.addMenu(_tr("&Panel"))
    panel.setObjectName("menuPanel")
    panel.addAction(window.panels_action)
    panel.addAction(window.refresh_balance_action)
    panel.addAction(window.preferences_action)
    panel.addSeparator()
    panel.addAction(window.quit_action)
    services = bar.addMenu(_tr("&Services"))
    services.setObjectName("menuServices")
    services.addAction(window.find_action)
    services.addAction(window.refresh_services_action)
    panel.insertAction(window.refresh_balance_action, window.refresh_current_action)


def _build_status_bar(window: MainWindow) -> None:
    status = StatusLine(window)  # long messages cut at a word, the whole in a tooltip
    window.setStatusBar(status)
    status.setObjectName("statusBar")
    window.busy_indicator = QProgressBar(status)
    window.busy_indicator.setObjectName("busyIndicator")
    window.busy_indicator.setRange(0, 0)  # indeterminate
    window.busy_indicator.setMaximumWidth(90)
    window.busy_indicator.setMaximumHeight(14)
    window.busy_indicator.setTextVisible(False)
    window.busy_indicator.setToolTip(_tr("Working in the background…"))
    window.busy_indicator.setVisible(False)
    window.key_warning = QLabel(status)
    window.key_warning.setObjectName("keyWarning")
    window.key_warning.setStyleSheet("color: #b3261e;")
    window.key_warning.setVisible(False)
    window.panel_label = QLabel(status)
    window.panel_label.setObjectName("statusPanel")
    status.addPermanentWidget(window.busy_indicator)
    status.addPermanentWidget(window.key_warning)
    status.addPermanentWidget(window.panel_label)

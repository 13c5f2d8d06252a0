"""MainWindow: the tabs (Services, New order, Orders), menus, the panel switcher, the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from core import APP_NAME
from ui.common import formatting
from ui.common.error_text import keyring_why, one_line
from ui.common.icons import icon
from ui.new_order.new_order_tab import NewOrderTab
from ui.orders.orders_tab import OrdersTab
from ui.services.services_tab import ServicesTab
from ui.shell.balance_bar import BalanceBar
from ui.shell.preferences_dialog import PreferencesDialog
from ui.shell.profiles_dialog import ProfilesDialog
from ui.shell.session import AppSession
from ui.shell.status_line import StatusLine

STATUS_TIMEOUT_MS = 10_000


class MainWindow(QMainWindow):
    """The application's one main window."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shown_profile_id: int | None = None  # the panel the status bar speaks of
        self._last_problem: str | None = None  # the client problem the status bar shows
        self.profiles_dialog: ProfilesDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.services_tab = ServicesTab(session, self.tabs)
        self.order_tab = NewOrderTab(session, self.tabs)
        self.orders_tab = OrdersTab(session, self.tabs)
        self.tabs.addTab(self.services_tab, icon("services"), self.tr("Services"))
        self.tabs.addTab(self.order_tab, icon("new-order"), self.tr("New order"))
        self.tabs.addTab(self.orders_tab, icon("orders"), self.tr("Orders"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.resize(1200, 760)
        self._restore_state()

    # --- construction --------------------------------------------------------------------------

    def _action(
        self, name: str, text: str, shortcut: Any = None, icon_name: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.panels_action = self._action(
            "actionPanels", self.tr("&Panels…"), "Ctrl+,", icon_name="settings"
        )
        self.preferences_action = self._action(
            "actionPreferences", self.tr("Pr&eferences…"), None, icon_name="settings"
        )
        self.refresh_services_action = self._action(
            "actionRefreshServices", self.tr("&Refresh services"), None, "refresh"
        )
        # F5 refreshes what the current tab shows: services, or the orders' statuses.
        self.refresh_current_action = self._action(
            "actionRefreshCurrent", self.tr("Refresh this &tab"), Qt.Key.Key_F5
        )
        self.refresh_balance_action = self._action(
            "actionRefreshBalance", self.tr("Refresh &balance"), "Ctrl+B", "refresh"
        )
        self.find_action = self._action(
            "actionFind", self.tr("&Find a service"), QKeySequence.StandardKey.Find
        )
        self.quit_action = self._action(
            "actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit
        )

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Panel"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(QLabel(self.tr("Panel: "), toolbar))
        self.profile_switcher = QComboBox(toolbar)
        self.profile_switcher.setObjectName("profileSwitcher")
        self.profile_switcher.setMinimumContentsLength(16)
        self.profile_switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_switcher.setToolTip(self.tr("The panel you are working with"))
        toolbar.addWidget(self.profile_switcher)
        # The balance in sight, beside the panel it belongs to (ui/shell/balance_bar.py).
        self.balance_bar = BalanceBar(self.session, toolbar)
        self.balance_button = self.balance_bar.button
        toolbar.addWidget(self.balance_bar)
        toolbar.addAction(self.panels_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_services_action)
        toolbar.addAction(self.refresh_balance_action)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        panel = bar.addMenu(self.tr("&Panel"))
        panel.setObjectName("menuPanel")
        panel.addAction(self.panels_action)
        panel.addAction(self.refresh_balance_action)
        panel.addAction(self.preferences_action)
        panel.addSeparator()
        panel.addAction(self.quit_action)
        services = bar.addMenu(self.tr("&Services"))
        services.setObjectName("menuServices")
        services.addAction(self.find_action)
        services.addAction(self.refresh_services_action)
        panel.insertAction(self.refresh_balance_action, self.refresh_current_action)

    def _build_status_bar(self) -> None:
        status = StatusLine(self)  # long messages cut at a word, the whole in a tooltip
        self.setStatusBar(status)
        status.setObjectName("statusBar")
        self.busy_indicator = QProgressBar(status)
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setRange(0, 0)  # indeterminate
        self.busy_indicator.setMaximumWidth(90)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setToolTip(self.tr("Working in the background…"))
        self.busy_indicator.setVisible(False)
        self.key_warning = QLabel(status)
        self.key_warning.setObjectName("keyWarning")
        self.key_warning.setStyleSheet("color: #b3261e;")
        self.key_warning.setVisible(False)
        self.panel_label = QLabel(status)
        self.panel_label.setObjectName("statusPanel")
        status.addPermanentWidget(self.busy_indicator)
        status.addPermanentWidget(self.key_warning)
        status.addPermanentWidget(self.panel_label)

    def _connect(self) -> None:
        session = self.session
        session.runner.busyChanged.connect(self.busy_indicator.setVisible)
        session.profilesChanged.connect(self._fill_switcher)
        session.profileChanged.connect(self._profile_changed)
        session.balanceFailed.connect(
            lambda exc: self.statusBar().showMessage(one_line(exc), STATUS_TIMEOUT_MS)
        )
        session.keyMissing.connect(self._key_missing)
        session.keyStored.connect(self._key_stored)
        session.statusMessage.connect(lambda text: self.statusBar().showMessage(text))
        session.serviceChosen.connect(self._service_chosen)
        session.repeatOrder.connect(self._service_chosen)
        session.showOrder.connect(lambda _local_id: self.tabs.setCurrentWidget(self.orders_tab))
        self.profile_switcher.activated.connect(self._switcher_activated)
        self.panels_action.triggered.connect(lambda: self.open_profiles())
        self.preferences_action.triggered.connect(lambda: self.open_preferences())
        self.refresh_services_action.triggered.connect(self.services_tab.refresh)
        self.refresh_current_action.triggered.connect(self.refresh_current_tab)
        self.refresh_balance_action.triggered.connect(session.refresh_balance)
        self.find_action.triggered.connect(self._find)
        self.quit_action.triggered.connect(self.close)

    # --- state ---------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        state = self.session.ui_state()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        window_state = state.value("window/state")
        if window_state is not None:
            self.restoreState(window_state)
        tab = state.value("window/tab")
        if tab is not None and str(tab).isdigit():
            self.tabs.setCurrentIndex(min(int(tab), self.tabs.count() - 1))
        self.services_tab.restore_state(state)
        self.orders_tab.restore_state(state)

    def save_state(self) -> None:
        state = self.session.ui_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        state.setValue("window/tab", self.tabs.currentIndex())
        self.services_tab.save_state(state)
        self.orders_tab.save_state(state)
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.save_state()
        # Cancel, quit and wait for every worker: no thread outlives the window. Closing the
        # client first means no worker sits out a retry backoff meanwhile.
        self.session.close_client()
        self.session.runner.shutdown()
        super().closeEvent(event)

    # --- profiles ------------------------------------------------------------------------------

    def _fill_switcher(self) -> None:
        current = self.session.profile.id if self.session.profile is not None else None
        self.profile_switcher.blockSignals(True)
        self.profile_switcher.clear()
        for profile in self.session.profiles:
            self.profile_switcher.addItem(profile.name, profile.id)
        index = self.profile_switcher.findData(current)
        self.profile_switcher.setCurrentIndex(max(index, 0))
        self.profile_switcher.blockSignals(False)

    def _switcher_activated(self, index: int) -> None:
        profile_id = self.profile_switcher.itemData(index)
        if profile_id is not None and (
            self.session.profile is None or self.session.profile.id != profile_id
        ):
            self.session.activate_profile(profile_id)

    def _profile_changed(self, profile: Any) -> None:
        self._fill_switcher()
        self._show_key_location()
        if profile is None:
            self.panel_label.setText(self.tr("No panel"))
            return
        self.panel_label.setText(formatting.isolate(profile.name))
        self.panel_label.setToolTip(formatting.ltr(profile.url))
        # A window title is plain text to the desktop: no bidi marks, which some show as boxes.
        self.setWindowTitle(f"{formatting.strip_bidi(profile.name)} — {APP_NAME}")
        # Whatever the bar said was about the panel just left: an error of it must not seem to
        # be about this one. (At start it may hold a note about the data folder: kept.)
        bar = self.statusBar()
        if self._shown_profile_id is not None and self._shown_profile_id != profile.id:
            bar.clearMessage()
        elif self._last_problem and bar.currentMessage() == self._last_problem:
            bar.clearMessage()  # the problem it spoke of is solved now
        self._shown_profile_id = profile.id
        self._last_problem = self.session.client_problem
        if self.session.client is None and self.session.client_problem:
            bar.showMessage(self.session.client_problem, STATUS_TIMEOUT_MS)

    def open_profiles(
        self, profile_id: int | None = None, first_run: bool = False
    ) -> ProfilesDialog:
        """Open the Panels dialog (window-modal, not blocking); returns it."""
        if self.profiles_dialog is not None and self.profiles_dialog.isVisible():
            self.profiles_dialog.raise_()
            return self.profiles_dialog
        dialog = ProfilesDialog(self.session, self, profile_id=profile_id, first_run=first_run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda *_: setattr(self, "profiles_dialog", None))
        self.profiles_dialog = dialog
        dialog.open()
        return dialog

    def open_preferences(self) -> PreferencesDialog:
        """Open the Preferences dialog (language, calendar); returns it."""
        if self.preferences_dialog is not None and self.preferences_dialog.isVisible():
            self.preferences_dialog.raise_()
            return self.preferences_dialog
        dialog = PreferencesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda *_: setattr(self, "preferences_dialog", None))
        dialog.saved.connect(
            lambda *_: self.statusBar().showMessage(
                self.tr("Preferences saved: they apply the next time SMM Desk starts."),
                STATUS_TIMEOUT_MS,
            )
        )
        self.preferences_dialog = dialog
        dialog.open()
        return dialog

    def _key_missing(self, profile: Any) -> None:
        self.panel_label.setText(
            self.tr("{name} (no API key)").format(name=formatting.isolate(profile.name))
        )
        self.open_profiles(profile.id, first_run=len(self.session.profiles) <= 1)

    def _key_stored(self, profile: Any, stored: Any) -> None:
        if self.session.profile is not None and self.session.profile.id == profile.id:
            self._show_key_location(keyring_why(stored.why))

    def _show_key_location(self, reason: str | None = None) -> None:
        from core.credentials import KeyLocation

        location = self.session.key_location
        # The demo's key is a fake for a panel on this computer: nothing to warn about.
        warn = location not in (None, KeyLocation.KEYRING) and not self.session.is_demo
        self.key_warning.setVisible(warn)
        if location == KeyLocation.SESSION:
            self.key_warning.setText(self.tr("Key kept for this session only"))
        elif location == KeyLocation.PLAIN_FILE:
            self.key_warning.setText(self.tr("Key saved in an unencrypted file"))
        if reason:
            self.key_warning.setToolTip(reason)

    # --- misc ----------------------------------------------------------------------------------

    def refresh_current_tab(self) -> None:
        """F5: the Orders tab asks for its orders' statuses; elsewhere the services are fetched
        again (New order shows the same catalogue)."""
        if self.tabs.currentWidget() is self.orders_tab:
            self.orders_tab.refresh()
        else:
            self.services_tab.refresh()

    def _service_chosen(self, _chosen: object) -> None:
        """A service picked, or an order to repeat: both are finished in New order."""
        self.tabs.setCurrentWidget(self.order_tab)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.services_tab)
        self.services_tab.focus_filter()

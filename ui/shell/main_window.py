"""MainWindow: the tabs (Services, New order, Orders, Market, Insights), the panel switcher, and
what the window's actions do (they, its toolbar, menus and status bar are made by
ui/shell/window_chrome.py).

Tabs are declared once (`_declare_tabs`) and made when first shown: the first paint builds only
the visible tab, so start-up pays for one tab's widgets and imports, not all of them. The alert
list (a dock, hidden unless the user left it open) is made right after the first paint too.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QTabWidget,
    QWidget,
)

from core import APP_NAME
from ui.common import formatting
from ui.common.error_text import keyring_why, one_line
from ui.common.icons import icon
from ui.shell.session import AppSession
from ui.shell.window_chrome import build_chrome

if TYPE_CHECKING:  # imported when first opened: the Panels dialog brings keyring (~0.2 s)
    from ui.alerts.alert_center import AlertCenter
    from ui.shell.preferences_dialog import PreferencesDialog
    from ui.shell.profiles_dialog import ProfilesDialog

STATUS_TIMEOUT_MS = 10_000

SERVICES_TAB = "servicesTab"
NEW_ORDER_TAB = "newOrderTab"
ORDERS_TAB = "ordersTab"


@dataclass(frozen=True)
class TabDeclaration:
    """One main tab: made from `factory` ("package.module:Class", called with the session and
    the parent) the first time it is shown or asked for (`MainWindow.tab`)."""

    name: str  # the tab's objectName, also how the window asks for it
    title: str  # translated
    icon_name: str
    factory: str
    #: Made right after the first paint even if not shown: it loads what other tabs use.
    preload: bool = False

    def make(self, session: AppSession, parent: QWidget) -> QWidget:
        module_name, _, class_name = self.factory.partition(":")
        # Imported here, not at the top: a tab not shown yet costs nothing at start.
        widget_class = getattr(importlib.import_module(module_name), class_name)
        return widget_class(session, parent)


class MainWindow(QMainWindow):
    """The application's one main window."""

    _painted = False

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
        self._declarations = self._declare_tabs()
        self._made: dict[str, QWidget] = {}
        self._after_first_paint: list[Callable[[], None]] = []
        self.installEventFilter(self)  # until the first paint
        for declaration in self._declarations:
            placeholder = QWidget(self.tabs)  # stands in until the tab is first shown
            placeholder.setObjectName(declaration.name + "Placeholder")
            self.tabs.addTab(placeholder, icon(declaration.icon_name), declaration.title)
        self.setCentralWidget(self.tabs)
        build_chrome(self)  # ui/shell/window_chrome.py
        self._connect()
        self._alerts: AlertCenter | None = None  # made after the first paint (`alerts`)
        self.resize(1200, 760)
        self._restore_state()

    # --- tabs ----------------------------------------------------------------------------------

    def _declare_tabs(self) -> list[TabDeclaration]:
        """The main tabs in their order. Adding a tab is one more line here."""
        return [
            TabDeclaration(
                SERVICES_TAB, self.tr("Services"), "services",
                "ui.services.services_tab:ServicesTab", preload=True,
            ),
            TabDeclaration(
                NEW_ORDER_TAB, self.tr("New order"), "new-order",
                "ui.new_order.new_order_tab:NewOrderTab",
            ),
            # Preloaded: its auto-refresh and finished-order notices run while it is hidden.
            TabDeclaration(
                ORDERS_TAB, self.tr("Orders"), "orders", "ui.orders.orders_tab:OrdersTab",
                preload=True,
            ),
            TabDeclaration(
                "marketTab", self.tr("Market"), "market", "ui.market.market_tab:MarketTab"
            ),
            TabDeclaration(
                "insightsTab", self.tr("Insights"), "insights",
                "ui.insights.insights_tab:InsightsTab",
            ),
        ]  # fmt: skip

    def tab(self, name: str) -> QWidget:
        """The tab called `name`, made now if it was not yet (it stays where it was declared)."""
        widget = self._made.get(name)
        return widget if widget is not None else self._make_tab(name)

    def made_tab(self, name: str) -> QWidget | None:
        """The tab called `name` if it has been made, without making it."""
        return self._made.get(name)

    def current_tab_name(self) -> str:
        return self._declarations[self.tabs.currentIndex()].name

    @property
    def services_tab(self) -> Any:
        return self.tab(SERVICES_TAB)

    @property
    def order_tab(self) -> Any:
        return self.tab(NEW_ORDER_TAB)

    @property
    def orders_tab(self) -> Any:
        return self.tab(ORDERS_TAB)

    def _make_tab(self, name: str) -> QWidget:
        index = next(i for i, d in enumerate(self._declarations) if d.name == name)
        declaration = self._declarations[index]
        widget = declaration.make(self.session, self.tabs)
        self._made[name] = widget
        # The real tab takes its placeholder's place; the current tab stays current and no
        # currentChanged is emitted for the swap.
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, icon(declaration.icon_name), declaration.title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        restore = getattr(widget, "restore_state", None)
        if restore is not None:
            restore(self.session.ui_state())
        return widget

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._declarations):
            self.tab(self._declarations[index].name)

    def run_after_first_paint(self, call: Callable[[], None]) -> None:
        """Run `call` once the window has first painted (at once if it has)."""
        if self._painted:
            call()
        else:
            self._after_first_paint.append(call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            # A filter, not an event() override: once painted, the window's events (a layout
            # per status text during a refresh) no longer pass through Python.
            self.removeEventFilter(self)
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, self._first_paint_done)
        return False

    def _first_paint_done(self) -> None:
        # The calls first: they start background work (the session) that needs no tab yet.
        calls, self._after_first_paint = self._after_first_paint, []
        for call in calls:
            call()
        # Made before the session's first result comes back (queued): it hears its alerts.
        self.alerts  # noqa: B018
        self._preload_next()

    def _preload_next(self) -> None:
        """Make one preloaded tab, then let the event loop run before the next one."""
        waiting = [d.name for d in self._declarations if d.preload and d.name not in self._made]
        if waiting:
            self.tab(waiting[0])
            QTimer.singleShot(0, self, self._preload_next)

    @property
    def alerts(self) -> AlertCenter:
        """The alert list dock, its menu action (Ctrl+Shift+A) and notices; made after the first
        paint, or when first asked for before it."""
        if self._alerts is None:
            from ui.alerts.alert_center import AlertCenter

            self._alerts = AlertCenter(self)
            if self.session.profiles:  # made after the session's start: its news came before
                self._alerts.load()
        return self._alerts

    # --- construction --------------------------------------------------------------------------

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
        # The window hears these before a tab made later does; a tab made for the occasion
        # connected too late to hear this emission, so it is told directly.
        session.serviceChosen.connect(self._service_chosen)
        session.repeatOrder.connect(self._repeat_order)
        session.showOrder.connect(self._show_order)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.profile_switcher.activated.connect(self._switcher_activated)
        self.panels_action.triggered.connect(lambda: self.open_profiles())
        self.preferences_action.triggered.connect(lambda: self.open_preferences())
        self.refresh_services_action.triggered.connect(lambda: self.services_tab.refresh())
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
        self._tab_shown(self.tabs.currentIndex())  # the one tab the first paint needs

    def save_state(self) -> None:
        state = self.session.ui_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        state.setValue("window/tab", self.tabs.currentIndex())
        for widget in self._made.values():  # a tab never made keeps its state as saved
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(state)
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
        from ui.shell.profiles_dialog import ProfilesDialog

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
        from ui.shell.preferences_dialog import PreferencesDialog

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
        """F5: the Orders tab asks for its orders' statuses, a tab that computes from saved data
        (Market, Insights) computes again; elsewhere the services are fetched again (New order
        shows the same catalogue)."""
        current = self.tabs.currentWidget()
        if self.current_tab_name() == ORDERS_TAB:
            self.orders_tab.refresh()
        elif callable(reload := getattr(current, "reload", None)):
            reload()
        else:
            self.services_tab.refresh()

    def _show_tab(self, name: str) -> tuple[Any, bool]:
        """Make `name` the current tab; returns it and whether it was made just now."""
        made_now = name not in self._made
        widget = self.tab(name)
        self.tabs.setCurrentWidget(widget)
        return widget, made_now

    def _service_chosen(self, service_id: str) -> None:
        """A service picked: the order is finished in New order."""
        widget, made_now = self._show_tab(NEW_ORDER_TAB)
        if made_now:
            widget.choose_service(service_id)

    def _repeat_order(self, order: object) -> None:
        widget, made_now = self._show_tab(NEW_ORDER_TAB)
        if made_now:
            widget.repeat_order(order)

    def _show_order(self, local_id: int) -> None:
        widget, made_now = self._show_tab(ORDERS_TAB)
        if made_now:
            widget.show_order(local_id)

    def _find(self) -> None:
        # Ctrl+F: the current tab's search (ui/common/search_focus.py), else Services' filter.
        focus_search = getattr(self.tabs.currentWidget(), "focus_search", None)
        if focus_search is not None:
            return focus_search()
        self.tabs.setCurrentWidget(self.services_tab)
        self.services_tab.focus_filter()

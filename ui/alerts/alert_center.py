"""Where alerts reach the user: the alert list (a dock, Ctrl+Shift+A), the status bar and a
desktop notification; a chosen alert shows its order, service or panel.

The alerts themselves are raised by core workflows (a balance read, an order refresh, a
catalogue refresh) and arrive by `AppSession.alertsRaised`; the list is read back from the
store at start, on a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from core import preferences as prefs
from core.insights import Alert, AlertTarget, clear_alerts, recent_alerts
from ui.alerts.alert_list import SHOWN_ALERTS, AlertList
from ui.alerts.alert_text import alert_sentence, alert_title
from ui.common import formatting
from ui.common.error_text import one_line
from ui.common.icons import icon

STATUS_MS = 15_000
TRAY_MESSAGE_MS = 10_000


class AlertCenter(QObject):
    """Shows new alerts and what they point at; owned by the main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session  # type: ignore[attr-defined]
        self.tray: QSystemTrayIcon | None = None
        #: The last alert said in the status bar or a notification (for tests and logs).
        self.last_announcement = ""
        self.dock = AlertList(window)
        # Made after the window's state was restored (after its first paint, ui/shell/
        # main_window.py): the dock goes back where and as the user left it. The first time,
        # below the tabs (their tables need the 1200 px width; a right dock put Services'
        # columns behind a scrollbar; an alert is one long line anyway), hidden.
        if not window.restoreDockWidget(self.dock):
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.dock.hide()
        self.action = self._build_action()
        self.session.alertsRaised.connect(self.show_new)
        # The newest kept alert shown (or listed at start): a job whose result was dropped (the
        # panel switched while it ran) kept its alerts but never delivered them, so the store
        # is asked for newer ones whenever the runner falls idle.
        self._last_id: int | None = None  # None until the kept alerts are loaded
        self._own_check = False
        self.session.runner.busyChanged.connect(self._runner_busy)
        self.session.profilesChanged.connect(self._names_changed)
        self.dock.chosen.connect(self.show_target)
        self.dock.clearRequested.connect(self.clear)

    def _build_action(self) -> QAction:
        action = self.dock.toggleViewAction()
        action.setObjectName("actionAlerts")
        action.setText(self.tr("&Alerts"))
        action.setIcon(icon("alerts"))
        action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        action.setToolTip(self.tr("The last alerts, with their time"))
        self.window.addAction(action)  # the shortcut works with the menu bar hidden
        menu = self.window.findChild(QMenu, "menuPanel")
        if menu is not None:
            before = self.window.findChild(QAction, "actionPreferences")
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        return action

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.session.profiles}

    # --- the list ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the kept alerts from the store (background) and list them."""
        store = self.session.store
        if store is None:
            return

        def done(alerts: list[Alert]) -> None:
            self.dock.set_alerts(list(reversed(alerts)), self._names())
            newest = max((a.id for a in alerts), default=0)
            self._last_id = max(self._last_id or 0, newest)

        self.session.runner.submit(
            lambda: recent_alerts(store, limit=SHOWN_ALERTS),
            done,
            self._failed,
            owner=self,
            key="alerts-load",
        )

    def _names_changed(self) -> None:
        if self.dock.alerts():
            self.dock.set_alerts(list(reversed(self.dock.alerts())), self._names())
        else:
            self.load()  # the first profiles are known: the kept alerts can be named

    def clear(self) -> None:
        """Forget every kept alert (background); the list empties when it is done."""
        store = self.session.store
        if store is None:
            return
        self.session.runner.submit(
            lambda: clear_alerts(store),
            lambda _result: self.dock.set_alerts([], {}),
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(one_line(exc), STATUS_MS)

    # --- new alerts --------------------------------------------------------------------------

    def _runner_busy(self, busy: bool) -> None:
        store = self.session.store
        if busy or self._last_id is None or store is None:
            return
        if self._own_check:  # this idle is the end of the check itself
            self._own_check = False
            return
        self._own_check = True
        after = self._last_id
        self.session.runner.submit(
            lambda: list(reversed(recent_alerts(store, limit=SHOWN_ALERTS, after_id=after))),
            self.show_new,
            self._failed,
            owner=self,
            key="alerts-catch-up",
        )

    def show_new(self, alerts: Sequence[Alert]) -> None:
        """Newly raised alerts: listed, said in the status bar, and notified on the desktop.
        One already shown (a kept alert has an id) is not shown twice."""
        if self._last_id is not None:
            alerts = [a for a in alerts if not a.id or a.id > self._last_id]
            self._last_id = max([self._last_id, *(a.id for a in alerts)])
        if not alerts:
            return
        names = self._names()
        self.dock.add_alerts(alerts, names)
        newest = alerts[-1]
        text = alert_sentence(newest, names.get(newest.profile_id, ""))
        if len(alerts) > 1:
            text = self.tr("%n new alert(s); the last: {alert}", "", len(alerts)).format(alert=text)
        self.last_announcement = text
        self.window.statusBar().showMessage(text, STATUS_MS)
        if self._notify_desktop():
            self._tray_message(alert_title(newest), text)

    def _notify_desktop(self) -> bool:
        store = self.session.store
        wanted = True
        if store is not None:
            try:
                wanted = store.preferences.get(prefs.ALERT_DESKTOP_NOTIFICATIONS)
            except Exception:  # noqa: BLE001 - an unreadable setting: the default applies
                wanted = prefs.ALERT_DESKTOP_NOTIFICATIONS.default
        return wanted and tray_available()

    def _tray_message(self, title: str, text: str) -> None:
        if self.tray is None:
            from ui.common.icons import app_icon

            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setObjectName("alertsTray")
            self.tray.setToolTip(self.tr("SMM Desk"))
            self.tray.messageClicked.connect(self.open_list)
        self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, TRAY_MESSAGE_MS)

    def open_list(self) -> None:
        """Show the alert list (and the window)."""
        self.window.showNormal()
        self.window.raise_()
        self.dock.show()
        self.dock.raise_()

    # --- what an alert points at -------------------------------------------------------------

    def show_target(self, alert: Alert) -> None:
        """Show the alert's order (Orders), service (Services) or panel (Panels dialog)."""
        window: Any = self.window
        if alert.target == AlertTarget.ORDER and alert.target_id.isdecimal():
            if not self._is_active_panel(alert):
                # Orders shows the active panel's orders (unless every panel's): say why the
                # order may not be selected.
                window.statusBar().showMessage(
                    self.tr(
                        "This alert is about an order of {panel}: switch to that panel, or "
                        "show every panel's orders."
                    ).format(panel=formatting.isolate(self._names().get(alert.profile_id, "?"))),
                    STATUS_MS,
                )
            self.session.showOrder.emit(int(alert.target_id))
        elif alert.target == AlertTarget.SERVICE:
            self._show_service(alert)
        elif alert.target == AlertTarget.PANEL and alert.target_id.isdecimal():
            window.open_profiles(int(alert.target_id))

    def _is_active_panel(self, alert: Alert) -> bool:
        profile = self.session.profile
        return profile is not None and profile.id == alert.profile_id

    def _show_service(self, alert: Alert) -> None:
        window: Any = self.window
        window.tabs.setCurrentWidget(window.services_tab)
        if not self._is_active_panel(alert):
            name = formatting.isolate(self._names().get(alert.profile_id, "?"))
            window.statusBar().showMessage(
                self.tr("This alert is about a service of {panel}: switch to that panel.").format(
                    panel=name
                ),
                STATUS_MS,
            )
        elif not window.services_tab.show_service(alert.target_id):
            window.statusBar().showMessage(
                self.tr(
                    "Service {id} is not listed: it was removed, or the filter hides it."
                ).format(id=alert.target_id),
                STATUS_MS,
            )


def tray_available() -> bool:
    """Whether desktop notifications can be shown (none offscreen or on some desktops)."""
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

"""Alerts raised by what the app does against the local panel reach the alert list once: a
balance read, a catalogue refresh, an orders refresh."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core import preferences as prefs
from core.insights import AlertKind
from ui.common import formatting


def _kinds(window: Any) -> list[AlertKind]:
    return [alert.kind for alert in window.alerts.dock.alerts()]


def test_a_balance_below_its_threshold_alerts_once(app_window: Any, qtbot: Any) -> None:
    session = app_window.session
    session.store.preferences.set(prefs.ALERT_BALANCE_BELOW, Decimal("150"), session.profile.id)
    session.refresh_balance()
    qtbot.waitUntil(lambda: _kinds(app_window) == [AlertKind.LOW_BALANCE], timeout=10_000)
    text = formatting.strip_bidi(app_window.alerts.dock.texts()[0])
    assert text.endswith("Local panel: the balance is 100.00 USD, below 150.00 USD.")
    assert "below 150.00 USD" in app_window.statusBar().currentMessage()
    app_window.alerts.dock.choose(0)  # shows the panel
    qtbot.waitUntil(lambda: app_window.profiles_dialog is not None, timeout=5_000)
    app_window.profiles_dialog.reject()
    read_again: list[object] = []
    session.balanceChanged.connect(read_again.append)
    session.refresh_balance()  # still below: the same occurrence, no second alert
    qtbot.waitUntil(lambda: read_again != [], timeout=10_000)
    assert _kinds(app_window) == [AlertKind.LOW_BALANCE]


def test_a_favourite_getting_dearer_at_a_refresh_alerts_and_shows_the_service(
    app_window: Any, panel: Any, qtbot: Any
) -> None:
    session = app_window.session
    session.store.favourites.set(session.profile.id, "2", True)
    services = [dict(s) for s in panel.services]
    for service in services:
        if str(service["service"]) == "2":
            old_rate = Decimal(str(service["rate"]))
            service["rate"] = str(old_rate * 2)
    panel.set_services(services)
    app_window.services_tab.refresh()
    qtbot.waitUntil(lambda: _kinds(app_window) == [AlertKind.RATE_INCREASE], timeout=10_000)
    alert = app_window.alerts.dock.alerts()[0]
    assert alert.target_id == "2"
    assert alert.new_rate == old_rate * 2
    app_window.tabs.setCurrentIndex(2)
    app_window.alerts.dock.choose(0)
    assert app_window.tabs.currentWidget() is app_window.services_tab
    assert app_window.services_tab._selected_id() == "2"


def test_an_order_whose_status_cannot_be_read_alerts_after_the_set_refreshes(
    app_window: Any, qtbot: Any
) -> None:
    session = app_window.session
    session.store.preferences.set(prefs.ALERT_UNREADABLE_REFRESHES, 2)
    orders = app_window.orders_tab
    finished: list[bool] = []
    orders.refreshFinished.connect(finished.append)
    orders.track(["99999"])  # the panel answers "Incorrect order ID" for it
    qtbot.waitUntil(lambda: len(session.store.journal.orders()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not session.runner.is_busy(), timeout=10_000)
    for _ in range(2):
        count = len(finished)
        orders.refresh()
        qtbot.waitUntil(lambda: len(finished) > count, timeout=10_000)
    qtbot.waitUntil(lambda: AlertKind.ORDER_UNREADABLE in _kinds(app_window), timeout=10_000)
    alert = app_window.alerts.dock.alerts()[0]
    assert alert.failures == 2
    assert "99999" in formatting.strip_bidi(app_window.alerts.dock.texts()[0])

"""The alert list: new alerts listed with their time and said in the status bar; a click shows
the order, the service or the panel; the list kept across a restart and cleared on request."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from core.insights import Alert, AlertKind, AlertTarget
from core.insights.alerts import keep_alerts
from tests.ui.insights.history import add_order, noon_days_ago
from ui.common import formatting, time_text


def _stalled(local_id: int, profile_id: int) -> Alert:
    return Alert(
        kind=AlertKind.ORDER_STALLED,
        profile_id=profile_id,
        target=AlertTarget.ORDER,
        target_id=str(local_id),
        at=datetime.now(timezone.utc),
        remains=400,
        since=datetime.now(timezone.utc) - timedelta(hours=30),
        hours=24,
        panel_order_id="9001",
        service_id="1",
        service_name="Instagram Likes",
    )


def test_a_new_alert_is_listed_said_and_clicking_it_shows_the_order(
    app_window: Any, qtbot: Any
) -> None:
    store = app_window.harness.store
    profile_id = store.profiles.list()[0].id
    order = add_order(
        store, profile_id, "1", created=noon_days_ago(2), charge="1.00", status="In progress"
    )
    app_window.session.ordersChanged.emit()
    center = app_window.alerts
    assert center.dock.isHidden()
    app_window.session.alertsRaised.emit((_stalled(order.local_id, profile_id),))
    text = formatting.strip_bidi(center.dock.texts()[0])
    assert "Local panel: order 9001 (Instagram Likes) has made no progress for 24 hour(s)." in text
    assert text.startswith(time_text.datetime_text(center.dock.alerts()[0].at))
    assert app_window.statusBar().currentMessage() == center.last_announcement
    assert "no progress" in center.last_announcement
    orders = app_window.orders_tab
    qtbot.waitUntil(lambda: orders.model.row_of(order.local_id) is not None, timeout=10_000)
    center.dock.choose(0)
    assert app_window.tabs.currentWidget() is orders
    qtbot.waitUntil(lambda: orders.selected_orders() != [], timeout=5_000)
    assert [o.local_id for o in orders.selected_orders()] == [order.local_id]


def test_the_list_is_reachable_from_the_menu_and_by_shortcut(app_window: Any) -> None:
    action = app_window.alerts.action
    assert action.objectName() == "actionAlerts"
    assert action.shortcut().toString() == "Ctrl+Shift+A"
    panel_menu = app_window.findChild(QMenu, "menuPanel")
    assert action in panel_menu.actions()
    action.trigger()
    assert app_window.alerts.dock.isVisible()


def test_a_rate_alert_shows_the_service_and_a_balance_alert_the_panel(
    app_window: Any, qtbot: Any
) -> None:
    profile_id = app_window.session.profile.id
    now = datetime.now(timezone.utc)
    rate_up = Alert(
        kind=AlertKind.RATE_INCREASE, profile_id=profile_id, target=AlertTarget.SERVICE,
        target_id="2", at=now, old_rate=Decimal("0.90"), new_rate=Decimal("1.20"),
        currency="USD", service_id="2", service_name="Instagram Followers",
    )  # fmt: skip
    low = Alert(
        kind=AlertKind.LOW_BALANCE, profile_id=profile_id, target=AlertTarget.PANEL,
        target_id=str(profile_id), at=now, amount=Decimal("4.5"), threshold=Decimal("10"),
        currency="USD",
    )  # fmt: skip
    center = app_window.alerts
    app_window.session.alertsRaised.emit((rate_up, low))
    texts = [formatting.strip_bidi(t) for t in center.dock.texts()]
    assert texts[0].endswith("Local panel: the balance is 4.50 USD, below 10.00 USD.")
    assert texts[1].endswith("Instagram Followers now costs 1.20 USD per 1000 (was 0.90 USD).")
    assert center.last_announcement.startswith("2 new alert(s); the last: ")
    center.dock.choose(1)
    services = app_window.services_tab
    assert app_window.tabs.currentWidget() is services
    assert services._selected_id() == "2"
    center.dock.choose(0)
    dialog = app_window.profiles_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_kept_alerts_come_back_after_a_restart_and_clear_empties_them(
    app_window: Any, make_app: Any, panel: Any, qtbot: Any
) -> None:
    store = app_window.harness.store
    profile_id = store.profiles.list()[0].id
    with store.db.write() as conn:
        keep_alerts(conn, [_stalled(1, profile_id)])
    restarted = make_app(panel)
    center = restarted.window.alerts
    qtbot.waitUntil(lambda: len(center.dock.alerts()) == 1, timeout=10_000)
    assert center.dock.alerts()[0].kind == AlertKind.ORDER_STALLED
    assert center.dock.empty_label.isHidden()
    center.dock.clear_button.click()
    qtbot.waitUntil(lambda: center.dock.alerts() == [], timeout=10_000)
    from core.insights import recent_alerts

    assert recent_alerts(store) == []


def test_an_alert_of_another_panel_says_where_its_order_is(app_window: Any, qtbot: Any) -> None:
    store = app_window.harness.store
    other = store.profiles.add("Second panel", "https://second.example/api/v2")
    app_window.session.profiles = store.profiles.list()
    app_window.session.profilesChanged.emit()
    order = add_order(store, other.id, "1", created=noon_days_ago(1), charge="1.00")
    app_window.session.alertsRaised.emit((_stalled(order.local_id, other.id),))
    assert formatting.strip_bidi(app_window.alerts.dock.texts()[0]).count("Second panel: ") == 1
    app_window.alerts.dock.choose(0)
    assert app_window.tabs.currentWidget() is app_window.orders_tab
    message = formatting.strip_bidi(app_window.statusBar().currentMessage())
    assert message.startswith("This alert is about an order of Second panel: switch")


def test_a_desktop_notification_follows_its_setting(app_window: Any, monkeypatch: Any) -> None:
    from core import preferences as prefs
    from ui.alerts import alert_center

    shown: list[tuple[str, str]] = []
    # Offscreen there is no system tray: the decision is tested, not the desktop's bubble.
    monkeypatch.setattr(alert_center, "tray_available", lambda: True)
    monkeypatch.setattr(
        app_window.alerts, "_tray_message", lambda title, text: shown.append((title, text))
    )
    profile_id = app_window.session.profile.id
    app_window.session.alertsRaised.emit((_stalled(1, profile_id),))
    assert shown == [("Order without progress", app_window.alerts.last_announcement)]
    app_window.harness.store.preferences.set(prefs.ALERT_DESKTOP_NOTIFICATIONS, False)
    app_window.session.alertsRaised.emit((_stalled(2, profile_id),))
    assert len(shown) == 1  # listed and said in the status bar only
    assert len(app_window.alerts.dock.alerts()) == 2


def test_the_list_opens_below_the_tabs_and_leaves_their_width(app_window: Any, qtbot: Any) -> None:
    app_window.resize(1200, 760)
    table = app_window.services_tab.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    width = table.viewport().width()
    app_window.alerts.action.trigger()
    qtbot.waitUntil(app_window.alerts.dock.isVisible)
    assert (
        app_window.dockWidgetArea(app_window.alerts.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    )
    assert table.viewport().width() == width


def test_an_alert_kept_by_a_job_whose_result_was_dropped_is_still_said(
    app_window: Any, qtbot: Any
) -> None:
    # A balance read superseded by a panel switch keeps its alert, but its result never comes.
    from core.insights.alerts import keep_alerts

    store = app_window.harness.store
    profile_id = store.profiles.list()[0].id
    center = app_window.alerts
    qtbot.waitUntil(lambda: center._last_id is not None, timeout=10_000)  # the kept list read
    with store.db.write() as conn:
        (kept,) = keep_alerts(conn, [_stalled(12345, profile_id)])
    app_window.session.runner.submit(lambda: None, lambda _r: None, owner=center)  # any job
    qtbot.waitUntil(lambda: "no progress" in center.last_announcement, timeout=10_000)
    assert center.dock.alerts()[0].id == kept.id
    app_window.session.alertsRaised.emit((kept,))  # delivered late after all: not said twice
    assert [a.id for a in center.dock.alerts()].count(kept.id) == 1


def test_the_list_and_the_charts_fit_a_small_screen_together(app_window: Any, qtbot: Any) -> None:
    # With the list open, the Insights cards' 640 px made the window at least 784 px tall.
    app_window.alerts.action.trigger()
    insights = app_window.tab("insightsTab")
    app_window.tabs.setCurrentWidget(insights)
    qtbot.waitUntil(lambda: insights.prepared is not None, timeout=10_000)
    assert app_window.minimumSizeHint().height() <= 740
    app_window.resize(1200, 760)
    qtbot.waitUntil(lambda: app_window.height() == 760, timeout=5_000)

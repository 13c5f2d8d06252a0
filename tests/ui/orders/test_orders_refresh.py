"""Orders tab against the local panel: refreshing (by hand, F5, the timer, across a panel
switch), its failures, and finished orders announced."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core import preferences
from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from tests.ui.orders.orders_tab_steps import (
    PENDING_S,
    PROGRESS_S,
    finish_quietly,
    place,
    ready,
    refresh,
    reload,
    row_text,
    status_requests,
)
from ui.orders.orders_model import (
    COL_CHARGE,
    COL_PROGRESS,
    COL_STATUS,
    FRESH_MARK,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_refresh_follows_an_order_until_completed_then_stops_polling_it(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://instagram.com/p/one", 1000)
    reload(tab, qtbot)
    assert row_text(tab, order.local_id, COL_STATUS) == "Not checked yet"

    refresh(tab, qtbot)
    assert row_text(tab, order.local_id, COL_STATUS) == "Pending"

    panel.advance(PENDING_S + PROGRESS_S / 2)
    refresh(tab, qtbot)
    assert row_text(tab, order.local_id, COL_STATUS) == "In progress"
    assert row_text(tab, order.local_id, COL_PROGRESS).startswith("50%")
    index = tab.model.index(tab.model.row_of(order.local_id), COL_STATUS)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1565c0"

    panel.advance(PROGRESS_S)
    refresh(tab, qtbot)
    status = row_text(tab, order.local_id, COL_STATUS)
    assert status == FRESH_MARK + "Completed"  # marked until the user looks at it
    assert row_text(tab, order.local_id, COL_PROGRESS) == "100% (1,000/1,000)"
    assert row_text(tab, order.local_id, COL_CHARGE) == "0.95"
    assert "1 completed" in app_window.statusBar().currentMessage()

    # That a final order is no longer asked about: tests/core/workflows/test_order_refresh.py.

    # Selecting the row clears the mark.
    tab.select_order(order.local_id)
    assert row_text(tab, order.local_id, COL_STATUS) == "Completed"


def test_refresh_failure_is_said_in_words_and_saved_batches_stay(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    place(app_window, SERVICE_DEFAULT, "https://x.test/a", 500)
    panel.inject("html", action="status")
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000) as blocker:
        tab.refresh()
    assert blocker.args == [False]
    text = tab.status_label.text()
    assert "web page" in text and "Traceback" not in text
    assert tab.details_button.isVisibleTo(tab)


def test_f5_refreshes_orders_when_the_orders_tab_has_focus(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT, "https://x.test/f5", 500)
    app_window.tabs.setCurrentWidget(tab)
    app_window.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(lambda: tab.table.hasFocus())
    services_before = sum(1 for r in panel.requests if r.get("action") == "services")
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000):
        QTest.keyClick(tab.table, Qt.Key.Key_F5)
    assert row_text(tab, order.local_id, COL_STATUS) == "Pending"
    assert sum(1 for r in panel.requests if r.get("action") == "services") == services_before


def test_f5_on_the_services_tab_does_not_refresh_orders(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    place(app_window, SERVICE_DEFAULT, "https://x.test/f5-services", 500)
    services = app_window.services_tab
    app_window.tabs.setCurrentWidget(services)
    app_window.activateWindow()
    services.table.setFocus()
    qtbot.waitUntil(lambda: services.table.hasFocus())
    statuses_before = len(status_requests(panel))
    services_before = sum(1 for r in panel.requests if r.get("action") == "services")
    with qtbot.waitSignal(services.catalogueShown, timeout=10_000):
        QTest.keyClick(services.table, Qt.Key.Key_F5)
    assert sum(1 for r in panel.requests if r.get("action") == "services") == services_before + 1
    assert not tab.is_refreshing()
    assert len(status_requests(panel)) == statuses_before


def test_auto_refresh_is_configurable_and_kept(make_app, panel, qtbot):
    harness = make_app(panel)
    tab = harness.window.orders_tab
    assert tab.auto_check.isChecked() and tab.auto_timer.isActive()
    assert tab.auto_timer.interval() == 5 * 60_000
    tab.auto_minutes.setValue(2)
    assert tab.auto_timer.interval() == 2 * 60_000
    tab.auto_check.setChecked(False)
    assert not tab.auto_timer.isActive() and not tab.auto_minutes.isEnabled()
    # Saved at once, typed (no "on"/"off" here).
    assert harness.store.preferences.get(preferences.ORDERS_AUTO_REFRESH) is False
    assert harness.store.preferences.get(preferences.ORDERS_AUTO_REFRESH_MINUTES) == 2
    qtbot.waitUntil(lambda: not harness.runner.is_busy())
    harness.close()
    again = make_app(panel)
    tab = again.window.orders_tab
    # Read as the tab is built: no wait.
    assert not tab.auto_check.isChecked() and not tab.auto_timer.isActive()
    assert tab.auto_minutes.value() == 2
    assert not tab.auto_minutes.isEnabled()


def test_the_auto_refresh_timer_refreshes(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT, "https://x.test/auto", 500)
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000):
        tab.auto_timer.timeout.emit()
    assert row_text(tab, order.local_id, COL_STATUS) == "Pending"


def test_finished_orders_are_announced_once_with_a_summary(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    orders = [place(app_window, SERVICE_DEFAULT, f"https://x.test/n{i}", 500) for i in range(5)]
    refresh(tab, qtbot)
    panel.advance(PENDING_S + PROGRESS_S + 1)
    panel.set_status(orders[3].panel_order_id, "Partial", remains=50)
    panel.set_status(orders[4].panel_order_id, "In progress", remains=50)
    with qtbot.waitSignal(tab.notifier.announced, timeout=10_000) as blocker:
        refresh(tab, qtbot)
    summary, ids = blocker.args
    assert summary == "3 completed, 1 partial"
    assert set(ids) == {o.local_id for o in orders[:4]}
    assert app_window.statusBar().currentMessage() == "Orders finished: 3 completed, 1 partial"
    assert tab.model.fresh_ids() == set(ids)
    journal = app_window.session.store.journal
    # Recorded in the journal once told, in the background.
    qtbot.waitUntil(lambda: journal.unnotified_final(app_window.session.profile.id) == [])
    # Told once: the next refresh announces nothing.
    with qtbot.assertNotEmitted(tab.notifier.announced):
        refresh(tab, qtbot)


def test_a_load_whose_result_is_dropped_does_not_lose_the_announcement(
    app_window, panel, qtbot, monkeypatch
):
    tab = ready(app_window, qtbot)
    orders = [place(app_window, SERVICE_DEFAULT, f"https://x.test/d{i}", 500) for i in range(2)]
    finish_quietly(app_window, panel, orders)
    journal = app_window.session.store.journal
    told: list[set[int]] = []
    tab.notifier.announced.connect(lambda _summary, ids: told.append(set(ids)))
    real_mark = journal.mark_notified
    marked, go_on = threading.Event(), threading.Event()

    def mark_then_wait(local_ids) -> None:
        real_mark(local_ids)
        marked.set()
        go_on.wait(10)  # the load that marked them is still running...

    monkeypatch.setattr(journal, "mark_notified", mark_then_wait)
    try:
        tab.reload()
        qtbot.waitUntil(marked.is_set)
        tab.reload()  # ...when a newer load supersedes it: its result is dropped
        go_on.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5_000)
    finally:
        go_on.set()
    assert told == [{o.local_id for o in orders}]
    with qtbot.assertNotEmitted(tab.notifier.announced):
        reload(tab, qtbot)
    assert journal.unnotified_final(app_window.session.profile.id) == []


def test_no_tray_offscreen_is_handled(app_window, qtbot):
    tab = ready(app_window, qtbot)
    assert not tab.notifier.tray_available()
    assert tab.notifier.announce([]) == ""
    assert tab.notifier.tray is None


def test_a_refresh_ending_after_a_panel_switch_shows_the_new_panels_orders_and_catches_up(
    make_app, panel, make_panel, qtbot
):
    from core.api import PanelClient

    harness = make_app(panel)
    window = harness.window
    tab = ready(window, qtbot)
    tab.auto_check.setChecked(True)
    mine = place(window, SERVICE_DEFAULT, "https://x.test/a", 500)
    other = make_panel(key="other-key")
    profile_b = harness.store.profiles.add("Other panel", other.url)
    harness.credentials.set(profile_b.id, "other-key")
    window.session.profiles = harness.store.profiles.list()
    service = window.session.catalogue.by_id(str(SERVICE_DEFAULT))
    params = {"service": service.id, "link": "https://x.test/b", "quantity": "500"}
    theirs = harness.store.journal.begin(profile_b.id, service, params, None, None)
    client_b = PanelClient(other.url, "other-key")
    harness.store.journal.mark_placed(theirs, client_b.add(params).order_id)
    client_b.close()
    reload(tab, qtbot)
    shown: list[set[int]] = []
    tab.rowsLoaded.connect(lambda _n: shown.append({r.order.profile_id for r in tab.model.rows()}))

    panel.inject("latency", action="status", delay=60)  # held until released
    asked = len(status_requests(panel))
    tab.refresh()
    with qtbot.waitSignal(window.session.profileChanged, timeout=10_000):
        window.session.activate_profile(profile_b.id)
    assert tab.is_refreshing()
    # Released only once held: a release before the request arrives would not end its wait.
    qtbot.waitUntil(lambda: len(status_requests(panel)) > asked, timeout=10_000)
    shown.clear()
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000):
        panel.release()  # the old panel's refresh ends now
    # The refresh of the new panel that had to wait runs now.
    qtbot.waitUntil(lambda: status_requests(other) != [], timeout=10_000)
    qtbot.waitUntil(lambda: not tab.is_refreshing())
    reload(tab, qtbot)
    assert shown and all(ids <= {profile_b.id} for ids in shown), shown
    assert {o.local_id for o in tab.model.visible_orders()} == {theirs}
    assert mine.local_id not in {o.local_id for o in tab.model.visible_orders()}


def test_an_order_that_ends_canceled_brings_the_refunded_balance(app_window, panel, qtbot):
    # The panel gives the money back when a canceled order ends: the toolbar kept the charge.
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT, "https://x.test/refund", 1000)
    session = app_window.session
    panel.set_status(order.panel_order_id, "Canceled", remains=1000)
    balances_before = sum(1 for r in panel.requests if r.get("action") == "balance")
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000):
        tab.refresh()
    qtbot.waitUntil(
        lambda: sum(1 for r in panel.requests if r.get("action") == "balance") > balances_before,
        timeout=10_000,
    )
    # Read again after the refund: the starting balance, whole again.
    qtbot.waitUntil(lambda: session.balance is not None and session.balance.amount == 100)

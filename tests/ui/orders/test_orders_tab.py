"""Orders tab against the local panel: refresh, errors, filters, sorting, announcements."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core import preferences
from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.models import StatusKind
from tests.ui.orders.orders_tab_steps import (
    PENDING_S,
    PROGRESS_S,
    act,
    finish_quietly,
    place,
    ready,
    refresh,
    reload,
    row_text,
    status_requests,
)
from ui.common.formatting import strip_bidi
from ui.orders.order_rows import Bucket, bucket_of, prepare_rows
from ui.orders.orders_model import (
    COL_CHARGE,
    COL_PANEL,
    COL_PROGRESS,
    COL_STATUS,
    FRESH_MARK,
    OrdersModel,
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


def test_history_of_an_order_in_the_detail_pane(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT, "https://t.me/chan", 500)
    refresh(tab, qtbot)
    panel.advance(PENDING_S + 10)
    refresh(tab, qtbot)
    assert tab.select_order(order.local_id)
    qtbot.waitUntil(lambda: len(tab.detail.history_texts()) == 4)
    assert tab.detail.history_texts() == [
        ("Status", "In progress"),
        ("Status", "Pending"),
        ("Placed on the panel", order.panel_order_id),
        ("Written down, sending", ""),
    ]
    assert "https://t.me/chan" in tab.detail.summary.text()


def test_a_bad_order_id_shows_the_panels_error_on_its_row(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    act(tab, qtbot, lambda: tab.track(["987654"]))
    journal = app_window.session.store.journal
    bad = next(o for o in journal.orders() if o.panel_order_id == "987654")
    # In the app's words (translatable), with the panel's own text in the tooltip.
    assert row_text(tab, bad.local_id, COL_STATUS) == "⚠ Unknown order id"
    index = tab.model.index(tab.model.row_of(bad.local_id), COL_STATUS)
    assert "Incorrect order ID" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    # A good order in the same batch is not held back: tests/core/workflows/test_order_refresh.py
    refresh(tab, qtbot)
    assert row_text(tab, bad.local_id, COL_STATUS) == "⚠ Unknown order id"
    # Filed under "Unknown" (to check), not under "Pending".
    assert bucket_of(journal.get(bad.local_id)) == Bucket.UNKNOWN


def test_the_journals_own_states_are_shown_clearly(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    session = app_window.session
    journal, profile = session.store.journal, session.profile
    service = session.catalogue.by_id(str(SERVICE_DEFAULT))
    unknown = journal.begin(profile.id, service, {"link": "https://x.test/u"}, None, None)
    journal.mark_unknown(unknown, "no answer in time")
    failed = journal.begin(profile.id, service, {"link": "https://x.test/f"}, None, None)
    journal.mark_failed(failed, "Not enough funds on balance")
    reload(tab, qtbot)
    assert row_text(tab, unknown, COL_STATUS) == "Unknown – check panel"
    tip = tab.model.index(tab.model.row_of(unknown), COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "may have placed this order" in tip and "no answer in time" in tip
    # The whole cell text fits the column as it opens.
    cell_text = row_text(tab, unknown, COL_STATUS)
    width = tab.table.fontMetrics().horizontalAdvance(cell_text) + 12
    assert width <= tab.table.columnWidth(COL_STATUS)
    assert row_text(tab, failed, COL_STATUS) == "Not placed"
    tab.set_bucket(Bucket.UNKNOWN)
    assert [o.local_id for o in tab.model.visible_orders()] == [unknown]
    tab.set_bucket(Bucket.NOT_PLACED)
    assert [o.local_id for o in tab.model.visible_orders()] == [failed]
    tab.select_order(failed)
    qtbot.waitUntil(lambda: "Not enough funds" in tab.detail.summary.text())


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


def test_filters_and_search(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    a = place(app_window, SERVICE_DEFAULT, "https://instagram.com/p/aaa", 500)
    b = place(app_window, SERVICE_DEFAULT, "https://instagram.com/p/bbb", 500)
    c = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://tiktok.com/@ccc", 500)
    d = place(app_window, SERVICE_DEFAULT, "https://youtube.com/watch?v=ddd", 500)
    panel.set_status(b.panel_order_id, "Partial", remains=100)
    panel.set_status(c.panel_order_id, "Canceled")
    panel.set_status(d.panel_order_id, "Processing")
    refresh(tab, qtbot)

    def shown() -> set[int]:
        return {o.local_id for o in tab.model.visible_orders()}

    assert shown() == {a.local_id, b.local_id, c.local_id, d.local_id}
    expected = {
        Bucket.PENDING: {a.local_id},
        Bucket.PARTIAL: {b.local_id},
        Bucket.CANCELED: {c.local_id},
        Bucket.PROCESSING: {d.local_id},
        Bucket.COMPLETED: set(),
        Bucket.IN_PROGRESS: set(),
    }
    for bucket, ids in expected.items():
        tab.set_bucket(bucket)
        assert shown() == ids, bucket
    assert tab.filter_bar.tabText(int(Bucket.PARTIAL)) == "Partial (1)"
    assert tab.count_label.text() == "0 of 4 orders"

    tab.set_bucket(Bucket.ALL)
    for text, ids in (
        ("instagram.com/p", {a.local_id, b.local_id}),
        (c.panel_order_id, {c.local_id}),
        ("youtube ddd", {d.local_id}),
        ("Refill 30D", {c.local_id}),  # the service name
        ("nothing-like-this", set()),
    ):
        tab.search_edit.setText(text)
        tab.apply_filter()
        assert shown() == ids, text


def test_sort_by_quantity_as_numbers_keeps_the_selection(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    small = place(app_window, SERVICE_DEFAULT, "https://x.test/small", 900)
    big = place(app_window, SERVICE_DEFAULT, "https://x.test/big", 10000)
    reload(tab, qtbot)
    tab.select_order(small.local_id)
    tab.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert [o.local_id for o in tab.model.visible_orders()] == [big.local_id, small.local_id]
    assert tab.selected_ids() == [small.local_id]


def test_a_reload_keeps_a_selection_of_scattered_rows(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    orders = [place(app_window, SERVICE_DEFAULT, f"https://x.test/s{i}", 500) for i in range(6)]
    reload(tab, qtbot)
    flags = tab.table.selectionModel().SelectionFlag
    wanted = {orders[i].local_id for i in (0, 1, 2, 4)}  # two runs of rows: 3 and 1
    tab.table.selectionModel().clearSelection()
    for local_id in wanted:
        index = tab.model.index(tab.model.row_of(local_id), 0)
        tab.table.selectionModel().select(index, flags.Select | flags.Rows)
    assert set(tab.selected_ids()) == wanted
    reload(tab, qtbot)
    assert set(tab.selected_ids()) == wanted


def test_all_panels_shows_every_panels_orders_with_their_names(make_app, panel, make_panel, qtbot):
    harness = make_app(panel)
    window = harness.window
    tab = ready(window, qtbot)
    mine = place(window, SERVICE_DEFAULT, "https://x.test/mine", 500)
    other_profile = harness.store.profiles.add("Other panel", make_panel().url)
    service = window.session.catalogue.by_id(str(SERVICE_DEFAULT))
    theirs = harness.store.journal.begin(other_profile.id, service, {"link": "l"}, None, None)
    harness.store.journal.mark_failed(theirs, "refused")
    window.session.profiles = harness.store.profiles.list()
    reload(tab, qtbot)
    assert {o.local_id for o in tab.model.visible_orders()} == {mine.local_id}
    with qtbot.waitSignal(tab.rowsLoaded):
        tab.all_panels_check.setChecked(True)
    assert {o.local_id for o in tab.model.visible_orders()} == {mine.local_id, theirs}
    assert not tab.table.isColumnHidden(1)
    assert row_text(tab, theirs, 1) == "Other panel"


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


def test_model_passes_qtmodeltester(qtmodeltester, data_dir):
    from core.models import Service
    from core.store import Store

    with Store(data_dir) as store:
        profile = store.profiles.add("p", "https://panel.test/api/v2")
        service = Service("1", "Likes", "IG", "Default", Decimal("1.5"), 10, 1000)
        for i in range(20):
            local_id = store.journal.begin(profile.id, service, {"link": f"l{i}"}, None, None)
            store.journal.mark_placed(local_id, str(100 + i))
        orders = store.journal.orders()
    model = OrdersModel()
    model.set_rows(prepare_rows(orders, model.texts(), {profile.id: "p"}))
    qtmodeltester.check(model)
    assert StatusKind.PENDING  # the status words come from core.models alone


def test_show_order_from_new_order_selects_it_even_when_filtered_out(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    shown = place(app_window, SERVICE_DEFAULT, "https://x.test/shown", 500)
    reload(tab, qtbot)
    tab.set_bucket(Bucket.COMPLETED)
    app_window.session.showOrder.emit(shown.local_id)
    assert tab.selected_ids() == [shown.local_id]
    assert tab.current_filter().bucket == Bucket.ALL
    later = place(app_window, SERVICE_DEFAULT, "https://x.test/later", 500)  # not loaded yet
    app_window.session.showOrder.emit(later.local_id)
    qtbot.waitUntil(lambda: tab.selected_ids() == [later.local_id])
    assert app_window.tabs.currentWidget() is tab


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


def test_the_detail_names_parameters_as_the_order_form_does(app_window, panel, qtbot):
    from core.local_panel.catalogue import SERVICE_WEB_TRAFFIC

    tab = ready(app_window, qtbot)
    session = app_window.session
    service = session.catalogue.by_id(str(SERVICE_WEB_TRAFFIC))
    params = {"service": service.id, "link": "https://shop.example", "quantity": "1500",
              "country": "US", "device": "1", "type_of_traffic": "1",
              "google_keyword": "buy shoes"}  # fmt: skip
    local_id = session.store.journal.begin(session.profile.id, service, params, None, None)
    session.store.journal.mark_failed(local_id, "refused")
    reload(tab, qtbot)
    tab.select_order(local_id)
    qtbot.waitUntil(lambda: "Country: US" in strip_bidi(tab.detail.summary.text()))
    text = strip_bidi(tab.detail.summary.text())
    assert "Quantity: 1,500" in text and "Device: Desktop" in text
    assert "Type of traffic: Google keyword" in text and "Google keyword: buy shoes" in text
    assert "type_of_traffic" not in text and "device:" not in text


def test_a_choice_that_cannot_be_saved_is_said_and_still_applies(app_window, qtbot, monkeypatch):
    # A locked or full database: the choice applies to this run, the status bar says why, and
    # nothing escapes to the crash dialog (pytest-qt fails a test on an exception in a slot).
    import sqlite3

    tab = ready(app_window, qtbot)
    said: list[str] = []
    app_window.session.statusMessage.connect(said.append)

    def locked(*_args) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(app_window.session.store.settings, "set", locked)
    tab.all_panels_check.setChecked(True)
    assert not tab.table.isColumnHidden(COL_PANEL)
    tab.auto_check.setChecked(False)
    assert not tab.auto_timer.isActive() and not tab.auto_minutes.isEnabled()
    assert len(said) == 2 and all(said)


def test_rows_with_their_worker_made_index_show_as_rows_alone_do(data_dir):
    # The loader indexes the rows where it prepares them; the model shows them the same.
    from core.models import Service
    from core.store import Store
    from ui.orders.orders_model import index_rows

    with Store(data_dir) as store:
        profile = store.profiles.add("p", "https://panel.test/api/v2")
        service = Service("1", "Likes", "IG", "Default", Decimal("1.5"), 10, 1000)
        for i, panel_id in enumerate(["7", "123456789012", "55"]):
            local_id = store.journal.begin(profile.id, service, {"link": f"l{i}"}, None, None)
            store.journal.mark_placed(local_id, panel_id)
        orders = store.journal.orders()
    texts = OrdersModel().texts()
    plain, indexed = OrdersModel(), OrdersModel()
    plain.set_rows(prepare_rows(orders, texts, {profile.id: "p"}))
    rows = prepare_rows(orders, texts, {profile.id: "p"})
    indexed.set_rows(rows, index_rows(rows))
    for model in (plain, indexed):
        assert model.longest_panel_ids() == ["123456789012"]
        assert [model.row_of(o.local_id) for o in orders] == [
            plain.row_of(o.local_id) for o in orders
        ]
        assert model.hidden_count() == 0 and model.visible_count() == 3
    plain.set_rows([])
    assert plain.longest_panel_ids() == []


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

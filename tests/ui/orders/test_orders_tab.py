"""Orders tab against the local panel: what rows show, errors, filters, sorting, the detail."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.models import StatusKind
from tests.ui.orders.orders_tab_steps import (
    PENDING_S,
    act,
    place,
    ready,
    refresh,
    reload,
    row_text,
)
from ui.common.formatting import strip_bidi
from ui.orders.order_rows import Bucket, bucket_of, prepare_rows
from ui.orders.orders_model import (
    COL_PANEL,
    COL_STATUS,
    OrdersModel,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


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

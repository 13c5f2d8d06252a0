"""Orders tab actions against the local panel: refill, cancel, track, copy, export, resolve."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.workflows.orders_export import CSV_HEADER
from tests.ui.orders.orders_tab_steps import (
    act,
    answer_next_question,
    complete,
    place,
    ready,
    refresh,
    reload,
    row_text,
    unknown_order,
)
from ui.common.formatting import strip_bidi
from ui.orders.orders_model import (
    COL_REFILL,
    COL_STATUS,
    FRESH_MARK,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_refill_where_the_service_allows_it_and_its_status_is_tracked(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    refillable = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/r", 1000)
    plain = place(app_window, SERVICE_DEFAULT, "https://x.test/p", 1000)
    complete(tab, panel, qtbot, refillable, plain)

    tab.select_order(plain.local_id)
    assert not tab.buttons.refill_button.isEnabled()  # the service offers no refill
    tab.select_order(refillable.local_id)
    assert tab.buttons.refill_button.isEnabled()
    answer_next_question(accept=True)
    message = act(tab, qtbot, tab.buttons.refill_button.click)
    assert message == "Refill requested for 1 order(s)."
    order = app_window.session.store.journal.get(refillable.local_id)
    assert order.refill_id is not None
    assert row_text(tab, refillable.local_id, COL_REFILL) == "Pending"

    panel.advance(130)
    refresh(tab, qtbot)
    assert row_text(tab, refillable.local_id, COL_REFILL) == "Completed"
    tab.select_order(refillable.local_id)
    qtbot.waitUntil(lambda: ("Refill status", "Completed") in tab.detail.history_texts())


def test_a_refused_refill_says_the_panels_reason(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/r2", 1000)
    complete(tab, panel, qtbot, order)
    panel.set_status(order.panel_order_id, "Partial", remains=10)  # the panel changed its mind
    tab.select_order(order.local_id)
    tab.requests.confirm = lambda _request, _orders: True
    message = act(tab, qtbot, tab.requests.refill_selected)
    assert "refused a refill" in message and "not eligible" in message
    assert "The panel refused:" not in message  # core's English wording is not shown
    assert app_window.session.store.journal.get(order.local_id).refill_id is None


def test_cancel_where_allowed_and_the_canceled_status_shows(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    cancellable = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/c", 1000)
    plain = place(app_window, SERVICE_DEFAULT, "https://x.test/nc", 1000)
    refresh(tab, qtbot)
    tab.select_order(plain.local_id)
    assert not tab.buttons.cancel_button.isEnabled()
    tab.select_order(cancellable.local_id)
    assert tab.buttons.cancel_button.isEnabled()
    answer_next_question(accept=True)
    message = act(tab, qtbot, tab.buttons.cancel_button.click)
    assert message == "Cancel requested for 1 order(s)."
    assert row_text(tab, cancellable.local_id, COL_STATUS) == FRESH_MARK + "Canceled"
    assert not tab.buttons.cancel_button.isEnabled()  # final now


def test_track_an_order_placed_elsewhere(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    placed = app_window.session.client.add(
        {"service": str(SERVICE_DEFAULT), "link": "https://web.test/x", "quantity": "500"}
    )
    tab.buttons.track_edit.setText(f" {placed.order_id} ")
    act(tab, qtbot, tab.buttons.track_button.click)
    journal = app_window.session.store.journal
    tracked = next(o for o in journal.orders() if o.panel_order_id == placed.order_id)
    assert tracked.state == "tracked"
    assert row_text(tab, tracked.local_id, COL_STATUS) == "Pending"
    assert tab.buttons.track_edit.text() == ""


def test_copy_open_and_repeat(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT, "instagram.com/p/xyz", 500)
    reload(tab, qtbot)
    tab.select_order(order.local_id)
    tab.buttons.copy_id_button.click()
    assert QGuiApplication.clipboard().text() == order.panel_order_id
    tab.buttons.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == "instagram.com/p/xyz"
    opened: list[QUrl] = []
    tab.links.open_url = opened.append
    tab.buttons.open_link_button.click()
    assert [u.toString() for u in opened] == ["https://instagram.com/p/xyz"]
    with qtbot.waitSignal(app_window.session.repeatOrder) as blocker:
        tab.buttons.repeat_button.click()
    assert blocker.args[0].local_id == order.local_id


def test_export_csv_selection_and_all(app_window, panel, qtbot, tmp_path: Path):
    tab = ready(app_window, qtbot)
    a = place(app_window, SERVICE_DEFAULT, "https://x.test/ä", 1000)
    b = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/b", 2000)
    refresh(tab, qtbot)
    path = tmp_path / "all.csv"
    tab.exporter.ask_save_path = lambda: str(path)
    act(tab, qtbot, tab.buttons.export_all_action.trigger)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_HEADER
    by_id = {r[2]: dict(zip(CSV_HEADER, r, strict=True)) for r in rows[1:]}
    assert set(by_id) == {a.panel_order_id, b.panel_order_id}
    # The rows as the journal has them after the refresh, with the panel's name; every
    # column's content: tests/core/workflows/test_orders_export.py.
    first = by_id[a.panel_order_id]
    assert first["status"] == "Pending" and first["link"] == "https://x.test/ä"
    assert first["panel"] == app_window.session.profile.name

    tab.select_order(b.local_id)
    selected = tmp_path / "selected.csv"
    act(tab, qtbot, lambda: tab.exporter.export(selected_only=True, path=str(selected)))
    with selected.open(encoding="utf-8-sig", newline="") as handle:
        assert [r[2] for r in list(csv.reader(handle))[1:]] == [b.panel_order_id]


def test_export_to_an_unwritable_place_says_so(app_window, panel, qtbot, tmp_path: Path):
    tab = ready(app_window, qtbot)
    place(app_window, SERVICE_DEFAULT, "https://x.test/e", 1000)
    reload(tab, qtbot)
    message = act(
        tab, qtbot, lambda: tab.exporter.export(False, str(tmp_path / "missing" / "o.csv"))
    )
    assert message.startswith("A file could not be used")


def test_an_unknown_order_found_on_the_panel_is_followed_by_its_id(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    local_id = unknown_order(app_window, "https://x.test/found")
    params = {"service": str(SERVICE_DEFAULT), "link": "https://x.test/found", "quantity": "500"}
    panel_id = app_window.session.client.add(params).order_id  # what the panel did place
    reload(tab, qtbot)
    assert tab.buttons.resolve_placed_button.isHidden()
    tab.select_order(local_id)
    assert not tab.buttons.resolve_placed_button.isHidden()
    assert not tab.buttons.resolve_failed_button.isHidden()
    qtbot.waitUntil(lambda: "Found on the panel" in tab.detail.summary.text())
    assert "track it here by its id" not in tab.detail.summary.text()

    tab.resolver.ask_panel_id = lambda order: "12 34"
    message = act(tab, qtbot, tab.resolver.resolve_placed)
    assert "no spaces or commas" in message
    assert app_window.session.store.journal.get(local_id).state == "unknown"

    other = app_window.session.store.journal.track(app_window.session.profile.id, "424242")
    tab.resolver.ask_panel_id = lambda order: "424242"  # already followed in another row
    message = act(tab, qtbot, tab.resolver.resolve_placed)
    assert "already in the list" in message
    assert app_window.session.store.journal.get(local_id).state == "unknown"
    assert app_window.session.store.journal.get(other).panel_order_id == "424242"

    tab.resolver.ask_panel_id = lambda order: f" {panel_id} "
    message = act(tab, qtbot, tab.resolver.resolve_placed)
    assert f"Order {panel_id} is recorded as placed" in message
    order = app_window.session.store.journal.get(local_id)
    assert order.state == "placed" and order.panel_order_id == panel_id
    # Followed at once (its status asked): the row says Pending, not "Not checked yet".
    assert row_text(tab, local_id, COL_STATUS) == "Pending"
    assert tab.buttons.resolve_placed_button.isHidden()


def test_an_unknown_order_not_on_the_panel_is_marked_not_placed_after_asking(
    app_window, panel, qtbot
):
    tab = ready(app_window, qtbot)
    local_id = unknown_order(app_window, "https://x.test/absent")
    other = unknown_order(app_window, "https://x.test/other")
    reload(tab, qtbot)
    tab.select_order(local_id)
    tab.table.selectionModel().select(
        tab.model.index(tab.model.row_of(other), 0),
        tab.table.selectionModel().SelectionFlag.Select
        | tab.table.selectionModel().SelectionFlag.Rows,
    )
    assert not tab.buttons.resolve_failed_button.isEnabled()  # two selected: not this way
    tab.select_order(local_id)
    asked: list[int] = []
    tab.resolver.confirm_not_placed = lambda order: asked.append(order.local_id) or False
    tab.resolver.resolve_failed()
    assert asked == [local_id]
    assert app_window.session.store.journal.get(local_id).state == "unknown"
    tab.resolver.confirm_not_placed = lambda order: True
    message = act(tab, qtbot, tab.resolver.resolve_failed)
    assert message == "The order is recorded as not placed."
    assert app_window.session.store.journal.get(local_id).state == "failed"
    assert row_text(tab, local_id, COL_STATUS) == "Not placed"


def test_tracking_an_id_the_panel_does_not_know_says_so(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    said = act(tab, qtbot, lambda: tab.track(["999999999"]))
    assert "The panel does not know order 999999999" in strip_bidi(said)

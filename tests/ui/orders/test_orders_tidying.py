"""Orders actions of issue 14: Refill and Cancel ask first and refresh the balance after; Track
refuses what is not an id; rows can be hidden (no longer polled) or removed."""

from __future__ import annotations

import pytest

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from tests.ui.orders.orders_tab_steps import (
    act,
    answer_next_question,
    complete,
    place,
    ready,
    refresh,
    reload,
    status_requests,
)
from ui.common.formatting import strip_bidi
from ui.orders.refill_cancel_action import Request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _balance_requests(panel) -> int:
    return sum(1 for r in panel.requests if r.get("action") == "balance")


def test_cancel_asks_first_naming_the_orders_and_refreshes_the_balance(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/c", 1000)
    refresh(tab, qtbot)
    tab.select_order(order.local_id)

    said = answer_next_question(accept=False)
    tab.buttons.cancel_button.click()
    assert said and order.panel_order_id in strip_bidi(said[0])
    assert "refunded to your balance" in said[0]
    assert not [r for r in panel.requests if r.get("action") == "cancel"]  # nothing sent

    balance_asked = _balance_requests(panel)
    said = answer_next_question(accept=True)
    message = act(tab, qtbot, tab.buttons.cancel_button.click)
    assert message == "Cancel requested for 1 order(s)."
    assert [r for r in panel.requests if r.get("action") == "cancel"]
    qtbot.waitUntil(lambda: _balance_requests(panel) > balance_asked)


def test_refill_asks_first_and_refreshes_the_balance(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/r", 1000)
    complete(tab, panel, qtbot, order)
    tab.select_order(order.local_id)
    asked = []
    tab.requests.confirm = lambda request, orders: asked.append((request, orders)) or False
    tab.requests.refill_selected()
    assert [o.local_id for o in asked[0][1]] == [order.local_id]
    assert not [r for r in panel.requests if r.get("action") == "refill"]

    text = tab.requests.confirmation_text(asked[0][0], asked[0][1])
    assert order.panel_order_id in strip_bidi(text) and "refill" in text
    balance_asked = _balance_requests(panel)
    tab.requests.confirm = lambda _request, _orders: True
    assert act(tab, qtbot, tab.requests.refill_selected) == "Refill requested for 1 order(s)."
    qtbot.waitUntil(lambda: _balance_requests(panel) > balance_asked)


def test_many_orders_are_named_then_counted(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    orders = [app_window.session.store.journal.get(
        place(app_window, SERVICE_DEFAULT_DRIPFEED, f"https://x.test/{i}", 1000).local_id
    ) for i in range(11)]  # fmt: skip
    text = strip_bidi(tab.requests.confirmation_text(Request.CANCEL, orders))
    assert orders[0].panel_order_id in text and orders[10].panel_order_id not in text
    assert "and 3 more" in text


def test_track_refuses_what_is_not_an_order_id_and_keeps_the_text(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    before = len(app_window.session.store.journal.orders())
    tab.buttons.track_edit.setText("abc, 123")
    said = act(tab, qtbot, tab.buttons.track_button.click)
    assert "Not an order id: abc" in strip_bidi(said) and "digits only" in said
    assert len(app_window.session.store.journal.orders()) == before  # nothing tracked
    assert tab.buttons.track_edit.text() == "abc, 123"  # kept, to be corrected
    tab.buttons.track_edit.setText("۱۲۳")  # Persian digits are digits
    act(tab, qtbot, tab.buttons.track_button.click)
    assert [o.panel_order_id for o in app_window.session.store.journal.orders()] == ["123"]


def test_a_hidden_row_leaves_the_table_and_is_no_longer_polled(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    kept = place(app_window, SERVICE_DEFAULT, "https://x.test/k", 1000)
    act(tab, qtbot, lambda: tab.track(["987654"]))  # a typo: the panel does not know it
    journal = app_window.session.store.journal
    typo = next(o for o in journal.orders() if o.panel_order_id == "987654")
    tab.select_order(typo.local_id)
    assert tab.buttons.hide_button.isEnabled()
    said = act(tab, qtbot, tab.buttons.hide_button.click)
    assert said.startswith("1 order(s) hidden")
    assert tab.model.row_of(typo.local_id) is None and tab.model.row_of(kept.local_id) is not None
    assert tab.count_label.text() == "1 of 2 orders"

    refresh(tab, qtbot)
    assert status_requests(panel)[-1] == kept.panel_order_id  # the hidden id is not asked

    tab.show_hidden_check.setChecked(True)
    assert tab.model.row_of(typo.local_id) is not None
    tab.select_order(typo.local_id)
    assert tab.buttons.hide_button.text() == "Show"
    act(tab, qtbot, tab.buttons.hide_button.click)
    assert not journal.get(typo.local_id).hidden
    qtbot.waitUntil(lambda: ("Shown in the list again", "") in tab.detail.history_texts())
    assert ("Hidden from the list (no longer checked)", "") in tab.detail.history_texts()


def test_remove_takes_a_tracked_row_away_after_asking(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    placed = place(app_window, SERVICE_DEFAULT, "https://x.test/p", 1000)
    act(tab, qtbot, lambda: tab.track(["987654"]))
    journal = app_window.session.store.journal
    typo = next(o for o in journal.orders() if o.panel_order_id == "987654")
    reload(tab, qtbot)
    tab.select_order(placed.local_id)
    assert tab.buttons.remove_button.isHidden()  # an order placed here is only ever hidden
    tab.select_order(typo.local_id)
    assert not tab.buttons.remove_button.isHidden()

    tab.tidier.confirm_remove = lambda orders: False
    tab.tidier.remove_selected()
    assert journal.get(typo.local_id) is not None
    tab.tidier.confirm_remove = lambda orders: True
    said = act(tab, qtbot, tab.buttons.remove_button.click)
    assert said == "1 order(s) removed from the list."
    assert journal.get(typo.local_id) is None and tab.model.row_of(typo.local_id) is None

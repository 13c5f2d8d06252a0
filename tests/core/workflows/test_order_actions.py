"""Refill and cancel against the local panel and a real journal, and who may do them (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.errors import ErrorKind, PanelRefused
from core.local_panel.catalogue import (
    SERVICE_CANCEL_ONLY,
    SERVICE_DEFAULT,
    SERVICE_DEFAULT_DRIPFEED,
)
from core.models import Service
from core.store import JournalOrder
from core.workflows.order_actions import can_cancel, can_refill, cancel_orders, refill_orders
from core.workflows.order_refresh import refresh_orders
from tests.core.workflows.orders_setting import (
    PENDING_S,
    PROGRESS_S,
    OrdersSetting,
    orders_setting,
)


@pytest.fixture
def setting(panel, tmp_path):
    with orders_setting(panel, tmp_path) as made:
        yield made


def completed(s: OrdersSetting, *orders: JournalOrder) -> list[JournalOrder]:
    """Let the panel finish these orders and refresh them: they come back Completed."""
    s.panel.advance(PENDING_S + PROGRESS_S + 1)
    refresh_orders(s.journal, s.client, s.profile.id)
    found = [s.journal.get(o.local_id) for o in orders]
    assert {o.status for o in found} == {"Completed"}
    return found


def history(s: OrdersSetting, local_id: int) -> list[tuple[str, str]]:
    return [(e.what, e.detail) for e in s.journal.history(local_id)]


# --- who may refill or cancel ---------------------------------------------------------------

ACTIVE = 1
CATALOGUE = ServiceCatalog(
    [
        Service("1", "Refill and cancel", "c", "Default", Decimal(1), 10, 100, refill=True,
                cancel=True),
        Service("2", "Neither", "c", "Default", Decimal(1), 10, 100),
    ]
)  # fmt: skip


def journal_order(**fields: object) -> JournalOrder:
    base = JournalOrder(
        local_id=1, profile_id=ACTIVE, state="placed", panel_order_id="500", service_id="1",
        service_name="Refill and cancel", service_type="Default", link="l", quantity=100,
        params={}, status="Completed", final=True,
    )  # fmt: skip
    return replace(base, **fields)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, True),
        ({"status": "Partial"}, True),
        ({"status": "partially completed"}, True),  # spellings are normalised
        ({"state": "tracked"}, True),
        ({"service_id": "999"}, True),  # not in the catalogue: the panel has the last word
        ({"service_id": None}, True),  # tracked without a service
        ({"service_id": "2"}, False),  # the service offers no refill
        ({"status": "In progress", "final": False}, False),
        ({"status": "Canceled"}, False),
        ({"status": ""}, False),  # not checked yet
        ({"error": "Incorrect order ID"}, False),
        ({"panel_order_id": None, "state": "unknown"}, False),
        ({"profile_id": 2}, False),  # another panel's order
    ],
)
def test_which_orders_can_be_refilled(fields, expected):
    assert can_refill(journal_order(**fields), ACTIVE, CATALOGUE) is expected


def test_refill_without_an_active_panel_or_catalogue():
    assert not can_refill(journal_order(), None, CATALOGUE)
    assert can_refill(journal_order(service_id="2"), ACTIVE, None)  # no catalogue: try


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "Pending", "final": False}, True),
        ({"status": "", "final": False}, True),  # not checked yet
        ({"status": "In progress", "final": False, "state": "tracked"}, True),
        ({"status": "In progress", "final": False, "service_id": "999"}, True),
        ({"status": "Pending", "final": False, "service_id": "2"}, False),
        ({"status": "Completed", "final": True}, False),
        ({"status": "", "final": False, "state": "unknown", "panel_order_id": None}, False),
        ({"status": "", "final": False, "state": "submitting", "panel_order_id": None}, False),
        ({"status": "", "final": True, "state": "failed", "panel_order_id": None}, False),
        ({"status": "Pending", "final": False, "profile_id": 2}, False),
    ],
)
def test_which_orders_can_be_cancelled(fields, expected):
    assert can_cancel(journal_order(**fields), ACTIVE, CATALOGUE) is expected


def test_eligibility_of_real_orders_follows_the_panels_service_flags(setting: OrdersSetting):
    s = setting
    refillable = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/r", 1000)
    plain = s.place(SERVICE_DEFAULT, "https://x.test/p", 1000)
    cancel_only = s.place(SERVICE_CANCEL_ONLY, "https://x.test/c", 1000)
    refresh_orders(s.journal, s.client, s.profile.id)
    pending = [s.journal.get(o.local_id) for o in (refillable, plain, cancel_only)]
    assert [can_cancel(o, s.profile.id, s.catalogue) for o in pending] == [True, False, True]
    assert not any(can_refill(o, s.profile.id, s.catalogue) for o in pending)
    done = completed(s, refillable, plain, cancel_only)
    assert [can_refill(o, s.profile.id, s.catalogue) for o in done] == [True, False, False]
    assert not any(can_cancel(o, s.profile.id, s.catalogue) for o in done)


# --- refill -----------------------------------------------------------------------------------


def test_an_accepted_refill_is_recorded_and_its_status_asked_at_once(setting: OrdersSetting):
    s = setting
    (order,) = completed(s, s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/r", 1000))
    outcome = refill_orders(s.journal, s.client, s.profile.id, [order])
    (answer,) = outcome.answers
    assert answer.accepted and answer.refill_id is not None and answer.reason is None
    assert answer.local_id == order.local_id and answer.panel_order_id == order.panel_order_id
    assert outcome.accepted == [answer] and outcome.refused == []
    assert outcome.follow_up_error is None
    # One order: the single form (order=), which every panel has.
    assert [r.get("order") for r in s.actions("refill")] == [order.panel_order_id]
    now = s.journal.get(order.local_id)
    assert now.refill_id == answer.refill_id and now.refill_status == "Pending"
    assert ("refill", answer.refill_id) in history(s, order.local_id)
    assert s.actions("refill_status")[-1].get("refills") == answer.refill_id


def test_a_refused_refill_keeps_the_panels_reason(setting: OrdersSetting):
    s = setting
    (order,) = completed(s, s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/r2", 1000))
    s.panel.set_status(order.panel_order_id, "Partial", remains=10)  # the panel changed its mind
    outcome = refill_orders(s.journal, s.client, s.profile.id, [order])
    (answer,) = outcome.refused
    assert not answer.accepted and answer.refill_id is None
    assert answer.reason == "Order not eligible for refill."
    assert answer.reason_kind == ErrorKind.PANEL_OTHER
    assert s.journal.get(order.local_id).refill_id is None
    assert ("refill_refused", "Order not eligible for refill.") in history(s, order.local_id)
    assert s.actions("refill_status") == []  # nothing accepted: nothing to follow


def test_a_refill_of_several_orders_is_one_batch_answered_per_order(setting: OrdersSetting):
    s = setting
    good, plain = completed(
        s,
        s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/g", 1000),
        s.place(SERVICE_DEFAULT, "https://x.test/n", 1000),
    )
    gone = s.journal.track(s.profile.id, "987654")
    orders = [good, plain, s.journal.get(gone)]
    outcome = refill_orders(s.journal, s.client, s.profile.id, orders)
    assert [r.get("orders") for r in s.actions("refill")] == [
        f"{good.panel_order_id},{plain.panel_order_id},987654"
    ]
    by_id = {a.local_id: a for a in outcome.answers}
    assert by_id[good.local_id].accepted
    assert by_id[plain.local_id].reason == "Order not eligible for refill."
    assert by_id[gone].reason == "Incorrect order ID"
    assert by_id[gone].reason_kind == ErrorKind.UNKNOWN_ORDER
    assert s.journal.get(good.local_id).refill_status == "Pending"
    assert s.journal.get(plain.local_id).refill_id is None


def test_a_refill_the_whole_panel_refuses_is_raised_and_nothing_recorded(
    setting: OrdersSetting,
):
    s = setting
    (order,) = completed(s, s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/k", 1000))
    wrong_key = PanelClient(s.panel.url, "not-the-key")
    with pytest.raises(PanelRefused) as caught:
        refill_orders(s.journal, wrong_key, s.profile.id, [order])
    wrong_key.close()
    assert caught.value.kind == ErrorKind.BAD_KEY
    assert all(what != "refill_refused" for what, _ in history(s, order.local_id))


def test_a_failed_refill_status_follow_up_is_reported_not_raised(setting: OrdersSetting):
    s = setting
    (order,) = completed(s, s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/fu", 1000))
    s.panel.inject("http422_json", action="refill_status", message="Incorrect request")
    outcome = refill_orders(s.journal, s.client, s.profile.id, [order])
    assert outcome.accepted and outcome.follow_up_error is not None
    assert outcome.follow_up_error.kind == ErrorKind.UNSUPPORTED_ACTION
    now = s.journal.get(order.local_id)
    assert now.refill_id is not None and now.refill_status == ""  # asked at the next refresh
    assert s.journal.refill_pending_ids(s.profile.id) == [now.refill_id]


def test_orders_of_another_panel_are_never_sent(setting: OrdersSetting):
    s = setting
    (order,) = completed(s, s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/o", 1000))
    other = s.store.profiles.add("Other", "https://other.test/api/v2")
    before = len(s.panel.requests)
    assert refill_orders(s.journal, s.client, other.id, [order]).answers == ()
    assert cancel_orders(s.journal, s.client, other.id, [order]).answers == ()
    assert len(s.panel.requests) == before


# --- cancel -----------------------------------------------------------------------------------


def test_an_accepted_cancel_shows_as_canceled_at_once_and_is_refunded(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/c", 1000)
    balance_before = s.panel.balance
    outcome = cancel_orders(s.journal, s.client, s.profile.id, [order])
    (answer,) = outcome.accepted
    assert answer.local_id == order.local_id and answer.reason is None
    assert outcome.follow_up_error is None
    now = s.journal.get(order.local_id)
    assert now.status == "Canceled" and now.final
    assert ("cancel", "") in history(s, order.local_id)
    assert s.panel.balance == balance_before + Decimal("0.95")  # refunded by the panel
    assert not can_cancel(now, s.profile.id, s.catalogue)  # final now


def test_a_cancel_of_several_orders_is_answered_per_order(setting: OrdersSetting):
    s = setting
    cancellable = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/c1", 1000)
    plain = s.place(SERVICE_DEFAULT, "https://x.test/c2", 1000)
    outcome = cancel_orders(s.journal, s.client, s.profile.id, [cancellable, plain])
    assert [r.get("orders") for r in s.actions("cancel")] == [
        f"{cancellable.panel_order_id},{plain.panel_order_id}"
    ]
    assert [a.local_id for a in outcome.accepted] == [cancellable.local_id]
    (refused,) = outcome.refused
    assert refused.local_id == plain.local_id and refused.reason == "Order can't be canceled."
    assert ("cancel_refused", "Order can't be canceled.") in history(s, plain.local_id)
    assert s.journal.get(plain.local_id).status == ""  # a refused cancel asks no status
    assert s.status_requests() == [[cancellable.panel_order_id]]


def test_a_failed_status_after_a_cancel_is_reported_and_the_cancel_stays(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/cf", 1000)
    s.panel.inject("html", action="status")
    outcome = cancel_orders(s.journal, s.client, s.profile.id, [order])
    assert outcome.accepted and outcome.follow_up_error is not None
    assert outcome.follow_up_error.kind == ErrorKind.NOT_JSON
    assert ("cancel", "") in history(s, order.local_id)
    # The next refresh brings the Canceled status.
    refresh_orders(s.journal, s.client, s.profile.id)
    assert s.journal.get(order.local_id).status == "Canceled"


def test_a_cancel_on_a_panel_without_cancel_is_raised(make_panel, tmp_path):
    old = make_panel(supports_refill_cancel=False)
    with orders_setting(old, tmp_path) as s:
        order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/old", 1000)
        with pytest.raises(PanelRefused) as caught:
            cancel_orders(s.journal, s.client, s.profile.id, [order])
        assert caught.value.kind == ErrorKind.UNSUPPORTED_ACTION
        assert ("cancel_refused", "Incorrect request") not in history(s, order.local_id)


def test_a_refill_on_a_panel_without_refill_is_raised_not_taken_as_a_refusal(make_panel, tmp_path):
    old = make_panel(supports_refill_cancel=False)
    with orders_setting(old, tmp_path) as s:
        (order,) = completed(s, s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/oldr", 1000))
        with pytest.raises(PanelRefused) as caught:
            refill_orders(s.journal, s.client, s.profile.id, [order])  # the single form
        assert caught.value.kind == ErrorKind.UNSUPPORTED_ACTION
        assert all(what != "refill_refused" for what, _ in history(s, order.local_id))

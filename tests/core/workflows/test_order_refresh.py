"""Refreshing orders in batches against the local panel and a real journal (no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ErrorKind, NotJson, PanelError
from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.workflows.order_actions import refill_orders
from core.workflows.order_refresh import follow_refills, refresh_orders
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


def refresh(s: OrdersSetting, **options):
    return refresh_orders(s.journal, s.client, s.profile.id, **options)


def test_an_order_is_followed_until_completed_then_no_longer_asked(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://instagram.com/p/one", 1000)
    assert s.journal.get(order.local_id).status == ""  # not checked yet

    seen: list[tuple[int, int]] = []
    outcome = refresh(s, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 1), (1, 1)]
    assert (outcome.asked, outcome.answered, outcome.stopped) == (1, 1, False)
    assert s.journal.get(order.local_id).status == "Pending"

    s.panel.advance(PENDING_S + PROGRESS_S / 2)
    refresh(s)
    now = s.journal.get(order.local_id)
    assert now.status == "In progress" and now.remains == 500 and not now.final

    s.panel.advance(PROGRESS_S)
    outcome = refresh(s)
    done = s.journal.get(order.local_id)
    assert outcome.became_final == (order.local_id,)
    assert done.status == "Completed" and done.final and done.remains == 0
    assert done.charge == Decimal("0.95") and done.last_checked is not None
    assert [e.what for e in s.journal.history(order.local_id)].count("status") == 3

    # A final order is no longer asked about.
    before = len(s.status_requests())
    outcome = refresh(s)
    assert outcome.asked == 0 and len(s.status_requests()) == before


def test_orders_are_asked_in_batches_of_100_and_each_batch_is_saved(setting: OrdersSetting):
    s = setting
    orders = [s.place(SERVICE_DEFAULT, f"https://x.test/b{i}", 100) for i in range(230)]
    saved_before_next: list[int] = []

    def progress(done: int, total: int) -> None:
        # Reported after the batch is in the journal, before the next is asked.
        checked = sum(1 for o in s.journal.orders(s.profile.id) if o.last_checked is not None)
        saved_before_next.append(checked)
        assert total == 230

    outcome = refresh(s, progress=progress)
    assert [len(batch) for batch in s.status_requests()] == [100, 100, 30]
    assert saved_before_next == [0, 100, 200, 230]
    assert outcome.answered == 230 and not outcome.stopped
    assert {s.journal.get(o.local_id).status for o in orders} == {"Pending"}


def test_a_stop_between_batches_keeps_what_was_saved_and_asks_nothing_more(
    setting: OrdersSetting,
):
    s = setting
    orders = [s.place(SERVICE_DEFAULT, f"https://x.test/s{i}", 100) for i in range(150)]
    refillable = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/r", 1000)
    s.panel.advance(PENDING_S + PROGRESS_S + 1)
    refill_orders(s.journal, s.client, s.profile.id, [s.journal.get(refillable.local_id)])
    refills_asked = len(s.actions("refill_status"))
    answered: list[int] = []

    def stop_after_the_first_batch() -> bool:
        return answered[-1] >= 100

    outcome = refresh(
        s,
        progress=lambda done, _total: answered.append(done),
        should_stop=stop_after_the_first_batch,
    )
    assert outcome.stopped and outcome.answered == 100 and outcome.asked == 151
    assert len(s.status_requests()) == 1
    checked = [o for o in orders if s.journal.get(o.local_id).last_checked is not None]
    assert len(checked) == 100  # the first batch is saved
    assert len(s.actions("refill_status")) == refills_asked  # no follow-up after a stop
    # The next refresh asks only what is still not final (the first batch completed).
    assert refresh(s).asked == 51


def test_a_failing_batch_raises_its_error_and_earlier_batches_stay_saved(setting: OrdersSetting):
    s = setting
    orders = [s.place(SERVICE_DEFAULT, f"https://x.test/f{i}", 100) for i in range(120)]

    def fail_the_next_batch(done: int, _total: int) -> None:
        if done == 100:
            s.panel.inject("html", action="status")

    with pytest.raises(NotJson) as caught:
        refresh(s, progress=fail_the_next_batch)
    assert caught.value.kind == ErrorKind.NOT_JSON
    statuses = [s.journal.get(o.local_id).status for o in orders]
    assert statuses.count("Pending") == 100 and statuses.count("") == 20


def test_an_unreachable_panel_raises_and_changes_nothing(setting: OrdersSetting):
    s = setting
    order = s.place()
    s.panel.inject("drop", action="status", times=None)
    with pytest.raises(PanelError) as caught:
        refresh(s)
    assert caught.value.kind == ErrorKind.DROPPED
    assert s.journal.get(order.local_id).last_checked is None


def test_a_bad_id_does_not_hold_back_the_good_ones_in_its_batch(setting: OrdersSetting):
    s = setting
    good = s.place(SERVICE_DEFAULT, "https://x.test/good", 500)
    bad = s.journal.track(s.profile.id, "987654")
    outcome = refresh(s)
    assert outcome.answered == 2 and outcome.became_final == ()
    assert s.journal.get(good.local_id).status == "Pending"
    unknown = s.journal.get(bad)
    assert unknown.error == "Incorrect order ID" and not unknown.final
    assert "987654" in s.status_requests()[-1]
    # Still not final: asked again next time, in case it was a panel hiccup.
    assert refresh(s).asked == 2


def test_nothing_to_refresh_sends_nothing(setting: OrdersSetting):
    s = setting
    before = len(s.panel.requests)
    outcome = refresh(s, progress=lambda *_: pytest.fail("no progress without orders"))
    assert (outcome.asked, outcome.answered, outcome.refills.asked) == (0, 0, 0)
    assert len(s.panel.requests) == before


def test_the_refresh_follows_up_pending_refills(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/r", 1000)
    s.panel.advance(PENDING_S + PROGRESS_S + 1)
    refresh(s)
    refill_orders(s.journal, s.client, s.profile.id, [s.journal.get(order.local_id)])
    assert s.journal.get(order.local_id).refill_status == "Pending"

    s.panel.advance(130)
    outcome = refresh(s)
    assert outcome.asked == 0  # the order itself is final
    assert (outcome.refills.asked, outcome.refills.answered) == (1, 1)
    assert outcome.refills.changed == (order.local_id,) and outcome.refills.error is None
    assert s.journal.get(order.local_id).refill_status == "Completed"
    assert ("refill_status", "Completed") in [
        (e.what, e.detail) for e in s.journal.history(order.local_id)
    ]
    # A finished refill is not asked about again.
    asked = len(s.actions("refill_status"))
    assert refresh(s).refills.asked == 0 and len(s.actions("refill_status")) == asked


def test_a_panel_without_refill_status_is_reported_not_raised(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/old", 1000)
    s.panel.advance(PENDING_S + PROGRESS_S + 1)
    refresh(s)
    refill_orders(s.journal, s.client, s.profile.id, [s.journal.get(order.local_id)])
    s.panel.inject("http422_json", action="refill_status", message="Incorrect request")
    followed = follow_refills(s.journal, s.client, s.profile.id)
    assert followed.error is not None and followed.error.kind == ErrorKind.UNSUPPORTED_ACTION
    assert followed.answered == 0
    assert s.journal.get(order.local_id).refill_status == "Pending"  # unchanged


def test_a_refused_refill_status_still_saves_the_order_statuses(setting: OrdersSetting):
    s = setting
    refilled = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/r1", 1000)
    s.panel.advance(PENDING_S + PROGRESS_S + 1)
    refresh(s)
    refill_orders(s.journal, s.client, s.profile.id, [s.journal.get(refilled.local_id)])
    later = s.place(SERVICE_DEFAULT, "https://x.test/later", 500)
    s.panel.inject("http422_json", action="refill_status", message="Incorrect request")
    outcome = refresh(s)
    assert outcome.refills.error is not None
    assert outcome.refills.error.kind == ErrorKind.UNSUPPORTED_ACTION
    assert s.journal.get(later.local_id).status == "Pending"

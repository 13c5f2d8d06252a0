"""Delivery quality per service, over a journal built with known timings."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from core.insights import MIN_TIMED_ORDERS, InsightsFilter, quality_of, service_quality
from core.models import OrderStatus
from tests.core.insights.journal_builder import T0, JournalBuilder, hours


def test_counts_by_how_orders_ended_and_only_orders_the_panel_got(store, build):
    svc = build.service("7", "Likes")
    build.completed(svc, hours(2))
    build.completed(svc, hours(3), word="completed")  # a panel's own spelling
    _, partial = build.place(svc)
    build.status(partial, "Partial", T0 + hours(5), remains=400, charge="0.60")
    _, canceled = build.place(svc)
    build.status(canceled, "Canceled", T0 + hours(1), remains=1000, charge="0")
    _, refunded = build.place(svc)
    build.status(refunded, "Refunded", T0 + hours(1), remains=1000, charge="0")
    _, running = build.place(svc)
    build.status(running, "In progress", T0 + hours(1), remains=300, charge="1.00")
    build.place(svc)  # placed, never refreshed: running too
    failed = store.journal.begin(build.profile_id, svc, {"quantity": "10"}, None, "USD")
    store.journal.mark_failed(failed, "Not enough funds")
    unknown = store.journal.begin(build.profile_id, svc, {"quantity": "10"}, None, "USD")
    store.journal.mark_unknown(unknown, "no answer")

    [q] = service_quality(store)
    assert (q.profile_id, q.service_id, q.service_name) == (build.profile_id, "7", "Likes")
    assert (q.orders, q.completed, q.partial, q.canceled, q.running) == (7, 2, 1, 2, 2)
    assert q.currency == "USD"


def test_median_and_90th_percentile_of_the_time_to_complete(store, build):
    svc = build.service("1")
    for n in range(1, 11):  # 1 h ... 10 h
        build.completed(svc, hours(n), at=T0 + timedelta(days=n))
    [q] = service_quality(store)
    assert q.timed == 10 and not q.thin
    assert q.median_completion == hours(5.5)  # between the 5th and the 6th
    assert q.p90_completion == hours(9)  # nearest rank: the 9th of 10


def test_an_order_completed_between_two_refreshes_counts_to_the_refresh_that_saw_it(store, build):
    svc = build.service("1")
    for _ in range(MIN_TIMED_ORDERS):
        local_id, panel_id = build.place(svc, at=T0)
        build.status(panel_id, "In progress", T0 + hours(1), remains=600, charge="1")
        # It completed on the panel somewhere between the refreshes at 1 h and at 4 h.
        build.status(panel_id, "Completed", T0 + hours(4), remains=0, charge="1")
        build.status(panel_id, "Completed", T0 + hours(6), remains=0, charge="1")  # no new row
    [q] = service_quality(store)
    assert q.median_completion == q.p90_completion == hours(4)


def test_too_thin_to_tell_below_the_minimum_and_nothing_completed(store, build):
    thin, never = build.service("1"), build.service("2")
    for n in range(MIN_TIMED_ORDERS - 1):
        build.completed(thin, hours(n + 1))
    _, canceled = build.place(never)
    build.status(canceled, "Canceled", T0 + hours(1), remains=1000, charge="0")
    build.place(never)
    by_id = {q.service_id: q for q in service_quality(store)}
    assert by_id["1"].thin and by_id["1"].timed == MIN_TIMED_ORDERS - 1
    assert by_id["1"].median_completion is None and by_id["1"].p90_completion is None
    none = by_id["2"]
    assert (none.completed, none.timed, none.median_completion) == (0, 0, None)
    assert none.cost_per_unit is None  # nothing delivered: no cost per unit to tell


def test_cost_per_delivered_unit_with_drip_feed_and_over_delivery(store, build):
    svc = build.service("1")
    build.completed(svc, hours(1), quantity=1000, charge="2.00")  # 1,000 units
    # Drip-feed: 500 x 4 runs = 2,000 units ordered, all delivered.
    _, drip = build.place(svc, 500, runs=4)
    build.status(drip, "Completed", T0 + hours(9), remains=0, charge="4.00")
    # Partial with negative remains: the panel delivered 20 more than ordered.
    _, over = build.place(svc, 1000)
    build.status(over, "Partial", T0 + hours(3), remains=-20, charge="2.00")
    # A partial that delivered 400 of 1,000, charged for those.
    _, part = build.place(svc, 1000)
    build.status(part, "Partial", T0 + hours(3), remains=600, charge="0.80")
    # Running and canceled orders do not count.
    _, running = build.place(svc, 1000)
    build.status(running, "In progress", T0 + hours(1), remains=500, charge="2.00")
    [q] = service_quality(store)
    charged = Decimal("2.00") + Decimal("4.00") + Decimal("2.00") + Decimal("0.80")
    units = 1000 + 2000 + 1020 + 400
    assert q.cost_per_unit == charged / units


def test_refill_requests_and_their_outcomes(store, build):
    svc = build.service("1")
    ids = [build.completed(svc, hours(1)) for _ in range(5)]
    build.refill(ids[0], "r1", "Completed")
    build.refill(ids[1], "r2", "Rejected")
    build.refill(ids[2], "r3", "Pending")  # not known yet
    build.refill(ids[3], "r4")  # nothing heard yet
    build.refill(ids[4], None)  # refused at once
    [q] = service_quality(store)
    r = q.refills
    assert (r.requested, r.refused, r.completed, r.rejected, r.pending) == (4, 1, 1, 1, 2)


def test_tracked_orders_count_but_are_not_timed(store, build):
    svc = build.service("1")
    local_id = store.journal.track(build.profile_id, "777", svc)
    store.journal.apply_statuses(
        build.profile_id,
        {"777": OrderStatus("777", "Completed", None, None, 0)},
        checked_at=T0 + hours(1),
    )
    [q] = service_quality(store)
    assert (q.orders, q.completed, q.timed) == (1, 1, 0)
    assert store.journal.get(local_id).final


def test_scope_by_panel_and_period_and_one_service(store, build):
    other = JournalBuilder(store, store.profiles.add("Panel B", "https://b.example/api/v2").id)
    svc = build.service("1")
    build.completed(svc, hours(1), at=T0)
    build.completed(svc, hours(1), at=T0 + timedelta(days=10))
    build.completed(build.service("2"), hours(1), at=T0)
    other.completed(other.service("1"), hours(1), at=T0)

    everything = service_quality(store)
    assert sorted((q.profile_id, q.service_id, q.orders) for q in everything) == sorted(
        [(build.profile_id, "1", 2), (build.profile_id, "2", 1), (other.profile_id, "1", 1)]
    )
    assert everything[0].orders == 2  # most ordered first
    only_b = service_quality(store, InsightsFilter(frozenset({other.profile_id})))
    assert [(q.profile_id, q.orders) for q in only_b] == [(other.profile_id, 1)]
    first_week = InsightsFilter(since=T0, until=T0 + timedelta(days=7))
    assert {(q.profile_id, q.service_id): q.orders for q in service_quality(store, first_week)}[
        (build.profile_id, "1")
    ] == 1
    one = quality_of(store, build.profile_id, "2")
    assert one is not None and one.orders == 1
    assert quality_of(store, build.profile_id, "99") is None

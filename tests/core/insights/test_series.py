"""Chart series: spending per period by panel and by service, orders by final status."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from core.insights import (
    Granularity,
    InsightsFilter,
    SpendingBy,
    compute_insights,
    final_status_counts,
    spending,
)
from core.models import StatusKind
from tests.core.insights.journal_builder import T0, JournalBuilder, hours

TEHRAN = timedelta(hours=3, minutes=30)


def points(series):
    return [(p.start, p.amount, p.orders) for p in series.points]


def test_spending_per_local_day_counts_charges_and_leaves_refunds_out(store, build):
    svc = build.service("1")
    # T0 is 12:00 UTC. 21:00 UTC is already the next day in Tehran (00:30).
    build.completed(svc, hours(1), charge="1.25", at=T0)
    build.completed(svc, hours(1), charge="0.10", at=T0 + hours(9))
    _, canceled = build.place(svc, at=T0)
    build.status(canceled, "Cancelled", T0 + hours(1), remains=1000, charge="0")
    _, refunded = build.place(svc, at=T0)
    build.status(refunded, "Refunded", T0 + hours(1), remains=1000, charge="3.00")
    # Placed, no charge heard yet: its estimate is what the panel took.
    build.place(svc, at=T0 + timedelta(days=2), estimate="0.333333")

    [utc] = spending(store, utc_offset=timedelta(0))
    assert utc.key.profile_id == build.profile_id and utc.key.currency == "USD"
    assert points(utc) == [
        (date(2026, 3, 1), Decimal("1.35"), 2),
        (date(2026, 3, 3), Decimal("0.333333"), 1),
    ]
    [tehran] = spending(store, utc_offset=TEHRAN)
    assert points(tehran)[:2] == [
        (date(2026, 3, 1), Decimal("1.25"), 1),
        (date(2026, 3, 2), Decimal("0.10"), 1),
    ]
    assert tehran.total == Decimal("1.683333")


def test_sums_are_exact_where_floating_point_would_drift(store, build):
    svc = build.service("1")
    for n in range(300):
        build.completed(svc, hours(1), charge="0.1", at=T0 + timedelta(minutes=n))
    [series] = spending(store, utc_offset=timedelta(0))
    assert series.total == Decimal("30")  # sum(0.1 as REAL) is 30.000000000000156


def test_a_rial_resellers_totals_are_summed_without_overflow(store, build):
    # Whole millionths of 9.3e12 or more overflowed SQLite's sum ("integer overflow"): two such
    # charges broke the Insights tab and the quality lines.
    svc = build.service("1")
    for n in range(3):
        build.completed(svc, hours(1), charge="900000000000000.5", at=T0 + timedelta(minutes=n))
    build.completed(svc, hours(1), charge="0.0000001", at=T0 + timedelta(minutes=9))  # "1E-7"
    [series] = spending(store, utc_offset=timedelta(0))
    assert series.total == Decimal("2700000000000001.5")  # to the millionth: 1E-7 adds 0, not 1
    report = compute_insights(store, InsightsFilter(), Granularity.DAY)
    [quality] = report.quality
    assert quality.orders == 4 and quality.cost_per_unit is not None


def test_weeks_and_months_by_default_and_in_the_caller_s_calendar(store, build):
    svc = build.service("1")
    for day in (0, 1, 6, 31):  # Sun 1 Mar, Mon 2 Mar, Sat 7 Mar, Wed 1 Apr 2026
        build.completed(svc, hours(1), charge="1", at=T0 + timedelta(days=day))
    utc = timedelta(0)
    [weeks] = spending(store, granularity=Granularity.WEEK, utc_offset=utc)
    assert [(p.start, p.orders) for p in weeks.points] == [
        (date(2026, 2, 23), 1), (date(2026, 3, 2), 2), (date(2026, 3, 30), 1),
    ]  # fmt: skip
    [months] = spending(store, granularity=Granularity.MONTH, utc_offset=utc)
    assert [(p.start, p.orders) for p in months.points] == [
        (date(2026, 3, 1), 3), (date(2026, 4, 1), 1),
    ]  # fmt: skip

    def saturday_week(day: date) -> date:  # the Persian week starts on Saturday
        return day - timedelta(days=(day.weekday() + 2) % 7)

    [persian] = spending(
        store, granularity=Granularity.WEEK, utc_offset=utc, bucket_start=saturday_week
    )
    assert [(p.start, p.orders) for p in persian.points] == [
        (date(2026, 2, 28), 2), (date(2026, 3, 7), 1), (date(2026, 3, 28), 1),
    ]  # fmt: skip


def test_by_service_keeps_the_top_spenders_and_puts_the_rest_together(store, build):
    for n, charge in enumerate(("5", "4", "3", "2", "1")):
        build.completed(build.service(str(n + 1), f"S{n + 1}"), hours(1), charge=charge)
    series = spending(store, by=SpendingBy.SERVICE, top=2, utc_offset=timedelta(0))
    assert [(s.key.service_id, s.key.service_name, s.total) for s in series] == [
        ("1", "S1", Decimal("5")), ("2", "S2", Decimal("4")), (None, "", Decimal("6")),
    ]  # fmt: skip
    [panel] = spending(store, by=SpendingBy.PANEL, utc_offset=timedelta(0))
    assert panel.total == Decimal("15")


def test_panels_and_currencies_stay_apart_and_the_filter_picks_a_panel(store, build):
    toman = JournalBuilder(
        store, store.profiles.add("Panel T", "https://t.example/api/v2").id, currency="IRT"
    )
    build.completed(build.service("1"), hours(1), charge="2")
    toman.completed(toman.service("1"), hours(1), charge="150000")
    series = spending(store, utc_offset=timedelta(0))
    assert {(s.key.profile_id, s.key.currency, s.total) for s in series} == {
        (build.profile_id, "USD", Decimal("2")), (toman.profile_id, "IRT", Decimal("150000")),
    }  # fmt: skip
    only = spending(store, InsightsFilter(frozenset({toman.profile_id})), utc_offset=timedelta(0))
    assert [s.key.currency for s in only] == ["IRT"]


def test_orders_by_final_status_whatever_the_spelling(store, build):
    svc = build.service("1")
    build.completed(svc, hours(1))
    build.completed(svc, hours(1), word="completed")
    build.completed(svc, hours(1), word="Complete")
    for word in ("Partial", "Cancelled", "canceled", "Refunded"):
        _, panel_id = build.place(svc)
        build.status(panel_id, word, T0 + hours(1), remains=10, charge="0")
    _, running = build.place(svc)
    build.status(running, "In progress", T0 + hours(1), remains=10)
    assert final_status_counts(store) == {
        StatusKind.COMPLETED: 3,
        StatusKind.PARTIAL: 1,
        StatusKind.CANCELED: 2,
        StatusKind.REFUNDED: 1,
    }


def test_everything_at_once_and_an_empty_journal_says_so(store, build):
    empty = compute_insights(store)
    assert empty.empty and empty.quality == () and empty.final_statuses == {}
    svc = build.service("1")
    for n in range(6):
        build.completed(svc, hours(n + 1))
    report = compute_insights(store, granularity=Granularity.MONTH, utc_offset=timedelta(0))
    assert not report.empty
    assert [q.service_id for q in report.top_services] == ["1"]
    assert report.top_services[0].median_completion == hours(3.5)
    assert report.final_statuses == {StatusKind.COMPLETED: 6}
    assert [s.total for s in report.spending_by_panel] == [Decimal("6.00")]
    assert [s.key.service_id for s in report.spending_by_service] == ["1"]

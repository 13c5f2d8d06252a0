"""The edges a faster computation of the statistics must keep exactly: where a period starts and
ends, which local day, week or month an order falls in (to the second, in a zone half an hour
off the hour), and whose name a service's series carries."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from core.insights import Granularity, InsightsFilter, SpendingBy, compute_insights, spending
from core.models import StatusKind
from tests.core.insights.journal_builder import T0, hours

TEHRAN = timedelta(hours=3, minutes=30)
#: Local midnight starting 1 April 2026 in Tehran, in UTC.
APRIL_IN_TEHRAN = datetime(2026, 3, 31, 20, 30, tzinfo=timezone.utc)


def starts(series):
    return [(p.start, p.orders) for p in series.points]


def test_a_local_month_starts_at_local_midnight_to_the_second(store, build):
    svc = build.service("1")
    second = timedelta(seconds=1)
    build.completed(svc, hours(1), at=APRIL_IN_TEHRAN - second)  # 23:59:59 on 31 March
    # Whole seconds count: half a second before midnight is midnight already.
    build.completed(svc, hours(1), at=APRIL_IN_TEHRAN - second * 0.4)
    build.completed(svc, hours(1), at=APRIL_IN_TEHRAN)
    build.completed(svc, hours(1), at=APRIL_IN_TEHRAN + timedelta(days=30) - second)  # 30 April
    build.completed(svc, hours(1), at=APRIL_IN_TEHRAN + timedelta(days=30))  # 1 May
    [months] = spending(store, granularity=Granularity.MONTH, utc_offset=TEHRAN)
    assert starts(months) == [(date(2026, 3, 1), 1), (date(2026, 4, 1), 3), (date(2026, 5, 1), 1)]
    [days] = spending(store, granularity=Granularity.DAY, utc_offset=TEHRAN)
    assert starts(days) == [
        (date(2026, 3, 31), 1), (date(2026, 4, 1), 2), (date(2026, 4, 30), 1),
        (date(2026, 5, 1), 1),
    ]  # fmt: skip
    # The same orders in UTC: 31 March 20:29 to 20:30 is one day, all in March but the last two.
    [utc] = spending(store, granularity=Granularity.MONTH, utc_offset=timedelta(0))
    assert starts(utc) == [(date(2026, 3, 1), 3), (date(2026, 4, 1), 2)]


def test_a_calendar_week_starts_on_its_own_first_day_at_local_midnight(store, build):
    svc = build.service("1")
    saturday = datetime(2026, 4, 3, 20, 30, tzinfo=timezone.utc)  # Sat 4 April 00:00 in Tehran
    build.completed(svc, hours(1), at=saturday - timedelta(seconds=1))
    build.completed(svc, hours(1), at=saturday)

    def saturday_week(day: date) -> date:
        return day - timedelta(days=(day.weekday() + 2) % 7)

    [weeks] = spending(
        store, granularity=Granularity.WEEK, utc_offset=TEHRAN, bucket_start=saturday_week
    )
    assert starts(weeks) == [(date(2026, 3, 28), 1), (date(2026, 4, 4), 1)]
    [iso] = spending(store, granularity=Granularity.WEEK, utc_offset=TEHRAN)
    assert starts(iso) == [(date(2026, 3, 30), 2)]  # both in the week of Monday 30 March


def test_a_period_takes_its_first_moment_and_leaves_out_its_end(store, build):
    svc = build.service("1")
    since, until = T0, T0 + timedelta(days=7)
    tiny = timedelta(microseconds=1)
    for at in (since - tiny, since, until - tiny, until):
        for n in range(5):  # enough completed orders for a median
            build.completed(svc, hours(n + 1), charge="1", at=at)
    report = compute_insights(
        store, InsightsFilter(since=since, until=until), Granularity.DAY, utc_offset=timedelta(0)
    )
    [quality] = report.quality
    assert (quality.orders, quality.completed, quality.timed) == (10, 10, 10)
    assert quality.median_completion == hours(3)
    assert report.final_statuses == {StatusKind.COMPLETED: 10}
    [panel] = report.spending_by_panel
    assert starts(panel) == [(date(2026, 3, 1), 5), (date(2026, 3, 8), 5)]
    assert panel.total == Decimal("10")


def test_a_service_series_carries_the_name_on_its_newest_order_even_one_that_took_no_money(
    store, build
):
    build.completed(build.service("1", "Old name"), hours(1), charge="2", at=T0)
    _, canceled = build.place(build.service("1", "New name"), at=T0 + hours(5))
    build.status(canceled, "Canceled", T0 + hours(6), remains=1000, charge="0")
    [series] = spending(store, by=SpendingBy.SERVICE, utc_offset=timedelta(0))
    assert (series.key.service_id, series.key.service_name) == ("1", "New name")
    assert series.total == Decimal("2")
    report = compute_insights(store, utc_offset=timedelta(0))
    assert [q.service_name for q in report.quality] == ["New name"]
    assert [s.key.service_name for s in report.spending_by_service] == ["New name"]

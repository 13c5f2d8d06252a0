"""The Insights charts' figures and texts, prepared on a worker from core.insights.

`prepare_charts` reads the statistics (core, one read of the journal) and turns them into what
the charts draw and say: periods in the UI's calendar, exact figures in the UI's digits, the
CSV tables behind each chart, and a sentence instead of a chart when the history is empty or too
thin. Only Qt Charts objects are left for the GUI thread (ui/insights/charts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from core.gc_pause import bulk_allocation
from core.models import StatusKind
from ui.common import formatting, time_text
from ui.common.long_text import preview
from ui.insights.chart_card import ChartTable
from ui.insights.charts import Series, TimePoint
from ui.insights.quality_text import QualityWords, duration_text

if TYPE_CHECKING:
    from core.insights import BalanceSeries, InsightsFilter, ServiceQuality, SpendingSeries

# core.insights is imported by the worker's job, not with the tab: opening the tab imports
# less on the GUI thread. Its Granularity and SpendingBy are str enums, equal to these values.
DAY, WEEK, MONTH = "day", "week", "month"
BY_PANEL, BY_SERVICE = "panel", "service"
#: The period choices: key, days back (None: everything), the length of one bar.
PERIODS: tuple[tuple[str, int | None, str], ...] = (
    ("30d", 30, DAY),
    ("13w", 91, WEEK),
    ("12m", 365, MONTH),
    ("all", None, MONTH),
)
#: A service's name on the completion chart's axis is cut to this many characters.
AXIS_NAME_CHARS = 22
#: Services in the completion chart, most used first.
COMPLETION_SERVICES = 6
#: Services of their own in the spending chart (per panel); the rest are one "other" stack.
SPENDING_SERVICES = 6
#: Final kinds in the status chart, in this order (refunded is counted with canceled by core).
STATUS_ORDER = (
    StatusKind.COMPLETED,
    StatusKind.PARTIAL,
    StatusKind.CANCELED,
    StatusKind.REFUNDED,
)
_SATURDAY = 5  # date.weekday(): the Persian week starts on Saturday


@dataclass(frozen=True)
class ChartsRequest:
    """What the selectors ask for: a PERIODS key and a panel (None: all of them)."""

    period: str
    profile_id: int | None = None


@dataclass(frozen=True)
class ChartWords:
    """Translated words the preparation needs, made on the GUI thread."""

    statuses: Mapping[str, str]  # StatusKind value -> its word
    other_services: str
    median: str
    spending_empty: str
    statuses_empty: str
    completion_empty: str  # with {count}: the completed orders a service needs
    balance_empty: str
    quality: QualityWords = field(default_factory=QualityWords)


@dataclass(frozen=True)
class BarsData:
    """A spending chart: periods, a stacked series per panel or service; `empty` says why not."""

    empty: str = ""
    categories: Sequence[str] = ()  # each period in full (tooltips)
    series: Sequence[Series] = ()
    table: ChartTable | None = None
    currency: str = ""
    axis_labels: Sequence[str] = ()  # each period short enough for under its bar


@dataclass(frozen=True)
class PieData:
    empty: str = ""
    labels: Sequence[str] = ()
    counts: Sequence[int] = ()
    texts: Sequence[str] = ()
    table: ChartTable | None = None


@dataclass(frozen=True)
class HBarsData:
    empty: str = ""
    labels: Sequence[str] = ()  # shortened for the axis
    full_labels: Sequence[str] = ()
    series: Series | None = None
    table: ChartTable | None = None


@dataclass(frozen=True)
class LinesData:
    empty: str = ""
    lines: Sequence[tuple[str, Sequence[TimePoint]]] = ()
    axis_labels: Sequence[tuple[float, str]] = ()
    table: ChartTable | None = None


@dataclass(frozen=True)
class PreparedCharts:
    """Everything the tab draws for one request."""

    request: ChartsRequest
    spending_by_panel: BarsData
    spending_by_service: BarsData
    statuses: PieData
    completion: HBarsData
    balance: LinesData
    orders: int  # orders in the period that reached a panel
    spent: str  # the money spent, per currency
    #: Currencies spent in but left out of the spending chart (it shows one currency).
    other_currencies: tuple[str, ...] = ()


# --- periods in the UI's calendar ------------------------------------------------------------


def _calendar_parts(day: date) -> tuple[int, int, int]:
    if formatting.current().calendar == formatting.JALALI:
        return time_text.jalali_parts(day)
    return day.year, day.month, day.day


def bucket_start(granularity: str) -> Callable[[date], date]:
    """The first day of the day, week or month a day falls in, in the chosen calendar (a
    Persian week starts on Saturday, a Jalali month on its own first day)."""
    jalali = formatting.current().calendar == formatting.JALALI
    if granularity == DAY:
        return lambda day: day
    if granularity == WEEK:
        first = _SATURDAY if jalali else 0
        return lambda day: day - timedelta(days=(day.weekday() - first) % 7)
    if not jalali:
        return lambda day: day.replace(day=1)
    calendar = time_text.qcalendar()

    @cache  # core asks once per day and series: a few thousand calls over a few hundred days
    def month_start(day: date) -> date:
        year, month, _ = time_text.jalali_parts(day)
        first = calendar.dateFromParts(year, month, 1)
        return date(first.year(), first.month(), first.day())

    return month_start


def _short_label(start: date, granularity: str) -> str:
    """Month/day of a day or week, in the chosen calendar ("09/08"); a month as in full."""
    if granularity == MONTH:
        return _bucket_label(start, granularity)
    _year, month, day = _calendar_parts(start)
    return formatting.localize_digits(f"{month:02d}/{day:02d}")


def _bucket_label(start: date, granularity: str) -> str:
    if granularity != MONTH:
        return time_text.date_text(start)
    year, month, _ = _calendar_parts(start)
    name = time_text.qcalendar().monthName(
        formatting.locale(), month, year, QLocale.FormatType.ShortFormat
    )
    return f"{name} {formatting.localize_digits(str(year))}"


def _buckets(first: date, last: date, granularity: str) -> list[date]:
    """Every bucket from the one holding `first` to the one holding `last`, oldest first."""
    start_of = bucket_start(granularity)
    shortest = {DAY: 1, WEEK: 7, MONTH: 28}[granularity]
    starts: list[date] = []
    day = first
    while day <= last:
        start = start_of(day)
        if not starts or starts[-1] != start:
            starts.append(start)
            day = max(day + timedelta(days=1), start + timedelta(days=shortest))
        else:
            day += timedelta(days=1)
    return starts


# --- the preparation -------------------------------------------------------------------------


def _scope(request: ChartsRequest, today: date) -> tuple[InsightsFilter, str]:
    from core.insights import InsightsFilter

    days, granularity = next((d, g) for key, d, g in PERIODS if key == request.period)
    profiles = None if request.profile_id is None else frozenset({request.profile_id})
    since = None
    if days is not None:
        first = bucket_start(granularity)(today - timedelta(days=days - 1))
        since = datetime.combine(first, time.min).astimezone(timezone.utc)
    return InsightsFilter(profile_ids=profiles, since=since), granularity


def prepare_charts(
    store: object,
    request: ChartsRequest,
    names: Mapping[int, str],
    words: ChartWords,
    today: date | None = None,
) -> PreparedCharts:
    """Read the statistics for `request` and prepare every chart (a worker's job)."""
    today = today or datetime.now().date()
    scope, granularity = _scope(request, today)
    with bulk_allocation():  # no full collection holding the GIL (and the GUI) midway
        return _prepare(request, names, words, today, scope, granularity, store)


def _prepare(
    request: ChartsRequest,
    names: Mapping[int, str],
    words: ChartWords,
    today: date,
    scope: InsightsFilter,
    granularity: str,
    store: object,
) -> PreparedCharts:
    from core.insights import Granularity, compute_insights

    report = compute_insights(
        store,  # type: ignore[arg-type]
        scope,
        Granularity(granularity),
        top_services=SPENDING_SERVICES,
        bucket_start=bucket_start(granularity),
    )
    by_panel = report.spending_by_panel
    first = scope.since.astimezone().date() if scope.since is not None else None
    panel_bars = _spending_bars(by_panel, names, words, granularity, first, today, False)
    service_bars = _spending_bars(
        report.spending_by_service, names, words, granularity, first, today, True
    )
    statuses = _status_pie(report.final_statuses, words)
    completion = _completion_bars(report.quality, names, words)
    balance = _balance_lines(report.balances, names, words)
    totals = _totals(by_panel)
    # Every order of the period, canceled ones too (the spending counts only those that took
    # money: "No orders" beside a pie of one canceled order).
    orders = sum(q.orders for q in report.quality)
    spent = " · ".join(formatting.money(total, currency) for currency, total in totals.items())
    others = tuple(c for c in totals if c != panel_bars.currency) if len(totals) > 1 else ()
    return PreparedCharts(
        request, panel_bars, service_bars, statuses, completion, balance, orders, spent, others
    )


def _totals(series: Sequence[SpendingSeries]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for one in series:
        currency = one.key.currency or ""
        totals[currency] = totals.get(currency, Decimal(0)) + one.total
    return totals


def _series_name(
    one: SpendingSeries, names: Mapping[int, str], words: ChartWords, by_service: bool
) -> str:
    if not by_service:
        return names.get(one.key.profile_id, "?")
    if one.key.service_id is None:
        return words.other_services
    # A legend line is short: the tooltip names the service in full.
    return preview(one.key.service_name or one.key.service_id, AXIS_NAME_CHARS)


def _spending_bars(
    series: Sequence[SpendingSeries],
    names: Mapping[int, str],
    words: ChartWords,
    granularity: str,
    first: date | None,
    today: date,
    by_service: bool,
) -> BarsData:
    spent = [s for s in series if s.points]
    if not spent:
        return BarsData(empty=words.spending_empty)
    # Amounts of different currencies are never stacked together: the chart shows the currency
    # with the most spending orders; the summary names the others.
    by_currency: dict[str, int] = {}
    for one in spent:
        currency = one.key.currency or ""
        by_currency[currency] = by_currency.get(currency, 0) + sum(p.orders for p in one.points)
    currency = max(by_currency, key=lambda c: (by_currency[c], c))
    shown = [s for s in spent if (s.key.currency or "") == currency]
    oldest = min(p.start for s in shown for p in s.points)
    starts = _buckets(first or oldest, today, granularity)
    index = {start: i for i, start in enumerate(starts)}
    categories = [_bucket_label(start, granularity) for start in starts]
    parts: list[Series] = []
    rows: list[list[str]] = []
    for one in shown:
        amounts = [Decimal(0)] * len(starts)
        for point in one.points:
            i = index.get(point.start)
            if i is not None:
                amounts[i] += point.amount
            rows.append(
                [
                    time_text.date_ascii(point.start),
                    names.get(one.key.profile_id, ""),
                    one.key.service_id or "",
                    one.key.service_name if by_service else "",
                    currency,
                    formatting.decimal_ascii(point.amount),
                    str(point.orders),
                ]
            )
        name = _series_name(one, names, words, by_service)
        if by_service and len({s.key.profile_id for s in shown}) > 1:
            name = f"{name} ({names.get(one.key.profile_id, '?')})"
        texts = [formatting.money(a, currency) for a in amounts]
        parts.append(Series(name, [float(a) for a in amounts], texts))
    header = ("period_start", "panel", "service_id", "service", "currency", "amount", "orders")
    short = [_short_label(start, granularity) for start in starts]
    return BarsData("", categories, parts, ChartTable(header, rows), currency, short)


def _status_pie(counts: Mapping[StatusKind, int], words: ChartWords) -> PieData:
    present = [(kind, counts.get(kind, 0)) for kind in STATUS_ORDER if counts.get(kind, 0) > 0]
    if not present:
        return PieData(empty=words.statuses_empty)
    labels = [words.statuses.get(kind.value, kind.value) for kind, _n in present]
    numbers = [n for _kind, n in present]
    rows = [[kind.value, str(n)] for kind, n in present]
    texts = [formatting.number(n) for n in numbers]
    return PieData("", labels, numbers, texts, ChartTable(("status", "orders"), rows))


def _hours(value: timedelta | None) -> str:
    return "" if value is None else f"{value.total_seconds() / 3600:.2f}"


def _completion_bars(
    quality: Sequence[ServiceQuality], names: Mapping[int, str], words: ChartWords
) -> HBarsData:
    from core.insights import MIN_TIMED_ORDERS, most_used

    timed = [q for q in most_used(quality, len(quality)) if q.median_completion is not None]
    timed = timed[:COMPLETION_SERVICES]
    if not timed:
        return HBarsData(
            empty=words.completion_empty.format(count=formatting.number(MIN_TIMED_ORDERS))
        )
    several_panels = len({q.profile_id for q in timed}) > 1
    full = [
        formatting.isolate(q.service_name or q.service_id)
        + (f" ({formatting.isolate(names.get(q.profile_id, '?'))})" if several_panels else "")
        for q in timed
    ]
    # The axis gives a service's name a short line (Qt Charts elides a long one to "...").
    labels = _distinct([preview(q.service_name or q.service_id, AXIS_NAME_CHARS) for q in timed])
    values = [q.median_completion.total_seconds() / 3600 for q in timed]  # type: ignore[union-attr]
    texts = [
        words.quality.timed_line(duration_text(q.median_completion, words.quality), q.timed)
        for q in timed
    ]
    rows = [
        [
            names.get(q.profile_id, ""),
            q.service_id,
            q.service_name,
            str(q.orders),
            str(q.completed),
            str(q.timed),
            _hours(q.median_completion),
            _hours(q.p90_completion),
        ]
        for q in timed
    ]
    header = (
        "panel", "service_id", "service", "orders", "completed", "timed", "median_hours",
        "p90_hours",
    )  # fmt: skip
    series = Series(words.median, values, texts)
    return HBarsData("", labels, full, series, ChartTable(header, rows))


def _distinct(labels: list[str]) -> list[str]:
    """The labels, a repeated one numbered ("Likes (2)"): a category axis merges equal labels,
    so the same service name on two panels put one bar's value under the other's name."""
    used: set[str] = set()
    distinct = []
    for label in labels:
        candidate, n = label, 1
        while candidate in used:
            n += 1
            candidate = f"{label} ({formatting.number(n)})"
        used.add(candidate)
        distinct.append(candidate)
    return distinct


def _ms(at: datetime) -> float:
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.timestamp() * 1000


def _balance_lines(
    history: Sequence[BalanceSeries], names: Mapping[int, str], words: ChartWords
) -> LinesData:
    drawn = [one for one in history if len(one.points) >= 2]
    if not drawn:
        return LinesData(empty=words.balance_empty)
    lines = []
    rows = []
    for one in drawn:
        name = names.get(one.profile_id, "?")
        if len({s.currency for s in drawn}) > 1:  # lines of several currencies share the axis
            name = f"{name} ({one.currency})"
        points = [
            TimePoint(_ms(p.at), float(p.amount), p.at, p.amount, p.currency) for p in one.points
        ]
        lines.append((name, points))
        rows += [
            [names.get(one.profile_id, ""), time_text.datetime_ascii(p.at),
             formatting.decimal_ascii(p.amount), p.currency]
            for p in one.points
        ]  # fmt: skip
    every = [p.at for one in drawn for p in one.points]
    axis = _time_axis(min(every), max(every))
    header = ("panel", "at", "amount", "currency")
    return LinesData("", lines, axis, ChartTable(header, rows))


def _time_axis(first: datetime, last: datetime) -> list[tuple[float, str]]:
    """About six dates between `first` and `last`, at local midnights, in the UI's calendar."""
    first_day, last_day = first.astimezone().date(), last.astimezone().date()
    span = max((last_day - first_day).days, 1)
    step = max(1, span // 6)
    labels = []
    day = first_day
    while day <= last_day + timedelta(days=1):
        midnight = datetime.combine(day, time.min).astimezone()
        labels.append((midnight.timestamp() * 1000, _short_label(day, DAY)))
        day += timedelta(days=step)
    return labels

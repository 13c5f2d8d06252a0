"""Chart series from the journal: spending per period by panel or by service, and orders by
final status.

Spending is the money that went to the panels: the charge of every order that reached them
(the estimate while the panel has not said a charge yet), canceled and refunded orders left
out. It is summed in SQL per local day as whole millionths (exact for every charge of up to six
decimals, where a sum of REAL would drift) and rolled up into weeks or months in Python, so
the ui can pass its own calendar's week and month (`bucket_start`). Amounts of different
currencies are never added together: each series has one currency.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum

from core.insights.groups import (
    REACHED_PANEL,
    REFUNDED_KINDS,
    OrderGroup,
    from_micros,
    micros,
    money_sum,
    names_of,
    read_groups,
    words_of,
)
from core.insights.scope import EVERYTHING, InsightsFilter
from core.models import StatusKind
from core.store import Store

#: Maps a local day to the first day of the week or month it belongs to, in the ui's calendar.
BucketStart = Callable[[date], date]


class Granularity(str, Enum):
    """How long one point of a spending chart is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class SpendingBy(str, Enum):
    """What a spending chart's series are."""

    PANEL = "panel"
    SERVICE = "service"


@dataclass(frozen=True)
class SeriesKey:
    """What one series is about: a panel's spending, or one service of a panel.

    `service_id` None with SpendingBy.SERVICE is the panel's other services together."""

    profile_id: int
    currency: str | None
    service_id: str | None = None
    service_name: str = ""


@dataclass(frozen=True)
class SpendingPoint:
    """The spending of one period: `start` is its first local day."""

    start: date
    amount: Decimal
    orders: int


@dataclass(frozen=True)
class SpendingSeries:
    """One line or stack of a spending chart, periods oldest first (periods without spending
    are left out)."""

    key: SeriesKey
    points: tuple[SpendingPoint, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.points), Decimal(0))


def monday_week(day: date) -> date:
    """The ISO week's Monday: the default week when the ui passes no calendar of its own."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    """The Gregorian month's first day: the default month."""
    return day.replace(day=1)


def spending(
    store: Store,
    scope: InsightsFilter = EVERYTHING,
    granularity: Granularity = Granularity.DAY,
    by: SpendingBy = SpendingBy.PANEL,
    *,
    top: int = 8,
    utc_offset: timedelta | None = None,
    bucket_start: BucketStart | None = None,
) -> list[SpendingSeries]:
    """Spending per period; by service, the `top` services by total spending of each panel
    and currency and one series for the rest. Days are local: UTC + `utc_offset`, or None for
    this computer's offset (`local_offset`). Reads only; call off the GUI thread."""
    with store.db.read() as conn:
        return read_spending(
            conn,
            scope,
            granularity,
            by,
            top=top,
            utc_offset=utc_offset,
            bucket_start=bucket_start,
        )


def read_spending(
    conn: sqlite3.Connection,
    scope: InsightsFilter,
    granularity: Granularity,
    by: SpendingBy,
    *,
    top: int = 8,
    utc_offset: timedelta | None = None,
    bucket_start: BucketStart | None = None,
    groups: list[OrderGroup] | None = None,
) -> list[SpendingSeries]:
    """`spending` inside the caller's read transaction (`groups` if read already)."""
    by_panel, by_service = read_spending_both(
        conn, scope, granularity, top=top, utc_offset=utc_offset, bucket_start=bucket_start,
        groups=groups,
    )  # fmt: skip
    return by_panel if by is SpendingBy.PANEL else by_service


def read_spending_both(
    conn: sqlite3.Connection,
    scope: InsightsFilter,
    granularity: Granularity,
    *,
    top: int = 8,
    utc_offset: timedelta | None = None,
    bucket_start: BucketStart | None = None,
    groups: list[OrderGroup] | None = None,
) -> tuple[list[SpendingSeries], list[SpendingSeries]]:
    """Spending by panel and by service from one query: the per-service days are summed
    into the panel's."""
    if groups is None:
        groups = read_groups(conn, scope)
    tops = _top_services(groups, top)
    if not tops:
        return [], []
    chosen = json.dumps(sorted({s for services in tops.values() for s in services}))
    refunded = words_of(groups, REFUNDED_KINDS)
    where, values = scope.where("profile_id", "created_at")
    shift = local_offset() if utc_offset is None else utc_offset
    rows = conn.execute(
        _SPENDING.format(where=where),
        [int(shift.total_seconds()), chosen, refunded, *values],
    ).fetchall()
    newest: dict[tuple[int, str | None], int] = {}
    for g in groups:
        key = (g.profile_id, g.service_id)
        newest[key] = max(newest.get(key, -1), g.newest)
    names = names_of(conn, list(newest.values()))  # a series is named after its newest order
    start_of = _bucketing(granularity, bucket_start)
    starts: dict[int, date] = {}  # a day number -> its period's first day
    panel_days: dict[tuple, dict[date, list[int]]] = {}
    service_days: dict[tuple, dict[date, list[int]]] = {}
    for day, p, currency, service_id, whole, rest, count in rows:
        spent = micros(whole, rest)
        start = starts.get(day)
        if start is None:
            start = starts[day] = start_of(_EPOCH + timedelta(days=day))
        _add(panel_days, (p, currency, None), start, spent, count)
        picked = service_id if service_id in tops.get((p, currency), ()) else None
        _add(service_days, (p, currency, picked), start, spent, count)

    def key_of(p: int, currency: str | None, service_id: str | None) -> SeriesKey:
        name = "" if service_id is None else names.get(newest.get((p, service_id), -1), "")
        return SeriesKey(p, currency, service_id, name)

    return _series(panel_days, key_of), _series(service_days, key_of)


# Spending per local day of each panel, currency and (chosen) service. The day is the local
# date of the order's creation, as a whole number of days since 1970-01-01 (sorting whole
# numbers is the cheapest grouping: 75 ms for 100,000 orders where date() text took 100-130),
# from whole seconds since then (julianday: unixepoch() needs SQLite 3.38, newer than some
# Linux systems have); canceled and refunded orders took no money.
_EPOCH = date(1970, 1, 1)
_SPENDING = (
    "SELECT (CAST(round((julianday(created_at) - 2440587.5) * 86400) AS INTEGER) + ?) / 86400"  # noqa: S608
    " AS day, profile_id, currency,"
    " CASE WHEN service_id IN (SELECT value FROM json_each(?)) THEN service_id END AS service,"
    f" {money_sum('coalesce(charge, estimate)')}, count(*)"
    f" FROM orders INDEXED BY orders_for_insights WHERE {REACHED_PANEL}"
    " AND status NOT IN (SELECT value FROM json_each(?)) AND {where}"
    " GROUP BY day, profile_id, currency, service"
)


def local_offset() -> timedelta:
    """This computer's offset from UTC now: local days when the ui gives none. (One offset for
    the whole period: where clocks change for summer, an order placed within an hour of
    midnight in the other half of the year may count on the next or the previous day.)"""
    return datetime.now(timezone.utc).astimezone().utcoffset() or timedelta(0)


def _top_services(groups: list[OrderGroup], top: int) -> dict[tuple[int, str | None], set[str]]:
    """The `top` services of each panel and currency by money spent (ties: by id); every
    panel and currency with spending is a key, with no service at worst."""
    spent: dict[tuple[int, str | None], dict[str, int]] = {}
    for g in groups:
        if not g.took_money:
            continue
        per_service = spent.setdefault((g.profile_id, g.currency), {})
        if g.service_id is not None:
            per_service[g.service_id] = per_service.get(g.service_id, 0) + g.spent
    return {
        key: set(sorted(services, key=lambda s: (-services[s], s))[:top])
        for key, services in spent.items()
    }


def _bucketing(granularity: Granularity, bucket_start: BucketStart | None) -> BucketStart:
    if granularity is Granularity.DAY:
        return lambda day: day
    if bucket_start is not None:
        return bucket_start
    return monday_week if granularity is Granularity.WEEK else month_start


def _add(
    into: dict[tuple, dict[date, list[int]]], key: tuple, start: date, spent: int, n: int
) -> None:
    point = into.setdefault(key, {}).setdefault(start, [0, 0])
    point[0] += spent or 0
    point[1] += n


def _series(
    days: dict[tuple, dict[date, list[int]]], key_of: Callable[..., SeriesKey]
) -> list[SpendingSeries]:
    """Series oldest period first; the biggest spender first, "other services" last."""
    out = [
        SpendingSeries(
            key_of(*key),
            tuple(
                SpendingPoint(start, from_micros(spent), count)
                for start, (spent, count) in sorted(points.items())
            ),
        )
        for key, points in days.items()
    ]
    return sorted(
        out,
        key=lambda s: (s.key.profile_id, s.key.currency or "", s.key.service_id is None, -s.total),
    )


def final_status_counts(store: Store, scope: InsightsFilter = EVERYTHING) -> dict[StatusKind, int]:
    """How many orders in `scope` ended completed, partial, canceled or refunded (kinds with
    none are left out). Reads only."""
    with store.db.read() as conn:
        return count_final_statuses(read_groups(conn, scope))


def count_final_statuses(groups: list[OrderGroup]) -> dict[StatusKind, int]:
    """`final_status_counts` of groups already read."""
    counts: dict[StatusKind, int] = {}
    for g in groups:
        if g.final:
            counts[g.kind] = counts.get(g.kind, 0) + g.orders
    return counts

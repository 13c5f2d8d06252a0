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

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

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
    """Spending per period; by service, the `top` services by total spending of each currency
    and one series for the rest. Days are local: `utc_offset` fixed, or None for this
    computer's time zone. Reads only; call off the GUI thread."""
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
) -> list[SpendingSeries]:
    """`spending` inside the caller's read transaction."""
    return []  # skeleton: the queries follow


def final_status_counts(store: Store, scope: InsightsFilter = EVERYTHING) -> dict[StatusKind, int]:
    """How many orders in `scope` ended completed, partial, canceled or refunded (kinds with
    none are left out). Reads only."""
    with store.db.read() as conn:
        return read_final_status_counts(conn, scope)


def read_final_status_counts(
    conn: sqlite3.Connection, scope: InsightsFilter
) -> dict[StatusKind, int]:
    """`final_status_counts` inside the caller's read transaction."""
    return {}  # skeleton

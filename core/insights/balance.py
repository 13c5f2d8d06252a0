"""Balance snapshots: one row each time the app reads a panel's balance, for "balance over time".

A reading equal to the panel's previous one within SAME_READING_GAP is not kept again: the
app reads the balance after every order and at every panel switch, and a chart needs a
point when something changed (or now and then), not hundreds of equal ones.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from core.insights.scope import EVERYTHING, InsightsFilter
from core.models import Balance
from core.store import Store
from core.store.db import parse_utc, utc_text

#: An equal reading this soon after the previous one adds nothing.
SAME_READING_GAP = timedelta(minutes=1)
#: A chart shows at most this many points of a panel's balance: a busy panel read after each of
#: thousands of orders keeps, per slice of its period, the last balance of the slice.
MAX_BALANCE_POINTS = 2000


@dataclass(frozen=True)
class BalanceSnapshot:
    """A panel's balance at one moment (UTC)."""

    profile_id: int
    at: datetime
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class BalanceSeries:
    """One panel's snapshots in a period, oldest first (one currency: a panel that changed its
    currency gives one series per currency)."""

    profile_id: int
    currency: str
    points: tuple[BalanceSnapshot, ...]


def record_balance(
    store: Store, profile_id: int, balance: Balance, *, at: datetime | None = None
) -> bool:
    """Keep a snapshot of this reading; False when it was skipped (equal to the previous one
    within SAME_READING_GAP). Raises StoreError/sqlite3.Error as the store does."""
    moment = at or _now()
    amount = str(balance.amount)
    with store.db.write() as conn:
        last = conn.execute(
            "SELECT at, amount, currency FROM balance_snapshots WHERE profile_id = ?"
            " ORDER BY at DESC, id DESC LIMIT 1",
            (profile_id,),
        ).fetchone()
        if last is not None:
            last_at = parse_utc(last[0])
            same = Decimal(last[1]) == balance.amount and last[2] == balance.currency
            if same and abs(moment - last_at) < SAME_READING_GAP:
                return False
        conn.execute(
            "INSERT INTO balance_snapshots (profile_id, at, amount, currency) VALUES (?, ?, ?, ?)",
            (profile_id, utc_text(moment), amount, balance.currency),
        )
    return True


def balance_history(store: Store, scope: InsightsFilter = EVERYTHING) -> list[BalanceSeries]:
    """The snapshots in `scope`, one series per panel and currency. Reads only."""
    with store.db.read() as conn:
        return read_balance_history(conn, scope)


def read_balance_history(conn: sqlite3.Connection, scope: InsightsFilter) -> list[BalanceSeries]:
    """`balance_history` inside the caller's read transaction. A snapshot whose amount no
    longer reads (a hand edit) is left out."""
    where, values = scope.where("profile_id", "at")
    series: dict[tuple[int, str], list[BalanceSnapshot]] = {}
    for profile_id, at, amount, currency in conn.execute(
        "SELECT profile_id, at, amount, currency FROM balance_snapshots"  # noqa: S608
        f" WHERE {where} ORDER BY profile_id, at, id",
        values,
    ):
        try:
            value = Decimal(amount)
        except InvalidOperation:
            continue
        if not value.is_finite():
            continue
        snapshot = BalanceSnapshot(profile_id, parse_utc(at), value, currency)
        series.setdefault((profile_id, currency), []).append(snapshot)
    return [
        BalanceSeries(profile_id, currency, _thinned(points))
        for (profile_id, currency), points in series.items()
    ]


def _thinned(points: list[BalanceSnapshot]) -> tuple[BalanceSnapshot, ...]:
    """At most MAX_BALANCE_POINTS (+1): the first snapshot, then the last one of each equal
    slice of the period."""
    if len(points) <= MAX_BALANCE_POINTS:
        return tuple(points)
    first, span = points[0].at, points[-1].at - points[0].at
    kept: dict[int, BalanceSnapshot] = {}
    for point in points[1:]:
        kept[int((point.at - first) / span * (MAX_BALANCE_POINTS - 1))] = point
    return (points[0], *kept.values())


def _now() -> datetime:
    return datetime.now(timezone.utc)

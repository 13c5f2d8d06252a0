"""Balance snapshots: one row each time the app reads a panel's balance, for "balance over time".

A reading equal to the panel's previous one within SAME_READING_GAP is not kept again: the
app reads the balance after every order and at every panel switch, and a chart needs a
point when something changed (or now and then), not hundreds of equal ones.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from core.insights.scope import EVERYTHING, InsightsFilter
from core.models import Balance
from core.store import Store

#: An equal reading this soon after the previous one adds nothing.
SAME_READING_GAP = timedelta(minutes=1)


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
    return False  # skeleton


def balance_history(store: Store, scope: InsightsFilter = EVERYTHING) -> list[BalanceSeries]:
    """The snapshots in `scope`, one series per panel and currency. Reads only."""
    with store.db.read() as conn:
        return read_balance_history(conn, scope)


def read_balance_history(conn: sqlite3.Connection, scope: InsightsFilter) -> list[BalanceSeries]:
    """`balance_history` inside the caller's read transaction."""
    return []  # skeleton


def _now() -> datetime:
    return datetime.now(timezone.utc)

"""Delivery quality per service, from the user's own journal: how many orders ended how, how
fast they completed, what refills achieved and what a delivered unit cost.

Everything is read with a few grouped SQL queries (a group per service and status word, never a
row per order), so 100,000 orders cost tens of milliseconds; the status words are normalised in
Python afterwards, on a few hundred groups, by the one normaliser (core.models).

Definitions (docs for the ui, which words them):
- an order counts once it reached the panel: journal state placed or tracked (a failed or an
  unknown order is no order of the panel's);
- canceled includes refunded; running is every counted order not final yet;
- time to complete: from when the order was written down here (`created_at`, seconds before the
  panel got it) to the first refresh that saw it completed, so at most one refresh interval
  late; orders tracked by id are left out (their placing time is unknown). Below
  MIN_TIMED_ORDERS completed orders the median and 90th percentile are None (too thin to tell);
- cost per delivered unit: the sum of charges over the sum of delivered units of the completed
  and partial orders with a known charge, delivered = quantity x runs - remains (a negative
  remains, over-delivery, counts what was delivered);
- refills: the requests the panel accepted, refused, and how the accepted ones ended.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from core.insights.scope import EVERYTHING, InsightsFilter
from core.store import Store

#: Fewer timed orders than this and a median says little: the ui says "too thin to tell".
MIN_TIMED_ORDERS = 5


@dataclass(frozen=True)
class RefillOutcomes:
    """What the refills of a service's orders came to."""

    requested: int = 0  # refill requests the panel accepted (it gave a refill id)
    refused: int = 0  # requests the panel refused at once
    completed: int = 0
    rejected: int = 0  # rejected, or ended in an error
    #: Accepted requests whose outcome is not known yet.
    pending: int = 0


@dataclass(frozen=True)
class ServiceQuality:
    """How one service of one panel delivered, over the user's own orders."""

    profile_id: int
    service_id: str
    service_name: str  # the name on the newest order
    orders: int  # orders that reached the panel
    completed: int
    partial: int
    canceled: int  # canceled or refunded
    running: int  # not final yet
    timed: int  # completed orders whose time to complete is known
    median_completion: timedelta | None  # None below MIN_TIMED_ORDERS timed orders
    p90_completion: timedelta | None
    refills: RefillOutcomes = field(default_factory=RefillOutcomes)
    #: Charge per delivered unit; None when no completed or partial order has a known charge
    #: and a delivered quantity.
    cost_per_unit: Decimal | None = None
    currency: str | None = None

    @property
    def thin(self) -> bool:
        """True when too few orders completed to tell how fast the service is."""
        return self.timed < MIN_TIMED_ORDERS


def service_quality(
    store: Store,
    scope: InsightsFilter = EVERYTHING,
    service_ids: Iterable[str] | None = None,
) -> list[ServiceQuality]:
    """The quality of every service with orders in `scope` (or only of `service_ids`), most
    ordered first. Reads only; call off the GUI thread."""
    with store.db.read() as conn:
        return read_quality(conn, scope, service_ids)


def read_quality(
    conn: sqlite3.Connection, scope: InsightsFilter, service_ids: Iterable[str] | None = None
) -> list[ServiceQuality]:
    """`service_quality` inside the caller's read transaction (compute_insights shares one)."""
    return []  # skeleton: the queries follow


def quality_of(store: Store, profile_id: int, service_id: str) -> ServiceQuality | None:
    """One service's quality over all its orders (New order's line), None when never ordered."""
    found = service_quality(store, InsightsFilter(frozenset({profile_id})), [str(service_id)])
    return found[0] if found else None


def most_used(quality: Iterable[ServiceQuality], top: int = 10) -> list[ServiceQuality]:
    """The `top` services with the most orders (ties: the faster first, then by id)."""
    return sorted(quality, key=lambda q: (-q.orders, q.profile_id, q.service_id))[:top]

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

import json
import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from core.insights.groups import (
    REFUNDED_KINDS,
    OrderGroup,
    from_micros,
    names_of,
    read_groups,
    words_of,
)
from core.insights.scope import EVERYTHING, InsightsFilter
from core.models import StatusKind, normalise_status
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


#: (timed orders, median, 90th percentile) of each (profile, service) with timed orders.
CompletionTimes = dict[tuple[int, str], tuple[int, timedelta | None, timedelta | None]]


def read_quality(
    conn: sqlite3.Connection,
    scope: InsightsFilter,
    service_ids: Iterable[str] | None = None,
    groups: list[OrderGroup] | None = None,
    times: CompletionTimes | None = None,
) -> list[ServiceQuality]:
    """`service_quality` inside the caller's read transaction; `groups` and `times` when the
    caller read them already (compute_insights, from the same snapshot)."""
    if groups is None:
        groups = read_groups(conn, scope)
    wanted = None if service_ids is None else {str(i) for i in service_ids}
    tallies: dict[tuple[int, str], _Tally] = {}
    for group in groups:
        if group.service_id is None or (wanted is not None and group.service_id not in wanted):
            continue
        key = (group.profile_id, group.service_id)
        tallies.setdefault(key, _Tally()).add(group)
    if not tallies:
        return []
    names = names_of(conn, [tally.newest for tally in tallies.values()])
    where, values = _service_where(scope, wanted)
    if times is None:
        times = read_completion_times(conn, scope, groups, wanted)
    refills = _refills(conn, where, values)
    out = [
        tally.quality(
            key,
            names.get(tally.newest, ""),
            times.get(key, (0, None, None)),
            refills.get(key, RefillOutcomes()),
        )
        for key, tally in tallies.items()
    ]
    return sorted(out, key=lambda q: (-q.orders, q.profile_id, q.service_id))


@dataclass
class _Tally:
    """One service's groups, added up."""

    orders: int = 0
    completed: int = 0
    partial: int = 0
    canceled: int = 0
    running: int = 0
    newest: int = -1
    currency: str | None = None
    charged: int = 0  # millionths, over completed and partial orders that delivered units
    units: int = 0

    def add(self, group: OrderGroup) -> None:
        kind, count = group.kind, group.orders
        self.orders += count
        if not group.final:
            self.running += count
        elif kind is StatusKind.COMPLETED:
            self.completed += count
        elif kind is StatusKind.PARTIAL:
            self.partial += count
        elif kind in REFUNDED_KINDS:
            self.canceled += count
        if group.final and kind in (StatusKind.COMPLETED, StatusKind.PARTIAL):
            self.charged += group.charged
            self.units += group.units
        if group.newest > self.newest:
            self.newest, self.currency = group.newest, group.currency or self.currency

    def quality(
        self,
        key: tuple[int, str],
        name: str,
        times: tuple[int, timedelta | None, timedelta | None],
        refills: RefillOutcomes,
    ) -> ServiceQuality:
        timed, median, p90 = times
        thin = timed < MIN_TIMED_ORDERS
        return ServiceQuality(
            profile_id=key[0],
            service_id=key[1],
            service_name=name,
            orders=self.orders,
            completed=self.completed,
            partial=self.partial,
            canceled=self.canceled,
            running=self.running,
            timed=timed,
            median_completion=None if thin else median,
            p90_completion=None if thin else p90,
            refills=refills,
            cost_per_unit=from_micros(self.charged) / self.units if self.units > 0 else None,
            currency=self.currency,
        )


# Time to complete: from writing the order down to the refresh that first saw the status it
# ended with: its history row of that very word, found through order_history_by_what. The
# seconds come back as one list per service (group_concat): 70,000 rows made in SQL and read
# in one go, where fetching them one by one cost as much again (bench/insights_seed.py).
_TIMES = (
    "SELECT o.profile_id, o.service_id, group_concat("  # noqa: S608 (our constants; values bound)
    " CAST(round((julianday(h.at) - julianday(o.created_at)) * 86400.0) AS INTEGER))"
    " FROM order_history AS h JOIN orders AS o ON o.local_id = h.local_id"
    " WHERE h.what = 'status' AND h.detail IN (SELECT value FROM json_each(?))"
    " AND h.detail = o.status AND o.final = 1 AND o.state = 'placed'"
    " AND o.service_id IS NOT NULL AND {where}"
    " GROUP BY o.profile_id, o.service_id"
)


def _service_where(scope: InsightsFilter, wanted: set[str] | None) -> tuple[str, list[object]]:
    """The scope over `orders AS o`, and only the wanted services' rows when some are."""
    where, values = scope.where("o.profile_id", "o.created_at")
    if wanted is not None:  # one service (New order's line): only its rows are read
        where += " AND o.service_id IN (SELECT value FROM json_each(?))"
        values.append(json.dumps(sorted(wanted)))
    return where, values


def read_completion_times(
    conn: sqlite3.Connection,
    scope: InsightsFilter,
    groups: list[OrderGroup],
    wanted: set[str] | None = None,
) -> CompletionTimes:
    """(timed orders, median, 90th percentile) per (profile, service) in `scope`, from the
    groups' status words that mean completed. A final order is not asked about again, so each
    has one row of the word it ended with."""
    completed = words_of(groups, frozenset({StatusKind.COMPLETED}))
    where, values = _service_where(scope, wanted)
    rows = conn.execute(_TIMES.format(where=where), [completed, *values])
    return {
        (p, s): _median_p90(sorted(map(int, seconds.split(","))))
        for p, s, seconds in rows
        if seconds
    }


def _median_p90(ordered: list[int]) -> tuple[int, timedelta, timedelta]:
    """(count, median, 90th percentile by nearest rank) of sorted seconds; never negative
    (a clock set back between placing and refreshing)."""
    count = len(ordered)
    middle = (ordered[(count - 1) // 2] + ordered[count // 2]) / 2
    p90 = ordered[math.ceil(0.9 * count) - 1]
    return (
        count,
        timedelta(seconds=max(round(middle), 0)),
        timedelta(seconds=max(round(p90), 0)),
    )


# Refill requests (accepted, refused) and the outcomes the panel gave, from the history.
_REFILLS = (
    "SELECT o.profile_id, o.service_id, h.what,"  # noqa: S608 (our constants; values bound)
    " CASE WHEN h.what = 'refill_status' THEN h.detail ELSE '' END AS word, count(*)"
    " FROM order_history AS h JOIN orders AS o ON o.local_id = h.local_id"
    " WHERE h.what IN ('refill', 'refill_refused', 'refill_status')"
    " AND o.service_id IS NOT NULL AND {where}"
    " GROUP BY o.profile_id, o.service_id, h.what, word"
)


def _refills(
    conn: sqlite3.Connection, where: str, values: list[object]
) -> dict[tuple[int, str], RefillOutcomes]:
    counts: dict[tuple[int, str], dict[str, int]] = {}
    for p, s, what, word, count in conn.execute(_REFILLS.format(where=where), values):
        tally = counts.setdefault((p, s), {})
        if what == "refill_status":
            kind = normalise_status(word)
            if kind is StatusKind.COMPLETED:
                what = "completed"
            elif kind in (StatusKind.REJECTED, StatusKind.ERROR):
                what = "rejected"
            else:
                continue
        tally[what] = tally.get(what, 0) + count
    out = {}
    for key, tally in counts.items():
        requested = tally.get("refill", 0)
        completed, rejected = tally.get("completed", 0), tally.get("rejected", 0)
        out[key] = RefillOutcomes(
            requested=requested,
            refused=tally.get("refill_refused", 0),
            completed=completed,
            rejected=rejected,
            pending=max(requested - completed - rejected, 0),
        )
    return out


def quality_of(store: Store, profile_id: int, service_id: str) -> ServiceQuality | None:
    """One service's quality over all its orders (New order's line), None when never ordered."""
    found = service_quality(store, InsightsFilter(frozenset({profile_id})), [str(service_id)])
    return found[0] if found else None


def most_used(quality: Iterable[ServiceQuality], top: int = 10) -> list[ServiceQuality]:
    """The `top` services with the most orders (ties: by panel, then by service id)."""
    return sorted(quality, key=lambda q: (-q.orders, q.profile_id, q.service_id))[:top]

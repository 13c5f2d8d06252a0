"""The journal's orders in groups of one panel, service, status word and currency: the one
scan most statistics start from.

The group order is the order of the `orders_for_insights` index (migration 7), so SQLite
walks that index, already grouped, and never sorts: 100,000 orders in about 30 ms, where
sorting the table's rows took 150 ms. (Only `delivered_units`, a virtual column, is computed
from the row itself; the spending query reads the index alone.)
Status words are normalised in Python afterwards, on the few hundred groups.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from core.insights.scope import InsightsFilter
from core.models import StatusKind, normalise_status
from core.store.journal import JournalState

#: A sum of an amount column (Decimal text) in two exact parts: its whole units, and the rest
#: in millionths. SQLite has no decimal type and a sum of REAL drifts in the last digits; one
#: sum of whole millionths overflowed SQLite's 64 bits ("integer overflow") at 9.2e12 units,
#: which a rial reseller's year of orders reaches. Python joins the parts (`micros`), without
#: a bound. NULL amounts add nothing.
MONEY_SUM = (
    # Through REAL first: CAST('1E-7' AS INTEGER) reads the text's "1". A REAL holds every
    # whole number below 2**53, and no amount the app keeps reaches 1e15 (answer_values).
    "sum(CAST(CAST({x} AS REAL) AS INTEGER)),"
    " sum(CAST(round((CAST({x} AS REAL) - CAST(CAST({x} AS REAL) AS INTEGER)) * 1000000)"
    " AS INTEGER))"
)
_MILLION = Decimal(1_000_000)


def money_sum(amount: str, when: str | None = None) -> str:
    """The two columns of MONEY_SUM for `amount`, of the rows where `when` holds if given."""
    x = amount if when is None else f"CASE WHEN {when} THEN {amount} END"
    return MONEY_SUM.format(x=x)


def micros(whole: int | None, fraction: int | None) -> int:
    """A MONEY_SUM pair as whole millionths (0 for no rows)."""
    return (whole or 0) * 1_000_000 + (fraction or 0)


#: Orders that reached the panel (a failed or unknown one is no order of the panel's).
REACHED_PANEL = f"state IN ('{JournalState.PLACED.value}', '{JournalState.TRACKED.value}')"

#: Final statuses that took no money (the panel gave it back).
REFUNDED_KINDS = frozenset({StatusKind.CANCELED, StatusKind.REFUNDED})


def from_micros(micros: int | None) -> Decimal:
    """Whole millionths (`micros`) back as a Decimal (0 for none)."""
    return Decimal(micros or 0) / _MILLION


@dataclass(frozen=True)
class OrderGroup:
    """The orders of one panel, service, status word and currency in a scope."""

    profile_id: int
    service_id: str | None  # None: orders tracked by id without their service
    word: str  # the status as the panel spelled it
    kind: StatusKind
    final: bool
    currency: str | None
    orders: int
    newest: int  # the local id of its newest order
    #: Charges (millionths) and delivered units of its orders that delivered something.
    charged: int
    units: int
    #: Money spent (millionths): the charges, or the estimates while the panel gave none.
    spent: int

    @property
    def took_money(self) -> bool:
        return not (self.final and self.kind in REFUNDED_KINDS)


_GROUPS = (
    "SELECT profile_id, service_id, status, final, currency, count(*), max(local_id),"  # noqa: S608
    f" {money_sum('charge', 'delivered_units > 0')},"
    " sum(CASE WHEN delivered_units > 0 AND charge IS NOT NULL THEN delivered_units END),"
    f" {money_sum('coalesce(charge, estimate)')}"
    f" FROM orders INDEXED BY orders_for_insights WHERE {REACHED_PANEL} AND {{where}}"
    " GROUP BY profile_id, service_id, status, final, currency"
)


def read_groups(conn: sqlite3.Connection, scope: InsightsFilter) -> list[OrderGroup]:
    """Every group of orders in `scope`, in the index's order."""
    where, values = scope.where("profile_id", "created_at")
    rows = conn.execute(_GROUPS.format(where=where), values).fetchall()
    # A journal holds a few spellings in hundreds of groups: each is normalised once.
    kinds = {word: normalise_status(word) for word in {row[2] for row in rows}}
    return [
        OrderGroup(
            profile_id=p,
            service_id=s,
            word=word,
            kind=kinds[word],
            final=bool(final),
            currency=currency,
            orders=count,
            newest=newest,
            charged=micros(charged, charged_rest),
            units=units or 0,
            spent=micros(spent, spent_rest),
        )
        for (
            p, s, word, final, currency, count, newest, charged, charged_rest, units, spent,
            spent_rest,
        ) in rows
    ]  # fmt: skip


def words_of(groups: list[OrderGroup], kinds: frozenset[StatusKind]) -> str:
    """The status words of `groups` that mean one of `kinds`, as a JSON list for
    `status IN (SELECT value FROM json_each(?))`."""
    return json.dumps(sorted({g.word for g in groups if g.kind in kinds}))


def names_of(conn: sqlite3.Connection, local_ids: list[int]) -> dict[int, str]:
    """The service name written on each of these orders."""
    rows = conn.execute(
        "SELECT local_id, service_name FROM orders"
        " WHERE local_id IN (SELECT value FROM json_each(?))",
        (json.dumps(local_ids),),
    )
    return dict(rows.fetchall())

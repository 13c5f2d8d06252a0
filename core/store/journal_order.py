"""An order as the journal keeps it, with the figures every screen reads from it.

Each figure has one reading here (the total of a drip-feed order, what was delivered, the
amount to show as charged or only as an estimate), so the table, the detail, the notices and
the export cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from core.models import StatusKind, normalise_status
from core.store.db import parse_utc
from core.store.journal_state import JournalState

_ON_PANEL_OR_SENDING = frozenset(
    {JournalState.PLACED.value, JournalState.TRACKED.value, JournalState.SUBMITTING.value}
)

#: The orders table's columns, in the order row_to_order reads them.
ORDER_COLUMNS = (
    "local_id, profile_id, state, panel_order_id, service_id, service_name, service_type, "
    "link, quantity, params, estimate, currency, created_at, error, status, charge, "
    "start_count, remains, last_checked, final, refill_id, refill_status, notified, hidden"
)


@dataclass(frozen=True)
class JournalOrder:
    """One order as the journal knows it."""

    local_id: int
    profile_id: int
    state: str  # a JournalState value
    panel_order_id: str | None
    service_id: str | None
    service_name: str
    service_type: str
    link: str
    quantity: int | None
    params: dict[str, str] = field(compare=False, hash=False)  # the add params, never the key
    estimate: Decimal | None = None
    currency: str | None = None
    created_at: datetime | None = None  # UTC
    error: str | None = None  # our error (failed/unknown) or the panel's per-order error
    status: str = ""  # the panel's status word, as sent
    charge: Decimal | None = None
    start_count: int | None = None
    remains: int | None = None
    last_checked: datetime | None = None
    final: bool = False
    refill_id: str | None = None
    refill_status: str | None = None
    notified: bool = False
    hidden: bool = False  # the user took it off the table: kept, never polled
    #: A drip-feed order's number of runs (None for any other order), read from `params` once
    #: when the row is read: every figure of a table row asks for it.
    runs: int | None = None
    #: The stored parameters could not be read (a damaged file, an old version's row): `params`
    #: is then empty, and the ui says so instead of showing no parameters.
    params_unreadable: bool = False

    @property
    def status_kind(self) -> StatusKind:
        return normalise_status(self.status)

    @property
    def total_quantity(self) -> int | None:
        """What the whole order delivers: quantity x runs for drip-feed, else the quantity.

        The one reading of an order's size: a panel's `remains` of a drip-feed order counts
        down from the total, so every figure beside it (delivered, progress, export) uses this.
        """
        quantity = self.quantity
        if type(quantity) is not int:
            return quantity  # None, or what an old row holds (the ui says unreadable)
        runs = self.runs
        return quantity * runs if runs else quantity

    @property
    def estimate_applies(self) -> bool:
        """Whether the estimate may stand in for a charge not known yet: only for an order on
        the panel. One never placed cost nothing, and one whose outcome is unknown may or may
        not have cost it: showing the estimate there reads as money taken."""
        return self.state in _ON_PANEL_OR_SENDING

    @property
    def delivered(self) -> int | None:
        """total_quantity - remains, when both are known (never below zero)."""
        total = self.total_quantity
        if total is None or self.remains is None:
            return None
        return max(total - self.remains, 0)


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to an order: `what` is a short stable word, `detail` free text."""

    at: datetime
    what: str
    detail: str


def _dec(text: str | None) -> Decimal | None:
    """Money as stored; text no Decimal can read (left by an older version or a hand edit)
    reads as NaN, which the interface shows as unreadable, rather than failing the load."""
    if text is None:
        return None
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        return Decimal("NaN")


def read_params(text: object) -> dict[str, str] | None:
    """The stored `add` parameters as text by name, or None when the row's JSON cannot be read
    as such (broken, not an object, a number past int()'s 4,300 digits): a damaged row still
    loads, with its parameters said to be unreadable."""
    try:
        params = json.loads(text)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError):
        return None
    if not isinstance(params, dict):
        return None
    # An old version's numbers (json.loads refuses ints past 4,300 digits, so str() cannot).
    return {str(name): "" if value is None else str(value) for name, value in params.items()}


def row_to_order(row: tuple) -> JournalOrder:
    params = read_params(row[9])
    unreadable = params is None
    params = params or {}
    return JournalOrder(
        local_id=row[0],
        profile_id=row[1],
        state=row[2],
        panel_order_id=row[3],
        service_id=row[4],
        service_name=row[5],
        service_type=row[6],
        link=row[7],
        quantity=row[8],
        params=params,
        estimate=_dec(row[10]),
        currency=row[11],
        created_at=parse_utc(row[12]),
        error=row[13],
        status=row[14],
        charge=_dec(row[15]),
        start_count=row[16],
        remains=row[17],
        last_checked=parse_utc(row[18]),
        final=bool(row[19]),
        refill_id=row[20],
        refill_status=row[21],
        notified=bool(row[22]),
        hidden=bool(row[23]),
        runs=whole_param(params, "runs"),
        params_unreadable=unreadable,
    )


def whole_param(params: Mapping[str, str], name: str) -> int | None:
    """A whole number the order was sent with (quantity, runs), or None when it has none."""
    text = str(params.get(name, "")).strip()
    return int(text) if text.isdecimal() and text.isascii() and len(text) <= 18 else None

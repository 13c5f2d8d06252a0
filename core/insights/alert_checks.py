"""The alert checks, each run by the workflow that sees its data: a balance read, an order
refresh, a catalogue refresh. Each returns the alerts it raised (and keeps them in the list);
none of them fails its workflow: a store that cannot be written is logged and gives no alert.
A read-only view of the data file raises nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone

from core.insights.alerts import Alert
from core.models import Balance, OrderStatus, Service
from core.store import CatalogueChanges, Store

log = logging.getLogger(__name__)

#: A service ordered this recently is watched for rate increases and removal.
RECENT_DAYS = 30

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def check_balance(
    store: Store, profile_id: int, balance: Balance, *, now: datetime | None = None
) -> tuple[Alert, ...]:
    """LOW_BALANCE once when the balance is below the panel's threshold (preferences
    ALERT_BALANCE_BELOW, ALERT_LOW_BALANCE); re-armed when it is at or above it again."""
    return ()  # skeleton


class OrderWatch:
    """Follows one order refresh: `observe` each saved batch, then `finish` raises the order
    alerts (ORDER_STALLED, ORDER_UNREADABLE) of the panel.

    A status with an error (or no answer for an id) counts as one unreadable refresh of that
    order; a readable one resets the count. The remains of each order are remembered with the
    time they last changed."""

    def __init__(self, store: Store, *, clock: Clock = _utc_now) -> None:
        self._store = store
        self._clock = clock

    def observe(self, profile_id: int, statuses: Mapping[str, OrderStatus]) -> None:
        """Note what one saved batch said about its orders (call after the journal saved it)."""

    def finish(self, profile_id: int) -> tuple[Alert, ...]:
        """Raise the order alerts the refresh found; call once after the last batch."""
        return ()  # skeleton


def check_catalogue(
    store: Store,
    profile_id: int,
    services: Sequence[Service],
    changes: CatalogueChanges,
    *,
    now: datetime | None = None,
) -> tuple[Alert, ...]:
    """RATE_INCREASE and SERVICE_REMOVED for favourite services and services ordered in the
    last RECENT_DAYS days; call BEFORE the fresh catalogue is saved (the old rates are read
    from the saved one). A rate decrease re-arms the rate alert, a returning service the
    removal alert."""
    return ()  # skeleton


_ = timedelta  # used by the checks

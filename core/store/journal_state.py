"""Where an order stands on our side of the panel: the journal's own states."""

from __future__ import annotations

from enum import Enum


class JournalState(str, Enum):
    """Where an order stands on our side (the panel's own status is separate)."""

    SUBMITTING = "submitting"  # written, `add` about to be sent or in flight
    PLACED = "placed"  # the panel answered with an order id
    FAILED = "failed"  # the panel refused, or nothing was sent: no order exists
    UNKNOWN = "unknown"  # sent, no answer: the panel may or may not have placed it
    TRACKED = "tracked"  # placed elsewhere, added here by its id


#: Orders the journal may forget at the user's word: one added here by its id (the panel keeps
#: it; tracking it again brings it back) and one that was never placed (nothing was charged).
#: An order this app placed, or may have placed, is only ever hidden.
REMOVABLE_STATES = frozenset({JournalState.TRACKED.value, JournalState.FAILED.value})

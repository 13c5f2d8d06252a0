"""Telling the user about finished orders: which are still untold, and recording once told.

An order is announced once: when it reached a final status on the panel (completed, partial,
canceled, refunded) and the user was not told yet. Orders we never placed (refused, or marked
not placed) are final in the journal but are no news from the panel, so they are not announced.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.store.journal import JournalOrder, OrderJournal


def to_announce(orders: Iterable[JournalOrder], profile_id: int | None) -> list[JournalOrder]:
    """The orders of `profile_id` that finished on the panel and were not announced yet."""
    return [
        o
        for o in orders
        if o.final and not o.notified and o.profile_id == profile_id and o.status_kind.is_final
    ]


def mark_announced(journal: OrderJournal, local_ids: Iterable[int]) -> None:
    """Record that the user was told about these orders, so no later load repeats them."""
    journal.mark_notified(list(local_ids))

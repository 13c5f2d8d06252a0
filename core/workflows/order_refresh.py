"""Refreshing orders: the panel's status of every order not final yet, saved batch by batch.

`refresh_orders` asks `status` for a profile's non-final orders, 100 ids per request, and
writes each batch to the journal as soon as it arrives, so a failure or a stop midway keeps
what was already answered. Refill requests whose outcome is not known yet are then followed up
with `refill_status`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.api import PanelClient
from core.errors import PanelError
from core.models import OrderStatus
from core.store.journal import OrderJournal

if TYPE_CHECKING:  # a watch is handed in: the refresh itself needs no insights module
    from core.insights import Alert, OrderWatch

#: Called with (orders answered so far, orders to ask about).
Progress = Callable[[int, int], None]
#: Asked between batches; True ends the refresh there.
ShouldStop = Callable[[], bool]


@dataclass(frozen=True)
class RefillFollowUp:
    """What asking `refill_status` gave: how many refills were answered, or why none were."""

    asked: int = 0
    answered: int = 0
    changed: tuple[int, ...] = ()  # local ids whose refill status changed
    #: The panel refused `refill_status` (an old panel without the action) or could not be
    #: reached: the refill statuses are asked again next time.
    error: PanelError | None = None


@dataclass(frozen=True)
class RefreshOutcome:
    """How a refresh of one profile's orders went."""

    asked: int  # non-final orders the refresh set out to ask about
    answered: int  # statuses saved to the journal (per-order errors included)
    stopped: bool  # True when `should_stop` ended it before every batch was asked
    became_final: tuple[int, ...] = ()  # local ids that reached a final status in this refresh
    refills: RefillFollowUp = field(default_factory=RefillFollowUp)
    #: Order alerts this refresh raised (with a `watch`): no progress, status unreadable.
    alerts: tuple[Alert, ...] = ()


def follow_refills(journal: OrderJournal, client: PanelClient, profile_id: int) -> RefillFollowUp:
    """Ask the panel about every refill of this profile whose outcome is not known yet.

    A refusal or a network failure is returned, not raised: the refills were requested and
    recorded already, and the next refresh asks again."""
    refill_ids = journal.refill_pending_ids(profile_id)
    if not refill_ids:
        return RefillFollowUp()
    try:
        found = client.refill_statuses(refill_ids)
    except PanelError as exc:
        return RefillFollowUp(asked=len(refill_ids), error=exc)
    changed = journal.apply_refill_statuses(profile_id, found)
    return RefillFollowUp(asked=len(refill_ids), answered=len(found), changed=tuple(changed))


def refresh_orders(
    journal: OrderJournal,
    client: PanelClient,
    profile_id: int,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    watch: OrderWatch | None = None,
) -> RefreshOutcome:
    """Ask the panel for the status of every non-final order of `profile_id`; call off the GUI
    thread.

    Each batch of 100 is saved before the next is asked. A failure of a batch (the panel
    unreachable, a web page instead of data...) is raised as the `PanelError` it is, with the
    earlier batches saved. A failed `refill_status` (refused by an old panel without it, or
    unreachable) is reported in `refills.error`, not raised: the statuses are saved already.
    A `watch` (core.insights.OrderWatch) sees each saved batch and raises the order alerts.
    """
    ids = journal.pending_ids(profile_id)
    answered = 0
    became_final: list[int] = []

    def save(batch: dict[str, OrderStatus]) -> None:
        nonlocal answered
        became_final.extend(journal.apply_statuses(profile_id, batch))
        if watch is not None:
            watch.observe(profile_id, batch)
        answered += len(batch)
        if progress is not None:
            progress(answered, len(ids))

    stopped = False

    def stop_here() -> bool:
        nonlocal stopped
        stopped = should_stop is not None and should_stop()
        return stopped

    if ids:
        if progress is not None:
            progress(0, len(ids))
        client.statuses(ids, on_batch=save, should_stop=stop_here)
    alerts = () if watch is None else watch.finish(profile_id)
    if stopped:
        # Asked to stop (the app is closing, or a newer refresh took over): no more requests.
        return RefreshOutcome(len(ids), answered, True, tuple(became_final), alerts=alerts)
    return RefreshOutcome(
        asked=len(ids),
        answered=answered,
        stopped=False,
        became_final=tuple(became_final),
        refills=follow_refills(journal, client, profile_id),
        alerts=alerts,
    )

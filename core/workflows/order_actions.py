"""Refill and cancel: which orders allow them, asking the panel, recording its answer per order.

Both are requests: the panel answers per order (accepted, or its reason for refusing) and the
outcome itself shows later, in the order's status or its refill status. Every answer is written
to the order's history. After an accepted request the new status is asked at once; if that
follow-up fails it is only reported, since the next refresh asks again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.answer_bodies import classify_panel_error
from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.errors import ErrorKind, PanelError, PanelRefused
from core.models import RefillResult, StatusKind
from core.store.journal import JournalOrder, JournalState, OrderJournal
from core.workflows.order_refresh import follow_refills

#: Panel statuses after which a refill can be asked for.
REFILLABLE = frozenset({StatusKind.COMPLETED, StatusKind.PARTIAL})
#: Journal states of orders that exist on the panel.
_ON_PANEL = frozenset({JournalState.PLACED.value, JournalState.TRACKED.value})
#: Refusals of a single refill that are about the whole request, not about the order.
_WHOLE_REQUEST = frozenset({ErrorKind.BAD_KEY, ErrorKind.UNSUPPORTED_ACTION})


# --- which orders allow an action ----------------------------------------------------------


def _on_active_panel(order: JournalOrder, active_profile_id: int | None) -> bool:
    return (
        active_profile_id is not None
        and order.profile_id == active_profile_id
        and order.panel_order_id is not None
    )


def _service_allows(order: JournalOrder, catalogue: ServiceCatalog | None, flag: str) -> bool:
    """The service's refill/cancel flag. An order whose service is not in the catalogue
    (tracked by id, or a service the panel dropped) may be tried: the panel has the last word."""
    if catalogue is None or not order.service_id:
        return True
    service = catalogue.by_id(order.service_id)
    return service is None or bool(getattr(service, flag))


def can_refill(
    order: JournalOrder, active_profile_id: int | None, catalogue: ServiceCatalog | None
) -> bool:
    """Finished (completed or partial) on the active panel, with a service offering refill."""
    if not _on_active_panel(order, active_profile_id):
        return False
    if order.error or order.status_kind not in REFILLABLE:
        return False
    return _service_allows(order, catalogue, "refill")


def can_cancel(
    order: JournalOrder, active_profile_id: int | None, catalogue: ServiceCatalog | None
) -> bool:
    """Placed (or tracked), not finished, on the active panel, with a service allowing cancel."""
    if not _on_active_panel(order, active_profile_id):
        return False
    if order.final or order.state not in _ON_PANEL:
        return False
    return _service_allows(order, catalogue, "cancel")


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderAnswer:
    """The panel's answer about one order: accepted, or refused with its own words."""

    local_id: int
    panel_order_id: str
    accepted: bool
    refill_id: str | None = None  # a refill's id on the panel, when one was accepted
    #: The panel's reason, as it sent it (its words, not ours), when it refused.
    reason: str | None = None

    @property
    def reason_kind(self) -> ErrorKind | None:
        """What kind of refusal the reason is (unknown order, ...), for the ui's words."""
        return None if self.reason is None else classify_panel_error(self.reason)


@dataclass(frozen=True)
class ActionOutcome:
    """What the panel answered for every order of a refill or cancel request."""

    answers: tuple[OrderAnswer, ...]
    #: Asking the new status after an accepted request failed: the request itself stands
    #: (recorded), and the next refresh asks again.
    follow_up_error: PanelError | None = None

    @property
    def accepted(self) -> list[OrderAnswer]:
        return [a for a in self.answers if a.accepted]

    @property
    def refused(self) -> list[OrderAnswer]:
        return [a for a in self.answers if not a.accepted]


def _by_panel_id(orders: Iterable[JournalOrder]) -> dict[str, int]:
    """{panel order id: local id}, first one kept; orders never placed are left out."""
    found: dict[str, int] = {}
    for order in orders:
        if order.panel_order_id is not None:
            found.setdefault(order.panel_order_id, order.local_id)
    return found


# --- refill --------------------------------------------------------------------------------


def _ask_refills(client: PanelClient, panel_ids: list[str]) -> list[RefillResult]:
    """One order: `refill` with `order=` (every panel has it); several: `orders=` in batches.

    The single form answers a refusal with a top-level error, which is about this one order
    unless it says the key or the action is wrong."""
    if len(panel_ids) != 1:
        return client.refills(panel_ids)
    (only,) = panel_ids
    try:
        return [client.refill(only)]
    except PanelRefused as exc:
        if exc.kind in _WHOLE_REQUEST:
            raise
        return [RefillResult(order_id=only, error=exc.panel_text)]


def refill_orders(
    journal: OrderJournal, client: PanelClient, profile_id: int, orders: Sequence[JournalOrder]
) -> ActionOutcome:
    """Ask the panel to refill these orders of `profile_id`; record each answer; then ask the
    status of the refills it accepted. Call off the GUI thread.

    A failure of the whole request (no connection, a refused key, an old panel without
    `refill`) is raised as its `PanelError`; nothing is recorded then."""
    local = _by_panel_id(o for o in orders if o.profile_id == profile_id)
    if not local:
        return ActionOutcome(())
    answers: list[OrderAnswer] = []
    for result in _ask_refills(client, list(local)):
        local_id = local.get(result.order_id)
        if local_id is None:
            continue  # an id we did not ask about
        journal.record_refill(local_id, result.refill_id, result.error)
        accepted = result.refill_id is not None
        answers.append(
            OrderAnswer(
                local_id,
                result.order_id,
                accepted,
                refill_id=result.refill_id,
                reason=None if accepted else (result.error or "").strip(),
            )
        )
    follow_up_error = None
    if any(a.accepted for a in answers):
        follow_up_error = follow_refills(journal, client, profile_id).error
    return ActionOutcome(tuple(answers), follow_up_error)


# --- cancel --------------------------------------------------------------------------------


def cancel_orders(
    journal: OrderJournal, client: PanelClient, profile_id: int, orders: Sequence[JournalOrder]
) -> ActionOutcome:
    """Ask the panel to cancel these orders of `profile_id`; record each answer; then ask the
    status of the accepted ones (a cancel shows as their status). Call off the GUI thread.

    A failure of the whole request is raised as its `PanelError`; nothing is recorded then."""
    local = _by_panel_id(o for o in orders if o.profile_id == profile_id)
    if not local:
        return ActionOutcome(())
    answers: list[OrderAnswer] = []
    for result in client.cancel(list(local)):
        local_id = local.get(result.order_id)
        if local_id is None:
            continue
        journal.record_cancel(local_id, result.accepted, result.error)
        answers.append(
            OrderAnswer(
                local_id,
                result.order_id,
                result.accepted,
                reason=None if result.accepted else (result.error or "").strip(),
            )
        )
    accepted = [a.panel_order_id for a in answers if a.accepted]
    follow_up_error = None
    if accepted:
        try:
            journal.apply_statuses(profile_id, client.statuses(accepted))
        except PanelError as exc:
            follow_up_error = exc
    return ActionOutcome(tuple(answers), follow_up_error)

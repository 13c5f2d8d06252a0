"""Placing one order under the journal protocol: written down first, sent once, recorded.

The order is written to the journal (`submitting`) before `add` is sent, then marked placed,
failed or unknown; the caller learns the journal id the moment it is written (`on_recorded`).
A failure that may have reached the panel (a timeout, a dropped connection, anything
unexpected after sending) leaves it `unknown`: the user checks on the panel. So does an
answer with an error AND an order id: the order may exist, and the id is kept with it. Nothing
here, or anywhere, resends an order.

Panel text reaches this module already redacted (core.api, core.answers); what this module
writes itself from an unexpected exception is redacted too, since it goes to the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from core.drafts import OrderDraft, build_params, estimate
from core.errors import ErrorKind, ErrorWithOrderId, PanelError
from core.logs import redact
from core.store.journal import JournalOrder, JournalState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlaceOutcome:
    """How one order ended: `state` is placed, failed or unknown (a JournalState value)."""

    local_id: int
    state: str
    panel_order_id: str | None = None
    error: BaseException | None = None
    #: Set when the panel's answer could not be written to the journal (a locked or full
    #: disk): `state` still says what the panel did, so the user is never told "nothing was
    #: sent" about an order that was placed.
    journal_error: BaseException | None = None

    @property
    def out_of_funds(self) -> bool:
        return isinstance(self.error, PanelError) and self.error.kind == ErrorKind.NOT_ENOUGH_FUNDS


def link_key(params: dict[str, str]) -> str:
    """What the journal files an order's link under (Subscriptions have a username instead)."""
    return params.get("link") or params.get("username") or ""


def recent_same_orders(journal: Any, profile_id: int, draft: OrderDraft) -> list[JournalOrder]:
    """Orders of the draft's service and link in the last hour (failed ones excluded): a
    probable double order when not empty. Raises DraftInvalid for a draft that cannot be sent."""
    return journal.recent_same(profile_id, draft.service.id, link_key(build_params(draft)))


def place_order(
    journal: Any,
    client: Any,
    profile_id: int,
    draft: OrderDraft,
    currency: str | None,
    *,
    on_recorded: Callable[[int], None] | None = None,
) -> PlaceOutcome:
    """Write the order down, send `add` once, record the answer. Call off the GUI thread.

    `on_recorded` gets the journal id as soon as the order is committed as `submitting`, before
    `add` is sent: from then on a failure may mean the order reached the panel. A failure that
    may have reached the panel (timeout, dropped connection, anything unexpected after sending)
    leaves the order `unknown`: the user checks on the panel.
    """
    params = build_params(draft)  # raises DraftInvalid before anything is written
    # If this write fails, nothing has been sent: the error goes to the caller as it is.
    local_id = journal.begin(profile_id, draft.service, params, estimate(draft).amount, currency)
    if on_recorded is not None:
        try:
            on_recorded(local_id)
        except BaseException as exc:
            # Nothing was sent: the row must not be left `submitting` (it would turn unknown).
            _record(journal.mark_failed, local_id, f"not sent: {type(exc).__name__}")
            raise
    try:
        result = client.add(params)
    except ErrorWithOrderId as exc:
        # An error and an order id at once: the order may exist under that id. Unknown, with
        # the id kept, so it can be found on the panel; never "not placed".
        return PlaceOutcome(
            local_id,
            JournalState.UNKNOWN.value,
            panel_order_id=exc.order_id,
            error=exc,
            journal_error=_record(
                partial(journal.mark_unknown, panel_order_id=exc.order_id),
                local_id,
                exc.message,
                exc.order_id,
            ),
        )
    except PanelError as exc:
        if exc.maybe_processed:
            state, write = JournalState.UNKNOWN, journal.mark_unknown
        else:
            state, write = JournalState.FAILED, journal.mark_failed
        return PlaceOutcome(
            local_id, state.value, error=exc, journal_error=_record(write, local_id, exc.message)
        )
    except Exception as exc:  # noqa: BLE001 - sent or not, we cannot tell: never "failed"
        note = redact(f"{type(exc).__name__}: {exc}")
        return PlaceOutcome(
            local_id,
            JournalState.UNKNOWN.value,
            error=exc,
            journal_error=_record(journal.mark_unknown, local_id, note),
        )
    return PlaceOutcome(
        local_id,
        JournalState.PLACED.value,
        panel_order_id=result.order_id,
        journal_error=_record(journal.mark_placed, local_id, result.order_id, result.order_id),
    )


def _record(
    write: Callable[[int, str], None],
    local_id: int,
    value: str,
    panel_order_id: str | None = None,
) -> Exception | None:
    """A journal write after `add`; a failure is returned, never raised, so what the panel did
    is still reported. The row stays `submitting` and becomes `unknown` at the next start, so
    the log names the panel's order id: it is what finds the order on the panel then."""
    try:
        write(local_id, value)
    except Exception as exc:  # noqa: BLE001 - any storage failure
        log.error(
            "order %s (panel order id %s): the journal could not record the answer (%s)",
            local_id,
            panel_order_id or "none given",
            type(exc).__name__,
        )
        return exc
    return None

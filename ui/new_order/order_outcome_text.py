"""How one order ended, in words: placed, refused, unknown, or not recorded on this computer.

The rule throughout: "nothing was sent" is said only when the order was never written down;
once it was, the panel may have it, and the user is told to check there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from core.store.journal import JournalState
from core.workflows.order_placing import PlaceOutcome
from ui.common import formatting
from ui.common.error_text import describe, one_line
from ui.new_order.draft_text import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR

# These are the New order tab's texts, translated in its context.
_CTX = "NewOrderTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class OutcomeText:
    """The words under the form, their colour, and whether "Show in Orders" is offered."""

    text: str
    colour: str | None
    show_in_orders: bool


def outcome_text(outcome: PlaceOutcome) -> OutcomeText:
    """What the user is told when place_order returned."""
    if outcome.journal_error is not None:
        return _unrecorded_text(outcome)
    if outcome.state == JournalState.PLACED.value:
        return OutcomeText(
            _tr("Order placed. The panel's order id is {id}.").format(
                id=formatting.ltr(outcome.panel_order_id)
            ),
            OK_COLOUR,
            True,
        )
    title, message = _error_words(outcome)
    if outcome.state == JournalState.UNKNOWN.value:
        text = _tr(
            "The outcome of this order is unknown: the panel may have placed it. "
            "Check on the panel before ordering again; it is listed in Orders as "
            '"Unknown – check panel". It will not be sent again by itself.'
        )
        return OutcomeText(text + (f"\n{title}: {message}" if title else ""), WARNING_COLOUR, True)
    return OutcomeText(
        _tr("The order was not placed. {title}: {message}").format(title=title, message=message),
        ERROR_COLOUR,
        False,
    )


def interrupted_text(exc: BaseException) -> OutcomeText:
    """The send failed after the order was written down: it may have reached the panel."""
    return OutcomeText(
        _tr(
            "Something went wrong while sending the order: the panel may have placed it. "
            "Check on the panel before ordering again; it is listed in Orders. ({reason})"
        ).format(reason=one_line(exc)),
        WARNING_COLOUR,
        True,
    )


def nothing_sent_text(exc: BaseException) -> OutcomeText:
    """The order failed before it was written down, so it was never sent."""
    title, message, _ = describe(exc)
    return OutcomeText(
        _tr("Nothing was sent. {title}: {message}").format(title=title, message=message),
        ERROR_COLOUR,
        False,
    )


def _unrecorded_text(outcome: PlaceOutcome) -> OutcomeText:
    """The panel answered but the journal could not record it: say what the panel did."""
    assert outcome.journal_error is not None
    reason = one_line(outcome.journal_error)
    if outcome.state == JournalState.PLACED.value:
        text = _tr(
            "Order {id} was placed, but it could not be saved on this computer: note the "
            "id. ({reason})"
        ).format(id=formatting.ltr(outcome.panel_order_id), reason=reason)
    elif outcome.state == JournalState.UNKNOWN.value:
        text = _tr(
            "The outcome of this order is unknown: the panel may have placed it. Check on "
            "the panel before ordering again. This could not be saved on this computer "
            "either. ({reason})"
        ).format(reason=reason)
    else:
        title, message = _error_words(outcome)
        text = _tr(
            "The order was not placed ({title}: {message}), but this could not be saved on "
            "this computer: Orders will list it as unknown. ({reason})"
        ).format(title=title, message=message, reason=reason)
    return OutcomeText(text, WARNING_COLOUR, True)


def _error_words(outcome: PlaceOutcome) -> tuple[str, str]:
    if outcome.error is None:
        return "", ""
    title, message, _ = describe(outcome.error)
    return title, message

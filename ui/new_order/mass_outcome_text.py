"""How a mass order went, in words: each line's outcome, and the run's summary with the reason
it stopped early (one sentence per core.workflows.mass_sending.StopCode)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.store.journal import JournalState
from core.workflows.mass_sending import MassSendResult, StopCode
from core.workflows.order_placing import PlaceOutcome
from ui.common import formatting
from ui.common.error_text import describe, one_line
from ui.new_order.draft_text import ERROR_COLOUR, WARNING_COLOUR

# These are the mass-order panel's texts, translated in its context.
_CTX = "MassOrderPanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def line_outcome_text(outcome: PlaceOutcome) -> tuple[str, str | None]:
    """(text, colour or None) for the result cell of a line that was sent."""
    if outcome.state == JournalState.PLACED.value:
        order_id = formatting.ltr(outcome.panel_order_id)  # an id: left to right in Persian
        text, colour = _tr("Placed: order {id}").format(id=order_id), None
    elif outcome.state == JournalState.UNKNOWN.value:
        text = _tr("Unknown: the panel may have placed it; check on the panel")
        colour = WARNING_COLOUR
    else:
        title, message, _ = describe(outcome.error) if outcome.error else ("", "", "")
        text = _tr("Failed: {reason}").format(reason=f"{title}: {message}")
        colour = ERROR_COLOUR
    if outcome.journal_error is not None:
        text += " " + _tr("(not saved on this computer: {reason}; note this result)").format(
            reason=one_line(outcome.journal_error)
        )
        colour = WARNING_COLOUR if colour is None else colour
    return text, colour


def not_sent_text() -> str:
    """The result cell of a good line the run never reached."""
    return _tr("Not sent")


def _stop_sentence(result: MassSendResult) -> str:
    code = result.stopped
    if code is StopCode.ERROR and result.error is not None:
        return _tr(
            "Stopped: the next order could not be written down on this computer, so it was "
            "not sent, nor were the lines after it. {reason}"
        ).format(reason=one_line(result.error))
    if code is StopCode.FUNDS:
        return _tr("Stopped: not enough funds on the panel. The remaining lines were not sent.")
    if code is StopCode.CANCELLED:
        return _tr("Stopped as you asked. The remaining lines were not sent.")
    if code is StopCode.UNKNOWN:
        return _tr(
            "Stopped: the panel's answer to the last line never came, so the panel may be "
            "in trouble. The remaining lines were not sent."
        )
    if code is StopCode.RATE_LIMITED:
        return _tr(
            "Stopped: the panel says too many requests were sent. Wait a few minutes; the "
            "remaining lines were not sent."
        )
    if code is StopCode.BAD_KEY:
        return _tr(
            "Stopped: the panel refused the API key. Check the key in Panels; the remaining "
            "lines were not sent."
        )
    if code is StopCode.JOURNAL:
        return _tr(
            "Stopped: the last answer could not be saved on this computer, so nothing more "
            "was sent. Note the result shown on that line."
        )
    return ""


def run_summary_text(result: MassSendResult) -> tuple[str, bool]:
    """(the summary under the lines, whether it is a warning) for a finished run."""
    # Counts in the reader's digits, like every other number on screen.
    text = _tr("{placed} placed, {failed} failed, {unknown} unknown.").format(
        **{
            state.value: formatting.number(result.counts.get(state.value, 0))
            for state in (JournalState.PLACED, JournalState.FAILED, JournalState.UNKNOWN)
        }
    )
    stop_sentence = _stop_sentence(result)
    if stop_sentence:
        text += " " + stop_sentence
    unrecorded = [
        (line_no, o) for line_no, o in result.outcomes.items() if o.journal_error is not None
    ]
    for line_no, outcome in unrecorded:
        if outcome.state == JournalState.PLACED.value:
            text += " " + _tr(
                "Line {line}: order {id} was placed, but it could not be saved on this "
                "computer: note the id."
            ).format(line=formatting.number(line_no), id=formatting.ltr(outcome.panel_order_id))
    if result.counts.get(JournalState.UNKNOWN.value, 0):
        text += " " + _tr(
            "For orders marked unknown the panel may have placed them: check on the panel "
            "before sending them again."
        )
    warning = result.stopped not in (StopCode.NONE, StopCode.CANCELLED) or bool(unrecorded)
    return text, warning

"""Sending a mass order: its good lines one by one through `place_order`, paced, with stop rules.

A run stops before the next line when what just happened makes going on unsafe or pointless:
an order whose fate is unknown (the panel may be failing, and more orders could double up), a
rate limit, a refused key, no funds left, an answer this computer could not record, or a line
that could not even be written down. It also stops when asked to, but only between lines: an
order in flight is never abandoned. Nothing is ever resent.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from core.drafts import OrderDraft
from core.errors import ErrorKind, PanelError
from core.mass_order import MassOrder
from core.store.journal import JournalState
from core.workflows.order_placing import PlaceOutcome, place_order, recent_same_orders

#: Seconds between two lines sent, so a long list does not hit the panel's rate limit.
PACE_SECONDS = 0.5


class StopCode(str, Enum):
    """Why a run ended before its last line (NONE: it did not)."""

    NONE = ""
    CANCELLED = "cancelled"  # asked to stop
    FUNDS = "funds"  # the panel said there are not enough funds
    UNKNOWN = "unknown"  # the last line's fate is unknown: sending more could double orders
    RATE_LIMITED = "rate_limited"  # the panel turned a request away as too many
    BAD_KEY = "bad_key"  # the panel refused the API key
    JOURNAL = "journal"  # an answer could not be recorded: the next `begin` would fail too
    ERROR = "error"  # the next line could not be written down, so it was not sent (`error`)


@dataclass(frozen=True)
class SentLine:
    """One line's outcome, as reported to `progress` while the run goes on."""

    line_no: int
    outcome: PlaceOutcome


@dataclass(frozen=True)
class MassSendResult:
    """How a run ended: outcomes by line number, why it stopped early, the lines not reached."""

    outcomes: dict[int, PlaceOutcome]
    stopped: StopCode = StopCode.NONE
    #: The lines that were to be sent but were not (in line order); empty unless stopped.
    not_reached: tuple[int, ...] = ()
    #: With StopCode.ERROR: why the next line could not be written down.
    error: BaseException | None = None
    #: How many lines ended placed, failed and unknown (every state has a key).
    counts: dict[str, int] = field(default_factory=dict)


#: Called after each line with (lines done, lines to send, that line's SentLine).
LineProgress = Callable[[int, int, SentLine], None]


def stop_code(outcome: PlaceOutcome) -> StopCode:
    """Why a run must stop after this outcome (StopCode.NONE when it may go on)."""
    error = outcome.error
    kind = error.kind if isinstance(error, PanelError) else None
    if kind == ErrorKind.RATE_LIMITED:
        return StopCode.RATE_LIMITED
    if kind == ErrorKind.BAD_KEY:
        return StopCode.BAD_KEY
    if outcome.out_of_funds:
        return StopCode.FUNDS
    if outcome.journal_error is not None:
        return StopCode.JOURNAL
    if outcome.state == JournalState.UNKNOWN.value:
        return StopCode.UNKNOWN
    return StopCode.NONE


def lines_to_send(order: MassOrder) -> list[tuple[int, OrderDraft]]:
    """(line number, draft) of every line that can be ordered, in order."""
    return [(ln.line_no, ln.draft) for ln in order.lines if ln.ok and ln.draft is not None]


def lines_ordered_recently(journal: Any, profile_id: int, order: MassOrder) -> list[int]:
    """Numbers of the lines repeating a service and link ordered in the last hour."""
    return [
        line_no
        for line_no, draft in lines_to_send(order)
        if recent_same_orders(journal, profile_id, draft)
    ]


def send_mass_order(
    journal: Any,
    client: Any,
    profile_id: int,
    order: MassOrder,
    currency: str | None,
    *,
    pace_seconds: float = PACE_SECONDS,
    wait: Callable[[float], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: LineProgress | None = None,
) -> MassSendResult:
    """Send the order's good lines one by one; call off the GUI thread.

    `wait(seconds)` pauses between two lines and returns True when asked to stop (a stop then
    ends the pause at once); `should_stop` is asked before each line and after each answer.
    """
    stop = should_stop or (lambda: False)
    pause = wait or _sleeper(stop)
    lines = lines_to_send(order)
    outcomes: dict[int, PlaceOutcome] = {}

    def ended(code: StopCode, error: BaseException | None = None) -> MassSendResult:
        left = tuple(line_no for line_no, _ in lines if line_no not in outcomes)
        return MassSendResult(outcomes, code, left if code else (), error, _counts(outcomes))

    for done, (line_no, draft) in enumerate(lines, 1):
        if stop() or (done > 1 and pause(max(float(pace_seconds), 0.0))):
            return ended(StopCode.CANCELLED)
        try:
            outcome = place_order(journal, client, profile_id, draft, currency)
        except Exception as exc:  # noqa: BLE001 - `begin` failed: this line was not sent
            return ended(StopCode.ERROR, exc)
        outcomes[line_no] = outcome
        if progress is not None:
            progress(done, len(lines), SentLine(line_no, outcome))
        # What happened to the line wins over a stop request: an unknown outcome must be seen.
        code = stop_code(outcome) or (StopCode.CANCELLED if stop() else StopCode.NONE)
        if code:
            return ended(code)
    return ended(StopCode.NONE)


def _counts(outcomes: dict[int, PlaceOutcome]) -> dict[str, int]:
    counts = {state.value: 0 for state in (JournalState.PLACED, JournalState.FAILED,
                                           JournalState.UNKNOWN)}  # fmt: skip
    for outcome in outcomes.values():
        counts[outcome.state] = counts.get(outcome.state, 0) + 1
    return counts


def _sleeper(should_stop: Callable[[], bool]) -> Callable[[float], bool]:
    """The pause of a caller with no wait of its own: sleep, then ask whether to stop."""

    def pause(seconds: float) -> bool:
        time.sleep(seconds)
        return should_stop()

    return pause

"""One order as a table row: its texts, filter bucket, colour and search text, made once.

`prepare_rows` is pure Python and safe on a worker thread: a refresh of 10,000 orders prepares
every row there, and the GUI thread only swaps the list in (see orders_model).

Every order gets a row, whatever its journal row holds: a value no version should have written
("1e5000", text in a number's column) reads "unreadable" in its cell. One row that raised here
once emptied the whole table, hiding the unknown orders a user must check before ordering again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from enum import IntEnum

from core.answer_bodies import classify_panel_error
from core.errors import ErrorKind
from core.models import StatusKind, normalise_status, search_text
from core.store import JournalOrder, JournalState
from ui.common import formatting, time_text
from ui.common.long_text import CELL_CHARS, SHOWN_CHARS, preview


class Bucket(IntEnum):
    """The filter an order falls under, like the panels' own order filters."""

    ALL = 0
    PENDING = 1
    IN_PROGRESS = 2
    PROCESSING = 3
    COMPLETED = 4
    PARTIAL = 5
    CANCELED = 6
    UNKNOWN = 7
    NOT_PLACED = 8


_KIND_BUCKET = {
    StatusKind.PENDING: Bucket.PENDING,
    StatusKind.AWAITING: Bucket.PENDING,
    StatusKind.IN_PROGRESS: Bucket.IN_PROGRESS,
    StatusKind.PROCESSING: Bucket.PROCESSING,
    StatusKind.COMPLETED: Bucket.COMPLETED,
    StatusKind.PARTIAL: Bucket.PARTIAL,
    StatusKind.CANCELED: Bucket.CANCELED,
    StatusKind.REFUNDED: Bucket.CANCELED,
}


def bucket_of(order: JournalOrder) -> Bucket:
    """Which filter shows this order; our own journal states come before the panel's word."""
    if order.state == JournalState.FAILED.value:
        return Bucket.NOT_PLACED
    if order.state in (JournalState.UNKNOWN.value, JournalState.SUBMITTING.value):
        return Bucket.UNKNOWN
    if order.error and not order.status:
        return Bucket.UNKNOWN  # the panel does not know this id ("Incorrect order ID"): check
    if not order.status:
        return Bucket.PENDING  # placed, not checked yet: the panel has it as pending
    return _KIND_BUCKET.get(order.status_kind, Bucket.UNKNOWN)


class Tone(IntEnum):
    """The colour family of a status."""

    NEUTRAL = 0
    PENDING = 1
    ACTIVE = 2
    DONE = 3
    PARTIAL = 4
    CANCELED = 5
    PROBLEM = 6


_BUCKET_TONE = {
    Bucket.PENDING: Tone.PENDING,
    Bucket.IN_PROGRESS: Tone.ACTIVE,
    Bucket.PROCESSING: Tone.ACTIVE,
    Bucket.COMPLETED: Tone.DONE,
    Bucket.PARTIAL: Tone.PARTIAL,
    Bucket.CANCELED: Tone.CANCELED,
    Bucket.UNKNOWN: Tone.PROBLEM,
    Bucket.NOT_PLACED: Tone.PROBLEM,
}

#: Foreground colours that read on light and dark palettes alike.
TONE_COLOURS = {
    Tone.NEUTRAL: None,
    Tone.PENDING: "#8a6d00",
    Tone.ACTIVE: "#1565c0",
    Tone.DONE: "#1e7b34",
    Tone.PARTIAL: "#c25e00",
    Tone.CANCELED: "#757575",
    Tone.PROBLEM: "#c62828",
}


@dataclass(frozen=True)
class StatusTexts:
    """Translated words the rows need, made on the GUI thread and handed to `prepare_rows`."""

    not_checked: str
    sending: str
    unknown: str
    not_placed: str
    panel_error: str  # with {error}
    refill_none: str
    refill_asked: str
    #: StatusKind value -> the word shown for it ("completed" -> "Completed" / "تکمیل‌شده").
    kinds: Mapping[str, str] = field(default_factory=dict)
    #: The whole sentence behind the short `unknown` cell text, for its tooltip.
    unknown_tip: str = ""
    #: "Incorrect order ID" and its variants, in the app's words (the panel's own in the tip).
    unknown_order: str = ""
    #: The Charge cell of an order whose charge the panel has not said yet (with {amount}).
    estimated: str = "≈ {amount}"
    #: Its tooltip.
    estimated_tip: str = ""

    def word(self, panel_word: str) -> str:
        """A panel's status word in the app's words when it is a known one, else as it came."""
        return self.kinds.get(normalise_status(panel_word).value, panel_word.strip())


@dataclass(slots=True)
class OrderRow:
    """One order as the table shows it."""

    order: JournalOrder
    display: tuple[str, ...]
    search: str
    bucket: Bucket
    tone: Tone
    progress: float | None
    tooltip: str


def money_text(value: Decimal | None, currency: str | None = None) -> str:
    """An amount for display in the app's language (ui/formatting.money); "" when unknown."""
    return formatting.money(value, currency)


def local_time_text(at: datetime | None) -> str:
    """Local date and time for display, in the chosen calendar and digits."""
    return time_text.datetime_text(at)


def percent_text(fraction: float) -> str:
    """A fraction as a whole percentage in the locale's digits and sign ("47%" / "۴۷٪")."""
    sign = formatting.locale().percent() if formatting.is_rtl() else "%"
    return f"{formatting.number(round(fraction * 100))}{sign}"


def checked_seconds_ago(order: JournalOrder) -> float:
    """Seconds since the panel was last asked about the order (0 when never, NaN when the
    stored moment cannot be read: time_text.age says so)."""
    if order.last_checked is None:
        return 0.0
    try:
        at = order.last_checked
        if at.tzinfo is None:
            at = at.replace(tzinfo=timezone.utc)
        return (time_text.now_utc() - at).total_seconds()
    except (AttributeError, TypeError, OverflowError):
        return float("nan")


def status_text(order: JournalOrder, texts: StatusTexts) -> str:
    """The status cell: our own state when no panel status applies, else the panel's word."""
    if order.state == JournalState.FAILED.value:
        return texts.not_placed
    if order.state == JournalState.UNKNOWN.value:
        return texts.unknown
    if order.state == JournalState.SUBMITTING.value:
        return texts.sending
    if order.error:
        if texts.unknown_order and classify_panel_error(order.error) == ErrorKind.UNKNOWN_ORDER:
            return texts.unknown_order
        return texts.panel_error.format(error=preview(order.error.strip(), CELL_CHARS))
    return texts.word(order.status) if order.status.strip() else texts.not_checked


def _progress(order: JournalOrder) -> tuple[float | None, str]:
    quantity = order.total_quantity  # a drip-feed order's remains count down from its total
    if type(quantity) is not int or type(order.remains) is not int or quantity <= 0:
        return None, ""  # unknown, or a count the journal holds as text or infinity
    done = order.delivered
    if done is None:
        return None, ""
    fraction = min(done / quantity, 1.0)
    return fraction, (
        f"{percent_text(fraction)} ({formatting.number(done)}/{formatting.number(quantity)})"
    )


def _refill_text(order: JournalOrder, texts: StatusTexts) -> str:
    if order.refill_id is None:
        return ""
    return texts.word(order.refill_status or "") or texts.refill_asked


def _tooltip(order: JournalOrder, status: str, texts: StatusTexts) -> str:
    tooltip = order.error or ""
    if order.state == JournalState.UNKNOWN.value:
        tooltip = "\n".join(t for t in (texts.unknown_tip or texts.unknown, order.error) if t)
    elif not order.error and order.status.strip() and status != order.status.strip():
        tooltip = order.status.strip()  # the panel's own word, when another one is shown
    return preview(tooltip, SHOWN_CHARS)


def link_cell(link: str) -> str:
    """The Link cell: the address without "https://" and "www." (the column is narrow; the
    tooltip, the detail and Copy link give it whole), isolated left to right so a Persian
    line never turns it around ("/https://…")."""
    if not link:
        return ""
    shown = link.strip()
    head = shown[:12].lower()  # string slicing, not a regex: 20,000 rows are prepared at once
    for prefix in ("https://", "http://"):
        if head.startswith(prefix):
            shown, head = shown[len(prefix) :], head[len(prefix) :]
            break
    if head.startswith("www."):
        shown = shown[4:]
    return formatting.ltr(preview(shown or link, CELL_CHARS))


def charge_cell(order: JournalOrder, texts: StatusTexts) -> str:
    """The Charge cell: what the panel charged; before it says, the estimate marked as one for
    an order on the panel; nothing for one never placed or whose outcome is unknown."""
    if order.charge is not None:
        return money_text(order.charge)
    if order.estimate is not None and order.estimate_applies:
        return texts.estimated.format(amount=money_text(order.estimate))
    return ""


def _display(
    order: JournalOrder,
    status: str,
    progress_text: str,
    refill: str,
    panel_name: str,
    texts: StatusTexts,
) -> tuple[str, ...]:
    return (
        local_time_text(order.created_at),
        panel_name,
        preview(order.panel_order_id or "", CELL_CHARS),
        # Isolated: a Latin name keeps its brackets and quotes in place in a Persian table.
        formatting.isolate(preview(order.service_name or (order.service_id or ""), CELL_CHARS)),
        link_cell(order.link),
        formatting.number(order.total_quantity),
        charge_cell(order, texts),
        formatting.number(order.start_count),
        formatting.number(order.remains),
        status,
        progress_text,
        refill,
        local_time_text(order.last_checked),
    )


def prepare_row(
    order: JournalOrder, texts: StatusTexts, panel_names: Mapping[int, str]
) -> OrderRow:
    """One row's texts (pure Python, any thread); never raises, whatever the order holds."""
    try:
        bucket = bucket_of(order)
        fraction, progress_text = _progress(order)
        status = status_text(order, texts)
        display = _display(
            order, status, progress_text, _refill_text(order, texts),
            panel_names.get(order.profile_id, ""), texts,
        )  # fmt: skip
        tooltip = _tooltip(order, status, texts)
        search = search_text(
            order.panel_order_id or "", order.link, order.service_name, order.service_id or ""
        )
    except Exception:  # whatever the row holds, it is shown (see the docstring)
        return _unreadable_row(order, texts, panel_names)
    return OrderRow(
        order=order,
        display=display,
        search=search,
        bucket=bucket,
        tone=_tone(order, bucket),
        progress=fraction,
        tooltip=tooltip,
    )


def _tone(order: JournalOrder, bucket: Bucket) -> Tone:
    if order.error and order.state in (JournalState.PLACED.value, JournalState.TRACKED.value):
        return Tone.PROBLEM  # the panel answered about this order with an error
    return _BUCKET_TONE.get(bucket, Tone.NEUTRAL)


def _guarded(make: Callable[[], object], fallback: object) -> object:
    try:
        return make()
    except Exception:  # a cell of a row that could not be prepared whole
        return fallback


def _unreadable_row(
    order: JournalOrder, texts: StatusTexts, panel_names: Mapping[int, str]
) -> OrderRow:
    """The row of an order some value of which could not be read: each cell that can be made
    is, the others read "unreadable"; filed under Unknown when even its state cannot be read."""
    bad = formatting.unreadable()
    status = str(_guarded(lambda: status_text(order, texts), bad))
    cells = (
        lambda: local_time_text(order.created_at),
        lambda: panel_names.get(order.profile_id, ""),
        lambda: preview(order.panel_order_id or "", CELL_CHARS),
        lambda: formatting.isolate(preview(order.service_name or "", CELL_CHARS)),
        lambda: link_cell(order.link),
        lambda: formatting.number(order.total_quantity),
        lambda: charge_cell(order, texts),
        lambda: formatting.number(order.start_count),
        lambda: formatting.number(order.remains),
        lambda: status,
        lambda: _progress(order)[1],
        lambda: _refill_text(order, texts),
        lambda: local_time_text(order.last_checked),
    )
    bucket = _guarded(lambda: bucket_of(order), Bucket.UNKNOWN)
    return OrderRow(
        order=order,
        display=tuple(str(_guarded(cell, bad)) for cell in cells),
        search=str(_guarded(lambda: search_text(order.panel_order_id or "", order.link), "")),
        bucket=bucket,  # type: ignore[arg-type]
        tone=Tone.PROBLEM,
        progress=_guarded(lambda: _progress(order)[0], None),  # type: ignore[arg-type]
        tooltip=str(_guarded(lambda: _tooltip(order, status, texts), "")),
    )


def prepare_rows(
    orders: Iterable[JournalOrder], texts: StatusTexts, panel_names: Mapping[int, str]
) -> list[OrderRow]:
    """Every row of the table; meant for a worker thread."""
    return [prepare_row(o, texts, panel_names) for o in orders]

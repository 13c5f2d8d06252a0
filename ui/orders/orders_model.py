"""The orders table model: journal orders prepared once, filtered and sorted in Python.

Like the services model, every row's display texts, search text, filter bucket and sort keys
are computed once (`prepare_rows`, safe on a worker thread), so a refresh of 10,000 orders is
one list swap and one model reset on the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.answers import classify_panel_error
from core.errors import ErrorKind
from core.models import StatusKind, normalise_status, search_text
from core.store import JournalOrder, JournalState
from ui.common import formatting
from ui.common.table_base import ReadOnlyTableModel, id_sort_key

COL_PLACED = 0
COL_PANEL = 1
COL_ID = 2
COL_SERVICE = 3
COL_LINK = 4
COL_QUANTITY = 5
COL_CHARGE = 6
COL_START = 7
COL_REMAINS = 8
COL_STATUS = 9
COL_PROGRESS = 10
COL_REFILL = 11
COL_CHECKED = 12
COLUMN_COUNT = 13

#: data() role giving the JournalOrder of a row.
ORDER_ROLE = Qt.ItemDataRole.UserRole + 1
#: data() role giving the delivered fraction (0..1) of a row, or None when it is not known.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2

_NUMERIC = frozenset({COL_ID, COL_QUANTITY, COL_CHARGE, COL_START, COL_REMAINS})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

FRESH_MARK = "● "


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
    return formatting.datetime_text(at)


def percent_text(fraction: float) -> str:
    """A fraction as a whole percentage in the locale's digits and sign ("47%" / "۴۷٪")."""
    sign = formatting.locale().percent() if formatting.is_rtl() else "%"
    return f"{formatting.number(round(fraction * 100))}{sign}"


def checked_seconds_ago(order: JournalOrder) -> float:
    """Seconds since the panel was last asked about the order (0 when never)."""
    if order.last_checked is None:
        return 0.0
    at = order.last_checked
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return (formatting.now_utc() - at).total_seconds()


def delivered(order: JournalOrder) -> int | None:
    """quantity - remains, when both are known."""
    if order.quantity is None or order.remains is None:
        return None
    return max(order.quantity - order.remains, 0)


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
        return texts.panel_error.format(error=order.error.strip())
    return texts.word(order.status) if order.status.strip() else texts.not_checked


def _progress(order: JournalOrder) -> tuple[float | None, str]:
    done = delivered(order)
    if done is None or not order.quantity:
        return None, ""
    fraction = min(done / order.quantity, 1.0)
    return fraction, (
        f"{percent_text(fraction)} ({formatting.number(done)}/{formatting.number(order.quantity)})"
    )


def prepare_row(
    order: JournalOrder, texts: StatusTexts, panel_names: Mapping[int, str]
) -> OrderRow:
    """One row's texts (pure Python, any thread)."""
    bucket = bucket_of(order)
    tone = _BUCKET_TONE.get(bucket, Tone.NEUTRAL)
    if order.error and order.state in (JournalState.PLACED.value, JournalState.TRACKED.value):
        tone = Tone.PROBLEM  # the panel answered about this order with an error
    fraction, progress_text = _progress(order)
    refill = (
        ""
        if order.refill_id is None
        else texts.word(order.refill_status or "") or texts.refill_asked
    )
    status = status_text(order, texts)
    display = (
        local_time_text(order.created_at),
        panel_names.get(order.profile_id, ""),
        order.panel_order_id or "",
        # Isolated: a Latin name keeps its brackets and quotes in place in a Persian table.
        formatting.isolate(order.service_name or (order.service_id or "")),
        formatting.ltr(order.link) if order.link else "",
        formatting.number(order.quantity),
        money_text(order.charge if order.charge is not None else order.estimate),
        formatting.number(order.start_count),
        formatting.number(order.remains),
        status,
        progress_text,
        refill,
        local_time_text(order.last_checked),
    )
    tooltip = order.error or ""
    if order.state == JournalState.UNKNOWN.value:
        tooltip = "\n".join(t for t in (texts.unknown_tip or texts.unknown, order.error) if t)
    elif not order.error and order.status.strip() and status != order.status.strip():
        tooltip = order.status.strip()  # the panel's own word, when another one is shown
    return OrderRow(
        order=order,
        display=display,
        search=search_text(
            order.panel_order_id or "", order.link, order.service_name, order.service_id or ""
        ),
        bucket=bucket,
        tone=tone,
        progress=fraction,
        tooltip=tooltip,
    )


def prepare_rows(
    orders: Iterable[JournalOrder], texts: StatusTexts, panel_names: Mapping[int, str]
) -> list[OrderRow]:
    """Every row of the table; meant for a worker thread."""
    return [prepare_row(o, texts, panel_names) for o in orders]


def _sort_key(col: int, row: OrderRow) -> object:
    o = row.order
    if col == COL_PLACED:
        return o.local_id
    if col == COL_ID:
        return id_sort_key(o.panel_order_id or "")
    if col == COL_QUANTITY:
        return -1 if o.quantity is None else o.quantity
    if col == COL_CHARGE:
        value = o.charge if o.charge is not None else o.estimate
        return Decimal(-1) if value is None else value
    if col == COL_START:
        return -1 if o.start_count is None else o.start_count
    if col == COL_REMAINS:
        return -1 if o.remains is None else o.remains
    if col == COL_PROGRESS:
        return -1.0 if row.progress is None else row.progress
    if col == COL_CHECKED:
        return o.last_checked.timestamp() if o.last_checked else 0.0
    if col == COL_STATUS:
        return (int(row.bucket), row.display[COL_STATUS].casefold())
    return row.display[col].casefold()


@dataclass(frozen=True)
class OrderFilter:
    """What the user asked to see."""

    bucket: Bucket = Bucket.ALL
    text: str = ""


class OrdersModel(ReadOnlyTableModel):
    """The journal's orders as a table; `set_rows` swaps them in, `set_filter` / `sort` show."""

    column_count = COLUMN_COUNT

    #: The visible rows changed (after a filter or new rows).
    rowsFiltered = Signal()

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrderRow] = []
        self._visible: list[int] = []
        self._by_local: dict[int, int] = {}
        self._filter = OrderFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._fresh: set[int] = set()  # local ids that reached a final state this session
        self._headers = [
            self.tr("Placed"),
            self.tr("Panel"),
            self.tr("Order ID"),
            self.tr("Service"),
            self.tr("Link"),
            self.tr("Quantity"),
            self.tr("Charge"),
            self.tr("Start count"),
            self.tr("Remains"),
            self.tr("Status"),
            self.tr("Delivered"),
            self.tr("Refill"),
            self.tr("Last checked"),
        ]
        self._brushes = {
            tone: QBrush(QColor(colour)) for tone, colour in TONE_COLOURS.items() if colour
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._fresh_tip = self.tr("Reached a final state since you last looked")

    def texts(self) -> StatusTexts:
        """The translated words `prepare_rows` needs (call on the GUI thread)."""
        return StatusTexts(
            not_checked=self.tr("Not checked yet"),
            sending=self.tr("Sending…"),
            # Short enough for the status column; the tooltip says the whole of it.
            unknown=self.tr("Unknown – check panel"),
            unknown_tip=self.tr(
                "The outcome is unknown: the panel may have placed this order. Check on the "
                "panel; then choose “Found on the panel…” or “Not placed…”."
            ),
            not_placed=self.tr("Not placed"),
            panel_error=self.tr("⚠ {error}"),
            unknown_order=self.tr("⚠ Unknown order id"),
            refill_none="",
            refill_asked=self.tr("Requested"),
            kinds={
                StatusKind.PENDING.value: self.tr("Pending"),
                StatusKind.IN_PROGRESS.value: self.tr("In progress"),
                StatusKind.PROCESSING.value: self.tr("Processing"),
                StatusKind.COMPLETED.value: self.tr("Completed"),
                StatusKind.PARTIAL.value: self.tr("Partial"),
                StatusKind.CANCELED.value: self.tr("Canceled"),
                StatusKind.REFUNDED.value: self.tr("Refunded"),
                StatusKind.FAILED.value: self.tr("Failed"),
                StatusKind.AWAITING.value: self.tr("Awaiting"),
                StatusKind.REJECTED.value: self.tr("Rejected"),
                StatusKind.ERROR.value: self.tr("Error"),
            },
        )

    # --- loading -------------------------------------------------------------------------------

    def set_rows(self, rows: list[OrderRow]) -> None:
        """Show freshly prepared rows (filter, sort and the selection's orders are kept)."""
        self.beginResetModel()
        self._rows = rows
        self._by_local = {row.order.local_id: i for i, row in enumerate(rows)}
        self._fresh &= self._by_local.keys()
        self._visible = self._compute()
        self.endResetModel()
        self.rowsFiltered.emit()

    def rows(self) -> list[OrderRow]:
        return self._rows

    # --- the "just finished" mark --------------------------------------------------------------

    def mark_fresh(self, local_ids: Iterable[int]) -> None:
        """Mark rows of orders that just reached a final state."""
        self._fresh.update(local_ids)
        self._emit_rows(local_ids)

    def clear_fresh(self, local_ids: Iterable[int]) -> None:
        ids = [i for i in local_ids if i in self._fresh]
        self._fresh.difference_update(ids)
        self._emit_rows(ids)

    def is_fresh(self, local_id: int) -> bool:
        return local_id in self._fresh

    def fresh_ids(self) -> set[int]:
        return set(self._fresh)

    def _emit_rows(self, local_ids: Iterable[int]) -> None:
        rows = sorted(self.rows_of(local_ids).values())
        if not rows:
            return
        if len(rows) > 50:  # one signal for many rows: the view repaints what it shows anyway
            first, last = rows[0], rows[-1]
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # --- filtering and sorting -----------------------------------------------------------------

    @property
    def filter(self) -> OrderFilter:
        return self._filter

    def set_filter(self, new: OrderFilter) -> None:
        if new == self._filter:
            return
        self._filter = new
        self.beginResetModel()
        self._visible = self._compute()
        self.endResetModel()
        self.rowsFiltered.emit()

    def _compute(self) -> list[int]:
        rows, f = self._rows, self._filter
        candidates: Iterable[int] = range(len(rows))
        if self._sort_column >= 0:
            col = self._sort_column
            candidates = sorted(
                candidates,
                key=lambda i: _sort_key(col, rows[i]),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        if f.bucket != Bucket.ALL:
            bucket = f.bucket
            candidates = [i for i in candidates if rows[i].bucket == bucket]
        for needle in search_text(f.text).split():
            candidates = [i for i in candidates if needle in rows[i].search]
        return list(candidates)

    def _rows_in_sort_order(self) -> list[int]:
        return self._compute()

    def bucket_counts(self) -> dict[Bucket, int]:
        counts = dict.fromkeys(Bucket, 0)
        for row in self._rows:
            counts[row.bucket] += 1
        counts[Bucket.ALL] = len(self._rows)
        return counts

    # --- lookups -------------------------------------------------------------------------------

    def order_at(self, row: int) -> JournalOrder | None:
        if not 0 <= row < len(self._visible):
            return None
        return self._rows[self._visible[row]].order

    def row_of(self, local_id: int) -> int | None:
        """The visible row of an order, or None when it is filtered out or unknown."""
        src = self._by_local.get(local_id)
        if src is None:
            return None
        try:
            return self._visible.index(src)
        except ValueError:
            return None

    def rows_of(self, local_ids: Iterable[int]) -> dict[int, int]:
        """Visible rows of many orders at once ({local id: row}); hidden ones are left out."""
        wanted = {self._by_local[i]: i for i in local_ids if i in self._by_local}
        if not wanted:
            return {}
        if len(wanted) == 1:
            ((src, local_id),) = wanted.items()
            row = self.row_of(local_id)
            return {} if row is None else {local_id: row}
        return {wanted[src]: row for row, src in enumerate(self._visible) if src in wanted}

    def known_ids(self) -> set[int]:
        """Local ids of every loaded order, shown or filtered out."""
        return set(self._by_local)

    def visible_orders(self) -> list[JournalOrder]:
        return [self._rows[i].order for i in self._visible]

    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def text(self, row: int, col: int) -> str:
        """The display text of a visible cell (without the fresh mark)."""
        return self._rows[self._visible[row]].display[col]

    # --- QAbstractItemModel --------------------------------------------------------------------

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return _RIGHT
        return None

    def data(  # noqa: C901 - one branch per role, kept flat for speed
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._visible):
            return None
        row = self._rows[self._visible[r]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CHECKED and row.order.last_checked is not None:
                # An age reads at a glance and stays true as time passes (the view repaints).
                return formatting.age(checked_seconds_ago(row.order))
            text = row.display[col]
            if col == COL_STATUS and row.order.local_id in self._fresh:
                return FRESH_MARK + text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _NUMERIC:
                return _RIGHT
            return _CENTER if col == COL_PROGRESS else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS:
                return self._brushes.get(row.tone)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.order.local_id in self._fresh and col in (COL_ID, COL_STATUS):
                return self._bold
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_STATUS:
                tips = [row.tooltip] if row.tooltip else []
                if row.order.local_id in self._fresh:
                    tips.append(self._fresh_tip)
                if row.order.error and row.order.status:
                    tips.append(row.order.status)
                return "\n".join(tips) or None
            if col in (COL_SERVICE, COL_LINK, COL_CHECKED):
                return row.display[col] or None
            return None
        if role == ORDER_ROLE:
            return row.order
        if role == PROGRESS_ROLE:
            return row.progress
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Paints the delivered fraction as a thin bar under the text: cheap, no widgets per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = QColor(46, 125, 50, 70)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(PROGRESS_ROLE)
        if isinstance(fraction, float) and not (option.state & QStyle.StateFlag.State_Selected):
            rect: QRect = option.rect.adjusted(3, 3, -3, -3)
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawRoundedRect(
                QRect(rect.left(), rect.top(), int(rect.width() * fraction), rect.height()), 3, 3
            )
            painter.restore()
        super().paint(painter, option, index)


#: CSV columns: stable English names, so spreadsheets and scripts can rely on them.
CSV_HEADER = (
    "placed_at",
    "panel",
    "order_id",
    "service_id",
    "service",
    "link",
    "quantity",
    "charge",
    "currency",
    "start_count",
    "remains",
    "delivered",
    "status",
    "state",
    "error",
    "refill_id",
    "refill_status",
    "last_checked",
)


def _iso(at: datetime | None) -> str:
    return "" if at is None else at.astimezone().isoformat(timespec="seconds")


_num = formatting.number_ascii  # CSV numbers: ASCII digits, no grouping


def csv_record(order: JournalOrder, panel_names: Mapping[int, str]) -> list[str]:
    """One order as CSV fields: plain ASCII numbers (no grouping, no exponent, exact charge)."""
    charge = order.charge if order.charge is not None else order.estimate
    done = delivered(order)
    return [
        _iso(order.created_at),
        panel_names.get(order.profile_id, ""),
        order.panel_order_id or "",
        order.service_id or "",
        order.service_name,
        order.link,
        _num(order.quantity),
        "" if charge is None else f"{charge:f}",
        order.currency or "",
        _num(order.start_count),
        _num(order.remains),
        _num(done),
        order.status,
        order.state,
        order.error or "",
        order.refill_id or "",
        order.refill_status or "",
        _iso(order.last_checked),
    ]


def write_csv(path: str, orders: Iterable[JournalOrder], panel_names: Mapping[int, str]) -> int:
    """Write the orders to `path` (UTF-8 with a BOM so spreadsheet apps read names right).

    Written to a temporary file first, so a failure never leaves half a file. Returns the
    number of orders written. Meant for a worker thread."""
    import csv
    import os
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".orders-", suffix=".csv", dir=folder)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            for order in orders:
                writer.writerow(csv_record(order, panel_names))
                count += 1
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count

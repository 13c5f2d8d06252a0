"""The orders table model: journal orders prepared once, filtered and sorted in Python.

Like the services model, every row's display texts, search text, filter bucket and sort keys
are computed once (`order_rows.prepare_rows`, safe on a worker thread), so a refresh of 10,000
orders is one list swap and one model reset on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from core.models import StatusKind, search_text
from core.store import JournalOrder
from ui.common import formatting, time_text
from ui.common.long_text import SHOWN_CHARS, preview
from ui.common.table_base import RIGHT_ALIGNED, ReadOnlyTableModel, id_sort_key
from ui.orders.date_range import Moments, within
from ui.orders.order_rows import (
    TONE_COLOURS,
    Bucket,
    OrderRow,
    StatusTexts,
    checked_seconds_ago,
)

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
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

FRESH_MARK = "● "
#: Widths the columns open with (never narrower than their header's own words).
COLUMN_WIDTHS = {
    COL_PLACED: 115,
    COL_PANEL: 100,
    COL_ID: 70,
    COL_SERVICE: 170,
    COL_LINK: 130,
    COL_QUANTITY: 65,
    COL_CHARGE: 65,
    COL_START: 75,
    COL_REMAINS: 65,
    COL_STATUS: 180,
    COL_PROGRESS: 125,
    COL_REFILL: 60,
    COL_CHECKED: 85,
}


def _number_key(value: object) -> int | float | Decimal:
    # A value a journal row holds that is no number (text, NaN) sorts with the unknown ones.
    number = formatting.as_number(value)
    return -1 if number is None else number


def _checked_key(order: JournalOrder) -> float:
    try:
        return order.last_checked.timestamp() if order.last_checked else 0.0
    except (OverflowError, ValueError, OSError):  # a stored moment no clock can hold
        return 0.0


def _sort_key(col: int, row: OrderRow) -> object:
    o = row.order
    if col == COL_PLACED:
        return o.local_id
    if col == COL_ID:
        return id_sort_key(o.panel_order_id or "")
    if col == COL_QUANTITY:
        return _number_key(o.total_quantity)
    if col == COL_CHARGE:
        if o.charge is not None:
            return _number_key(o.charge)
        return _number_key(o.estimate if o.estimate_applies else None)
    if col == COL_START:
        return _number_key(o.start_count)
    if col == COL_REMAINS:
        return _number_key(o.remains)
    if col == COL_PROGRESS:
        return -1.0 if row.progress is None else row.progress
    if col == COL_CHECKED:
        return _checked_key(o)
    if col == COL_STATUS:
        return (int(row.bucket), row.display[COL_STATUS].casefold())
    return row.display[col].casefold()


@dataclass(frozen=True)
class OrderFilter:
    """What the user asked to see."""

    bucket: Bucket = Bucket.ALL
    text: str = ""
    #: Placed within these UTC moments (date_range.Moments; open ends are None).
    dates: Moments = (None, None)
    #: Whether rows the user hid are shown too.
    show_hidden: bool = False

    def admits(self, order: JournalOrder) -> bool:
        """Whether the order passes the hidden and date parts (bucket and text aside)."""
        return (self.show_hidden or not order.hidden) and within(order.created_at, self.dates)


@dataclass(frozen=True)
class RowsIndex:
    """What the model keeps of a list of rows beside them, found in one pass over them: made
    on the loading worker, so the GUI thread's swap of 20,000 rows does not walk them again."""

    by_local: dict[int, int]  # local id -> position in the rows
    hidden_count: int
    longest_id: str  # the longest panel order id, for the Order ID column's width


def index_rows(rows: list[OrderRow]) -> RowsIndex:
    """The index of `rows` (pure Python: call it where the rows are prepared)."""
    return RowsIndex(
        by_local={row.order.local_id: i for i, row in enumerate(rows)},
        hidden_count=sum(1 for row in rows if row.order.hidden),
        longest_id=max((row.display[COL_ID] for row in rows), key=len, default=""),
    )


class OrdersModel(ReadOnlyTableModel):
    """The journal's orders as a table; `set_rows` swaps them in, `set_filter` / `sort` show."""

    column_count = COLUMN_COUNT
    numeric_columns = _NUMERIC

    #: The visible rows changed (after a filter or new rows).
    rowsFiltered = Signal()

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrderRow] = []
        self._visible: list[int] = []
        self._by_local: dict[int, int] = {}
        self._hidden_count = 0
        self._longest_id = ""
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
        self._estimated_tip = self.texts().estimated_tip
        self._runs_tip = self.tr("Drip-feed: {quantity} in each of {runs} runs")

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
            # "≈": not money taken yet, only what the order should cost.
            estimated=self.tr("≈ {amount}"),
            estimated_tip=self.tr(
                "Estimated: the panel has not said yet what it charged for this order"
            ),
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

    def set_rows(self, rows: list[OrderRow], index: RowsIndex | None = None) -> None:
        """Show freshly prepared rows (filter, sort and the selection's orders are kept);
        `index` is `index_rows(rows)` when the worker that prepared them made it."""
        if index is None:
            index = index_rows(rows)
        self.beginResetModel()
        self._rows = rows
        self._by_local = index.by_local
        self._hidden_count = index.hidden_count
        self._longest_id = index.longest_id
        self._fresh &= self._by_local.keys()
        self._visible = self._compute()
        self.endResetModel()
        self.rowsFiltered.emit()

    def rows(self) -> list[OrderRow]:
        return self._rows

    # --- the "just finished" mark --------------------------------------------------------------

    def mark_fresh(self, local_ids: Iterable[int], *, repaint: bool = True) -> None:
        """Mark rows of orders that just reached a final state.

        `repaint=False` right after `set_rows`, whose reset repaints every row anyway: finding
        20,000 rows to repaint took 20 ms of the GUI thread at the refresh that ended them."""
        local_ids = list(local_ids)
        self._fresh.update(local_ids)
        if repaint:
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
        if self._filters_out_some(f):
            candidates = [i for i in candidates if f.admits(rows[i].order)]
        if f.bucket != Bucket.ALL:
            bucket = f.bucket
            candidates = [i for i in candidates if rows[i].bucket == bucket]
        for needle in search_text(f.text).split():
            candidates = [i for i in candidates if needle in rows[i].search]
        return list(candidates)

    def _rows_in_sort_order(self) -> list[int]:
        return self._compute()

    def bucket_counts(self) -> dict[Bucket, int]:
        """Orders per bucket among those the hidden and date choices let through."""
        counts = dict.fromkeys(Bucket, 0)
        if self._filters_out_some(self._filter):
            admits = self._filter.admits
            rows: Iterable[OrderRow] = (row for row in self._rows if admits(row.order))
        else:
            rows = self._rows
        for row in rows:
            counts[row.bucket] += 1
        counts[Bucket.ALL] = sum(counts.values())
        return counts

    def _filters_out_some(self, f: OrderFilter) -> bool:
        # Each row is looked at only when a choice can leave some out (a date range, or hidden
        # rows not shown while there are any): the usual case stays one pass over the buckets.
        return f.dates != (None, None) or (self._hidden_count > 0 and not f.show_hidden)

    def hidden_count(self) -> int:
        """How many loaded orders the user hid."""
        return self._hidden_count

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

    def longest_panel_ids(self) -> list[str]:
        """The longest panel order id of the loaded orders (none when there are none): what
        the Order ID column's width is fitted to."""
        return [self._longest_id] if self._rows else []

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
                return time_text.age(checked_seconds_ago(row.order))
            text = row.display[col]
            if col == COL_STATUS and row.order.local_id in self._fresh:
                return FRESH_MARK + text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _NUMERIC:
                return RIGHT_ALIGNED
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
            if col == COL_LINK:  # whole, with its scheme (the cell leaves "https://" out)
                link = row.order.link
                return formatting.ltr(preview(link, SHOWN_CHARS)) if link else None
            if col in (COL_SERVICE, COL_CHECKED) or col == COL_PROGRESS:
                return row.display[col] or None
            if col == COL_CHARGE and row.order.charge is None and row.display[col]:
                return self._estimated_tip
            if col == COL_QUANTITY and row.order.runs:
                return self._runs_tip.format(
                    quantity=formatting.number(row.order.quantity),
                    runs=formatting.number(row.order.runs),
                )
            if col in _NUMERIC or col == COL_PROGRESS:
                text = row.display[col]  # "unreadable" is wider than a number's column
                return text if text == formatting.unreadable() else None
            return None
        if role == ORDER_ROLE:
            return row.order
        if role == PROGRESS_ROLE:
            return row.progress
        return None

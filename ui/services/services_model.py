"""The services table model: the catalogue prepared once, filtered and sorted in Python.

Qt's proxy models call `data()` once per cell to filter or sort, which takes seconds over
50,000 services. Here every row's display text, search text and sort keys are prepared once
(`service_rows.prepare_rows`, on a worker thread), and filtering (core.text_search) and sorting
are list operations over those, followed by the cheapest true model change: rows removed when
they leave in one block, else a reset; a layout change for a sort. A painted cell is one call
into Python (`multiData`), not one per role.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QModelRoleDataSpan, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from core.models import Service
from core.store.catalog_cache import ChangeKind
from core.text_search import Rows, TextFilter, words_of
from ui.common import formatting
from ui.common.collation import sort_key
from ui.common.table_base import RIGHT_ALIGNED, ReadOnlyTableModel, id_sort_key
from ui.services.service_rows import FLAG_CANCEL, FLAG_DRIPFEED, FLAG_REFILL, PreparedRows

COL_FAV = 0
COL_ID = 1
COL_NAME = 2
COL_CATEGORY = 3
COL_TYPE = 4
COL_RATE = 5
COL_MIN = 6
COL_MAX = 7
COL_FLAGS = 8
COLUMN_COUNT = 9

#: data() role giving the service id of a row.
SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STAR_ON = "★"
STAR_OFF = "☆"

# Plain ints: data() compares them for every painted cell.
_NEW, _RATE_UP, _RATE_DOWN = int(ChangeKind.NEW), int(ChangeKind.RATE_UP), int(ChangeKind.RATE_DOWN)

_NUMERIC_COLUMNS = (COL_ID, COL_RATE, COL_MIN, COL_MAX)
# Roles as plain ints: multiData gets ints, and dict lookups by them stay cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def rate_text(rate: Decimal | None, currency: str | None) -> str:
    """One rate on its own (not in the column): as precise as the panel sent it, in the display
    locale, with the currency."""
    return formatting.rate(rate, currency)


def _rate_key(rate: object) -> float:
    # A rate the panel's answer had none of, or a cached one that is no number: last.
    number = formatting.as_number(rate)
    return float("inf") if number is None else float(number)


def _count_key(count: object) -> int | float | Decimal:
    # A cached bound that is no number (text in the column) sorts before every real one.
    number = formatting.as_number(count)
    return -1 if number is None else number


#: Above this many shown rows, finding which rows left costs more than a model reset.
_REMOVAL_SCAN_LIMIT = 2_000


def removed_block(old: Rows, new: Rows) -> tuple[int, int] | None:
    """(first, last) positions in `old` of the rows missing from `new` when they form one
    block and the rest kept their order; None otherwise, or when it is not worth finding."""
    if not new:
        return (0, len(old) - 1) if old else None
    if len(new) >= len(old) or len(old) > _REMOVAL_SCAN_LIMIT:
        return None
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(new))
    last = first + len(old) - len(new) - 1
    return (first, last) if list(old[last + 1 :]) == list(new[first:]) else None


@dataclass(frozen=True)
class ServiceFilter:
    """What the user asked to see. Empty fields mean "any"."""

    text: str = ""
    category: str | None = None
    type_key: str | None = None
    flags: int = 0  # every FLAG_* bit set here must be set on the service
    favourites_only: bool = False
    changed_only: bool = False

    def same_except_text(self, other: ServiceFilter) -> bool:
        return (
            self.category == other.category
            and self.type_key == other.type_key
            and self.flags == other.flags
            and self.favourites_only == other.favourites_only
            and self.changed_only == other.changed_only
        )


class ServicesModel(ReadOnlyTableModel):
    """The catalogue as a table; filter and sort through `set_filter` / `sort`."""

    column_count = COLUMN_COUNT
    numeric_columns = frozenset(_NUMERIC_COLUMNS)

    #: A star was set or cleared by the user (service id, on).
    favouriteToggled = Signal(str, bool)
    #: The visible rows changed (after a filter or a new catalogue).
    rowsFiltered = Signal()

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: PreparedRows | None = None
        self._visible: Rows = []
        # Made at the first search with words: the catalogue's search texts are folded then
        # (on the loading worker, usually, right after the table was shown).
        self._text_filter: TextFilter | None = None
        self._position_of: dict[str, int] | None = None  # service id -> its catalogue position
        self._favourites: set[str] = set()
        self._filter = ServiceFilter()
        self._currency: str | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._orders: dict[int, list[int]] = {}
        self._base: Rows | None = None  # the sorted rows passing the non-text filters
        self._headers = [
            "",
            self.tr("ID"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Type"),
            self.tr("Rate per 1000"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Options"),
        ]
        self._change_tips = {
            _NEW: self.tr("New since the last refresh"),
            _RATE_UP: self.tr("The rate went up at the last refresh"),
            _RATE_DOWN: self.tr("The rate went down at the last refresh"),
        }
        self._min_max_tip = self.tr("The minimum or maximum changed at the last refresh")
        self._up_brush = QBrush(QColor("#b3261e"))
        self._down_brush = QBrush(QColor("#1e7b34"))
        self._star_brush = QBrush(QColor("#d19a00"))
        self._new_brush = QBrush(QColor(46, 125, 50, 40))
        self._bold = QFont()
        self._bold.setBold(True)
        self._cell_roles = {
            _ALIGNMENT: self._alignment,
            _FOREGROUND: self._foreground,
            _BACKGROUND: self._background,
            _FONT: self._font,
        }

    # --- loading -------------------------------------------------------------------------------

    def flag_texts(self) -> dict[int, str]:
        """The Options column text of each flag combination (translated, GUI thread)."""
        words = {
            FLAG_DRIPFEED: self.tr("drip-feed"),
            FLAG_REFILL: self.tr("refill"),
            FLAG_CANCEL: self.tr("cancel"),
        }
        return {
            bits: " · ".join(word for bit, word in words.items() if bits & bit) for bits in range(8)
        }

    def set_rows(self, rows: PreparedRows | None, favourites: Iterable[str] = ()) -> None:
        """Show a newly prepared catalogue (filters and sort are kept)."""
        self.beginResetModel()
        self._rows = rows
        self._text_filter = None
        self._position_of = None
        self._favourites = set(favourites)
        self._orders.clear()
        self._base = None
        self._visible = self._compute(self._filter)
        self.endResetModel()
        self.rowsFiltered.emit()

    def set_currency(self, currency: str | None) -> None:
        """The panel's currency, named in the rate column's header (known once the balance is)."""
        if currency == self._currency:
            return
        self._currency = currency
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_RATE, COL_RATE)
        if self._visible:
            last = len(self._visible) - 1
            self.dataChanged.emit(self.index(0, COL_RATE), self.index(last, COL_RATE))

    def currency(self) -> str | None:
        return self._currency

    def prepared(self) -> PreparedRows | None:
        return self._rows

    # --- filtering -----------------------------------------------------------------------------

    @property
    def filter(self) -> ServiceFilter:
        return self._filter

    def set_filter(self, new: ServiceFilter) -> None:
        """Show only the rows matching `new`."""
        if new == self._filter:
            return
        if not new.same_except_text(self._filter):
            self._base = None
        self._filter = new
        self._replace_visible(self._compute(new))

    def _replace_visible(self, visible: Rows) -> None:
        """Show `visible`, telling the views with the cheapest change that is true."""
        old = self._visible
        if visible is old:
            return  # the same rows (a space typed, a word repeated): nothing to repaint
        block = removed_block(old, visible)
        if block is None:
            self.beginResetModel()
            self._visible = visible
            self.endResetModel()
        else:
            # One block of rows left: views keep their selection and scroll position.
            self.beginRemoveRows(QModelIndex(), *block)
            self._visible = visible
            self.endRemoveRows()
        self.rowsFiltered.emit()

    def refilter(self) -> None:
        """Apply the current filter again (after favourites changed under "favourites only")."""
        self._base = None
        self.beginResetModel()
        self._visible = self._compute(self._filter)
        self.endResetModel()
        self.rowsFiltered.emit()

    def _sorted_all(self) -> Rows:
        rows = self._rows
        assert rows is not None
        col = self._sort_column
        if col < 0:
            return range(len(rows))  # the panel's order: no list of 50,000 ints
        order = self._orders.get(col)
        if order is None:
            order = sorted(range(len(rows)), key=self._sort_keys(col).__getitem__)
            self._orders[col] = order
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order = order[::-1]
        return order

    def _sort_keys(self, col: int) -> list:
        rows = self._rows
        assert rows is not None
        services = rows.services
        if col == COL_FAV:
            fav = self._favourites
            return [0 if s.id in fav else 1 for s in services]
        if col == COL_ID:
            return [id_sort_key(s.id) for s in services]
        if col == COL_RATE:
            return [_rate_key(s.rate) for s in services]
        if col == COL_MIN:
            return [_count_key(s.min) for s in services]
        if col == COL_MAX:
            return [_count_key(s.max) for s in services]
        if col == COL_FLAGS:
            return list(rows.flags)
        # Names and categories in any script; Persian in its alphabet's order (ui/collation.py).
        # From the data itself, so sorting never formats every row's texts.
        if col == COL_TYPE:
            return [sort_key(t) for t in rows.display.type_names]
        if col == COL_CATEGORY:
            return [sort_key(s.category) for s in services]
        return [sort_key(s.name) for s in services]

    def _compute_base(self, f: ServiceFilter) -> Rows:
        rows = self._rows
        assert rows is not None
        candidates = self._sorted_all()
        if f.category is not None:
            services = rows.services
            category = f.category
            candidates = [i for i in candidates if services[i].category == category]
        if f.type_key is not None:
            keys, wanted = rows.type_keys, f.type_key
            candidates = [i for i in candidates if keys[i] == wanted]
        if f.flags:
            flags, bits = rows.flags, f.flags
            candidates = [i for i in candidates if flags[i] & bits == bits]
        if f.favourites_only:
            services, fav = rows.services, self._favourites
            candidates = [i for i in candidates if services[i].id in fav]
        if f.changed_only:
            marks = rows.changes
            candidates = [i for i in candidates if marks[i]]
        return candidates

    def _compute(self, f: ServiceFilter) -> Rows:
        """The visible rows for `f` (read-only: may be shared with the text filter)."""
        if self._rows is None:
            return []
        if self._base is None:
            self._base = self._compute_base(f)
            if self._text_filter is not None:
                self._text_filter.set_scope(self._base)
        if not words_of(f.text):
            return self._base  # what the text filter gives for no words
        if self._text_filter is None:
            self._text_filter = TextFilter(self._rows.search)
            self._text_filter.set_scope(self._base)
        return self._text_filter.search(f.text)

    # --- sorting -------------------------------------------------------------------------------

    def _rows_in_sort_order(self) -> list[int]:
        self._base = None  # the unfiltered order changed with the sort
        return self._compute(self._filter)

    # --- favourites ----------------------------------------------------------------------------

    def favourites(self) -> set[str]:
        return set(self._favourites)

    def is_favourite(self, service_id: str) -> bool:
        return service_id in self._favourites

    def set_favourite(self, service_id: str, on: bool) -> None:
        """Star or unstar a service (the caller saves it); emits favouriteToggled."""
        if (service_id in self._favourites) == on:
            return
        if on:
            self._favourites.add(service_id)
        else:
            self._favourites.discard(service_id)
        self._orders.pop(COL_FAV, None)
        self._base = None if self._filter.favourites_only else self._base
        row = self.row_of(service_id)
        if row is not None:
            index = self.index(row, COL_FAV)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.favouriteToggled.emit(service_id, on)

    # --- lookups -------------------------------------------------------------------------------

    def service_at(self, row: int) -> Service | None:
        if self._rows is None or not 0 <= row < len(self._visible):
            return None
        return self._rows.services[self._visible[row]]

    def row_of(self, service_id: str) -> int | None:
        """The visible row of a service, or None if it is filtered out or unknown."""
        if self._rows is None:
            return None
        if self._position_of is None:  # made once a row is asked for (after every filter
            # while a service is selected): a C-level index() then, not a Python loop
            self._position_of = {}
            for src, service in enumerate(self._rows.services):
                self._position_of.setdefault(service.id, src)
        src = self._position_of.get(service_id)
        if src is None:
            return None
        try:
            return self._visible.index(src)
        except ValueError:
            return None

    def total_count(self) -> int:
        return 0 if self._rows is None else len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    # --- QAbstractItemModel --------------------------------------------------------------------

    def header_text(self, section: int) -> str:
        if section == COL_RATE and self._currency:
            return self.tr("Rate per 1000 ({currency})").format(
                currency=formatting.ltr(formatting.currency_text(self._currency))
            )
        return self._headers[section] if section != COL_FAV else STAR_ON

    def header_tooltip(self, section: int) -> str | None:
        if section == COL_FAV:
            return self.tr("Favourites: click a star to keep a service at hand")
        return None

    def multiData(  # noqa: N802 (Qt name)
        self, index: QModelIndex | QPersistentModelIndex, role_data_span: QModelRoleDataSpan
    ) -> None:
        """Every role a delegate asks of a cell, in one call from Qt: a painted cell costs one
        crossing into Python instead of seven (the repaint after a keystroke is mostly this)."""
        rows, row = self._rows, index.row()
        if rows is None or not index.isValid() or not 0 <= row < len(self._visible):
            return
        src, col = self._visible[row], index.column()
        cell_role = self._cell_roles.get
        for role_data in role_data_span:
            role = role_data.role()
            if role == _DISPLAY:
                value = self.data(index, role)
            else:
                make = cell_role(role)  # None: a role this model leaves empty
                value = None if make is None else make(rows, src, col)
            if value is not None:
                role_data.setData(value)
            else:
                # The view hands the same span from cell to cell: a role left as it was kept
                # the previous cell's value (the star's gold coloured every text cell).
                role_data.clearData()

    # The roles a painted cell asks for besides its text, one method each (multiData and data).

    def _alignment(self, _rows: PreparedRows, _src: int, col: int) -> object:
        if col in _NUMERIC_COLUMNS:
            return RIGHT_ALIGNED
        return _CENTER if col == COL_FAV else _LEFT

    def _foreground(self, rows: PreparedRows, src: int, col: int) -> object:
        if col == COL_FAV:
            return self._star_brush
        if col == COL_RATE:
            mark = rows.changes[src]
            if mark == _RATE_UP:
                return self._up_brush
            if mark == _RATE_DOWN:
                return self._down_brush
        return None

    def _background(self, rows: PreparedRows, src: int, _col: int) -> object:
        return self._new_brush if rows.changes[src] == _NEW else None

    def _font(self, rows: PreparedRows, src: int, col: int) -> object:
        return self._bold if col == COL_NAME and rows.changes[src] == _NEW else None

    def data(  # noqa: C901 - one branch per role, kept flat for speed
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        rows = self._rows
        row = index.row()
        if rows is None or not 0 <= row < len(self._visible):
            return None
        src = self._visible[row]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_FAV:
                return STAR_ON if rows.services[src].id in self._favourites else STAR_OFF
            text = rows.display[src][col]
            if col in (COL_NAME, COL_CATEGORY):
                return formatting.isolate(text)  # a Latin name keeps its order in RTL
            if col == COL_RATE:  # the header names the currency; the cells line up
                mark = rows.changes[src]
                if mark == _RATE_UP:
                    return "▲ " + text
                if mark == _RATE_DOWN:
                    return "▼ " + text
            return text
        make = self._cell_roles.get(role)
        if make is not None:
            return make(rows, src, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = rows.changes[src]
            if col == COL_FAV:
                return (
                    self.tr("Remove from favourites")
                    if rows.services[src].id in self._favourites
                    else self.tr("Add to favourites")
                )
            if col in (COL_MIN, COL_MAX):
                if rows.services[src].id in rows.min_max:
                    return self._min_max_tip
                text = rows.display[src][col]  # "unreadable" is wider than a bound's column
                return text if text == formatting.unreadable() else None
            if mark in self._change_tips and col in (COL_NAME, COL_RATE):
                return self._change_tips[mark]
            if col in (COL_NAME, COL_CATEGORY):
                return rows.display[src][col]
            return None
        if role == SERVICE_ID_ROLE:
            return rows.services[src].id
        return None

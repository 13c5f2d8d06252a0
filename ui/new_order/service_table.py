"""The service picker's table: the catalogue's services with their price, bounds, average time
and flags, narrowed by a category and a search over ids, names and categories.

Filtered and sorted in Python on prepared data (ui/common/table_base.py): a keystroke over
50,000 services looks only at the folded search strings the catalogue prepared once, and
narrows from the previous result when the new text only adds to the old one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from core.catalog import ServiceCatalog
from core.models import Service, search_text
from ui.common import formatting
from ui.common.collation import sort_key as text_sort_key
from ui.common.long_text import CELL_CHARS, preview
from ui.common.table_base import RIGHT_ALIGNED, ReadOnlyTableModel, id_sort_key
from ui.new_order.service_text import (
    average_time_text,
    bounds_cell,
    flag_words,
    is_package,
    price_cell,
)

_Index = QModelIndex | QPersistentModelIndex

COL_ID, COL_NAME, COL_PRICE, COL_BOUNDS, COL_TIME, COL_FLAGS = range(6)
#: Search results kept for going back (backspaces); each is a list of positions.
RECENT_RESULTS = 24


class ServiceTableModel(ReadOnlyTableModel):
    """Rows are positions into the catalogue: those of the chosen category that hold every
    word of the search, in the panel's order or the chosen sort."""

    column_count = 6
    numeric_columns = frozenset({COL_ID, COL_PRICE, COL_BOUNDS, COL_TIME})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalog: ServiceCatalog | None = None
        self._services: list[Service] = []
        self._search: list[str] = []
        self._by_category: dict[str, list[int]] = {}
        self._position_of: dict[str, int] = {}
        self._promoted: int | None = None  # the position an exact id put first
        self._has_average_times = False
        self._base_rows: list[int] = []
        self._base_texts: list[str] = []
        #: Results of the last searches, newest last: what a backspace returns to.
        self._recent: OrderedDict[tuple, list[int]] = OrderedDict()
        self._visible: list[int] = []
        self._category: str | None = None
        self._text = ""
        self._needles: list[str] = []
        self._sorted: dict[tuple[int, Qt.SortOrder, str | None], list[int]] = {}
        self._rate_places: int | None = None
        self.currency: str | None = None
        self._headers = [
            self.tr("ID"),
            self.tr("Service"),
            self.tr("Rate per 1000"),
            self.tr("Min – max"),
            self.tr("Avg. time"),
            self.tr("Offers"),
        ]

    # --- data in ---------------------------------------------------------------------------

    def set_catalog(self, catalog: ServiceCatalog | None) -> None:
        self.beginResetModel()
        self._catalog = catalog
        self._services = [] if catalog is None else catalog.services
        # The catalogue's own prepared strings, shared (no copy of the texts).
        self._search = (
            [] if catalog is None else [catalog.search_text_of(i) for i in range(len(catalog))]
        )
        self._by_category = {}
        self._position_of = {}
        for position, service in enumerate(self._services):
            self._by_category.setdefault(service.category, []).append(position)
            self._position_of.setdefault(service.id, position)  # the first, as the catalogue
        self._sorted = {}
        self._has_average_times = any(s.average_minutes is not None for s in self._services)
        self._recent.clear()
        self._base_rows, self._base_texts = [], []
        self._rate_places = formatting.rate_places(
            s.rate for s in self._services if not is_package(s)
        ) if self._services else None  # fmt: skip
        if self._category not in self._by_category:
            self._category = None
        self._needles = _needles(self._text)
        self._visible = self._rows_in_sort_order()
        self.endResetModel()

    def set_currency(self, currency: str | None) -> None:
        self.currency = currency
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_PRICE, COL_PRICE)

    def set_filter(self, text: str, category: str | None) -> None:
        """Keep the services of `category` (None: all) whose search text holds every word."""
        needles = _needles(text)
        if needles == self._needles and category == self._category:
            self._text = text
            return
        # Typing adds letters or words: a row matching every new word matched every old one
        # (each old word is inside a new one), so only the rows shown now need a look.
        narrowing = (
            category == self._category
            and bool(self._needles)
            and self._promoted is None
            and all(any(old in new for new in needles) for old in self._needles)
        )
        self.beginResetModel()
        previous = self._visible
        self._text, self._needles, self._category = text, needles, category
        if narrowing:
            rows = self._matching(previous, needles)
            key = (tuple(needles), category, self._sort_column, self._sort_order)
            self._recent[key] = rows
            if len(self._recent) > RECENT_RESULTS:
                self._recent.popitem(last=False)
            self._visible = self._promote(list(rows))
        else:
            self._visible = self._rows_in_sort_order()
        self.endResetModel()

    @property
    def has_average_times(self) -> bool:
        """True when the panel gives an average time for some service."""
        return self._has_average_times

    @property
    def total(self) -> int:
        return len(self._services)

    @property
    def categories(self) -> list[tuple[str, int]]:
        """Category names in the panel's order, with how many services each holds."""
        return [(name, len(rows)) for name, rows in self._by_category.items()]

    # --- filtering and sorting -------------------------------------------------------------

    def _matching(self, candidates: list[int], needles: list[str]) -> list[int]:
        """The candidates whose search text holds every needle, in their order. One pass per
        word; the first over the base walks its texts side by side (no lookup per row)."""
        if not needles:
            return list(candidates)
        first, rest = needles[0], needles[1:]
        search = self._search
        if candidates is self._base_rows:
            texts = self._base_texts
            rows = [i for i, text in zip(candidates, texts, strict=True) if first in text]
        else:
            rows = [i for i in candidates if first in search[i]]
        for needle in rest:
            rows = [i for i in rows if needle in search[i]]
        return rows

    def _rows_in_sort_order(self) -> list[int]:
        key = (tuple(self._needles), self._category, self._sort_column, self._sort_order)
        cached = self._recent.get(key)
        if cached is not None:  # a backspace goes back to a result just seen
            self._recent.move_to_end(key)
            return self._promote(list(cached))
        rows = self._matching(self._base(), self._needles)
        self._recent[key] = rows
        if len(self._recent) > RECENT_RESULTS:
            self._recent.popitem(last=False)
        return self._promote(list(rows))

    def _promote(self, rows: list[int]) -> list[int]:
        """An id typed whole comes first, as a panel's own page finds it."""
        self._promoted = None
        if len(self._needles) == 1 and rows:
            position = self._position_of.get(self._text.strip())
            if position is not None and position != rows[0] and position in rows:
                rows.remove(position)
                rows.insert(0, position)
                self._promoted = position
        return rows

    def _ordered_base(self) -> list[int]:
        """The category's positions (or all) in the current sort, computed once per sort."""
        key = (self._sort_column, self._sort_order, self._category)
        cached = self._sorted.get(key)
        if cached is not None:
            return cached
        if self._category is None:
            base = list(range(len(self._services)))
        else:
            base = list(self._by_category.get(self._category, ()))
        sort_key = self._sort_key(self._sort_column)
        if sort_key is not None:
            services = self._services
            base.sort(
                key=lambda i: sort_key(services[i]),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._sorted[key] = base
        return base

    def _base(self) -> list[int]:
        """The ordered base, with its search texts in the same order (kept for the next)."""
        base = self._ordered_base()
        if base is not self._base_rows:
            search = self._search
            self._base_rows = base
            self._base_texts = search if len(base) == len(search) and base == list(
                range(len(search))
            ) else [search[i] for i in base]  # fmt: skip
        return base

    def _sort_key(self, column: int) -> Callable[[Service], Any] | None:
        if column == COL_ID:
            return lambda s: id_sort_key(s.id)
        if column == COL_NAME:
            return lambda s: text_sort_key(s.name)
        if column == COL_PRICE:
            return lambda s: s.rate if isinstance(s.rate, Decimal) and s.rate.is_finite() else _LAST
        if column == COL_BOUNDS:
            return lambda s: (s.min, s.max)
        if column == COL_TIME:
            return lambda s: s.average_minutes if s.average_minutes is not None else _LAST_INT
        if column == COL_FLAGS:
            return lambda s: (s.dripfeed + s.refill + s.cancel, s.refill, s.cancel)
        return None

    # --- reading ---------------------------------------------------------------------------

    def service_at(self, row: int) -> Service | None:
        return self._services[self._visible[row]] if 0 <= row < len(self._visible) else None

    def row_of(self, service_id: str) -> int | None:
        services = self._services
        for row, position in enumerate(self._visible):
            if services[position].id == service_id:
                return row
        return None

    def header_text(self, section: int) -> str:
        if section == COL_PRICE and self.currency:
            return f"{self._headers[section]} ({formatting.currency_text(self.currency)})"
        return self._headers[section]

    def header_tooltip(self, section: int) -> str | None:
        if section == COL_PRICE:
            return self.tr("Price per 1000; a package shows the price of one order")
        if section == COL_TIME:
            return self.tr("How long the panel's recent orders of this service took")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks a dozen roles per cell at every paint: the unused ones leave first.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED if column in self.numeric_columns else None
        service = self._services[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(service, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                # Where the service is filed: shown while searching across categories.
                return preview(service.category.strip(), CELL_CHARS)
            if column == COL_FLAGS:
                return self.tr(", ", "list separator").join(flag_words(service)) or None
            return None
        if role == Qt.ItemDataRole.UserRole:
            return service
        return None

    def _cell(self, service: Service, column: int) -> str:
        if column == COL_ID:
            return formatting.ltr(preview(service.id, CELL_CHARS))
        if column == COL_NAME:
            # Isolated: brackets and quotes stay put in a Persian table. Cut: laying out a
            # megabyte-long name froze the list.
            return formatting.isolate(preview(service.name, CELL_CHARS))
        if column == COL_PRICE:
            if is_package(service):
                return price_cell(service)
            return formatting.rate(service.rate, places=self._rate_places)
        if column == COL_BOUNDS:
            return bounds_cell(service)
        if column == COL_TIME:
            return average_time_text(service.average_minutes)
        if column == COL_FLAGS:
            return self.tr(", ", "list separator").join(flag_words(service))
        return ""


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole,
    }
)
_LAST = Decimal("Infinity")  # a rate that could not be read sorts after every real one
_LAST_INT = 1 << 62  # no average time: after every measured one


def _needles(text: str) -> list[str]:
    return [search_text(word) for word in text.split() if word.strip()]

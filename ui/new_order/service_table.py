"""The service picker's table: the catalogue's services with their price, bounds, average time
and flags, narrowed by a category and a search over ids, names and categories.

Filtered and sorted in Python on prepared data (ui/common/table_base.py): the search is the
shared engine (core/text_search.py) over the folded texts the catalogue prepared once, scoped to
the chosen category in the chosen sort; it narrows as the user types on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleDataSpan, QPersistentModelIndex, Qt

from core.catalog import ServiceCatalog
from core.models import Service
from core.text_search import TextFilter
from ui.common import formatting, time_text
from ui.common.collation import sort_key as text_sort_key
from ui.common.long_text import CELL_CHARS, preview
from ui.common.table_base import RIGHT_ALIGNED, ReadOnlyTableModel, id_sort_key
from ui.new_order.service_text import (
    bounds_cell,
    flag_words,
    is_package,
    price_cell,
)

_Index = QModelIndex | QPersistentModelIndex

COL_ID, COL_NAME, COL_PRICE, COL_BOUNDS, COL_TIME, COL_FLAGS = range(6)


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
        self._has_average_times = False
        self._filter = TextFilter([])
        self._visible: Sequence[int] = []
        self._category: str | None = None
        self._text = ""
        self._sorted: dict[tuple[int, Qt.SortOrder, str | None], list[int]] = {}
        self._rate_places: int | None = None
        self.currency: str | None = None
        self._headers = [
            self.tr("ID"),
            self.tr("Service"),
            self.tr("Per 1000"),
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
        # The raw value first: most panels send none, and the property reads more.
        self._has_average_times = any(
            s.average_minutes is not None for s in self._services if s.extra.get("average_time")
        )
        self._filter = TextFilter(self._search)
        self._rate_places = formatting.rate_places(
            s.rate for s in self._services if not is_package(s)
        ) if self._services else None  # fmt: skip
        if self._category not in self._by_category:
            self._category = None
        self._visible = self._rows_in_sort_order()
        self.endResetModel()

    def set_currency(self, currency: str | None) -> None:
        self.currency = currency
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_PRICE, COL_PRICE)

    def set_filter(self, text: str, category: str | None) -> None:
        """Keep the services of `category` (None: all) whose search text holds every word."""
        if category == self._category and text == self._text:
            return
        self._text = text
        if category != self._category:
            self._category = category
            visible = self._rows_in_sort_order()  # a new scope
        else:
            visible = self._with_id_first(self._filter.search(text))
        if visible is self._visible:
            return  # the same rows (a space typed, say): no reset, no repaint
        self.beginResetModel()
        self._visible = visible
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

    def _rows_in_sort_order(self) -> Sequence[int]:
        """The search over the category's services in the current sort (a new scope)."""
        base = self._ordered_base()
        self._filter.set_scope(None if base is None else base)
        return self._with_id_first(self._filter.search(self._text))

    def _with_id_first(self, rows: Sequence[int]) -> Sequence[int]:
        """An id typed whole comes first, as a panel's own page finds it (a copy: the
        engine's results are read-only)."""
        position = self._position_of.get(self._text.strip())
        if position is None or not rows or rows[0] == position or position not in rows:
            return rows
        moved = [position]
        moved += (row for row in rows if row != position)
        return moved

    def _ordered_base(self) -> list[int] | None:
        """The category's positions (or all) in the current sort, computed once per sort;
        None for every service in the panel's order (the engine's fastest scope)."""
        if self._category is None and self._sort_key(self._sort_column) is None:
            return None
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

    def _sort_key(self, column: int) -> Callable[[Service], Any] | None:
        if column == COL_ID:
            return lambda s: id_sort_key(s.id)
        if column == COL_NAME:
            return lambda s: text_sort_key(s.name)
        if column == COL_PRICE:
            return lambda s: _rate_key(s.rate)
        if column == COL_BOUNDS:
            return lambda s: (_count_key(s.min), _count_key(s.max))
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
                # The whole name (the cell cuts it), and where it is filed: searching across
                # categories shows no category column.
                category = self.tr("Category: {category}").format(
                    category=formatting.isolate(preview(service.category.strip(), CELL_CHARS))
                )
                return f"{formatting.isolate(preview(service.name, CELL_CHARS))}\n{category}"
            if column == COL_TIME:  # the cell says "3 h 10 min"
                return time_text.duration(service.average_minutes) or None
            return self._cell(service, column) or None  # a narrow column cuts it
        if role == Qt.ItemDataRole.UserRole:
            return service
        return None

    def multiData(  # noqa: N802 (Qt name)
        self, index: _Index, role_data_span: QModelRoleDataSpan
    ) -> None:
        """Every role a painted cell asks for, in one call from Qt: one crossing into Python
        per cell instead of one per role (most of a keystroke's repaint)."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._visible):
            return
        column = index.column()
        for role_data in role_data_span:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._cell(self._services[self._visible[row]], column))
            elif role == _ALIGNMENT:
                role_data.setData(RIGHT_ALIGNED if column in self.numeric_columns else _LEFT)
            else:
                # The view hands the same span from cell to cell: a role left as it was would
                # keep the previous cell's value.
                role_data.clearData()

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
            return time_text.short_duration(service.average_minutes)
        if column == COL_FLAGS:
            return self.tr(", ", "list separator").join(flag_words(service))
        return ""


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
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


def _rate_key(rate: object) -> Decimal:
    # A rate that could not be read, or a cached one that is no number: after every real one.
    number = formatting.as_number(rate)
    if number is None or (isinstance(number, float) and number != number):
        return _LAST
    try:
        return Decimal(number) if not isinstance(number, Decimal) else number
    except (ArithmeticError, ValueError):
        return _LAST


def _count_key(count: object) -> int | float | Decimal:
    # A cached bound that is no number (text, infinity) sorts before every real one.
    number = formatting.as_number(count)
    return -1 if number is None else number

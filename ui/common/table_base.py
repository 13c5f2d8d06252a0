"""Table views and models set up for tens of thousands of rows, shared by the tabs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def make_table(
    parent: QWidget,
    object_name: str,
    model: QAbstractTableModel,
    widths: dict[int, int],
    selection: QAbstractItemView.SelectionMode,
) -> QTableView:
    """A read-only, sortable table whose rows are never measured one by one.

    Fixed row heights and column widths taken from `widths` (never narrower than a header's
    own words, which can be longer in Persian): resizing to contents over 50,000 rows takes
    seconds. Sorting starts off, so rows keep the order the model was given."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(parent.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, width in widths.items():
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


def id_sort_key(text: str) -> tuple[int, int, str]:
    """Numeric ids sort as numbers, before any other id. isdecimal, not isdigit: "²" is a
    digit that int() refuses."""
    return (0, int(text), "") if text.isdecimal() else (1, 0, text.casefold())


RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class ReadOnlyTableModel(QAbstractTableModel):
    """A flat table model whose cells can be selected but never edited, sorted in Python.

    Subclasses keep the source rows shown, in order, in `_visible`, set `column_count`, and
    implement `_rows_in_sort_order()`: the visible source rows for the current sort and filter.
    Sorting here, not in a QSortFilterProxyModel, because a proxy calls Python `data()` once per
    cell (seconds at 50,000 rows)."""

    column_count = 0
    #: Columns of numbers: right-aligned, header and cells alike.
    numeric_columns: frozenset[int] = frozenset()
    _visible: list[int]
    #: The column titles, made (translated) by the subclass.
    _headers: list[str]
    _sort_column = -1
    _sort_order = Qt.SortOrder.AscendingOrder

    def _rows_in_sort_order(self) -> list[int]:
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; selected and current rows (persistent indexes) follow their rows."""
        if column == self._sort_column and order == self._sort_order:
            return
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        persistent = self.persistentIndexList()
        self._sort_column, self._sort_order = column, order
        self._visible = self._rows_in_sort_order()
        if persistent:
            new_row_of = {source: row for row, source in enumerate(self._visible)}
            moved = []
            for index in persistent:
                old_row = index.row()
                row = new_row_of.get(old_visible[old_row]) if old_row < len(old_visible) else None
                moved.append(QModelIndex() if row is None else self.index(row, index.column()))
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def header_text(self, section: int) -> str:
        return self._headers[section]

    def header_tooltip(self, section: int) -> str | None:
        return None

    def headerData(  # noqa: N802 (Qt name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric_columns:
            return RIGHT_ALIGNED
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.column_count

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Asked once per painted cell: a constant, not three enum operations each time.
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

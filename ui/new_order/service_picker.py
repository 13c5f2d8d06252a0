"""Service picker, as a panel's own order page: a category, then a service of it, each with its
price, bounds, average time and flags; a search over ids, names and categories; details below.

Keyboard: type to search, Down or Enter goes to the services, arrows choose, Enter opens the
form; typing in the list goes back to the search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.catalog import ServiceCatalog
from core.models import Service
from core.service_types import type_of
from ui.common import formatting
from ui.common.full_text import CutTextPane
from ui.common.long_text import CELL_CHARS, preview
from ui.common.table_base import make_table
from ui.new_order.draft_text import tr_type
from ui.new_order.service_table import (
    COL_BOUNDS,
    COL_FLAGS,
    COL_ID,
    COL_NAME,
    COL_PRICE,
    COL_TIME,
    ServiceTableModel,
)
from ui.new_order.service_text import average_time_line, flag_words, has_quantity, price_line

#: Starting widths (never below a header's own words); the name column takes what is left.
COLUMN_WIDTHS = {COL_ID: 44, COL_PRICE: 96, COL_BOUNDS: 116, COL_TIME: 100, COL_FLAGS: 100}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ServicePicker(QWidget):
    """Search box and category, matching services, and the chosen service's details."""

    serviceSelected = Signal(object)  # core.models.Service | None
    #: Enter pressed on a service: the user wants to fill its form.
    serviceActivated = Signal(object)  # core.models.Service

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicePicker")
        self.currency: str | None = None
        self.current: Service | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("serviceSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search services and categories, or an id…"))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("serviceCategory")
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMinimumContentsLength(16)
        self.category_combo.setToolTip(self.tr("Show the services of one category"))
        self.model = ServiceTableModel(self)
        self.table = make_table(
            self,
            "serviceList",
            self.model,
            COLUMN_WIDTHS,
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.list = self.table  # the list of services, whatever its shape
        self.count_label = QLabel(self)
        self.count_label.setObjectName("serviceCount")
        # The chosen service's words; a long name or description cut, "Show all…" for the whole.
        self.details_pane = CutTextPane("serviceDetails", self)
        self.details = self.details_pane.browser
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("pickerSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details_pane)
        splitter.setSizes([380, 170])
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 3)
        filter_row.addWidget(self.category_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.returnPressed.connect(self._take_first)
        self.category_combo.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self._fill_categories()
        self._update_count()
        self._show_details(None)

    # --- public ----------------------------------------------------------------------------

    def set_catalog(self, catalog: ServiceCatalog | None) -> None:
        """Show a new catalogue; the chosen service stays chosen when it is still listed."""
        keep = self.current.id if self.current is not None else None
        self.model.set_catalog(catalog)
        # Most panels measure no average time: then its column would only take room.
        self.table.setColumnHidden(COL_TIME, not self.model.has_average_times)
        self._fill_categories()
        self._filter()
        if keep is not None and catalog is not None and catalog.by_id(keep) is not None:
            self.select(keep)
        else:
            self._choose(None)

    def set_currency(self, currency: str | None) -> None:
        self.currency = currency
        self.model.set_currency(currency)
        # The header now names the currency: never narrower than its words.
        header = self.table.horizontalHeader()
        header.resizeSection(
            COL_PRICE, max(header.sectionSize(COL_PRICE), header.sectionSizeHint(COL_PRICE))
        )
        self._show_details(self.current)

    def select(self, service_id: str) -> bool:
        """Choose a service by id (clearing a search or category that hides it); False if
        unknown."""
        row = self.model.row_of(service_id)
        if row is None and (self.search_edit.text() or self.category_combo.currentIndex() > 0):
            self.category_combo.setCurrentIndex(0)
            self.search_edit.clear()
            row = self.model.row_of(service_id)
        if row is None:
            return False
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if self.current is None or self.current.id != service_id:
            self._choose(self.model.service_at(row))
        return True

    def category(self) -> str | None:
        """The category shown (None: all of them)."""
        return self.category_combo.currentData()

    # --- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._take_first()
            return True
        if watched is self.table:
            if key in _ENTER_KEYS and self.current is not None:
                self.serviceActivated.emit(self.current)
                return True
            text = event.text()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and text and text.isprintable():
                # Typing in the list goes on with the search, not Qt's jump-to-prefix.
                self.search_edit.setFocus()
                self.search_edit.insert(text)
                return True
        return False

    # --- reacting --------------------------------------------------------------------------

    def _fill_categories(self) -> None:
        combo = self.category_combo
        wanted = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), None)
        for name, count in self.model.categories:
            label = preview(name.strip(), CELL_CHARS) or self.tr("(no category)")
            combo.addItem(f"{formatting.isolate(label)} ({formatting.number(count)})", name)
        index = combo.findData(wanted) if wanted is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _filter(self, *_args: object) -> None:
        self.model.set_filter(self.search_edit.text(), self.category())
        self._update_count()
        if self.current is not None:
            row = self.model.row_of(self.current.id)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, COL_NAME))

    def _take_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current.row()) if current.isValid() else None
        if service is not None and (self.current is None or service.id != self.current.id):
            self._choose(service)

    def _choose(self, service: Service | None) -> None:
        self.current = service
        self._show_details(service)
        self.serviceSelected.emit(service)

    def _update_count(self) -> None:
        if not self.model.total:
            self.count_label.setText(
                self.tr("No services loaded for this panel: Refresh services loads them.")
            )
            return
        self.count_label.setText(
            self.tr("{shown} of {total} services").format(
                shown=formatting.number(self.model.rowCount()),
                total=formatting.number(self.model.total),
            )
        )

    def _show_details(self, service: Service | None) -> None:
        if service is None:
            self.details_pane.set_message(self.tr("No service chosen."))
            return
        stype = type_of(service)
        flags = flag_words(service)
        type_text = tr_type(stype.name) if stype.known else service.type
        lines = [
            service.name,
            self.tr("Category: {category}").format(
                category=formatting.isolate(service.category.strip())
            ),
            self.tr("Type: {type}").format(type=type_text),
            price_line(service, self.currency),
        ]
        if has_quantity(service):
            lines.append(
                self.tr("Quantity: {min} to {max}").format(
                    min=formatting.number(service.min), max=formatting.number(service.max)
                )
            )
        lines.append(
            self.tr("Offers: {flags}").format(
                flags=self.tr(", ", "list separator").join(flags) if flags else self.tr("—")
            )
        )
        average = average_time_line(service)
        if average:
            lines.append(average)
        if service.description.strip():
            lines += ["", service.description.strip()]
        self.details_pane.set_lines(lines, title=service.name)  # plain text: never its HTML

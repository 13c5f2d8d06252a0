"""Service picker: search the catalogue as you type (id, name, category), details beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
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
from ui.new_order.order_form import tr_type
from ui.services.services_model import rate_text

_Index = QModelIndex | QPersistentModelIndex


class ServiceListModel(QAbstractListModel):
    """The services matching the search, as positions into the catalogue (filtered in Python)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalog: ServiceCatalog | None = None
        self._services: list[Service] = []
        self._rows: list[int] = []

    def set_catalog(self, catalog: ServiceCatalog | None) -> None:
        self.beginResetModel()
        self._catalog = catalog
        self._services = [] if catalog is None else catalog.services
        self._rows = list(range(len(self._services)))
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Keep the services whose prepared search text holds every word."""
        self.beginResetModel()
        if self._catalog is None:
            self._rows = []
        elif text.strip():
            self._rows = self._catalog.filter_indices(text)
        else:
            self._rows = list(range(len(self._services)))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        service = self._services[self._rows[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            # The panel's name isolated: brackets and quotes stay put in a Persian list. Cut:
            # a row shows a few dozen characters, and laying out a megabyte froze the list.
            name = preview(service.name, CELL_CHARS)
            return f"{formatting.ltr(preview(service.id, CELL_CHARS))} · {formatting.isolate(name)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return preview(service.category.strip(), CELL_CHARS)
        if role == Qt.ItemDataRole.UserRole:
            return service
        return None

    def service_at(self, row: int) -> Service | None:
        return self._services[self._rows[row]] if 0 <= row < len(self._rows) else None

    def row_of(self, service_id: str) -> int | None:
        for row, position in enumerate(self._rows):
            if self._services[position].id == service_id:
                return row
        return None


class ServicePicker(QWidget):
    """Search box, matching services, and the chosen service's rate, bounds, flags, description."""

    serviceSelected = Signal(object)  # core.models.Service | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicePicker")
        self.currency: str | None = None
        self.current: Service | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("serviceSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search services by id, name or category…"))
        self.model = ServiceListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("serviceList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # fixed heights: instant with 15,000 services
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("serviceCount")
        # The chosen service's words; a long name or description cut, "Show all…" for the whole.
        self.details_pane = CutTextPane("serviceDetails", self)
        self.details = self.details_pane.browser
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("pickerSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details_pane)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._take_first)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self._update_count()
        self._show_details(None)

    def set_catalog(self, catalog: ServiceCatalog | None) -> None:
        """Show a new catalogue; the chosen service stays chosen when it is still listed."""
        keep = self.current.id if self.current is not None else None
        self.model.set_catalog(catalog)
        self.model.set_search(self.search_edit.text())
        self._update_count()
        if keep is not None and catalog is not None and catalog.by_id(keep) is not None:
            self.select(keep)
        else:
            self._choose(None)

    def set_currency(self, currency: str | None) -> None:
        self.currency = currency
        self._show_details(self.current)

    def select(self, service_id: str) -> bool:
        """Choose a service by id (clearing the search if it hides it); False if unknown."""
        row = self.model.row_of(service_id)
        if row is None and self.search_edit.text():
            self.search_edit.clear()
            row = self.model.row_of(service_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        if self.current is None or self.current.id != service_id:
            self._choose(self.model.service_at(row))
        return True

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()
        if self.current is not None:
            row = self.model.row_of(self.current.id)
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row, 0))

    def _take_first(self) -> None:
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current.row()) if current.isValid() else None
        if service is not None and (self.current is None or service.id != self.current.id):
            self._choose(service)

    def _choose(self, service: Service | None) -> None:
        self.current = service
        self._show_details(service)
        self.serviceSelected.emit(service)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} services").format(
                shown=formatting.number(self.model.rowCount()),
                total=formatting.number(len(self.model._services)),
            )
        )

    def _show_details(self, service: Service | None) -> None:
        if service is None:
            self.details_pane.set_message(self.tr("No service chosen."))
            return
        stype = type_of(service)
        flags = [
            text
            for on, text in (
                (service.dripfeed, self.tr("drip-feed")),
                (service.refill, self.tr("refill")),
                (service.cancel, self.tr("cancel")),
            )
            if on
        ]
        type_text = tr_type(stype.name) if stype.known else service.type
        lines = [
            service.name,
            self.tr("Category: {category}").format(
                category=formatting.isolate(service.category.strip())
            ),
            self.tr("Type: {type}").format(type=type_text),
            self.tr("Rate per 1000: {rate}").format(rate=rate_text(service.rate, self.currency)),
            self.tr("Quantity: {min} to {max}").format(
                min=formatting.number(service.min), max=formatting.number(service.max)
            ),
            self.tr("Offers: {flags}").format(
                flags=self.tr(", ", "list separator").join(flags) if flags else self.tr("—")
            ),
        ]
        if service.description.strip():
            lines += ["", service.description.strip()]
        self.details_pane.set_lines(lines, title=service.name)  # plain text: never its HTML

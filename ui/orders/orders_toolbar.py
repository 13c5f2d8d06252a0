"""The row above the orders table: search, dates, which orders (all panels, hidden ones) and
refreshing them; the tab wires what each does."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from core import preferences
from ui.orders.date_range import DateRangeBar


class OrdersToolbar(QWidget):
    """Search, the date range, All panels, Show hidden, auto refresh and Refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersToolbar")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("ordersSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by order id, link or service"))
        self.search_edit.setClearButtonEnabled(True)
        self.date_bar = DateRangeBar(self)
        self.all_panels_check = QCheckBox(self.tr("All panels"), self)
        self.all_panels_check.setObjectName("allPanelsCheck")
        self.all_panels_check.setToolTip(
            self.tr("Show the orders of every panel, not only the active one")
        )
        self.show_hidden_check = QCheckBox(self.tr("Show hidden"), self)
        self.show_hidden_check.setObjectName("showHiddenCheck")
        self.show_hidden_check.setToolTip(self.tr("Show the orders you hid as well"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshOrdersButton")
        self.refresh_button.setToolTip(
            self.tr("Ask the panel for the status of every order not finished yet (F5)")
        )
        self.auto_check = QCheckBox(self.tr("Every"), self)
        self.auto_check.setObjectName("autoRefreshCheck")
        self.auto_check.setToolTip(self.tr("Refresh the orders automatically"))
        self.auto_minutes = QSpinBox(self)
        self.auto_minutes.setObjectName("autoRefreshMinutes")
        minutes = preferences.ORDERS_AUTO_REFRESH_MINUTES
        self.auto_minutes.setRange(minutes.minimum, minutes.maximum)
        self.auto_minutes.setValue(minutes.default)
        self.auto_minutes.setSuffix(self.tr(" min"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.date_bar)
        row.addSpacing(8)
        row.addWidget(self.all_panels_check)
        row.addWidget(self.show_hidden_check)
        row.addSpacing(8)
        row.addWidget(self.auto_check)
        row.addWidget(self.auto_minutes)
        row.addWidget(self.refresh_button)

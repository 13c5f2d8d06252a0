"""The Market view's filters: words, platform, what is delivered, the services' options, and
offers sold by two or more panels. Applied as in Services: choices at once, words after a pause."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.market.market_list import MarketFilter
from ui.market.market_rows import MarketRows
from ui.services.filter_bar import FILTER_DELAY_MS
from ui.services.service_rows import FLAG_CANCEL, FLAG_DRIPFEED, FLAG_REFILL


class MarketFilterBar(QWidget):
    """Two rows of filters above the offers; `filterChanged` says when to apply them."""

    filterChanged = Signal()

    def __init__(self, reload_button: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketFilterBar")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("marketFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by words in the offer, service name, category, id or panel")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("marketPlatformFilter")
        self.platform_combo.setToolTip(self.tr("Show one platform only"))
        self.delivered_combo = QComboBox(self)
        self.delivered_combo.setObjectName("marketDeliveredFilter")
        self.delivered_combo.setToolTip(self.tr("Show one delivered thing only"))
        self.dripfeed_check = QCheckBox(self.tr("Drip-feed"), self)
        self.dripfeed_check.setObjectName("marketDripfeedFilter")
        self.refill_check = QCheckBox(self.tr("Refill"), self)
        self.refill_check.setObjectName("marketRefillFilter")
        self.cancel_check = QCheckBox(self.tr("Cancel"), self)
        self.cancel_check.setObjectName("marketCancelFilter")
        for check in (self.dripfeed_check, self.refill_check, self.cancel_check):
            check.setToolTip(self.tr("Only services that offer this"))
        self.cross_panel_check = QCheckBox(self.tr("Sold by two or more panels"), self)
        self.cross_panel_check.setObjectName("marketCrossPanelOnly")
        self.cross_panel_check.setToolTip(self.tr("Only offers you can compare between panels"))

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.platform_combo, 1)
        top.addWidget(self.delivered_combo, 1)
        top.addWidget(reload_button)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Offers:"), self))
        for widget in (self.dripfeed_check, self.refill_check, self.cancel_check):
            options.addWidget(widget)
        options.addSpacing(16)
        options.addWidget(self.cross_panel_check)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(options)

        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("marketFilterTimer")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_edit.textChanged.connect(self.filter_timer.start)
        self.filter_timer.timeout.connect(self.filterChanged)
        self.filter_edit.returnPressed.connect(self.filterChanged)
        for combo in (self.platform_combo, self.delivered_combo):
            combo.currentIndexChanged.connect(self.filterChanged)
        for check in (
            self.dripfeed_check,
            self.refill_check,
            self.cancel_check,
            self.cross_panel_check,
        ):
            check.toggled.connect(self.filterChanged)
        self.set_choices(None)

    def current_filter(self) -> MarketFilter:
        flags = (
            (FLAG_DRIPFEED if self.dripfeed_check.isChecked() else 0)
            | (FLAG_REFILL if self.refill_check.isChecked() else 0)
            | (FLAG_CANCEL if self.cancel_check.isChecked() else 0)
        )
        return MarketFilter(
            text=self.filter_edit.text(),
            platform=self.platform_combo.currentData(),
            delivered=self.delivered_combo.currentData(),
            flags=flags,
            cross_panel_only=self.cross_panel_check.isChecked(),
        )

    def focus_words(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def set_choices(self, rows: MarketRows | None) -> None:
        """The platforms and delivered things present; a choice still offered is kept. Emits
        nothing: the caller applies the filter."""
        for combo, all_text, items in (
            (self.platform_combo, self.tr("All platforms"), [] if rows is None else rows.platforms),
            (
                self.delivered_combo,
                self.tr("Everything delivered"),
                [] if rows is None else rows.delivered,
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for code, word in items:
                combo.addItem(word, code)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

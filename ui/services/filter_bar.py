"""The Services tab's filter bar: words, category, type, offers, favourites, changed, and a
summary of what the last refresh changed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.store.catalog_cache import ChangeKind
from ui.common.long_text import CELL_CHARS, preview
from ui.common.search_focus import focus_search_field
from ui.services.service_rows import FLAG_CANCEL, FLAG_DRIPFEED, FLAG_REFILL, PreparedRows
from ui.services.services_model import ServiceFilter

#: The pause in typing after which the words filter (a keystroke on 50,000 rows is not free).
FILTER_DELAY_MS = 120


class ServiceFilterBar(QWidget):
    """Two rows of filters above the services table; `filterChanged` says when to apply them."""

    #: The filter changed: at once for a choice, after a pause in typing for the words.
    filterChanged = Signal()

    def __init__(self, refresh_button: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicesFilterBar")
        self._build(refresh_button)
        self._connect()

    def _build(self, refresh_button: QWidget) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("servicesFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by words in the name, category or id (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.setMinimumContentsLength(18)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMaxVisibleItems(25)
        self.category_combo.setToolTip(self.tr("Show one category only"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.setToolTip(self.tr("Show one service type only"))
        self.dripfeed_check = QCheckBox(self.tr("Drip-feed"), self)
        self.dripfeed_check.setObjectName("dripfeedFilter")
        self.refill_check = QCheckBox(self.tr("Refill"), self)
        self.refill_check.setObjectName("refillFilter")
        self.cancel_check = QCheckBox(self.tr("Cancel"), self)
        self.cancel_check.setObjectName("cancelFilter")
        for check in (self.dripfeed_check, self.refill_check, self.cancel_check):
            check.setToolTip(self.tr("Only services that offer this"))
        self.favourites_check = QCheckBox(self.tr("★ Favourites only"), self)
        self.favourites_check.setObjectName("favouritesOnly")
        self.changed_check = QCheckBox(self.tr("Changed only"), self)
        self.changed_check.setObjectName("changedOnly")
        self.changed_check.setToolTip(
            self.tr("Only services that are new or changed rate, minimum or maximum")
        )
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("servicesChanges")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.category_combo, 2)
        top.addWidget(self.type_combo, 1)
        top.addWidget(refresh_button)
        flags_row = QHBoxLayout()
        flags_row.addWidget(QLabel(self.tr("Offers:"), self))
        for widget in (self.dripfeed_check, self.refill_check, self.cancel_check):
            flags_row.addWidget(widget)
        flags_row.addSpacing(16)
        flags_row.addWidget(self.favourites_check)
        flags_row.addWidget(self.changed_check)
        flags_row.addStretch(1)
        flags_row.addWidget(self.changes_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the tab's own margins frame it
        layout.addLayout(top)
        layout.addLayout(flags_row)

        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("filterTimer")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.filter_timer.start)
        self.filter_timer.timeout.connect(self.filterChanged)
        self.filter_edit.returnPressed.connect(self.filterChanged)
        for combo in (self.category_combo, self.type_combo):
            combo.currentIndexChanged.connect(self.filterChanged)
        for check in (
            self.dripfeed_check,
            self.refill_check,
            self.cancel_check,
            self.favourites_check,
            self.changed_check,
        ):
            check.toggled.connect(self.filterChanged)

    def current_filter(self) -> ServiceFilter:
        """What the bar asks to see (the words as typed so far)."""
        flags = (
            (FLAG_DRIPFEED if self.dripfeed_check.isChecked() else 0)
            | (FLAG_REFILL if self.refill_check.isChecked() else 0)
            | (FLAG_CANCEL if self.cancel_check.isChecked() else 0)
        )
        return ServiceFilter(
            text=self.filter_edit.text(),
            category=self.category_combo.currentData(),
            type_key=self.type_combo.currentData(),
            flags=flags,
            favourites_only=self.favourites_check.isChecked(),
            changed_only=self.changed_check.isChecked(),
        )

    def focus_words(self) -> None:
        """Put the cursor in the words box with its text selected (Ctrl+F)."""
        focus_search_field(self.filter_edit)

    def set_choices(self, rows: PreparedRows | None) -> None:
        """The categories and types of a catalogue to choose from; a choice still offered is
        kept. Emits nothing: the caller applies the filter."""
        for combo, all_text, items in (
            (
                self.category_combo,
                self.tr("All categories"),
                [] if rows is None else [(c, c) for c in rows.categories],
            ),
            (
                self.type_combo,
                self.tr("All types"),
                [] if rows is None else [(name, key) for key, name in rows.types],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, data in items:
                # A cut label (a 1 MB category made a combo 8 million px wide); the data
                # keeps the whole text for the filter.
                combo.addItem(preview(text.strip(), CELL_CHARS) or self.tr("(no name)"), data)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def show_changes(self, counts: dict[ChangeKind, int]) -> None:
        """Say how many services the last refresh added or changed (nothing if none)."""
        parts = []
        if counts.get(ChangeKind.NEW):
            parts.append(self.tr("%n new", "", counts[ChangeKind.NEW]))
        if counts.get(ChangeKind.RATE_UP):
            parts.append(self.tr("▲ %n rate(s) up", "", counts[ChangeKind.RATE_UP]))
        if counts.get(ChangeKind.RATE_DOWN):
            parts.append(self.tr("▼ %n rate(s) down", "", counts[ChangeKind.RATE_DOWN]))
        if bounds := counts.get(ChangeKind.MIN_MAX):
            parts.append(self.tr("%n with a new minimum or maximum", "", bounds))
        self.changes_label.setText(
            self.tr("Since the last refresh: {changes}").format(
                changes=self.tr(", ", "list separator").join(parts)
            )
            if parts
            else ""
        )

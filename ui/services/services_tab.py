"""Services tab: the active panel's catalogue, filtered as you type, with favourites and changes."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.catalog import ServiceCatalog
from core.gc_pause import bulk_allocation
from ui.common import formatting
from ui.common.error_text import one_line, show_error
from ui.common.table_base import make_table
from ui.services.services_model import (
    CHANGE_NEW,
    CHANGE_RATE_DOWN,
    CHANGE_RATE_UP,
    COL_CATEGORY,
    COL_FAV,
    COL_FLAGS,
    COL_ID,
    COL_MAX,
    COL_MIN,
    COL_NAME,
    COL_RATE,
    COL_TYPE,
    FLAG_CANCEL,
    FLAG_DRIPFEED,
    FLAG_REFILL,
    PreparedRows,
    ServiceFilter,
    ServicesModel,
    prepare_rows,
    rate_text,
)
from ui.shell.session import AppSession
from ui.shell.task_runner import TaskContext

FILTER_DELAY_MS = 120
_COLUMN_WIDTHS = {
    COL_FAV: 30,
    COL_ID: 70,
    COL_NAME: 290,
    COL_CATEGORY: 180,
    COL_TYPE: 120,
    COL_RATE: 150,
    COL_MIN: 60,
    COL_MAX: 95,
    COL_FLAGS: 150,
}


class ServicesTab(QWidget):
    """Browse, filter, sort and star the services of the active panel."""

    #: Emitted after a catalogue (cached or fresh) is shown; the argument is the row count.
    catalogueShown = Signal(int)
    #: Emitted when a refresh failed (the exception), after the message is shown.
    refreshFailed = Signal(object)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicesTab")
        self.session = session
        self._profile_id: int | None = None
        self._fetched_at: datetime | None = None
        self._last_error: BaseException | None = None
        self.model = ServicesModel(self)
        self._flag_texts = self.model.flag_texts()
        self._build()
        self._connect()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
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
        self.changed_check.setToolTip(self.tr("Only services that are new or changed rate"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshServices")
        self.refresh_button.setToolTip(self.tr("Fetch the services from the panel again (F5)"))

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.category_combo, 2)
        top.addWidget(self.type_combo, 1)
        top.addWidget(self.refresh_button)
        flags_row = QHBoxLayout()
        flags_row.addWidget(QLabel(self.tr("Offers:"), self))
        for widget in (self.dripfeed_check, self.refill_check, self.cancel_check):
            flags_row.addWidget(widget)
        flags_row.addSpacing(16)
        flags_row.addWidget(self.favourites_check)
        flags_row.addWidget(self.changed_check)
        flags_row.addStretch(1)
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("servicesChanges")
        flags_row.addWidget(self.changes_label)

        self.table = make_table(
            self, "servicesTable", self.model, _COLUMN_WIDTHS,
            QAbstractItemView.SelectionMode.SingleSelection,
        )  # fmt: skip
        # Unsorted: the panel's own order.
        self.table.installEventFilter(self)

        self.details = QTextBrowser(self)
        self.details.setObjectName("serviceDetails")
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Select a service to see its description."))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("servicesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 90])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("servicesCount")
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("servicesUpdated")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("servicesStatus")
        self.status_label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("servicesErrorDetails")
        self.details_button.setVisible(False)
        self.order_button = QPushButton(self.tr("New order with this service"), self)
        self.order_button.setObjectName("orderService")
        self.order_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.updated_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.details_button)
        bottom.addWidget(self.order_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(flags_row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("filterTimer")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(30_000)
        self.age_timer.start()
        self._fill_combos(None)
        self._update_count()

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.filter_timer.start)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        for combo in (self.category_combo, self.type_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check in (
            self.dripfeed_check,
            self.refill_check,
            self.cancel_check,
            self.favourites_check,
            self.changed_check,
        ):
            check.toggled.connect(self.apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.details_button.clicked.connect(self._show_last_error)
        self.order_button.clicked.connect(self._choose_current)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.favouriteToggled.connect(self._save_favourite)
        self.model.modelReset.connect(self._update_count)
        self.age_timer.timeout.connect(self._update_age)
        self.session.profileChanged.connect(self._profile_changed)
        self.session.balanceChanged.connect(self._balance_changed)

    # --- public --------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the filter box with its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def current_filter(self) -> ServiceFilter:
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

    def apply_filter(self) -> None:
        """Filter now (the filter box calls this after a short pause in typing)."""
        self.filter_timer.stop()
        chosen = self._selected_id()
        self.model.set_filter(self.current_filter())
        if chosen is not None:
            self._select(chosen)

    def refresh(self) -> None:
        """Fetch the catalogue from the panel in the background (F5)."""
        session, profile = self.session, self.session.profile
        client, store = session.client, session.store
        if profile is None:
            return
        if client is None:
            self._set_status(
                session.client_problem or self.tr("Set the panel's API key in Panels first.")
            )
            return
        flag_texts = self._flag_texts
        profile_id = profile.id

        def job(ctx: TaskContext) -> None:
            with bulk_allocation():
                services = client.services()
                changes = store.catalog.changes_since_saved(profile_id, services)
                favourites = store.favourites.list(profile_id)
                catalog = ServiceCatalog(services)
                rows = prepare_rows(catalog, changes, flag_texts)
                fetched_at = datetime.now(timezone.utc)
                # Shown now; saving takes a few hundred ms on a large catalogue, so it comes
                # after, in this same task: closing the app right after still waits for it.
                ctx.progress(1, 2, (profile_id, catalog, rows, favourites, fetched_at, services))
                store.catalog.save(profile_id, services, fetched_at, changes)

        self._set_status(self.tr("Fetching the services…"))
        self.refresh_button.setEnabled(False)
        session.runner.submit(
            job,
            lambda _saved: self.refresh_button.setEnabled(True),
            self._refresh_failed,
            owner=self,
            key="services-refresh",
            on_progress=lambda _done, _total, shown: self._refreshed(shown),
            with_context=True,
        )

    def save_state(self, state: QSettings) -> None:
        state.setValue("services/splitter", self.splitter.saveState())
        state.setValue("services/header", self.table.horizontalHeader().saveState())

    def restore_state(self, state: QSettings) -> None:
        splitter = state.value("services/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = state.value("services/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    # --- loading -------------------------------------------------------------------------------

    def _profile_changed(self, profile: Any) -> None:
        self._profile_id = None if profile is None else profile.id
        self._fetched_at = None
        self._clear_status()
        self.model.set_currency(self.session.currency)
        self.model.set_rows(None)
        self.session.set_catalogue(None)
        self._fill_combos(None)
        self._update_age()
        if profile is None:
            return
        store, flag_texts, profile_id = self.session.store, self._flag_texts, profile.id

        def job() -> tuple | None:
            with bulk_allocation():
                cached = store.catalog.load(profile_id)
                favourites = store.favourites.list(profile_id)
                if cached is None:
                    return None
                catalog = ServiceCatalog(cached.services)
                rows = prepare_rows(catalog, cached.changes, flag_texts)
            return profile_id, catalog, rows, favourites, cached.fetched_at

        def done(result: tuple | None) -> None:
            if result is None:
                if self._profile_id == profile_id:
                    self.refresh()  # nothing cached yet: fetch at once
                return
            self._show(*result)

        self._set_status(self.tr("Loading the saved services…"))
        self.session.runner.submit(
            job, done, self._refresh_failed, owner=self, key="services-refresh"
        )
        # That load supersedes a refresh still running for the old panel: its answer will
        # never come here, so the button must not wait for it.
        self.refresh_button.setEnabled(True)

    def _show(
        self,
        profile_id: int,
        catalog: ServiceCatalog,
        rows: PreparedRows,
        favourites: set[str],
        fetched_at: datetime,
    ) -> None:
        self.refresh_button.setEnabled(True)
        if profile_id != self._profile_id:
            return  # an answer for a panel the user has left
        chosen = self._selected_id()
        self._fetched_at = fetched_at
        self._fill_combos(rows)
        self.model.set_currency(self.session.currency)
        self.model.set_rows(rows, favourites)
        if chosen is not None:
            self._select(chosen)
        self._show_changes(rows)
        self._update_age()
        self._clear_status()
        self.session.set_catalogue(catalog)
        self.catalogueShown.emit(len(rows))

    def _refreshed(self, result: tuple) -> None:
        self.refresh_button.setEnabled(True)
        profile_id, catalog, rows, favourites, fetched_at, services = result
        self._show(profile_id, catalog, rows, favourites, fetched_at)
        skipped = getattr(services, "skipped", [])
        if skipped and profile_id == self._profile_id:
            self._set_status(
                self.tr(
                    "%n service(s) in the panel's answer could not be read and are not shown.",
                    "",
                    len(skipped),
                )
            )

    def _refresh_failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._last_error = exc
        self._set_status(one_line(exc), error=True)
        self.refreshFailed.emit(exc)

    def _show_last_error(self) -> None:
        if self._last_error is not None:
            show_error(self, self._last_error)

    def _balance_changed(self, balance: Any) -> None:
        self.model.set_currency(self.session.currency)

    # --- favourites ----------------------------------------------------------------------------

    def _save_favourite(self, service_id: str, on: bool) -> None:
        store, profile_id = self.session.store, self._profile_id
        if profile_id is None:
            return

        def failed(exc: BaseException) -> None:
            self.model.blockSignals(True)  # undo the star without saving again
            self.model.set_favourite(service_id, not on)
            self.model.blockSignals(False)
            self.table.viewport().update()
            self._last_error = exc
            self._set_status(one_line(exc), error=True)

        self.session.runner.submit(
            lambda: store.favourites.set(profile_id, service_id, on), None, failed, owner=self
        )
        if self.favourites_check.isChecked() and not on:
            self.model.refilter()

    # --- the table -----------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_FAV:
            service = self.model.service_at(index.row())
            if service is not None:
                self.model.set_favourite(service.id, not self.model.is_favourite(service.id))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != COL_FAV:
            self._choose(index.row())

    def _choose_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._choose(index.row())

    def _choose(self, row: int) -> None:
        service = self.model.service_at(row)
        if service is not None:
            self.session.serviceChosen.emit(service.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._choose_current()
            return True
        return super().eventFilter(watched, event)

    def _selected_id(self) -> str | None:
        index = self.table.currentIndex()
        service = self.model.service_at(index.row()) if index.isValid() else None
        return None if service is None else service.id

    def _select(self, service_id: str) -> None:
        row = self.model.row_of(service_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, COL_NAME))
            self.table.scrollTo(self.model.index(row, COL_NAME))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current.row()) if current.isValid() else None
        self.order_button.setEnabled(service is not None)
        if service is None:
            self.details.clear()
            return
        lines = [
            service.name,
            self.tr("Category: {category}").format(category=service.category),
            self.tr("Type: {type}").format(type=self.model.data(current.siblingAtColumn(COL_TYPE))),
            self.tr("Rate per 1000: {rate}").format(
                rate=rate_text(service.rate, self.model.currency())
            ),
            self.tr("Quantity: {min} to {max}").format(
                min=formatting.number(service.min), max=formatting.number(service.max)
            ),
        ]
        if not service.orderable:
            lines.append(
                self.tr("This service cannot be ordered: its minimum is above its maximum.")
            )
        if service.description.strip():
            lines += ["", service.description.strip()]
        self.details.setPlainText("\n".join(lines))  # plain text: never the panel's HTML

    # --- labels --------------------------------------------------------------------------------

    def _fill_combos(self, rows: PreparedRows | None) -> None:
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
                combo.addItem(text.strip() or self.tr("(no name)"), data)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(
            self.tr("{shown} of {total} services").format(
                shown=formatting.number(shown), total=formatting.number(total)
            )
        )

    def _show_changes(self, rows: PreparedRows) -> None:
        counts = rows.change_counts
        parts = []
        if counts.get(CHANGE_NEW):
            parts.append(self.tr("%n new", "", counts[CHANGE_NEW]))
        if counts.get(CHANGE_RATE_UP):
            parts.append(self.tr("▲ %n rate(s) up", "", counts[CHANGE_RATE_UP]))
        if counts.get(CHANGE_RATE_DOWN):
            parts.append(self.tr("▼ %n rate(s) down", "", counts[CHANGE_RATE_DOWN]))
        self.changes_label.setText(
            self.tr("Since the last refresh: {changes}").format(
                changes=self.tr(", ", "list separator").join(parts)
            )
            if parts
            else ""
        )

    def _update_age(self) -> None:
        if self._fetched_at is None:
            self.updated_label.setText(self.tr("Not fetched yet"))
            return
        seconds = (datetime.now(timezone.utc) - self._fetched_at).total_seconds()
        self.updated_label.setText(self.tr("Updated {age}").format(age=formatting.age(seconds)))
        self.updated_label.setToolTip(formatting.datetime_text(self._fetched_at))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")
        self.details_button.setVisible(error)

    def _clear_status(self) -> None:
        self._set_status("")

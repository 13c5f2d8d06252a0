"""Services tab: the active panel's catalogue, filtered as you type, with favourites and changes.

Loading and refreshing are core workflows (core/workflows/catalogue_refresh.py) run by the task
runner; this tab prepares the rows for the table on the same worker and shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common import formatting, time_text
from ui.common.elapsed_note import ElapsedNote
from ui.common.error_text import one_line, show_error
from ui.common.paint_gate import PaintGate
from ui.common.table_base import make_table
from ui.insights.quality_line import QualityLine
from ui.services.filter_bar import ServiceFilterBar
from ui.services.service_details import ServiceDetails
from ui.services.service_rows import PreparedRows, prepare_rows
from ui.services.services_model import (
    COL_CATEGORY,
    COL_FAV,
    COL_FLAGS,
    COL_ID,
    COL_MAX,
    COL_MIN,
    COL_NAME,
    COL_RATE,
    COL_TYPE,
    ServiceFilter,
    ServicesModel,
)
from ui.shell.session import AppSession
from ui.shell.task_runner import TaskContext

if TYPE_CHECKING:  # the workflow is imported by the jobs that run it, after the first paint
    from core.workflows.catalogue_refresh import CatalogueSnapshot

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

#: The description pane's height at the default window size (pixels, about ten lines).
DETAILS_HEIGHT = 200

#: A catalogue ready for the table: what the workflow gave, and its rows prepared.
Prepared = tuple["CatalogueSnapshot", PreparedRows]


class Handover:
    """A prepared catalogue handed from the loading worker to the GUI thread; the worker's
    work after it (folding the search texts, saving) waits until the table is painted."""

    def __init__(self, show: Callable[[Prepared], None]) -> None:
        self._show = show
        self._gate = PaintGate()

    def hand_over(self, ctx: TaskContext, snapshot: CatalogueSnapshot, rows: PreparedRows) -> None:
        """On the worker: give the table to the GUI thread, wait (briefly) until it is painted,
        then fold the catalogue's search texts, which the first filter keystroke needs (the
        table is shown without them: 50 ms of 50,000 services sooner)."""
        ctx.progress(1, 2, (snapshot, rows))
        self._gate.wait()  # bounded: a superseded load is never shown
        snapshot.catalog.search_texts  # noqa: B018 - folded when first asked for

    def shown(self, prepared: Prepared) -> None:
        """On the GUI thread: show it; the worker goes on once the paint it caused is done."""
        try:
            self._show(prepared)
        finally:
            self._gate.open_after_paint()


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
        # The service last chosen in this panel's list: chosen again when a filter that hid
        # it is widened (a reset of the table forgets the current row).
        self._chosen_id: str | None = None
        self.model = ServicesModel(self)
        self._flag_texts = self.model.flag_texts()
        self._build()
        self._connect()
        if session.profile is not None:  # made after the panel was chosen (a lazy tab)
            self._profile_changed(session.profile)

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshServices")
        self.refresh_button.setToolTip(self.tr("Fetch the services from the panel again (F5)"))
        self.filters = ServiceFilterBar(self.refresh_button, self)

        self.table = make_table(
            self, "servicesTable", self.model, _COLUMN_WIDTHS,
            QAbstractItemView.SelectionMode.SingleSelection,
        )  # fmt: skip
        # Unsorted: the panel's own order.
        self.table.installEventFilter(self)
        self.details = ServiceDetails(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("servicesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        # The description is what a reseller reads before ordering: about ten lines of it at
        # the default window size, the table keeping the rest.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, DETAILS_HEIGHT])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("servicesCount")
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("servicesUpdated")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("servicesStatus")
        self.status_label.setWordWrap(True)
        self._fetch_note = ElapsedNote(self._show_status, self)
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
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        # How the selected service delivered the user's own orders (ui/insights).
        self.quality_line = QualityLine(self.session, "servicesQuality", self)
        layout.addWidget(self.quality_line)
        layout.addLayout(bottom)

        self.age_timer = QTimer(self)
        self.age_timer.setInterval(30_000)
        self.age_timer.start()
        self._fill_choices(None)
        self._update_count()

    def _connect(self) -> None:
        self.filters.filterChanged.connect(self.apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.details_button.clicked.connect(self._show_last_error)
        self.order_button.clicked.connect(self._choose_current)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.favouriteToggled.connect(self._save_favourite)
        self.model.rowsFiltered.connect(self._update_count)  # a reset or rows removed
        # A reset (a filter, a new catalogue, a panel switch) drops the current row without
        # telling the selection's signals: the pane and the button follow it here.
        self.model.rowsFiltered.connect(self._show_current)
        self.age_timer.timeout.connect(self._update_age)
        self.session.profileChanged.connect(self._profile_changed)
        self.session.balanceChanged.connect(self._balance_changed)

    # --- public --------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the filter box with its text selected."""
        self.filters.focus_words()

    focus_search = focus_filter  # Ctrl+F's protocol (ui/common/search_focus.py)

    def current_filter(self) -> ServiceFilter:
        return self.filters.current_filter()

    def apply_filter(self) -> None:
        """Filter now (the filter box calls this after a short pause in typing)."""
        self.filters.filter_timer.stop()
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
        flag_texts, profile_id = self._flag_texts, profile.id
        handover = Handover(self._refreshed)

        def job(ctx: TaskContext) -> None:
            from core.workflows.catalogue_refresh import refresh_catalogue

            def ready(snapshot: CatalogueSnapshot) -> None:
                # Shown now; the workflow saves it afterwards in this same task, so closing
                # the app right after still waits for the save.
                rows = prepare_rows(snapshot.catalog, snapshot.changes, flag_texts)
                handover.hand_over(ctx, snapshot, rows)

            refresh_catalogue(store, client, profile_id, on_ready=ready)

        self._fetch_note.start(self.tr("Fetching the services…"))
        self.refresh_button.setEnabled(False)
        session.runner.submit(
            job,
            lambda _saved: self.refresh_button.setEnabled(True),
            self._refresh_failed,
            owner=self,
            key="services-refresh",
            on_progress=lambda _done, _total, prepared: handover.shown(prepared),
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
        self._chosen_id = None
        self._fetched_at = None
        self._clear_status()
        self.model.set_currency(self.session.currency)
        self.model.set_rows(None)
        self.session.set_catalogue(None)
        self._fill_choices(None)
        self._update_age()
        if profile is None:
            return
        store, flag_texts, profile_id = self.session.store, self._flag_texts, profile.id

        handover = Handover(lambda prepared: self._show(*prepared))

        def job(ctx: TaskContext) -> bool:
            from core.workflows.catalogue_refresh import load_catalogue

            snapshot = load_catalogue(store, profile_id)
            if snapshot is None:
                return False
            rows = prepare_rows(snapshot.catalog, snapshot.changes, flag_texts)
            handover.hand_over(ctx, snapshot, rows)
            return True

        def done(found: bool) -> None:
            if not found and self._profile_id == profile_id:
                self.refresh()  # nothing cached yet: fetch at once

        self._set_status(self.tr("Loading the saved services…"))
        self.session.runner.submit(
            job,
            done,
            self._refresh_failed,
            owner=self,
            key="services-refresh",
            on_progress=lambda _done, _total, prepared: handover.shown(prepared),
            with_context=True,
        )
        # That load supersedes a refresh still running for the old panel: its answer will
        # never come here, so the button must not wait for it.
        self.refresh_button.setEnabled(True)

    def _show(self, snapshot: CatalogueSnapshot, rows: PreparedRows) -> None:
        self.refresh_button.setEnabled(True)
        if snapshot.profile_id != self._profile_id:
            return  # an answer for a panel the user has left
        chosen = self._selected_id()
        self._fetched_at = snapshot.fetched_at
        self._fill_choices(rows)
        self.model.set_currency(self.session.currency)
        self.model.set_rows(rows, snapshot.favourites)
        if chosen is not None:
            self._select(chosen)
        self.filters.show_changes(rows.change_counts)
        self._update_age()
        self._clear_status()
        self.session.set_catalogue(snapshot.catalog)
        self.catalogueShown.emit(len(rows))

    def _refreshed(self, prepared: Prepared) -> None:
        snapshot, _rows = prepared
        self._show(*prepared)
        if snapshot.alerts:  # a watched service got dearer or was removed (ui/alerts)
            self.session.alertsRaised.emit(snapshot.alerts)
        if snapshot.skipped and snapshot.profile_id == self._profile_id:
            self._set_status(
                self.tr(
                    "%n service(s) in the panel's answer could not be read and are not shown.",
                    "",
                    snapshot.skipped,
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
        if self.filters.favourites_check.isChecked() and not on:
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
        return self._chosen_id if service is None else service.id

    def show_service(self, service_id: str) -> bool:
        """Select a service (an alert points at it); False when it is filtered out or gone."""
        self._select(service_id)
        return self._selected_id() == service_id

    def _select(self, service_id: str) -> None:
        row = self.model.row_of(service_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, COL_NAME))
            self.table.scrollTo(self.model.index(row, COL_NAME))

    def _show_current(self) -> None:
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current.row()) if current.isValid() else None
        if service is not None:
            self._chosen_id = service.id
        self.order_button.setEnabled(service is not None)
        type_name = "" if service is None else self.model.data(current.siblingAtColumn(COL_TYPE))
        self.details.show_service(service, type_name, self.model.currency())
        self.quality_line.show_service(None if service is None else service.id)

    # --- labels --------------------------------------------------------------------------------

    def _fill_choices(self, rows: PreparedRows | None) -> None:
        self.filters.set_choices(rows)
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(
            self.tr("{shown} of {total} services").format(
                shown=formatting.number(shown), total=formatting.number(total)
            )
        )

    def _update_age(self) -> None:
        if self._fetched_at is None:
            self.updated_label.setText(self.tr("Not fetched yet"))
            return
        seconds = (datetime.now(timezone.utc) - self._fetched_at).total_seconds()
        self.updated_label.setText(self.tr("Updated {age}").format(age=time_text.age(seconds)))
        self.updated_label.setToolTip(time_text.datetime_text(self._fetched_at))

    def _set_status(self, text: str, error: bool = False) -> None:
        self._fetch_note.stop()  # a fetch's seconds give way to any other word
        self._show_status(text, error)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")
        self.details_button.setVisible(error)

    def _clear_status(self) -> None:
        self._set_status("")

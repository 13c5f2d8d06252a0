"""Orders tab: the status tracker. Every order of the journal, refreshed in batches, acted on.

This module lays the tab out and wires it; each action lives in its own module (refresh,
refill/cancel, track, resolve, export, links) and runs a core workflow through the task runner.
Loading the table is orders_loader's: the journal is read and the rows prepared on a worker,
and the GUI thread only swaps the rows in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import preferences
from core.store import JournalOrder
from ui.common import formatting
from ui.common.error_text import one_line, show_error
from ui.common.search_focus import focus_search_field
from ui.common.table_base import make_table
from ui.orders.bucket_bar import BucketBar
from ui.orders.date_range import Span
from ui.orders.export_action import ExportAction
from ui.orders.link_actions import LinkActions
from ui.orders.order_buttons import OrderButtons
from ui.orders.order_detail import OrderDetail
from ui.orders.order_notifier import OrderNotifier
from ui.orders.order_rows import Bucket, OrderRow
from ui.orders.orders_columns import ColumnWidths
from ui.orders.orders_loader import OrdersLoader
from ui.orders.orders_model import (
    COL_ID,
    COL_PANEL,
    COL_PROGRESS,
    COLUMN_WIDTHS,
    OrderFilter,
    OrdersModel,
    RowsIndex,
)
from ui.orders.orders_toolbar import OrdersToolbar
from ui.orders.progress_delegate import ProgressDelegate
from ui.orders.refill_cancel_action import RefillCancelAction
from ui.orders.refresh_action import RefreshAction
from ui.orders.resolve_action import ResolveAction
from ui.orders.tidy_action import TidyAction
from ui.orders.track_action import TrackAction
from ui.shell.session import AppSession

SEARCH_DELAY_MS = 150
AGE_REPAINT_MS = 30_000

R = TypeVar("R")
#: What an action says when its workflow ends: the text, and the error behind it if any
#: (then the text is shown as a problem, with "Details…").
Said = tuple[str, BaseException | None]


def _consecutive_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class OrdersTab(QWidget):
    """Every order placed here or tracked by id: status, history and actions."""

    #: Rows were swapped in after a load or refresh (the number of orders).
    rowsLoaded = Signal(int)
    #: A refresh ended (True when it completed, False when it failed).
    refreshFinished = Signal(bool)
    #: An action (refill, cancel, track, export) ended; the text is what the user was told.
    actionFinished = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersTab")
        self.session = session
        self.model = OrdersModel(self)
        self.notifier = OrderNotifier(session, self)
        self._last_error: BaseException | None = None
        self._history_for: int | None = None
        self._wanted: int | None = None  # an order to select once it is loaded
        self._build()
        self.loader = OrdersLoader(self)
        self.refresher = RefreshAction(self)
        self.requests = RefillCancelAction(self)
        self.tracker = TrackAction(self)
        self.resolver = ResolveAction(self)
        self.exporter = ExportAction(self)
        self.links = LinkActions(self)
        self.tidier = TidyAction(self)
        self._read_preferences()
        self._connect()
        self.refresher.apply_timer()
        self.reload()
        if session.profile is not None:  # made after the panel was chosen (a lazy tab)
            self.refresher.profile_changed(session.profile)

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_bar = BucketBar(self)
        self.toolbar = OrdersToolbar(self)
        bar = self.toolbar  # its widgets, named on the tab as its actions and tests know them
        self.search_edit, self.date_bar = bar.search_edit, bar.date_bar
        self.all_panels_check, self.show_hidden_check = bar.all_panels_check, bar.show_hidden_check
        self.refresh_button = bar.refresh_button
        self.auto_check, self.auto_minutes = bar.auto_check, bar.auto_minutes

        self.table = make_table(
            self, "ordersTable", self.model, COLUMN_WIDTHS,
            QAbstractItemView.SelectionMode.ExtendedSelection,
        )  # fmt: skip
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        self.columns = ColumnWidths(self.table, self.model.texts(), self.model.longest_panel_ids)
        # Unsorted: newest first, as the journal gives them.
        self.table.setColumnHidden(COL_PANEL, True)
        self.detail = OrderDetail(self, self.model.texts())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("ordersSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 240])  # the history shows about 8 rows at 760 px

        self.buttons = OrderButtons(self)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("ordersCount")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("ordersStatus")
        self.status_label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("ordersErrorDetails")
        self.details_button.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.details_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.auto_timer = QTimer(self)
        self.auto_timer.setObjectName("ordersAutoRefresh")
        # "Last checked" shows an age ("5 minutes ago"): repaint it as time passes.
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(AGE_REPAINT_MS)
        self.age_timer.timeout.connect(self.table.viewport().update)
        self.age_timer.start()
        self._update_counts()

    def _connect(self) -> None:
        self.filter_bar.currentChanged.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.search_timer.timeout.connect(self.apply_filter)
        self.all_panels_check.toggled.connect(self._all_panels_toggled)
        self.show_hidden_check.toggled.connect(self.apply_filter)
        self.date_bar.changed.connect(self.apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.auto_check.toggled.connect(self.refresher.auto_changed)
        self.auto_minutes.valueChanged.connect(self.refresher.auto_changed)
        self.auto_timer.timeout.connect(self.refresher.auto_refresh)
        self.buttons.refill_button.clicked.connect(self.requests.refill_selected)
        self.buttons.cancel_button.clicked.connect(self.requests.cancel_selected)
        self.buttons.copy_id_button.clicked.connect(self.links.copy_ids)
        self.buttons.copy_link_button.clicked.connect(self.links.copy_links)
        self.buttons.open_link_button.clicked.connect(self.links.open_links)
        self.buttons.repeat_button.clicked.connect(self.links.repeat_selected)
        self.buttons.resolve_placed_button.clicked.connect(self.resolver.resolve_placed)
        self.buttons.resolve_failed_button.clicked.connect(self.resolver.resolve_failed)
        self.buttons.hide_button.clicked.connect(self.tidier.hide_selected)
        self.buttons.remove_button.clicked.connect(self.tidier.remove_selected)
        self.buttons.export_selected_action.triggered.connect(lambda: self.exporter.export(True))
        self.buttons.export_all_action.triggered.connect(lambda: self.exporter.export(False))
        self.buttons.track_button.clicked.connect(self.tracker.track_from_edit)
        self.buttons.track_edit.returnPressed.connect(self.tracker.track_from_edit)
        self.details_button.clicked.connect(self._show_last_error)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_counts)
        self.session.profileChanged.connect(self._profile_changed)
        self.session.ordersChanged.connect(self.reload)
        self.session.showOrder.connect(self.show_order)
        self.session.catalogueChanged.connect(lambda _c: self._update_actions())

    # --- preferences ---------------------------------------------------------------------------

    def _read_preferences(self) -> None:
        """The remembered choices, read before the signals are connected (nothing is saved)."""
        store = self.session.store
        if store is None:
            return
        self.refresher.read_preferences(store.preferences)
        self.all_panels_check.setChecked(store.preferences.get(preferences.ORDERS_ALL_PANELS))
        self.table.setColumnHidden(COL_PANEL, not self.all_panels_check.isChecked())

    def _all_panels_toggled(self, on: bool) -> None:
        self.table.setColumnHidden(COL_PANEL, not on)
        self.columns.refit()
        self.session.remember(preferences.ORDERS_ALL_PANELS, on)
        self.reload()

    # --- what actions work on ------------------------------------------------------------------

    def active_profile_id(self) -> int | None:
        profile = self.session.profile
        return None if profile is None else profile.id

    def is_current_profile(self, profile_id: int) -> bool:
        return self.active_profile_id() == profile_id

    def scope(self) -> int | None:
        """The profile whose orders are shown, or None for every panel."""
        if self.all_panels_check.isChecked():
            return None
        return self.active_profile_id()

    def selected_orders(self) -> list[JournalOrder]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [o for o in (self.model.order_at(r) for r in rows) if o is not None]

    def selected_ids(self) -> list[int]:
        return [o.local_id for o in self.selected_orders()]

    def current_order(self) -> JournalOrder | None:
        index = self.table.currentIndex()
        return self.model.order_at(index.row()) if index.isValid() else None

    # --- running actions -----------------------------------------------------------------------

    def run_action(self, work: Callable[[], R], what: str, say: Callable[[R], Said]) -> None:
        """Run a core workflow on a worker, then show the journal's rows as they are after it
        and what `say` makes of its result (on the GUI thread)."""
        scope, rows_job = self.scope(), self.loader.rows_job()

        def job() -> tuple[Any, R]:
            result = work()
            return rows_job(), result

        def done(result: tuple[Any, R]) -> None:
            rows, outcome = result
            if scope == self.scope():
                self.loader.show(rows)
            else:  # the user switched panels meanwhile: those rows are the other panel's
                self.reload()
            text, problem = say(outcome)
            self._last_error = problem
            self.set_status(text, error=problem is not None)
            self.actionFinished.emit(text)

        def failed(exc: BaseException) -> None:
            self.show_failure(exc)
            self.reload()
            self.actionFinished.emit(one_line(exc))

        self.set_status(what)
        self.session.runner.submit(job, done, failed, owner=self)

    def refresh(self) -> None:
        """Ask the panel for the status of every unfinished order of the active panel (F5)."""
        self.refresher.start()

    def is_refreshing(self) -> bool:
        return self.refresher.is_running()

    def reload(self) -> None:
        """Read the journal again (in the background) and show it."""
        self.loader.reload()

    def track(self, panel_order_ids: list[str]) -> None:
        """Follow orders placed elsewhere by their panel ids; their status is asked at once."""
        self.tracker.track(panel_order_ids)

    # --- rows, selection and the detail --------------------------------------------------------

    def swap_rows(self, rows: list[OrderRow], index: RowsIndex | None = None) -> None:
        """Show new rows (`index`: theirs, if made where they were prepared), keeping the
        selected and current orders selected."""
        selected, current = self.selected_ids(), self.current_order()
        wanted = self.current_filter()
        if wanted != self.model.filter:  # "Today" moved on at midnight since it was chosen
            self.model.set_filter(wanted)
        self.model.set_rows(rows, index)
        self._reselect(selected, None if current is None else current.local_id)

    def rows_shown(self, count: int) -> None:
        """After new rows: select the order New order asked for, once it is loaded."""
        self.columns.rows_loaded()
        if self._wanted is not None and self.model.row_of(self._wanted) is not None:
            self.show_order(self._wanted)
        self.rowsLoaded.emit(count)
        self.session.journalRead.emit()

    def _reselect(self, local_ids: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                selection.setCurrentIndex(
                    self.model.index(row, COL_ID), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        runs = _consecutive_runs(sorted(self.model.rows_of(local_ids).values()))
        if runs:
            # One range per run of rows: selecting 10,000 rows stays one call.
            ranges = QItemSelection()
            last_col = self.model.columnCount() - 1
            for first, last in runs:
                ranges.select(self.model.index(first, 0), self.model.index(last, last_col))
            selection.select(ranges, QItemSelectionModel.SelectionFlag.Select)
        self._update_actions()
        self._show_detail()

    def _profile_changed(self, profile: Any) -> None:
        self.detail.clear()
        self._history_for = None
        self.reload()
        self.refresher.profile_changed(profile)

    def select_order(self, local_id: int) -> bool:
        """Select one order's row (False when it is filtered out or unknown)."""
        row = self.model.row_of(local_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, COL_ID),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, COL_ID))
        return True

    def focus_search(self) -> None:
        """Ctrl+F (ui/common/search_focus.py): the orders' search box."""
        focus_search_field(self.search_edit)

    def show_order(self, local_id: int) -> None:
        """Select this order, clearing the filters if they hide it (New order's "Show")."""
        self._wanted = None
        if self.model.row_of(local_id) is None and local_id in self.model.known_ids():
            self.search_edit.clear()
            self.set_bucket(Bucket.ALL)
            self.date_bar.set_span(Span.ALL)
            self.apply_filter()
        if not self.select_order(local_id):
            self._wanted = local_id  # not loaded yet: the reload under way brings it
            self.reload()
            return
        self.table.setFocus()

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        fresh = [i for i in self.selected_ids() if self.model.is_fresh(i)]
        if fresh:
            self.model.clear_fresh(fresh)  # seen

    def _update_actions(self) -> None:
        self.buttons.update_for(
            self.selected_orders(),
            has_client=self.session.client is not None,
            active_profile_id=self.active_profile_id(),
            catalogue=self.session.catalogue,
            any_rows=self.model.total_count() > 0,
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        order = self.current_order()
        if order is None:
            self._history_for = None
            self.detail.clear()
            return
        store, local_id = self.session.store, order.local_id
        self._history_for = local_id

        def done(history: list) -> None:
            if self._history_for != local_id:
                return
            row = self.model.row_of(local_id)
            latest = self.model.order_at(row) if row is not None else None
            self.detail.show_order(latest or order, history)

        self.session.runner.submit(
            lambda: store.journal.history(local_id),
            done,
            self.show_failure,
            owner=self,
            key="orders-history",
        )

    # --- filters -------------------------------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        return OrderFilter(
            bucket=self.filter_bar.bucket(),
            text=self.search_edit.text(),
            dates=self.date_bar.moments(),
            show_hidden=self.show_hidden_check.isChecked(),
        )

    def set_bucket(self, bucket: Bucket) -> None:
        self.filter_bar.set_bucket(bucket)

    def apply_filter(self, *_args: object) -> None:
        self.search_timer.stop()
        selected, current = self.selected_ids(), self.current_order()
        self.model.set_filter(self.current_filter())
        self._reselect(selected, None if current is None else current.local_id)

    def _update_counts(self) -> None:
        self.filter_bar.show_counts(self.model.bucket_counts())
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(
            self.tr("{shown} of {total} orders").format(
                shown=formatting.number(shown), total=formatting.number(total)
            )
        )
        self._update_actions()

    # --- state and messages --------------------------------------------------------------------

    def save_state(self, state: Any) -> None:
        state.setValue("orders/splitter", self.splitter.saveState())
        self.columns.save(state)

    def restore_state(self, state: Any) -> None:
        splitter = state.value("orders/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if self.columns.restore(state):
            self.table.setColumnHidden(COL_PANEL, not self.all_panels_check.isChecked())

    def show_failure(self, exc: BaseException) -> None:
        """Say what failed, in words; "Details…" shows the rest."""
        self._last_error = exc
        self.set_status(one_line(exc), error=True)

    def report_problem(self, text: str) -> None:
        """Say that an action was refused before it started (nothing was sent or changed)."""
        self._last_error = None
        self.set_status(text, error=True)
        self.actionFinished.emit(text)

    def _show_last_error(self) -> None:
        if self._last_error is not None:
            show_error(self, self._last_error)

    def set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")
        self.details_button.setVisible(error and self._last_error is not None)

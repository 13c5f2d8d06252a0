"""Orders tab: the status tracker. Every order of the journal, refreshed in batches, acted on.

All panel and store work runs through the task runner. A refresh asks the panel for every
order not yet final (100 per request), stores each batch in the journal from the worker, then
prepares the table rows there too: the GUI thread only swaps the rows in.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from core.errors import ErrorKind, PanelRefused
from core.gc_pause import bulk_allocation
from core.models import StatusKind
from core.store import DuplicateOrderId, JournalOrder, JournalState
from ui.common import formatting
from ui.common.error_text import one_line, show_error
from ui.common.table_base import make_table
from ui.orders.order_detail import OrderDetail
from ui.orders.order_notifier import OrderNotifier
from ui.orders.orders_model import (
    COL_CHARGE,
    COL_CHECKED,
    COL_ID,
    COL_LINK,
    COL_PANEL,
    COL_PLACED,
    COL_PROGRESS,
    COL_QUANTITY,
    COL_REFILL,
    COL_REMAINS,
    COL_SERVICE,
    COL_START,
    COL_STATUS,
    Bucket,
    OrderFilter,
    OrderRow,
    OrdersModel,
    ProgressDelegate,
    prepare_rows,
    write_csv,
)
from ui.shell.session import AppSession

AUTO_REFRESH_SETTING = "orders.auto_refresh"  # "on" / "off"
AUTO_MINUTES_SETTING = "orders.auto_refresh_minutes"
ALL_PANELS_SETTING = "orders.all_panels"
DEFAULT_MINUTES = 5
SEARCH_DELAY_MS = 150
AGE_REPAINT_MS = 30_000
OPEN_LINKS_AT_MOST = 5
_REFILLABLE = frozenset({StatusKind.COMPLETED, StatusKind.PARTIAL})
_COLUMN_WIDTHS = {
    COL_PLACED: 115,
    COL_PANEL: 100,
    COL_ID: 70,
    COL_SERVICE: 170,
    COL_LINK: 130,
    COL_QUANTITY: 65,
    COL_CHARGE: 65,
    COL_START: 75,
    COL_REMAINS: 65,
    COL_STATUS: 180,
    COL_PROGRESS: 125,
    COL_REFILL: 60,
    COL_CHECKED: 85,
}


def split_ids(text: str) -> list[str]:
    """Order ids typed or pasted by the user: separated by commas, spaces or new lines."""
    seen: dict[str, None] = {}
    for part in re.split(r"[\s,;]+", text):
        if part:
            seen.setdefault(part, None)
    return list(seen)


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
        self._texts = self.model.texts()
        self._rows_version = 0
        self._refreshing = False
        self._settings_loaded = False
        self._last_error: BaseException | None = None
        self._history_for: int | None = None
        self._wanted: int | None = None  # an order to select once it is loaded
        self._catch_up = False  # the profile changed during a refresh: refresh again after it
        #: Orders announced in this session (the journal marks them soon after, off this thread).
        self._announced: set[int] = set()
        self._save_seq = 0
        self._saved_seq: dict[str, int] = {}  # setting name -> the save that wrote it
        self._save_lock = threading.Lock()
        #: Opens a URL; tests replace it so no browser starts.
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        #: Asks where to save a CSV file ("" = cancelled); tests replace it.
        self.ask_save_path: Callable[[], str] = self._ask_save_path
        #: Asks the panel's id of an unknown order found on the panel (None = cancelled).
        self.ask_panel_id: Callable[[JournalOrder], str | None] = self._ask_panel_id
        #: Asks whether an unknown order really is not on the panel; tests replace it.
        self.confirm_not_placed: Callable[[JournalOrder], bool] = self._confirm_not_placed
        self._build()
        self._connect()
        self._load_settings()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_bar = QTabBar(self)
        self.filter_bar.setObjectName("ordersFilterBar")
        self.filter_bar.setDrawBase(False)
        self.filter_bar.setExpanding(False)
        self._bucket_names = {
            Bucket.ALL: self.tr("All"),
            Bucket.PENDING: self.tr("Pending"),
            Bucket.IN_PROGRESS: self.tr("In progress"),
            Bucket.PROCESSING: self.tr("Processing"),
            Bucket.COMPLETED: self.tr("Completed"),
            Bucket.PARTIAL: self.tr("Partial"),
            Bucket.CANCELED: self.tr("Canceled"),
            Bucket.UNKNOWN: self.tr("Unknown"),
            Bucket.NOT_PLACED: self.tr("Not placed"),
        }
        for bucket, name in self._bucket_names.items():
            index = self.filter_bar.addTab(name)
            self.filter_bar.setTabData(index, int(bucket))
        self.filter_bar.setTabToolTip(
            int(Bucket.UNKNOWN),
            self.tr("Orders whose outcome is unknown, or with a status this app does not know"),
        )
        self.filter_bar.setTabToolTip(
            int(Bucket.NOT_PLACED), self.tr("Orders the panel refused: nothing was charged")
        )

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("ordersSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by order id, link or service"))
        self.search_edit.setClearButtonEnabled(True)
        self.all_panels_check = QCheckBox(self.tr("All panels"), self)
        self.all_panels_check.setObjectName("allPanelsCheck")
        self.all_panels_check.setToolTip(
            self.tr("Show the orders of every panel, not only the active one")
        )
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
        self.auto_minutes.setRange(1, 24 * 60)
        self.auto_minutes.setValue(DEFAULT_MINUTES)
        self.auto_minutes.setSuffix(self.tr(" min"))
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.all_panels_check)
        top.addSpacing(12)
        top.addWidget(self.auto_check)
        top.addWidget(self.auto_minutes)
        top.addWidget(self.refresh_button)

        self.table = make_table(
            self, "ordersTable", self.model, _COLUMN_WIDTHS,
            QAbstractItemView.SelectionMode.ExtendedSelection,
        )  # fmt: skip
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        # Unsorted: newest first, as the journal gives them.
        self.table.setColumnHidden(COL_PANEL, True)

        self.detail = OrderDetail(self, self.model.texts())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("ordersSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 200])

        def button(name: str, text: str, tip: str) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setToolTip(tip)
            return b

        self.refill_button = button(
            "refillButton",
            self.tr("Refill"),
            self.tr("Ask the panel to refill the selected orders"),
        )
        self.cancel_button = button(
            "cancelButton",
            self.tr("Cancel"),
            self.tr("Ask the panel to cancel the selected orders"),
        )
        self.copy_id_button = button(
            "copyIdButton", self.tr("Copy ID"), self.tr("Copy the selected order ids")
        )
        self.copy_link_button = button(
            "copyLinkButton", self.tr("Copy link"), self.tr("Copy the selected orders' links")
        )
        self.open_link_button = button(
            "openLinkButton", self.tr("Open link"), self.tr("Open the link in your browser")
        )
        self.repeat_button = button(
            "repeatButton",
            self.tr("Repeat…"),
            self.tr("Open New order filled in like this order"),
        )
        self.resolve_placed_button = button(
            "resolvePlacedButton",
            self.tr("Found on the panel…"),
            self.tr(
                "This order's outcome is unknown and you found it on the panel: enter its id "
                "there to follow it here"
            ),
        )
        self.resolve_failed_button = button(
            "resolveFailedButton",
            self.tr("Not placed…"),
            self.tr(
                "This order's outcome is unknown and it is not on the panel: mark it not placed"
            ),
        )
        self.export_button = button(
            "exportCsvButton", self.tr("Export CSV"), self.tr("Save orders to a CSV file")
        )
        export_menu = QMenu(self.export_button)
        self.export_selected_action = QAction(self.tr("Selected orders…"), export_menu)
        self.export_selected_action.setObjectName("exportSelectedAction")
        self.export_all_action = QAction(self.tr("All orders shown…"), export_menu)
        self.export_all_action.setObjectName("exportAllAction")
        export_menu.addAction(self.export_selected_action)
        export_menu.addAction(self.export_all_action)
        self.export_button.setMenu(export_menu)
        self.track_edit = QLineEdit(self)
        self.track_edit.setObjectName("trackOrderEdit")
        self.track_edit.setPlaceholderText(self.tr("Order id(s) placed elsewhere"))
        self.track_edit.setMaximumWidth(220)
        self.track_button = button(
            "trackOrderButton",
            self.tr("Track"),
            self.tr("Follow orders placed on the panel's website or elsewhere, by their ids"),
        )
        actions = QHBoxLayout()
        for b in (
            self.refill_button,
            self.cancel_button,
            self.copy_id_button,
            self.copy_link_button,
            self.open_link_button,
            self.repeat_button,
            self.resolve_placed_button,
            self.resolve_failed_button,
            self.export_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.track_edit)
        actions.addWidget(self.track_button)

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
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
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
        self._update_actions()

    def _connect(self) -> None:
        self.filter_bar.currentChanged.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.search_timer.timeout.connect(self.apply_filter)
        self.all_panels_check.toggled.connect(self._all_panels_toggled)
        self.refresh_button.clicked.connect(self.refresh)
        self.auto_check.toggled.connect(self._auto_changed)
        self.auto_minutes.valueChanged.connect(self._auto_changed)
        self.auto_timer.timeout.connect(self._auto_refresh)
        self.refill_button.clicked.connect(self.refill_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.copy_id_button.clicked.connect(self.copy_ids)
        self.copy_link_button.clicked.connect(self.copy_links)
        self.open_link_button.clicked.connect(self.open_links)
        self.repeat_button.clicked.connect(self.repeat_selected)
        self.resolve_placed_button.clicked.connect(self.resolve_placed)
        self.resolve_failed_button.clicked.connect(self.resolve_failed)
        self.export_selected_action.triggered.connect(lambda: self.export(selected_only=True))
        self.export_all_action.triggered.connect(lambda: self.export(selected_only=False))
        self.track_button.clicked.connect(self.track_from_edit)
        self.track_edit.returnPressed.connect(self.track_from_edit)
        self.details_button.clicked.connect(self._show_last_error)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_counts)
        self.session.profileChanged.connect(self._profile_changed)
        self.session.ordersChanged.connect(self.reload)
        self.session.showOrder.connect(self.show_order)
        self.session.catalogueChanged.connect(lambda _c: self._update_actions())

    # --- settings ------------------------------------------------------------------------------

    def _load_settings(self) -> None:
        store = self.session.store
        if store is None:
            self._settings_loaded = True
            return

        def job() -> tuple[str | None, str | None, str | None]:
            s = store.settings
            return (
                s.get(AUTO_REFRESH_SETTING),
                s.get(AUTO_MINUTES_SETTING),
                s.get(ALL_PANELS_SETTING),
            )

        def done(values: tuple[str | None, str | None, str | None]) -> None:
            auto, minutes, all_panels = values
            for widget in (self.auto_check, self.auto_minutes, self.all_panels_check):
                widget.blockSignals(True)
            self.auto_check.setChecked(auto != "off")
            if minutes and minutes.isdigit():
                self.auto_minutes.setValue(int(minutes))
            self.all_panels_check.setChecked(all_panels == "on")
            for widget in (self.auto_check, self.auto_minutes, self.all_panels_check):
                widget.blockSignals(False)
            self.table.setColumnHidden(COL_PANEL, not self.all_panels_check.isChecked())
            self._settings_loaded = True
            self._apply_timer()
            self.reload()

        self.session.runner.submit(job, done, self._failed, owner=self, key="orders-settings")

    def _save_settings(self, values: dict[str, str]) -> None:
        """Save settings in the background; a later save always wins over an earlier one
        (tasks run on several threads, so they are ordered here)."""
        store = self.session.store
        if store is None or not self._settings_loaded:
            return
        self._save_seq += 1
        seq, lock, saved = self._save_seq, self._save_lock, self._saved_seq

        def job() -> None:
            with lock:
                for name, value in values.items():
                    if saved.get(name, 0) < seq:
                        store.settings.set(name, value)
                        saved[name] = seq

        self.session.runner.submit(job, None, self._failed, owner=self)

    def _auto_changed(self, *_args: object) -> None:
        self._save_settings(
            {
                AUTO_REFRESH_SETTING: "on" if self.auto_check.isChecked() else "off",
                AUTO_MINUTES_SETTING: str(self.auto_minutes.value()),
            }
        )
        self._apply_timer()

    def _apply_timer(self) -> None:
        self.auto_minutes.setEnabled(self.auto_check.isChecked())
        if self.auto_check.isChecked():
            self.auto_timer.start(self.auto_minutes.value() * 60_000)
        else:
            self.auto_timer.stop()

    def _all_panels_toggled(self, on: bool) -> None:
        self.table.setColumnHidden(COL_PANEL, not on)
        self._save_settings({ALL_PANELS_SETTING: "on" if on else "off"})
        self.reload()

    # --- loading rows --------------------------------------------------------------------------

    def _scope(self) -> int | None:
        """The profile whose orders are shown, or None for every panel."""
        if self.all_panels_check.isChecked():
            return None
        return None if self.session.profile is None else self.session.profile.id

    def _rows_job(self) -> Callable[[], tuple]:
        """A function for a worker: read the journal, prepare the rows, find unannounced ends."""
        store, texts = self.session.store, self._texts
        names = {p.id: p.name for p in self.session.profiles}
        scope = self._scope()
        active = None if self.session.profile is None else self.session.profile.id
        show_all = self.all_panels_check.isChecked()

        def rows() -> tuple[int, list[OrderRow], list[JournalOrder], dict]:
            version = time.monotonic_ns()
            if scope is None and not show_all:
                return version, [], [], {}
            with bulk_allocation():  # no full collection holding the GIL midway
                orders = store.journal.orders(scope)
                prepared = prepare_rows(orders, texts, names)
            # Marked notified only once announced (in _show_rows): a result that is dropped
            # (superseded, or older than what is shown) must leave them to the next load.
            finished = [
                o
                for o in orders
                if o.final and not o.notified and o.profile_id == active and o.status_kind.is_final
            ]
            counts = OrderNotifier.count_kinds(finished)
            return version, prepared, finished, counts

        return rows

    def reload(self) -> None:
        """Read the journal again (in the background) and show it."""
        if self.session.store is None or not self._settings_loaded:
            return
        self.session.runner.submit(
            self._rows_job(), self._show_rows, self._failed, owner=self, key="orders-load"
        )

    def _show_rows(self, result: tuple[int, list[OrderRow], list[JournalOrder], dict]) -> None:
        version, rows, finished, counts = result
        if version < self._rows_version:
            return  # an older read than what is shown
        self._rows_version = version
        selected = self.selected_ids()
        current = self.current_order()
        self.model.set_rows(rows)
        self._reselect(selected, None if current is None else current.local_id)
        finished = [o for o in finished if o.local_id not in self._announced]
        if finished:
            if len(finished) != sum(counts.values()):
                counts = OrderNotifier.count_kinds(finished)
            ids = [o.local_id for o in finished]
            self._announced.update(ids)
            self.model.mark_fresh(ids)
            self.notifier.announce(finished, counts)
            self._mark_notified(ids)
        if self._wanted is not None and self.model.row_of(self._wanted) is not None:
            self.show_order(self._wanted)
        self.rowsLoaded.emit(len(rows))

    def _mark_notified(self, local_ids: list[int]) -> None:
        """Record in the journal that these orders were announced (off the GUI thread)."""
        store = self.session.store

        def failed(exc: BaseException) -> None:
            # Told already: they stay in `_announced`, so this run never repeats them; after a
            # restart the journal still has them unannounced and they are told once more.
            self._failed(exc)

        self.session.runner.submit(
            lambda: store.journal.mark_notified(local_ids), None, failed, owner=self
        )

    def _reselect(self, local_ids: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                selection.setCurrentIndex(
                    self.model.index(row, COL_ID), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        rows = sorted(self.model.rows_of(local_ids).values())
        if rows:
            # Consecutive rows as one range each: selecting 10,000 rows stays one call.
            ranges = QItemSelection()
            last_col = self.model.columnCount() - 1
            start = prev = rows[0]
            for row in [*rows[1:], None]:
                if row is not None and row == prev + 1:
                    prev = row
                    continue
                ranges.select(self.model.index(start, 0), self.model.index(prev, last_col))
                if row is not None:
                    start = prev = row
            selection.select(ranges, QItemSelectionModel.SelectionFlag.Select)
        self._update_actions()
        self._show_detail()

    def _profile_changed(self, profile: Any) -> None:
        self.detail.clear()
        self._history_for = None
        self.reload()
        self._catch_up = False
        if profile is not None and self.session.client is not None and self.auto_check.isChecked():
            if self._refreshing:
                self._catch_up = True  # the running refresh is the old panel's: refresh after it
            else:
                self.refresh()  # catch up with what happened while the app was closed

    def _is_current_profile(self, profile_id: int) -> bool:
        profile = self.session.profile
        return profile is not None and profile.id == profile_id

    def _after_refresh(self) -> None:
        """Start the refresh the profile change had to leave for later."""
        if self._catch_up:
            self._catch_up = False
            if self.session.client is not None and self.auto_check.isChecked():
                self.refresh()

    # --- refresh -------------------------------------------------------------------------------

    def _auto_refresh(self) -> None:
        if not self._refreshing:
            self.refresh()

    def is_refreshing(self) -> bool:
        return self._refreshing

    def refresh(self) -> None:
        """Ask the panel for the status of every unfinished order of the active panel (F5)."""
        session = self.session
        profile, client, store = session.profile, session.client, session.store
        if profile is None or self._refreshing:
            return
        if client is None:
            self._set_status(
                session.client_problem or self.tr("Set the panel's API key in Panels first."),
                error=True,
            )
            self.refreshFinished.emit(False)
            return
        profile_id = profile.id
        rows_job = self._rows_job()

        def job(ctx: Any) -> tuple[tuple, str | None]:
            ids = store.journal.pending_ids(profile_id)
            done = 0

            def on_batch(batch: dict) -> None:
                nonlocal done
                store.journal.apply_statuses(profile_id, batch)
                done += len(batch)
                ctx.progress(done, len(ids))

            if ids:
                ctx.progress(0, len(ids))
                client.statuses(ids, on_batch=on_batch, should_stop=ctx.cancelled)
            refill_problem = None
            refill_ids = store.journal.refill_pending_ids(profile_id)
            if refill_ids:
                try:
                    found = client.refill_statuses(refill_ids)
                    store.journal.apply_refill_statuses(profile_id, found)
                except PanelRefused as exc:  # an old panel without refill_status
                    refill_problem = exc
            return rows_job(), refill_problem

        def progress(done: int, total: int, _payload: object) -> None:
            self._set_status(
                self.tr("Checking orders: {done} of {total}…").format(
                    done=formatting.number(done), total=formatting.number(total)
                )
            )

        def finished(result: tuple[tuple, PanelRefused | None]) -> None:
            self._refresh_ended()
            rows, refill_problem = result
            if not self._is_current_profile(profile_id):
                # The user switched panels meanwhile: these are the old panel's rows.
                self._set_status("")
                self.reload()
            else:
                self._show_rows(rows)
                if refill_problem is not None:
                    self._set_status(
                        self.tr("Refill statuses could not be read: {reason}").format(
                            reason=one_line(refill_problem)
                        )
                    )
                else:
                    self._set_status(self.tr("Checked just now"))
            self.refreshFinished.emit(True)
            self._after_refresh()

        def failed(exc: BaseException) -> None:
            self._refresh_ended()
            if self._is_current_profile(profile_id):
                self._failed(exc)
            else:
                self._set_status("")
            self.reload()  # batches that did arrive are saved: show them
            self.refreshFinished.emit(False)
            self._after_refresh()

        self._refreshing = True
        self.refresh_button.setEnabled(False)
        self._set_status(self.tr("Checking orders…"))
        session.runner.submit(
            job,
            finished,
            failed,
            owner=self,
            key="orders-refresh",
            on_progress=progress,
            with_context=True,
        )

    def _refresh_ended(self) -> None:
        self._refreshing = False
        self.refresh_button.setEnabled(True)

    # --- the selection -------------------------------------------------------------------------

    def selected_orders(self) -> list[JournalOrder]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [o for o in (self.model.order_at(r) for r in rows) if o is not None]

    def selected_ids(self) -> list[int]:
        return [o.local_id for o in self.selected_orders()]

    def current_order(self) -> JournalOrder | None:
        index = self.table.currentIndex()
        return self.model.order_at(index.row()) if index.isValid() else None

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

    def show_order(self, local_id: int) -> None:
        """Select this order, clearing the filters if they hide it (New order's "Show")."""
        self._wanted = None
        if self.model.row_of(local_id) is None and local_id in self.model.known_ids():
            self.search_edit.clear()
            self.set_bucket(Bucket.ALL)
            self.apply_filter()
        if not self.select_order(local_id):
            self._wanted = local_id  # not loaded yet: the reload under way brings it
            self.reload()
            return
        self.table.setFocus()

    def _service_of(self, order: JournalOrder) -> Any:
        catalogue = self.session.catalogue
        if catalogue is None or not order.service_id:
            return None
        return catalogue.by_id(order.service_id)

    def _is_active_panel(self, order: JournalOrder) -> bool:
        profile = self.session.profile
        return profile is not None and order.profile_id == profile.id

    def can_refill(self, order: JournalOrder) -> bool:
        """Finished (completed or partial) on the active panel, with a service offering refill.

        An order whose service is not in the catalogue (tracked by id, or a service the panel
        dropped) may be tried: the panel has the last word."""
        if not self._is_active_panel(order) or order.panel_order_id is None:
            return False
        if order.error or order.status_kind not in _REFILLABLE:
            return False
        service = self._service_of(order)
        return service is None or bool(service.refill)

    def can_cancel(self, order: JournalOrder) -> bool:
        """Placed, not finished, on the active panel, with a service that allows a cancel."""
        if not self._is_active_panel(order) or order.panel_order_id is None:
            return False
        if order.final or order.state not in (
            JournalState.PLACED.value,
            JournalState.TRACKED.value,
        ):
            return False
        service = self._service_of(order)
        return service is None or bool(service.cancel)

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        fresh = [i for i in self.selected_ids() if self.model.is_fresh(i)]
        if fresh:
            self.model.clear_fresh(fresh)  # seen

    def _update_actions(self) -> None:
        orders = self.selected_orders()
        has_client = self.session.client is not None
        self.refill_button.setEnabled(has_client and any(self.can_refill(o) for o in orders))
        self.cancel_button.setEnabled(has_client and any(self.can_cancel(o) for o in orders))
        self.copy_id_button.setEnabled(any(o.panel_order_id for o in orders))
        self.copy_link_button.setEnabled(any(o.link for o in orders))
        self.open_link_button.setEnabled(any(self._url_of(o) for o in orders))
        self.repeat_button.setEnabled(len(orders) == 1 and bool(orders[0].service_id))
        unknown = len(orders) == 1 and orders[0].state == JournalState.UNKNOWN.value
        for b in (self.resolve_placed_button, self.resolve_failed_button):
            b.setVisible(unknown)
            b.setEnabled(unknown)
        self.export_selected_action.setEnabled(bool(orders))
        self.export_button.setEnabled(self.model.total_count() > 0)

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
            self._failed,
            owner=self,
            key="orders-history",
        )

    # --- filters -------------------------------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        data = self.filter_bar.tabData(self.filter_bar.currentIndex())
        return OrderFilter(bucket=Bucket(data or 0), text=self.search_edit.text())

    def set_bucket(self, bucket: Bucket) -> None:
        self.filter_bar.setCurrentIndex(int(bucket))

    def apply_filter(self, *_args: object) -> None:
        self.search_timer.stop()
        selected, current = self.selected_ids(), self.current_order()
        self.model.set_filter(self.current_filter())
        self._reselect(selected, None if current is None else current.local_id)

    def _update_counts(self) -> None:
        counts = self.model.bucket_counts()
        for index in range(self.filter_bar.count()):
            bucket = Bucket(self.filter_bar.tabData(index))
            name = self._bucket_names[bucket]
            n = counts.get(bucket, 0)
            self.filter_bar.setTabText(index, f"{name} ({formatting.number(n)})" if n else name)
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(
            self.tr("{shown} of {total} orders").format(
                shown=formatting.number(shown), total=formatting.number(total)
            )
        )
        self._update_actions()

    # --- actions -------------------------------------------------------------------------------

    def _run_action(self, job: Callable[[], tuple], what: str) -> None:
        """Run a panel action in the background, then show its message and the new rows."""
        scope = self._scope()

        def done(result: tuple) -> None:
            rows, message = result
            if scope == self._scope():
                self._show_rows(rows)
            else:  # the user switched panels meanwhile: those rows are the other panel's
                self.reload()
            self._set_status(message)
            self.actionFinished.emit(message)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.reload()
            self.actionFinished.emit(one_line(exc))

        self._set_status(what)
        self.session.runner.submit(job, done, failed, owner=self)

    def refill_selected(self) -> None:
        """Ask the panel to refill the selected orders that allow it."""
        orders = [o for o in self.selected_orders() if self.can_refill(o)]
        client, store, profile = self.session.client, self.session.store, self.session.profile
        if not orders or client is None or profile is None:
            return
        rows_job, profile_id = self._rows_job(), profile.id
        local = {o.panel_order_id: o.local_id for o in orders}
        tr_ok = self.tr("Refill requested for %n order(s).", "", len(orders))
        tr_refused = self.tr("The panel refused a refill for order {id}: {reason}")

        def job() -> tuple:
            if len(orders) == 1:
                oid = orders[0].panel_order_id
                try:
                    results = [client.refill(oid)]
                except PanelRefused as exc:
                    if exc.kind in (ErrorKind.BAD_KEY, ErrorKind.UNSUPPORTED_ACTION):
                        raise
                    from core.models import RefillResult

                    results = [RefillResult(order_id=oid, error=exc.panel_text)]
            else:
                results = client.refills(list(local))
            refused = []
            new_refills = []
            for result in results:
                local_id = local.get(result.order_id)
                if local_id is None:
                    continue
                store.journal.record_refill(local_id, result.refill_id, result.error)
                if result.refill_id is None:
                    refused.append((result.order_id, result.error or ""))
                else:
                    new_refills.append(result.refill_id)
            if new_refills:
                try:
                    found = client.refill_statuses(new_refills)
                    store.journal.apply_refill_statuses(profile_id, found)
                except PanelRefused:
                    pass  # its status is asked again at the next refresh
            if refused:
                message = "\n".join(
                    tr_refused.format(id=formatting.ltr(oid), reason=formatting.isolate(r.strip()))
                    for oid, r in refused
                )
            else:
                message = tr_ok
            return rows_job(), message

        self._run_action(job, self.tr("Asking the panel for a refill…"))

    def cancel_selected(self) -> None:
        """Ask the panel to cancel the selected orders that allow it."""
        orders = [o for o in self.selected_orders() if self.can_cancel(o)]
        client, store, profile = self.session.client, self.session.store, self.session.profile
        if not orders or client is None or profile is None:
            return
        rows_job, profile_id = self._rows_job(), profile.id
        local = {o.panel_order_id: o.local_id for o in orders}
        tr_ok = self.tr("Cancel requested for %n order(s).", "", len(orders))
        tr_refused = self.tr("The panel refused to cancel order {id}: {reason}")

        def job() -> tuple:
            results = client.cancel(list(local))
            accepted, refused = [], []
            for result in results:
                local_id = local.get(result.order_id)
                if local_id is None:
                    continue
                store.journal.record_cancel(local_id, result.accepted, result.error)
                if result.accepted:
                    accepted.append(result.order_id)
                else:
                    refused.append((result.order_id, result.error or ""))
            if accepted:  # the outcome shows in the status: ask for it now
                store.journal.apply_statuses(profile_id, client.statuses(accepted))
            if refused:
                message = "\n".join(
                    tr_refused.format(id=formatting.ltr(oid), reason=formatting.isolate(r.strip()))
                    for oid, r in refused
                )
            else:
                message = tr_ok
            return rows_job(), message

        self._run_action(job, self.tr("Asking the panel to cancel…"))

    def track_from_edit(self) -> None:
        ids = split_ids(self.track_edit.text())
        if ids:
            self.track(ids)

    def track(self, panel_order_ids: list[str]) -> None:
        """Follow orders placed elsewhere by their panel ids; their status is asked at once."""
        client, store, profile = self.session.client, self.session.store, self.session.profile
        if profile is None or store is None or not panel_order_ids:
            return
        rows_job, profile_id = self._rows_job(), profile.id
        ids = list(panel_order_ids)
        tr_ok = self.tr("Tracking %n order(s).", "", len(ids))

        def job() -> tuple:
            for oid in ids:
                store.journal.track(profile_id, oid)
            if client is not None:
                store.journal.apply_statuses(profile_id, client.statuses(ids))
            return rows_job(), tr_ok

        self.track_edit.clear()
        self._run_action(job, self.tr("Adding the orders…"))

    def copy_ids(self) -> None:
        ids = [o.panel_order_id for o in self.selected_orders() if o.panel_order_id]
        if ids:
            QGuiApplication.clipboard().setText("\n".join(ids))
            self._set_status(self.tr("Copied %n order id(s).", "", len(ids)))

    def copy_links(self) -> None:
        links = [o.link for o in self.selected_orders() if o.link]
        if links:
            QGuiApplication.clipboard().setText("\n".join(links))
            self._set_status(self.tr("Copied %n link(s).", "", len(links)))

    @staticmethod
    def _url_of(order: JournalOrder) -> QUrl | None:
        """The order's link as a web address, or None (a username is not a link)."""
        link = order.link.strip()
        if not link or " " in link:
            return None
        if not re.match(r"(?i)^https?://", link):
            if "." not in link.split("/")[0]:
                return None
            link = "https://" + link
        url = QUrl(link, QUrl.ParsingMode.StrictMode)
        return url if url.isValid() and url.host() else None

    def open_links(self) -> None:
        urls = [u for u in (self._url_of(o) for o in self.selected_orders()) if u is not None]
        for url in urls[:OPEN_LINKS_AT_MOST]:
            self.open_url(url)

    def repeat_selected(self) -> None:
        orders = self.selected_orders()
        if len(orders) == 1 and orders[0].service_id:
            self.session.repeatOrder.emit(orders[0])

    # --- resolving an unknown order ----------------------------------------------------------

    def _selected_unknown(self) -> JournalOrder | None:
        orders = self.selected_orders()
        if len(orders) == 1 and orders[0].state == JournalState.UNKNOWN.value:
            return orders[0]
        return None

    def _ask_panel_id(self, order: JournalOrder) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Found on the panel"),
            self.tr("The order's id on the panel, as its order list shows it:"),
        )
        return text if ok else None

    def _confirm_not_placed(self, order: JournalOrder) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Not placed"),
            self.tr(
                "Mark this order as not placed? Do this only after checking that the panel's "
                "order list does not have it."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def resolve_placed(self) -> None:
        """The selected unknown order was found on the panel: record its id and follow it."""
        order = self._selected_unknown()
        if order is None:
            return
        answer = self.ask_panel_id(order)
        if answer is None:
            return
        panel_id = formatting.to_ascii(formatting.strip_bidi(answer)).strip()
        # Panels' ids are digits or plain strings; a space or comma would break the batch
        # status request (orders=1,2,3).
        if not panel_id or any(c.isspace() or c == "," for c in panel_id):
            self._last_error = None
            self._set_status(
                self.tr("An order id has no spaces or commas, e.g. 123456: nothing was changed."),
                error=True,
            )
            self.actionFinished.emit(self.status_label.text())
            return
        store, client, local_id = self.session.store, self.session.client, order.local_id
        follow = client is not None and self._is_active_panel(order)
        rows_job, profile_id = self._rows_job(), order.profile_id
        tr_ok = self.tr("Order {id} is recorded as placed and followed like any other.").format(
            id=formatting.ltr(panel_id)
        )

        tr_taken = self.tr(
            "Order {id} is already in the list: nothing was changed. If the unknown order is "
            "that one, mark it as not placed."
        ).format(id=formatting.ltr(panel_id))

        def job() -> tuple:
            try:
                store.journal.mark_found(local_id, panel_id)
            except DuplicateOrderId:
                return rows_job(), tr_taken
            if follow:
                store.journal.apply_statuses(profile_id, client.statuses([panel_id]))
            return rows_job(), tr_ok

        self._run_action(job, self.tr("Recording the order…"))

    def resolve_failed(self) -> None:
        """The selected unknown order is not on the panel: record it as not placed."""
        order = self._selected_unknown()
        if order is None or not self.confirm_not_placed(order):
            return
        store, local_id, rows_job = self.session.store, order.local_id, self._rows_job()
        # Kept in the journal as the reason, in the language the user read it in.
        note = self.tr("Not on the panel, as checked by you")
        tr_ok = self.tr("The order is recorded as not placed.")

        def job() -> tuple:
            store.journal.mark_failed(local_id, note)
            return rows_job(), tr_ok

        self._run_action(job, self.tr("Recording the order…"))

    # --- export --------------------------------------------------------------------------------

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export orders"), "orders.csv", self.tr("CSV files (*.csv)")
        )
        return path

    def export(self, selected_only: bool, path: str | None = None) -> None:
        """Write the selected (or all shown) orders to a CSV file, in the background."""
        orders = self.selected_orders() if selected_only else self.model.visible_orders()
        if not orders:
            return
        path = path or self.ask_save_path()
        if not path:
            return
        names = {p.id: p.name for p in self.session.profiles}

        def done(count: int) -> None:
            message = self.tr("Exported %n order(s) to {path}.", "", count).format(path=path)
            self._set_status(message)
            self.actionFinished.emit(message)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.actionFinished.emit(one_line(exc))

        self._set_status(self.tr("Exporting…"))
        self.session.runner.submit(lambda: write_csv(path, orders, names), done, failed, owner=self)

    # --- state and messages --------------------------------------------------------------------

    def save_state(self, state: Any) -> None:
        state.setValue("orders/splitter", self.splitter.saveState())
        state.setValue("orders/header", self.table.horizontalHeader().saveState())

    def restore_state(self, state: Any) -> None:
        splitter = state.value("orders/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = state.value("orders/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.setColumnHidden(COL_PANEL, not self.all_panels_check.isChecked())

    def _failed(self, exc: BaseException) -> None:
        self._last_error = exc
        self._set_status(one_line(exc), error=True)

    def _show_last_error(self) -> None:
        if self._last_error is not None:
            show_error(self, self._last_error)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")
        self.details_button.setVisible(error and self._last_error is not None)

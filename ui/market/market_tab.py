"""Market tab: every panel's saved catalogue at once, grouped by offer, cheapest first in one
currency (issue 15). The data is core/workflows/market_view.py, built and prepared on the task
runner; this tab lays it out, filters it and opens New order on the chosen panel and service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.workflows.market_view import MarketSnapshot, build_market, market_inputs
from ui.common import formatting, time_text
from ui.common.error_text import one_line
from ui.common.table_base import make_table
from ui.insights.quality_line import QualityLine
from ui.market.market_filter_bar import MarketFilterBar
from ui.market.market_list import (
    E_BOUNDS,
    E_FLAGS,
    E_ID,
    E_NAME,
    E_PANEL,
    E_PRICE,
    E_PROMISES,
    E_RATE,
    E_REFILL,
    E_TIME,
    G_AUDIENCE,
    G_CHEAPEST,
    G_OFFER,
    G_PANELS,
    G_REFILL,
    G_SERVICES,
    G_WHERE,
    MarketEntriesModel,
    MarketGroupsModel,
)
from ui.market.market_rows import MarketRows, prepare_market_rows
from ui.market.price_words import flag_texts
from ui.shell.session import AppSession
from ui.shell.task_runner import TaskContext

_GROUP_WIDTHS = {
    G_OFFER: 340, G_AUDIENCE: 110, G_PANELS: 60, G_SERVICES: 70, G_CHEAPEST: 160,
    G_WHERE: 150, G_REFILL: 150,
}  # fmt: skip
_ENTRY_WIDTHS = {
    E_PANEL: 100, E_ID: 55, E_NAME: 190, E_RATE: 105, E_PRICE: 125, E_BOUNDS: 145,
    E_REFILL: 80, E_PROMISES: 140, E_FLAGS: 110, E_TIME: 80,
}  # fmt: skip

PAGE_EMPTY, PAGE_MARKET = 0, 1

#: A snapshot ready to show: what it was built from, the snapshot and its prepared rows.
Built = tuple[tuple, MarketSnapshot, MarketRows]


class MarketTab(QWidget):
    """The same offer across panels, in one currency, cheapest first."""

    #: A snapshot was shown (the number of offers).
    marketShown = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketTab")
        self.session = session
        self._stale = True  # built when first shown, and again after a catalogue changed
        self._pending_order: tuple[int, str] | None = None
        self._inputs: tuple | None = None  # what the snapshot shown was built from
        self._awaiting_idle = False  # a check is due when the task runner is next idle
        self._chosen_group: int | None = None  # the offer last chosen, kept while it shows
        self.groups_model = MarketGroupsModel(self)
        self.entries_model = MarketEntriesModel(flag_texts(), self)
        self._build()
        self._connect()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.reload_button = QPushButton(self.tr("Update"), self)
        self.reload_button.setObjectName("reloadMarket")
        self.reload_button.setToolTip(
            self.tr("Group the panels' saved catalogues again (after refreshing their services)")
        )
        self.filters = MarketFilterBar(self.reload_button, self)
        self.currency_label = QLabel(self)
        self.currency_label.setObjectName("marketCurrency")
        self.currency_label.setWordWrap(True)
        self.panels_label = QLabel(self)
        self.panels_label.setObjectName("marketPanels")
        self.panels_label.setWordWrap(True)
        self.groups_table = make_table(
            self, "marketGroups", self.groups_model, _GROUP_WIDTHS,
            QAbstractItemView.SelectionMode.SingleSelection,
        )  # fmt: skip
        self.entries_table = make_table(
            self, "marketServices", self.entries_model, _ENTRY_WIDTHS,
            QAbstractItemView.SelectionMode.SingleSelection,
        )  # fmt: skip
        self.entries_table.installEventFilter(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("marketSplitter")
        self.splitter.addWidget(self.groups_table)
        self.splitter.addWidget(self.entries_table)
        self.splitter.setSizes([380, 220])

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("marketEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("marketPages")
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.splitter)

        # How the chosen service delivered the user's own orders (issue 16), as in Services.
        self.quality_line = QualityLine(self.session, "marketQuality", self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("marketCount")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("marketStatus")
        self.status_label.setWordWrap(True)
        self.order_button = QPushButton(self.tr("Order this"), self)
        self.order_button.setObjectName("orderFromMarket")
        self.order_button.setToolTip(self.tr("Open New order on this panel with this service"))
        self.order_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.order_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.currency_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.quality_line)
        layout.addWidget(self.panels_label)
        layout.addLayout(bottom)
        self._show_empty(self.tr("Grouping the panels' saved catalogues…"))

    def _connect(self) -> None:
        self.filters.filterChanged.connect(self.apply_filter)
        self.reload_button.clicked.connect(self.reload)
        self.order_button.clicked.connect(self.order_current)
        self.groups_table.selectionModel().currentRowChanged.connect(self._group_changed)
        self.groups_model.rowsFiltered.connect(self._filtered)
        self.entries_table.selectionModel().currentRowChanged.connect(self._entry_changed)
        self.entries_table.doubleClicked.connect(lambda _index: self.order_current())
        self.session.catalogueChanged.connect(self._catalogue_changed)
        self.session.profilesChanged.connect(self.mark_stale)
        self.session.profileChanged.connect(self._profile_changed)

    # --- public --------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filters.focus_words()

    focus_search = focus_filter  # Ctrl+F's protocol (ui/common/search_focus.py)

    def mark_stale(self) -> None:
        """Catalogues or panels changed: checked again now if shown, else when next shown.

        A fresh catalogue is shown before it is saved (core/workflows/catalogue_refresh.py),
        so the check runs again once the task runner has nothing left to do."""
        self._stale = True
        if not self.isVisible():
            return
        self.reload(only_if_changed=True)
        runner = self.session.runner
        if self._awaiting_idle or not runner.is_busy():
            return
        self._awaiting_idle = True

        def idle(busy: bool) -> None:
            if busy:
                return
            runner.busyChanged.disconnect(idle)
            self._awaiting_idle = False
            if self.isVisible():
                self.reload(only_if_changed=True)

        runner.busyChanged.connect(idle)

    def reload(self, only_if_changed: bool = False) -> None:
        """Group every panel's saved catalogue again, in the background; `only_if_changed`
        first checks (cheaply) whether panels, currencies, rates or fetch times changed."""
        self._stale = False
        store = self.session.store
        if store is None:
            return
        known = self._inputs if only_if_changed else None

        def job(ctx: TaskContext) -> Built | None:
            inputs = market_inputs(store)
            if known is not None and inputs == known:
                return None
            snapshot = build_market(store, cancelled=ctx.cancelled)
            return inputs, snapshot, prepare_market_rows(snapshot)

        self.reload_button.setEnabled(False)
        if not only_if_changed:
            self.status_label.setText(self.tr("Grouping the panels' saved catalogues…"))
        self.session.runner.submit(
            job, self._show, self._failed, owner=self, key="market-build", with_context=True
        )

    def apply_filter(self) -> None:
        self.filters.filter_timer.stop()
        self.groups_model.set_filter(self.filters.current_filter())

    def save_state(self, state: QSettings) -> None:
        state.setValue("market/splitter", self.splitter.saveState())
        state.setValue("market/groups", self.groups_table.horizontalHeader().saveState())
        state.setValue("market/services", self.entries_table.horizontalHeader().saveState())

    def restore_state(self, state: QSettings) -> None:
        for key, target in (
            ("market/splitter", self.splitter),
            ("market/groups", self.groups_table.horizontalHeader()),
            ("market/services", self.entries_table.horizontalHeader()),
        ):
            value = state.value(key)
            if value is not None:
                target.restoreState(value)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        # Rates, currencies or panels may have changed elsewhere (Preferences, Panels).
        self.reload(only_if_changed=not self._stale)

    # --- showing -------------------------------------------------------------------------------

    def _show(self, built: Built | None) -> None:
        self.reload_button.setEnabled(True)
        if built is None:
            return  # nothing changed since the snapshot shown
        self._inputs, snapshot, rows = built
        self._chosen_group = None  # group numbers are the old snapshot's
        self.status_label.setText("")
        self.filters.set_choices(rows)
        self.groups_model.set_rows(rows)
        self.groups_model.set_filter(self.filters.current_filter())
        self._show_currency(snapshot)
        self.currency_label.setVisible(bool(snapshot.groups))  # nothing priced: nothing to say
        self._show_panels(snapshot)
        if not snapshot.groups:
            self._show_empty(self._why_empty(snapshot))
        else:
            self.pages.setCurrentIndex(PAGE_MARKET)
        self.marketShown.emit(len(snapshot.groups))

    def _failed(self, exc: BaseException) -> None:
        self.reload_button.setEnabled(True)
        self.status_label.setText(one_line(exc))

    def _why_empty(self, snapshot: MarketSnapshot) -> str:
        if not snapshot.panels:
            return self.tr("No panel is saved yet: add your panels in Panels.")
        return self.tr(
            "No panel has a saved catalogue yet. Open Services and refresh each panel's "
            "services (switch panels with the Panel list), then come back here."
        )

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.pages.setCurrentIndex(PAGE_EMPTY)

    def _show_currency(self, snapshot: MarketSnapshot) -> None:
        currency = snapshot.display_currency
        if currency is None:
            text = self.tr(
                "No panel's currency is known yet, so prices are not compared: check each "
                "panel's balance, or state its currency in Panels."
            )
        elif snapshot.display_chosen:
            text = self.tr("Prices per 1000 in {currency}.").format(
                currency=formatting.ltr(currency)
            )
        else:
            text = self.tr(
                "Prices per 1000 in {currency}, the currency most of your panels use "
                "(choose another in Preferences)."
            ).format(currency=formatting.ltr(currency))
        if snapshot.rates_used:
            rates = self.tr(", ", "list separator").join(
                self.tr("1 {source} = {rate} {target} ({date})").format(
                    source=formatting.ltr(rate.source),
                    rate=formatting.decimal(rate.rate),
                    target=formatting.ltr(rate.target),
                    date=time_text.date_text(rate.as_of),
                )
                for rate in snapshot.rates_used
            )
            text += " " + self.tr("≈ converted with your rates: {rates}.").format(rates=rates)
        self.currency_label.setText(text)

    def _show_panels(self, snapshot: MarketSnapshot) -> None:
        missing = snapshot.uncached_panels
        if not missing or not snapshot.groups:
            self.panels_label.setText("")
            self.panels_label.setVisible(False)
            return
        names = self.tr(", ", "list separator").join(formatting.isolate(p.name) for p in missing)
        self.panels_label.setText(
            self.tr(
                "Not included, no saved catalogue yet (refresh its services first): {names}"
            ).format(names=names)
        )
        self.panels_label.setVisible(True)

    def _filtered(self) -> None:
        model = self.groups_model
        rows = model.rows
        self.count_label.setText(
            self.tr("{offers} offers, {services} services").format(
                offers=formatting.number(model.visible_count()),
                services=formatting.number(model.passing_count()),
            )
        )
        if rows is not None and rows.entries and model.visible_count() == 0:
            self.status_label.setText(self.tr("No offer matches the filter."))
        elif self.status_label.text() == self.tr("No offer matches the filter."):
            self.status_label.setText("")
        if model.visible_count():
            # The offer being looked at stays chosen while it still shows, as in Services.
            chosen = self._chosen_group
            row = model.row_of_group(chosen) if chosen is not None else None
            self.groups_table.setCurrentIndex(model.index(row or 0, G_OFFER))
        else:
            self.entries_model.set_entries(rows, [])
            self._entry_changed(QModelIndex(), QModelIndex())

    def _group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = self.groups_model.group_at(current.row()) if current.isValid() else None
        if group is not None:
            self._chosen_group = group
        members = [] if group is None else self.groups_model.passing_entries(group)
        shown_anew = self.entries_model.set_entries(self.groups_model.rows, members)
        if members and (shown_anew or not self.entries_table.currentIndex().isValid()):
            self.entries_table.setCurrentIndex(self.entries_model.index(0, E_NAME))
        elif not members:
            self._entry_changed(QModelIndex(), QModelIndex())

    def _entry_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        priced = self.entries_model.entry_at(current.row()) if current.isValid() else None
        self.order_button.setEnabled(priced is not None)
        if priced is None:
            self.quality_line.show_service(None)
        else:
            self.quality_line.show_service(priced.entry.service.id, priced.entry.profile_id)

    # --- ordering ------------------------------------------------------------------------------

    def order_current(self) -> None:
        """Open New order on the chosen service's panel with that service (switching panel)."""
        index = self.entries_table.currentIndex()
        priced = self.entries_model.entry_at(index.row()) if index.isValid() else None
        if priced is None:
            return
        profile_id, service_id = priced.entry.profile_id, priced.entry.service.id
        profile = self.session.profile
        if profile is not None and profile.id == profile_id:
            self.session.serviceChosen.emit(service_id)
            return
        self._pending_order = (profile_id, service_id)
        self.session.activate_profile(profile_id)

    def _profile_changed(self, profile: Any) -> None:
        pending, self._pending_order = self._pending_order, None
        if pending is None or profile is None or profile.id != pending[0]:
            return
        # After every tab has heard of the switch: Services has cleared the old panel's
        # catalogue by then, so New order waits for this panel's before choosing the service.
        QTimer.singleShot(0, self, lambda: self._choose_on(*pending))

    def _choose_on(self, profile_id: int, service_id: str) -> None:
        profile = self.session.profile
        if profile is not None and profile.id == profile_id:
            self.session.serviceChosen.emit(service_id)

    def _catalogue_changed(self, catalogue: Any) -> None:
        if catalogue is not None:
            self.mark_stale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            watched is self.entries_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.order_current()
            return True
        return super().eventFilter(watched, event)

"""Insights tab: where the money went, how orders ended, how fast services deliver, the balance.

The statistics and the chart texts are computed on a worker (core.insights through
ui/insights/chart_rows.py); the GUI thread only builds the Qt Charts from ready figures. The
tab computes nothing until it is first shown, and again when the journal changes while shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common.error_text import one_line
from ui.insights import charts
from ui.insights.chart_card import ChartCard
from ui.insights.chart_rows import (
    BY_PANEL,
    BY_SERVICE,
    PERIODS,
    ChartsRequest,
    ChartWords,
    PreparedCharts,
    prepare_charts,
)
from ui.insights.quality_text import quality_words
from ui.orders.orders_model import OrdersModel
from ui.shell.session import AppSession

#: A journal change is shown after this pause, so a refresh's batches redraw once.
RELOAD_DELAY_MS = 400


class InsightsTab(QWidget):
    """Charts of the order history, for one panel or all."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsTab")
        self.session = session
        self.prepared: PreparedCharts | None = None
        self._words: ChartWords | None = None
        #: The result being drawn, a chart per event-loop turn; `prepared` once all are drawn.
        self._drawing: PreparedCharts | None = None
        self._stale = True  # the journal changed since the charts were computed
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self._connect()

    # --- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.period_choice = QComboBox(self)
        self.period_choice.setObjectName("insightsPeriod")
        for key, _days, _bucket in PERIODS:
            self.period_choice.addItem(self._period_text(key), key)
        self.period_choice.setCurrentIndex(0)
        self.panel_choice = QComboBox(self)
        self.panel_choice.setObjectName("insightsPanel")
        self.panel_choice.setMinimumContentsLength(14)
        self.panel_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("insightsStatus")
        # A long note wraps: it never widens the window.
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period_choice)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Panel:"), self))
        bar.addWidget(self.panel_choice)
        bar.addSpacing(12)
        bar.addWidget(self.status_label, 1)
        runner = self.session.runner
        self.spending_card = ChartCard("spending", self.tr("Spending"), runner, self)
        self.spending_split = QComboBox(self.spending_card)
        self.spending_split.setObjectName("spendingSplit")
        self.spending_split.addItem(self.tr("by panel"), BY_PANEL)
        self.spending_split.addItem(self.tr("by service"), BY_SERVICE)
        self.spending_card.controls.addWidget(self.spending_split)
        self.status_card = ChartCard("statuses", self.tr("Orders by final status"), runner, self)
        self.speed_card = ChartCard(
            "completion", self.tr("Median time to complete, most used services"), runner, self
        )
        self.balance_card = ChartCard("balance", self.tr("Balance over time"), runner, self)
        # The cards scroll rather than set the window's least height: with the alert list open
        # below the tabs, their 640 px made the window taller than a 768 px screen.
        cards = QWidget(self)
        cards.setObjectName("insightsCards")
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        grid.addWidget(self.spending_card, 0, 0)
        grid.addWidget(self.status_card, 0, 1)
        grid.addWidget(self.speed_card, 1, 0)
        grid.addWidget(self.balance_card, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setObjectName("insightsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def _period_text(self, key: str) -> str:
        texts = {
            "30d": self.tr("Last 30 days, per day"),
            "13w": self.tr("Last 13 weeks, per week"),
            "12m": self.tr("Last 12 months, per month"),
            "all": self.tr("Everything, per month"),
        }
        return texts[key]

    def cards(self) -> list[ChartCard]:
        return [self.spending_card, self.status_card, self.speed_card, self.balance_card]

    def _connect(self) -> None:
        self.period_choice.activated.connect(lambda _i: self.reload())
        self.panel_choice.activated.connect(lambda _i: self.reload())
        self.spending_split.activated.connect(lambda _i: self._show_spending())
        self.session.ordersChanged.connect(self._journal_changed)
        self.session.journalRead.connect(self._journal_changed)
        self.session.balanceChanged.connect(self._journal_changed)
        self.session.profilesChanged.connect(self._fill_panels)
        for card in self.cards():
            card.saved.connect(self.status_label.setText)
        self._fill_panels()

    def _fill_panels(self) -> None:
        current = self.panel_choice.currentData()
        self.panel_choice.clear()
        self.panel_choice.addItem(self.tr("All panels"), None)
        for profile in self.session.profiles:
            self.panel_choice.addItem(profile.name, profile.id)
        self.panel_choice.setCurrentIndex(max(self.panel_choice.findData(current), 0))

    # --- state -------------------------------------------------------------------------------

    def save_state(self, state: Any) -> None:
        """The period and the spending split chosen last (the panel follows the session)."""
        state.setValue("insights/period", self.period_choice.currentData())
        state.setValue("insights/split", self.spending_split.currentData())

    def restore_state(self, state: Any) -> None:
        for combo, key in ((self.period_choice, "insights/period"),
                           (self.spending_split, "insights/split")):  # fmt: skip
            saved = state.value(key)
            index = -1 if saved is None else combo.findData(str(saved))
            if index >= 0:
                combo.setCurrentIndex(index)

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _journal_changed(self, *_args: Any) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def request(self) -> ChartsRequest:
        """What the selectors ask for."""
        return ChartsRequest(
            period=self.period_choice.currentData(), profile_id=self.panel_choice.currentData()
        )

    def reload(self) -> None:
        """Compute the statistics again on a worker, then draw them."""
        store = self.session.store
        if store is None:
            return
        self._stale = False
        request = self.request()
        names = {p.id: p.name for p in self.session.profiles}
        words = self.words()
        self.status_label.setText(self.tr("Reading the order history…"))
        self.session.runner.submit(
            lambda: prepare_charts(store, request, names, words),
            self._show,
            self._failed,
            owner=self,
            key="insights-charts",
        )

    def words(self) -> ChartWords:
        """The translated words the preparation needs (GUI thread)."""
        if self._words is None:
            statuses = OrdersModel(self).texts().kinds  # the status words Orders shows
            self._words = ChartWords(
                statuses=statuses,
                other_services=self.tr("Other services"),
                median=self.tr("Median time to complete"),
                spending_empty=self.tr(
                    "No money was spent on orders in this period. Spending appears here once "
                    "orders are placed."
                ),
                statuses_empty=self.tr(
                    "No order has finished in this period yet: completed, partial and canceled "
                    "orders are counted here."
                ),
                completion_empty=self.tr(
                    "Too few completed orders to tell how fast services deliver: a service "
                    "needs {count} completed orders placed from this app."
                ),
                balance_empty=self.tr(
                    "The balance has not been read twice in this period: the app keeps each "
                    "balance it reads, and the line starts with the second."
                ),
                quality=quality_words(),
            )
        return self._words

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(one_line(exc))
        for card in self.cards():
            card.show_empty(self.tr("The order history could not be read."))

    # --- drawing -----------------------------------------------------------------------------

    def _show(self, prepared: PreparedCharts) -> None:
        """Draw the charts one per turn of the event loop: the window answers between them
        (building four charts at once is the longest moment it could not)."""
        self._drawing = prepared
        self.status_label.setText(self._summary(prepared))
        steps = [self._show_spending, self._show_statuses, self._show_completion]
        steps.append(self._show_balance)
        self._draw_steps(prepared, steps)

    def _draw_steps(self, prepared: PreparedCharts, steps: list) -> None:
        if self._drawing is not prepared:
            return  # a newer result is being drawn
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, self, lambda: self._draw_steps(prepared, steps))
        else:
            self.prepared, self._drawing = prepared, None

    def _shown_data(self) -> PreparedCharts | None:
        return self._drawing or self.prepared

    def _show_statuses(self) -> None:
        card, data = self.status_card, self._shown_data().statuses  # type: ignore[union-attr]
        if data.empty:
            card.show_empty(data.empty)
            return
        chart = charts.pie(data.labels, data.counts, data.texts, card.show_tooltip)
        card.show_chart(chart, data.table)

    def _show_completion(self) -> None:
        card, data = self.speed_card, self._shown_data().completion  # type: ignore[union-attr]
        if data.empty:
            card.show_empty(data.empty)
            return
        chart = charts.horizontal_bars(
            data.labels, data.series, card.show_tooltip, data.full_labels, self.tr("hours")
        )
        card.show_chart(chart, data.table)

    def _show_balance(self) -> None:
        card, data = self.balance_card, self._shown_data().balance  # type: ignore[union-attr]
        if data.empty:
            card.show_empty(data.empty)
            return
        chart = charts.time_lines(data.lines, data.axis_labels, card.show_tooltip)
        card.show_chart(chart, data.table)

    def _summary(self, prepared: PreparedCharts) -> str:
        if not prepared.orders:
            return self.tr("No orders in this period.")
        text = self.tr("%n order(s), {spent} spent.", "", prepared.orders).format(
            spent=prepared.spent
        )
        if prepared.other_currencies:
            text += " " + self.tr(
                "The spending chart shows one currency; {currencies} left out: choose a panel."
            ).format(currencies=", ".join(prepared.other_currencies))
        return text

    def _show_spending(self) -> None:
        prepared = self._shown_data()
        if prepared is None:
            return
        by_service = self.spending_split.currentData() == BY_SERVICE
        data = prepared.spending_by_service if by_service else prepared.spending_by_panel
        card = self.spending_card
        if data.empty:
            card.show_empty(data.empty)
            return
        chart = charts.stacked_bars(
            data.categories, data.series, card.show_tooltip, data.axis_labels
        )
        card.show_chart(chart, data.table)
        card.title_label.setText(
            self.tr("Spending ({currency})").format(currency=data.currency)
            if data.currency
            else self.tr("Spending")
        )
        card.title_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)

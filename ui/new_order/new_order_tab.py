"""New order tab: pick a service, fill the form its type draws, see the price, place the order.

A second page takes mass orders. Every order goes through the journal (written before it is
sent) and is never resent on its own; an order whose fate is unknown is said to be so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.drafts import DraftInvalid, build_params, estimate
from core.models import Service
from core.service_types import type_of
from core.store.journal import JournalState
from core.workflows.order_placing import PlaceOutcome, place_order, recent_same_orders
from ui.common import formatting
from ui.common.error_text import describe
from ui.common.long_text import CELL_CHARS, preview
from ui.common.search_focus import focus_search_field
from ui.insights.quality_line import QualityLine
from ui.new_order.draft_text import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    estimate_reason_text,
    field_error_text,
    money_text,
    tr_type,
)
from ui.new_order.mass_order_panel import MassOrderPanel
from ui.new_order.order_confirmation import confirmation_text
from ui.new_order.order_form import OrderForm
from ui.new_order.order_outcome_text import (
    OutcomeText,
    interrupted_text,
    nothing_sent_text,
    outcome_text,
)
from ui.new_order.question_dialog import ask_question
from ui.new_order.service_picker import ServicePicker
from ui.new_order.service_text import average_time_line, price_line
from ui.shell.session import AppSession

PAGE_SINGLE, PAGE_MASS = 0, 1


class NewOrderTab(QWidget):
    """Places orders of every service type, one at a time or as a mass order."""

    #: Emitted when a single order ends: a PlaceOutcome, or the exception that stopped it
    #: before anything was sent.
    orderFinished = Signal(object)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newOrderTab")
        self.session = session
        self.last_outcome: PlaceOutcome | None = None
        self._busy = False
        self._pending_service: str | None = None
        self._build()
        self._connect()
        if session.catalogue is not None:  # made after the catalogue loaded (a lazy tab)
            self._catalogue_changed(session.catalogue)
        if session.profile is not None:  # ...or after the panel said no
            self._profile_changed(session.profile)
            if session.balance_error is not None:
                self._panel_failed(session.balance_error)
        self._form_changed()

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.mode_tabs = QTabWidget(self)
        self.mode_tabs.setObjectName("orderModeTabs")
        self.mode_tabs.setDocumentMode(True)

        self.picker = ServicePicker(self)
        self.form = OrderForm(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("orderFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("orderServiceTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)

        # Price and average time under the title: what a panel's order page shows there.
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("orderServiceFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setVisible(False)

        self.estimate_label = QLabel(self)
        self.estimate_label.setObjectName("estimateLabel")
        self.estimate_label.setWordWrap(True)
        self.balance_warning = QLabel(self)
        self.balance_warning.setObjectName("balanceWarning")
        self.balance_warning.setWordWrap(True)
        self.balance_warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.balance_warning.setVisible(False)
        self.submit_hint = QLabel(self)
        self.submit_hint.setObjectName("submitHint")
        self.submit_hint.setWordWrap(True)
        self.submit_hint.setEnabled(False)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("orderResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)
        self.show_order_button = QPushButton(self.tr("Show in Orders"), self)
        self.show_order_button.setObjectName("showInOrdersButton")
        self.show_order_button.setVisible(False)

        self.submit_button = QPushButton(self.tr("Place order…"), self)
        self.submit_button.setObjectName("submitOrderButton")
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(self.tr("Place the order (Ctrl+Enter)"))

        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.show_order_button, 0, Qt.AlignmentFlag.AlignTop)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.submit_hint, 1)
        submit_row.addWidget(self.submit_button)

        right = QWidget(self)
        right.setObjectName("orderFormSide")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.facts_label)
        # How this service delivered the user's own orders (ui/insights).
        self.quality_line = QualityLine(self.session, "orderServiceQuality", right)
        right_layout.addWidget(self.quality_line)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.estimate_label)
        right_layout.addWidget(self.balance_warning)
        right_layout.addLayout(result_row)
        right_layout.addLayout(submit_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("orderSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 420])

        single = QWidget(self)
        single.setObjectName("singleOrderPage")
        QVBoxLayout(single).addWidget(self.splitter)
        self.mass_panel = MassOrderPanel(self.session, self)
        self.mode_tabs.addTab(single, self.tr("Single order"))
        self.mode_tabs.addTab(self.mass_panel, self.tr("Mass order"))
        # Why nothing can be ordered from this panel now (a refused key, no connection), and
        # what to do: above both pages, until the panel answers again.
        self.panel_problem = QLabel(self)
        self.panel_problem.setObjectName("panelProblem")
        self.panel_problem.setWordWrap(True)
        self.panel_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.panel_problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.panel_problem.setVisible(False)
        self.panel_problem.setContentsMargins(8, 4, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel_problem)
        layout.addWidget(self.mode_tabs)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), single)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)

    def _connect(self) -> None:
        session = self.session
        self.picker.serviceSelected.connect(self._service_selected)
        self.picker.serviceActivated.connect(lambda _s: self.form.focus_first_field())
        self.form.changed.connect(self._form_changed)
        self.submit_button.clicked.connect(self.submit)
        self.show_order_button.clicked.connect(self._show_in_orders)
        session.catalogueChanged.connect(self._catalogue_changed)
        session.balanceChanged.connect(self._balance_changed)
        session.profileChanged.connect(self._profile_changed)
        session.balanceFailed.connect(self._panel_failed)
        session.serviceChosen.connect(self.choose_service)
        session.repeatOrder.connect(self.repeat_order)

    # --- public --------------------------------------------------------------------------------

    def choose_service(self, service_id: str) -> bool:
        """Show the single-order form for this service (remembered until the catalogue loads)."""
        self.mode_tabs.setCurrentIndex(PAGE_SINGLE)
        if self.session.catalogue is None:
            self._pending_service = str(service_id)
            return False
        return self.picker.select(str(service_id))

    def focus_search(self) -> None:
        """Ctrl+F (ui/common/search_focus.py): the service search, on the single-order page
        that holds it (a mass order's text stays on its own page)."""
        self.mode_tabs.setCurrentIndex(PAGE_SINGLE)
        focus_search_field(self.picker.search_edit)

    def repeat_order(self, order: Any) -> bool:
        """Fill the form from a journal order (core.store.journal.JournalOrder)."""
        if not order.service_id or not self.choose_service(order.service_id):
            self._show_result(
                self.tr("Service {id} of that order is not in this panel's list any more.").format(
                    id=formatting.ltr(order.service_id or "?")
                ),
                ERROR_COLOUR,
            )
            return False
        if order.params_unreadable:  # a damaged row: its link column is all that is known
            self.form.set_values({"link": order.link} if order.link else {})
            text = self.tr(
                "The earlier order's parameters cannot be read: only its link is filled in."
            )
            self._show_result(text, WARNING_COLOUR)
        else:
            self.form.set_values({k: v for k, v in order.params.items() if k != "service"})
            self._show_result(
                self.tr("Filled in from an earlier order: check it, then place it."), None
            )
        self.show_order_button.setVisible(False)
        return True

    def submit(self) -> None:
        """Confirm and place the order (the button and Ctrl+Enter)."""
        if self._busy or self.mode_tabs.currentIndex() != PAGE_SINGLE:
            return
        session = self.session
        draft = self.form.draft()
        if draft is None or session.client is None or session.profile is None:
            return
        self.form.touch_all()
        if not self.form.is_valid():
            return
        try:
            params = build_params(draft)
        except DraftInvalid:
            return
        self._set_busy(True)  # from here a second click or Ctrl+Enter does nothing
        journal, profile_id = session.store.journal, session.profile.id
        client, currency = session.client, session.currency

        def find_recent() -> list:
            return recent_same_orders(journal, profile_id, draft)

        def checked(recent: list) -> None:
            if recent and not self.ask(
                "duplicate",
                self.tr("Ordered recently"),
                self.tr(
                    "You ordered this service for this link %Ln time(s) in the last hour. "
                    "Order it again?",
                    "",
                    len(recent),
                ),
            ):
                self._set_busy(False)
                return
            summary = confirmation_text(draft, params, currency)
            if not self.ask("confirm", self.tr("Place this order?"), summary):
                self._set_busy(False)
                return
            self._show_result(self.tr("Sending the order…"), None)
            self.show_order_button.setVisible(False)
            # The journal id, told by place_order (on the worker) once the order is written
            # down: read here only after the task ended.
            recorded: list[int] = []
            session.runner.submit(
                lambda: place_order(
                    journal, client, profile_id, draft, currency, on_recorded=recorded.append
                ),
                self._placed,
                lambda exc: self._send_failed(recorded[0] if recorded else None, exc),
                owner=self,
            )

        session.runner.submit(find_recent, checked, self._failed, owner=self)

    def ask(self, kind: str, title: str, text: str) -> bool:
        """Ask a yes/no question ("confirm" or "duplicate"); tests replace this method."""
        accept = self.tr("Place order") if kind == "confirm" else self.tr("Order again")
        return ask_question(self, kind, title, text, accept, accept_is_default=kind == "confirm")

    # --- reacting ------------------------------------------------------------------------------

    def _catalogue_changed(self, catalogue: Any) -> None:
        self.picker.set_currency(self.session.currency)
        self.picker.set_catalog(catalogue)
        if catalogue is not None and self._pending_service is not None:
            wanted, self._pending_service = self._pending_service, None
            self.picker.select(wanted)

    def _balance_changed(self, balance: Any) -> None:
        if balance is not None:  # the panel answered with this key: nothing in the way
            self.panel_problem.setVisible(False)
        self.picker.set_currency(self.session.currency)
        self._show_facts(self.form.service)
        self._form_changed()

    def _profile_changed(self, _profile: Any) -> None:
        session = self.session
        # A key that is missing or a URL that cannot be used is known at once; a refused key
        # or an unreachable panel when its balance is asked (_panel_failed).
        self._show_panel_problem(session.client_problem if session.client is None else None)
        self._form_changed()

    def _panel_failed(self, exc: BaseException) -> None:
        """The panel did not answer its balance: the key was refused, it cannot be reached..."""
        title, message, _ = describe(exc)
        self._show_panel_problem(self.tr("{title}. {message}").format(title=title, message=message))

    def _show_panel_problem(self, text: str | None) -> None:
        if text:
            self.panel_problem.setText(
                self.tr("Orders cannot be placed on this panel now: {problem}").format(problem=text)
            )
        self.panel_problem.setVisible(bool(text))

    def _service_selected(self, service: Service | None) -> None:
        if self.last_outcome is not None and not self._busy:
            # The last order's result belongs to the last service: not to this one.
            self._show_result("", None)
            self.show_order_button.setVisible(False)
        self.form.set_service(service)
        if service is None:
            self.title_label.setText(self.tr("New order"))
        else:
            stype = type_of(service)
            type_text = tr_type(stype.name) if stype.known else service.type
            # The panel's name isolated: its brackets and quotes stay put in a Persian line.
            name = formatting.isolate(preview(service.name, CELL_CHARS))
            self.title_label.setText(f"{formatting.ltr(service.id)} · {name}  ({type_text})")
        self._show_facts(service)
        self.quality_line.show_service(None if service is None else service.id)
        self._form_changed()

    def _show_facts(self, service: Service | None) -> None:
        facts = []
        if service is not None:
            facts.append(price_line(service, self.session.currency))
            average = average_time_line(service)
            if average:
                facts.append(average)
        self.facts_label.setText(self.tr(" · ", "facts separator").join(facts))
        self.facts_label.setVisible(bool(facts))

    def _form_changed(self) -> None:
        draft = self.form.draft()
        session = self.session
        self.balance_warning.setVisible(False)
        if draft is None:
            self.estimate_label.setText("")
        else:
            est = estimate(draft)
            if est.amount is None:
                self.estimate_label.setText(
                    self.tr("Estimated charge: —  ({reason})").format(
                        reason=estimate_reason_text(est)
                    )
                )
            else:
                self.estimate_label.setText(
                    self.tr("Estimated charge: {amount}").format(
                        amount=money_text(est.amount, session.currency)
                    )
                )
                balance = session.balance
                if balance is not None and est.amount > balance.amount:
                    self.balance_warning.setText(
                        self.tr(
                            "This is more than your balance ({balance}): the panel will refuse "
                            "the order unless you add funds."
                        ).format(balance=money_text(balance.amount, balance.currency))
                    )
                    self.balance_warning.setVisible(True)
        blocking = self.form.blocking_errors()
        if session.client is None:
            hint = session.client_problem or self.tr("Set the panel's API key in Panels first.")
        elif draft is None:
            hint = self.tr("Choose a service first.")
        elif blocking:
            hint = field_error_text(blocking[0])
        else:
            hint = ""
        self.submit_hint.setText(hint)
        self._update_submit()

    def _update_submit(self) -> None:
        self.submit_button.setEnabled(
            not self._busy and self.form.is_valid() and self.session.client is not None
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # While an order is in flight the form stays as sent: the outcome then speaks of
        # exactly what is on screen.
        self.form.setEnabled(not busy)
        self.picker.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Place order…"))
        self._update_submit()

    def _placed(self, outcome: PlaceOutcome) -> None:
        self._set_busy(False)
        self.last_outcome = outcome
        self._show_outcome(outcome_text(outcome))
        self.session.ordersChanged.emit()
        self.session.refresh_balance()
        self.orderFinished.emit(outcome)

    def _send_failed(self, local_id: int | None, exc: BaseException) -> None:
        """The send task ended with an error: "nothing was sent" only if it came before the
        order was written down (the journal's `begin`); after that, it may have been sent."""
        if local_id is None:
            self._failed(exc)
            return
        self._set_busy(False)
        self.last_outcome = PlaceOutcome(local_id, JournalState.UNKNOWN.value, error=exc)
        self._show_outcome(interrupted_text(exc))
        self.session.ordersChanged.emit()
        self.orderFinished.emit(self.last_outcome)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_outcome(nothing_sent_text(exc))
        self.orderFinished.emit(exc)

    def _show_outcome(self, shown: OutcomeText) -> None:
        self._show_result(shown.text, shown.colour)
        self.show_order_button.setVisible(shown.show_in_orders)

    def _show_result(self, text: str, colour: str | None) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.result_label.setVisible(bool(text))

    def _show_in_orders(self) -> None:
        if self.last_outcome is not None:
            self.session.showOrder.emit(self.last_outcome.local_id)

"""Refill and Cancel: the selected orders that allow it sent to the panel through
core.workflows.order_actions; its answer for each order said in the app's words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from core.store import JournalOrder
from core.workflows.order_actions import (
    ActionOutcome,
    can_cancel,
    can_refill,
    cancel_orders,
    refill_orders,
)
from ui.common import formatting
from ui.common.error_text import one_line

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab, Said


#: Ids named in a confirmation; more are counted ("and 12 more").
NAMED_IN_CONFIRMATION = 8


class Request(str, Enum):
    """What is asked of the panel."""

    REFILL = "refill"
    CANCEL = "cancel"


class RefillCancelAction(QObject):
    """Asks the panel to refill or cancel orders, once the user confirmed, and reports what it
    answered; the balance is asked again after (a cancel refunds, a refill may charge)."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        #: Asks the user to confirm the request for these orders (tests answer it themselves).
        self.confirm: Callable[[Request, Sequence[JournalOrder]], bool] = self._confirm

    def refill_selected(self) -> None:
        """Ask the panel to refill the selected orders that allow it."""
        self._ask(
            Request.REFILL,
            can_refill,
            refill_orders,
            lambda n: self.tr("Refill requested for %n order(s).", "", n),
            self.tr("The panel refused a refill for order {id}: {reason}"),
            self.tr("Asking the panel for a refill…"),
        )

    def cancel_selected(self) -> None:
        """Ask the panel to cancel the selected orders that allow it."""
        self._ask(
            Request.CANCEL,
            can_cancel,
            cancel_orders,
            lambda n: self.tr("Cancel requested for %n order(s).", "", n),
            self.tr("The panel refused to cancel order {id}: {reason}"),
            self.tr("Asking the panel to cancel…"),
        )

    def _ask(
        self,
        request: Request,
        allowed: Callable[..., bool],
        workflow: Callable[..., ActionOutcome],
        accepted_n: Callable[[int], str],
        refused: str,
        busy: str,
    ) -> None:
        session, active = self.tab.session, self.tab.active_profile_id()
        orders = [o for o in self.tab.selected_orders() if allowed(o, active, session.catalogue)]
        client, store = session.client, session.store
        if not orders or client is None or active is None:
            return
        if not self.confirm(request, orders):
            return
        accepted = accepted_n(len(orders))

        def say(outcome: ActionOutcome) -> Said:
            if outcome.accepted:
                session.refresh_balance()  # a cancel refunds; a refill may be charged
            text = _answers_text(outcome, accepted, refused)
            problem = outcome.follow_up_error
            if problem is not None:
                # Requested all the same; the new status could not be read: said, with why.
                return f"{text}\n{one_line(problem)}", problem
            return text, None

        self.tab.run_action(lambda: workflow(store.journal, client, active, orders), busy, say)

    def confirmation_text(self, request: Request, orders: Sequence[JournalOrder]) -> str:
        """What the confirmation says: which orders, and what the request means."""
        ids = [formatting.ltr(o.panel_order_id or "") for o in orders[:NAMED_IN_CONFIRMATION]]
        # The list separator is the language's own ("، " in Persian).
        named = self.tr(", ").join(ids)
        more = len(orders) - len(ids)
        if more > 0:
            named = self.tr("{ids} and %n more", "", more).format(ids=named)
        if request == Request.CANCEL:
            return self.tr(
                "Ask the panel to cancel %n order(s): {ids}?\n\nWhat is not delivered yet is "
                "stopped and, if the panel accepts, refunded to your balance. A cancel cannot be "
                "undone; the panel may refuse it.",
                "",
                len(orders),
            ).format(ids=named)
        return self.tr(
            "Ask the panel to refill %n order(s): {ids}?\n\nThe panel tops up what dropped "
            "since delivery, as its refill terms allow; it may refuse.",
            "",
            len(orders),
        ).format(ids=named)

    def _confirm(self, request: Request, orders: Sequence[JournalOrder]) -> bool:
        title = self.tr("Cancel orders") if request == Request.CANCEL else self.tr("Refill orders")
        box = QMessageBox(
            QMessageBox.Icon.Question, title, self.confirmation_text(request, orders),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.tab,
        )  # fmt: skip
        box.setObjectName("orderRequestConfirmation")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Cancel orders") if request == Request.CANCEL else self.tr("Refill"))
        no = box.button(QMessageBox.StandardButton.No)
        no.setText(self.tr("Keep them") if request == Request.CANCEL else self.tr("Not now"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


def _answers_text(outcome: ActionOutcome, accepted: str, refused: str) -> str:
    """One line per order the panel refused, with its own reason; else that all was accepted."""
    if not outcome.refused:
        return accepted
    return "\n".join(
        refused.format(
            id=formatting.ltr(answer.panel_order_id),
            reason=formatting.isolate(answer.reason or ""),
        )
        for answer in outcome.refused
    )

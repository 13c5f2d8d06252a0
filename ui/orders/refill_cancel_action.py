"""Refill and Cancel: the selected orders that allow it sent to the panel through
core.workflows.order_actions; its answer for each order said in the app's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

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


class RefillCancelAction(QObject):
    """Asks the panel to refill or cancel orders and reports what it answered."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def refill_selected(self) -> None:
        """Ask the panel to refill the selected orders that allow it."""
        session, active = self.tab.session, self.tab.active_profile_id()
        orders = [o for o in self.tab.selected_orders() if can_refill(o, active, session.catalogue)]
        client, store = session.client, session.store
        if not orders or client is None or active is None:
            return
        accepted = self.tr("Refill requested for %n order(s).", "", len(orders))
        refused = self.tr("The panel refused a refill for order {id}: {reason}")

        def say(outcome: ActionOutcome) -> Said:
            text = _answers_text(outcome, accepted, refused)
            if outcome.follow_up_error is not None:
                # Requested all the same: the refill's status is asked again at the next refresh.
                text = f"{text}\n{one_line(outcome.follow_up_error)}"
            return text, None

        self.tab.run_action(
            lambda: refill_orders(store.journal, client, active, orders),
            self.tr("Asking the panel for a refill…"),
            say,
        )

    def cancel_selected(self) -> None:
        """Ask the panel to cancel the selected orders that allow it."""
        session, active = self.tab.session, self.tab.active_profile_id()
        orders = [o for o in self.tab.selected_orders() if can_cancel(o, active, session.catalogue)]
        client, store = session.client, session.store
        if not orders or client is None or active is None:
            return
        accepted = self.tr("Cancel requested for %n order(s).", "", len(orders))
        refused = self.tr("The panel refused to cancel order {id}: {reason}")

        def say(outcome: ActionOutcome) -> Said:
            text = _answers_text(outcome, accepted, refused)
            problem = outcome.follow_up_error
            if problem is not None:  # the new status could not be read: say why
                return f"{text}\n{one_line(problem)}", problem
            return text, None

        self.tab.run_action(
            lambda: cancel_orders(store.journal, client, active, orders),
            self.tr("Asking the panel to cancel…"),
            say,
        )


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

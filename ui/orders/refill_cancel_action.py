"""Refill and Cancel: the selected orders that allow it sent to the panel through
core.workflows.order_actions; its answer for each order said in the app's words."""

from __future__ import annotations

from collections.abc import Callable
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
        self._ask(
            can_refill,
            refill_orders,
            lambda n: self.tr("Refill requested for %n order(s).", "", n),
            self.tr("The panel refused a refill for order {id}: {reason}"),
            self.tr("Asking the panel for a refill…"),
        )

    def cancel_selected(self) -> None:
        """Ask the panel to cancel the selected orders that allow it."""
        self._ask(
            can_cancel,
            cancel_orders,
            lambda n: self.tr("Cancel requested for %n order(s).", "", n),
            self.tr("The panel refused to cancel order {id}: {reason}"),
            self.tr("Asking the panel to cancel…"),
        )

    def _ask(
        self,
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
        accepted = accepted_n(len(orders))

        def say(outcome: ActionOutcome) -> Said:
            text = _answers_text(outcome, accepted, refused)
            problem = outcome.follow_up_error
            if problem is not None:
                # Requested all the same; the new status could not be read: said, with why.
                return f"{text}\n{one_line(problem)}", problem
            return text, None

        self.tab.run_action(lambda: workflow(store.journal, client, active, orders), busy, say)


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

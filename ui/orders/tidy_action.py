"""Hide and Remove: taking rows off the table (an id tracked by mistake, an order the panel does
not know, one never placed), through core.workflows.order_lookup. A hidden row stays in the
journal and is no longer polled; "Show hidden" brings it back into view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from core.store import JournalOrder
from core.workflows.order_lookup import TidyOutcome, can_remove, hide_orders, remove_orders

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab, Said


class TidyAction(QObject):
    """Hides, shows again or removes the selected rows."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        #: Asks the user to confirm removing these orders (tests answer it themselves).
        self.confirm_remove: Callable[[Sequence[JournalOrder]], bool] = self._confirm_remove

    def hide_selected(self) -> None:
        """Hide the selected rows; when every one of them is hidden already, show them again."""
        orders = self.tab.selected_orders()
        if not orders:
            return
        hide = not all(o.hidden for o in orders)
        store = self.tab.session.store
        ids = [o.local_id for o in orders]

        def say(outcome: TidyOutcome) -> Said:
            n = len(outcome.changed)
            if hide:
                return self.tr(
                    "%n order(s) hidden: no longer shown or checked. “Show hidden” shows them.",
                    "",
                    n,
                ), None
            return self.tr("%n order(s) shown again and checked at each refresh.", "", n), None

        self.tab.run_action(
            lambda: hide_orders(store.journal, ids, hide), self.tr("Saving your choice…"), say
        )

    def remove_selected(self) -> None:
        """Remove the selected rows the journal may forget, once the user confirmed."""
        orders = [o for o in self.tab.selected_orders() if can_remove(o)]
        if not orders or not self.confirm_remove(orders):
            return
        store = self.tab.session.store
        ids = [o.local_id for o in orders]

        def say(outcome: TidyOutcome) -> Said:
            return self.tr("%n order(s) removed from the list.", "", len(outcome.changed)), None

        self.tab.run_action(
            lambda: remove_orders(store.journal, ids), self.tr("Removing the orders…"), say
        )

    def _confirm_remove(self, orders: Sequence[JournalOrder]) -> bool:
        answer = QMessageBox.question(
            self.tab,
            self.tr("Remove orders"),
            self.tr(
                "Remove %n order(s) and their history from this list? They were tracked by id "
                "or never placed: nothing changes on the panel, and an id can be tracked again.",
                "",
                len(orders),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

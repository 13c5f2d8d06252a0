"""Resolving an order whose outcome is unknown: "Found on the panel…" records its panel id and
follows it, "Not placed…" records that it never reached the panel (core.workflows.order_lookup).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core.store import JournalOrder, JournalState
from core.workflows.order_lookup import (
    ResolveCode,
    ResolveOutcome,
    clean_panel_id,
    record_found,
    record_not_placed,
)
from ui.common import formatting
from ui.common.error_text import one_line

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab, Said


class ResolveAction(QObject):
    """Asks the user what they found on the panel and records it."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        #: Asks the panel's id of an unknown order found on the panel (None = cancelled).
        self.ask_panel_id: Callable[[JournalOrder], str | None] = self._ask_panel_id
        #: Asks whether an unknown order really is not on the panel.
        self.confirm_not_placed: Callable[[JournalOrder], bool] = self._confirm_not_placed

    def selected_unknown(self) -> JournalOrder | None:
        """The one selected order, when its outcome is unknown."""
        orders = self.tab.selected_orders()
        if len(orders) == 1 and orders[0].state == JournalState.UNKNOWN.value:
            return orders[0]
        return None

    def _ask_panel_id(self, order: JournalOrder) -> str | None:
        text, ok = QInputDialog.getText(
            self.tab,
            self.tr("Found on the panel"),
            self.tr("The order's id on the panel, as its order list shows it:"),
        )
        return text if ok else None

    def _confirm_not_placed(self, order: JournalOrder) -> bool:
        answer = QMessageBox.question(
            self.tab,
            self.tr("Not placed"),
            self.tr(
                "Mark this order as not placed? Do this only after checking that the panel's "
                "order list does not have it."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _no_change(self) -> str:
        return self.tr("This order's outcome is no longer unknown: nothing was changed.")

    def resolve_placed(self) -> None:
        """The selected unknown order was found on the panel: record its id and follow it."""
        tab = self.tab
        order = self.selected_unknown()
        if order is None:
            return
        answer = self.ask_panel_id(order)
        if answer is None:
            return
        panel_id = clean_panel_id(answer)
        if panel_id is None:  # said at once: nothing to send or write
            tab.report_problem(
                self.tr(
                    "An order id is digits only, with no spaces or commas, e.g. 123456: "
                    "nothing was changed."
                )
            )
            return
        store = tab.session.store
        # Its status is asked only from its own panel's client.
        client = tab.session.client if order.profile_id == tab.active_profile_id() else None
        ok = self.tr("Order {id} is recorded as placed and followed like any other.")
        taken = self.tr(
            "Order {id} is already in the list: nothing was changed. If the unknown order is "
            "that one, mark it as not placed."
        )

        def say(outcome: ResolveOutcome) -> Said:
            shown_id = formatting.ltr(outcome.panel_order_id or panel_id)
            if outcome.code == ResolveCode.TAKEN:
                return taken.format(id=shown_id), None
            if outcome.code != ResolveCode.RECORDED:
                return self._no_change(), None
            text = ok.format(id=shown_id)
            problem = outcome.status_error
            if problem is not None:  # recorded; its status is asked again at the next refresh
                return f"{text}\n{one_line(problem)}", problem
            return text, None

        tab.run_action(
            lambda: record_found(store.journal, order.local_id, panel_id, client),
            self.tr("Recording the order…"),
            say,
        )

    def resolve_failed(self) -> None:
        """The selected unknown order is not on the panel: record it as not placed."""
        order = self.selected_unknown()
        if order is None or not self.confirm_not_placed(order):
            return
        store = self.tab.session.store
        # Kept in the journal as the reason, in the language the user read it in.
        note = self.tr("Not on the panel, as checked by you")
        ok = self.tr("The order is recorded as not placed.")

        def say(outcome: ResolveOutcome) -> Said:
            return (ok if outcome.code == ResolveCode.RECORDED else self._no_change()), None

        self.tab.run_action(
            lambda: record_not_placed(store.journal, order.local_id, note),
            self.tr("Recording the order…"),
            say,
        )

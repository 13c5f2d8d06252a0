"""Track: orders placed elsewhere (the panel's website, another app) followed by their ids,
through core.workflows.order_lookup."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core.workflows.order_lookup import TrackOutcome, read_ids, track_orders
from ui.common import formatting
from ui.common.error_text import one_line
from ui.common.long_text import preview

#: How much of a refused part the message repeats.
ID_CHARS = 30

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab, Said


class TrackAction(QObject):
    """Adds orders by their panel ids and asks their status at once."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def track_from_edit(self) -> None:
        """Track the ids typed or pasted in the track field; when a part cannot be an order id,
        nothing is tracked and the text stays, so it can be corrected."""
        typed = read_ids(self.tab.buttons.track_edit.text())
        if typed.refused:
            shown = [formatting.ltr(preview(part, ID_CHARS)) for part in typed.refused[:5]]
            self.tab.report_problem(
                self.tr(
                    "Not an order id: {parts}. A panel's order ids are digits only, e.g. "
                    "123456; nothing was tracked."
                ).format(parts=self.tr(", ").join(shown))
            )
            return
        if typed.ids:
            self.track(typed.ids)

    def track(self, panel_order_ids: Iterable[str]) -> None:
        """Follow orders placed elsewhere by their panel ids; their status is asked at once."""
        session = self.tab.session
        client, store, profile = session.client, session.store, session.profile
        ids = list(panel_order_ids)
        if profile is None or store is None or not ids:
            return
        profile_id = profile.id

        def say(outcome: TrackOutcome) -> Said:
            text = self.tr("Tracking %n order(s).", "", len(outcome.followed))
            for panel_id, words in outcome.not_found.items():
                # Still followed (its row shows this), so a typo can be seen and removed.
                text += "\n" + self.tr("The panel does not know order {id}: {words}").format(
                    id=formatting.ltr(panel_id), words=words
                )
            problem = outcome.status_error
            if problem is not None:  # followed, but their status could not be read yet
                return f"{text}\n{one_line(problem)}", problem
            return text, None

        self.tab.buttons.track_edit.clear()
        self.tab.run_action(
            lambda: track_orders(store.journal, client, profile_id, ids),
            self.tr("Adding the orders…"),
            say,
        )

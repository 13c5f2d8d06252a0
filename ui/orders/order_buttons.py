"""The row of actions under the orders table: refill, cancel, copy, open, repeat, resolve,
export, and tracking orders placed elsewhere by id."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QPushButton, QWidget

from core.catalog import ServiceCatalog
from core.store import JournalOrder, JournalState
from core.workflows.order_actions import can_cancel, can_refill
from core.workflows.order_lookup import can_remove
from ui.orders.link_actions import url_of


class OrderButtons(QWidget):
    """The action buttons; what they do is wired by the tab to its action modules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderButtons")
        self.refill_button = self._button(
            "refillButton",
            self.tr("Refill"),
            self.tr("Ask the panel to refill the selected orders"),
        )
        self.cancel_button = self._button(
            "cancelButton",
            self.tr("Cancel"),
            self.tr("Ask the panel to cancel the selected orders"),
        )
        self.copy_id_button = self._button(
            "copyIdButton", self.tr("Copy ID"), self.tr("Copy the selected order ids")
        )
        self.copy_link_button = self._button(
            "copyLinkButton", self.tr("Copy link"), self.tr("Copy the selected orders' links")
        )
        self.open_link_button = self._button(
            "openLinkButton", self.tr("Open link"), self.tr("Open the link in your browser")
        )
        self.repeat_button = self._button(
            "repeatButton",
            self.tr("Repeat…"),
            self.tr("Open New order filled in like this order"),
        )
        self.resolve_placed_button = self._button(
            "resolvePlacedButton",
            self.tr("Found on the panel…"),
            self.tr(
                "This order's outcome is unknown and you found it on the panel: enter its id "
                "there to follow it here"
            ),
        )
        self.resolve_failed_button = self._button(
            "resolveFailedButton",
            self.tr("Not placed…"),
            self.tr(
                "This order's outcome is unknown and it is not on the panel: mark it not placed"
            ),
        )
        self.hide_button = self._button(
            "hideOrdersButton",
            self.tr("Hide"),
            self.tr(
                "Take the selected orders off the list: kept, no longer checked at refresh "
                "(“Show hidden” shows them again)"
            ),
            self.tr("Show"),
        )
        self.remove_button = self._button(
            "removeOrdersButton",
            self.tr("Remove…"),
            self.tr("Remove orders tracked by id or never placed from the list"),
        )
        self.export_button = self._button(
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
        # As wide as its hint in either language when the row has room (it takes the row's
        # free space up to that), narrower in a small window.
        hint_width = self.track_edit.fontMetrics().horizontalAdvance(
            self.track_edit.placeholderText()
        )
        self.track_edit.setMaximumWidth(max(220, hint_width + 24))
        self.track_button = self._button(
            "trackOrderButton",
            self.tr("Track"),
            self.tr("Follow orders placed on the panel's website or elsewhere, by their ids"),
        )

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)  # laid out as if part of the tab's own layout
        for b in (
            self.refill_button,
            self.cancel_button,
            self.copy_id_button,
            self.copy_link_button,
            self.open_link_button,
            self.repeat_button,
            self.resolve_placed_button,
            self.resolve_failed_button,
            self.hide_button,
            self.remove_button,
            self.export_button,
        ):
            row.addWidget(b)
        row.addStretch(0)
        row.addWidget(self.track_edit, 1)
        row.addWidget(self.track_button)

    def update_for(
        self,
        orders: Sequence[JournalOrder],
        *,
        has_client: bool,
        active_profile_id: int | None,
        catalogue: ServiceCatalog | None,
        any_rows: bool,
    ) -> None:
        """Enable what applies to the selected `orders`; the resolve buttons show only for one
        order whose outcome is unknown."""
        active = active_profile_id
        self.refill_button.setEnabled(
            has_client and any(can_refill(o, active, catalogue) for o in orders)
        )
        self.cancel_button.setEnabled(
            has_client and any(can_cancel(o, active, catalogue) for o in orders)
        )
        self.copy_id_button.setEnabled(any(o.panel_order_id for o in orders))
        self.copy_link_button.setEnabled(any(o.link for o in orders))
        self.open_link_button.setEnabled(any(url_of(o) for o in orders))
        self.repeat_button.setEnabled(len(orders) == 1 and bool(orders[0].service_id))
        unknown = len(orders) == 1 and orders[0].state == JournalState.UNKNOWN.value
        for b in (self.resolve_placed_button, self.resolve_failed_button):
            b.setVisible(unknown)
            b.setEnabled(unknown)
        self.hide_button.setEnabled(bool(orders))
        hidden = bool(orders) and all(o.hidden for o in orders)
        self.hide_button.setText(self.tr("Show") if hidden else self.tr("Hide"))
        removable = any(can_remove(o) for o in orders)
        self.remove_button.setVisible(removable)
        self.remove_button.setEnabled(removable)
        self.export_selected_action.setEnabled(bool(orders))
        self.export_button.setEnabled(any_rows)

    def _button(self, name: str, text: str, tip: str, *more_texts: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        # The style's 80 px floor per button would make this row alone wider than a small
        # window; below its usual width a button may shrink to its words.
        words = max(button.fontMetrics().horizontalAdvance(t) for t in (text, *more_texts))
        button.setMinimumWidth(min(words + 24, button.sizeHint().width()))
        return button

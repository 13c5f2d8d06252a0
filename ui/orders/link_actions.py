"""Copy ID, Copy link, Open link and Repeat: what the selected orders' ids and links are for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from core.store import JournalOrder
from core.workflows.order_lookup import link_address

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab

#: More tabs than this at once is more likely a slip than a wish.
OPEN_LINKS_AT_MOST = 5


def url_of(order: JournalOrder) -> QUrl | None:
    """The order's link as a web address Qt can open, or None (a username is not a link)."""
    address = link_address(order.link)
    if address is None:
        return None
    url = QUrl(address, QUrl.ParsingMode.StrictMode)
    return url if url.isValid() and url.host() else None


class LinkActions(QObject):
    """Copies ids and links, opens links in the browser, reopens an order in New order."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        #: Opens a URL; tests replace it so no browser starts.
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl

    def copy_ids(self) -> None:
        ids = [o.panel_order_id for o in self.tab.selected_orders() if o.panel_order_id]
        if ids:
            QGuiApplication.clipboard().setText("\n".join(ids))
            self.tab.set_status(self.tr("Copied %n order id(s).", "", len(ids)))

    def copy_links(self) -> None:
        links = [o.link for o in self.tab.selected_orders() if o.link]
        if links:
            QGuiApplication.clipboard().setText("\n".join(links))
            self.tab.set_status(self.tr("Copied %n link(s).", "", len(links)))

    def open_links(self) -> None:
        urls = [u for u in (url_of(o) for o in self.tab.selected_orders()) if u is not None]
        for url in urls[:OPEN_LINKS_AT_MOST]:
            self.open_url(url)

    def repeat_selected(self) -> None:
        orders = self.tab.selected_orders()
        if len(orders) == 1 and orders[0].service_id:
            self.tab.session.repeatOrder.emit(orders[0])

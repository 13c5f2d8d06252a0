"""A real store, a profile and a client of the local panel, for the order-tracking workflows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.local_panel import LocalPanel
from core.local_panel.catalogue import SERVICE_DEFAULT
from core.store import JournalOrder, Profile, Store

PENDING_S, PROGRESS_S = 60, 300  # the local panel's default pace


@dataclass
class OrdersSetting:
    """What a workflow of the Orders tab works with, talking to the local panel over HTTP."""

    panel: LocalPanel
    store: Store
    profile: Profile
    client: PanelClient
    catalogue: ServiceCatalog

    @property
    def journal(self):
        return self.store.journal

    def place(self, service_id: int | str = SERVICE_DEFAULT, link: str = "https://x.test/a",
              quantity: int = 1000) -> JournalOrder:  # fmt: skip
        """Place an order as New order does: journal first, then `add`, then the answer."""
        service = self.catalogue.by_id(str(service_id))
        params = {"service": service.id, "link": link, "quantity": str(quantity)}
        estimate = service.rate * quantity / 1000
        local_id = self.journal.begin(self.profile.id, service, params, estimate, "USD")
        self.journal.mark_placed(local_id, self.client.add(params).order_id)
        return self.journal.get(local_id)

    def unknown(self, link: str = "https://x.test/u") -> int:
        """An order sent with no answer: its outcome is unknown."""
        service = self.catalogue.by_id(str(SERVICE_DEFAULT))
        params = {"service": service.id, "link": link, "quantity": "500"}
        local_id = self.journal.begin(self.profile.id, service, params, None, None)
        self.journal.mark_unknown(local_id, "no answer in time")
        return local_id

    def status_requests(self) -> list[list[str]]:
        """The ids of each batch status request the panel received, in order."""
        return [
            r["orders"].split(",")
            for r in self.panel.requests
            if r.get("action") == "status" and "orders" in r
        ]

    def actions(self, action: str) -> list[dict[str, str]]:
        return [r for r in self.panel.requests if r.get("action") == action]


@contextmanager
def orders_setting(panel: LocalPanel, data_dir: Path) -> Iterator[OrdersSetting]:
    """A store in `data_dir` with one profile of `panel`, a client and the panel's catalogue."""
    store = Store(data_dir)
    profile = store.profiles.add("Local", panel.url)
    client = PanelClient(panel.url, panel.key, timeout=(2.0, 2.0))
    catalogue = ServiceCatalog(client.services())
    yield OrdersSetting(panel, store, profile, client, catalogue)
    client.close()
    store.close()

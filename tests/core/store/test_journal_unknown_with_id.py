"""An unknown order may carry the panel's order id (an answer with an error and an id)."""

from __future__ import annotations

from decimal import Decimal

from core.models import Service
from core.store import Store
from core.store.journal import JournalState

SERVICE = Service("1", "Followers", "Instagram", "Default", Decimal("1"), 10, 1000)


def test_an_unknown_order_keeps_the_id_the_panel_gave(tmp_path):
    store = Store(tmp_path)
    try:
        journal = store.journal
        profile = store.profiles.add("Local", "http://127.0.0.1:1/api/v2")
        params = {"service": "1", "link": "https://x.test/p", "quantity": "10"}
        with_id = journal.begin(profile.id, SERVICE, params, Decimal("0.01"), "USD")
        without = journal.begin(profile.id, SERVICE, params, Decimal("0.01"), "USD")
        journal.mark_unknown(with_id, "error and order id", panel_order_id="778")
        journal.mark_unknown(without, "no answer in time")
        order = journal.get(with_id)
        assert order.state == JournalState.UNKNOWN and order.panel_order_id == "778"
        assert order.error == "error and order id"
        assert journal.get(without).panel_order_id is None
        # A found order is then recorded under the same id without a clash with itself.
        journal.mark_found(with_id, "778")
        assert journal.get(with_id).state == JournalState.PLACED
    finally:
        store.close()

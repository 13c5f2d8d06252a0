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


def test_a_status_for_an_unknown_orders_id_settles_it_as_placed(tmp_path):
    # The panel answered `add` with an error and an order id: a refresh asks about that id,
    # and a status for it means the order exists after all.
    from core.models import OrderStatus

    store = Store(tmp_path)
    try:
        journal = store.journal
        profile = store.profiles.add("Local", "http://127.0.0.1:1/api/v2")
        params = {"service": "1", "link": "https://x.test/p", "quantity": "10"}
        settled = journal.begin(profile.id, SERVICE, params, Decimal("0.01"), "USD")
        refused = journal.begin(profile.id, SERVICE, params, Decimal("0.01"), "USD")
        without = journal.begin(profile.id, SERVICE, params, Decimal("0.01"), "USD")
        journal.mark_unknown(settled, "error and order id", panel_order_id="778")
        journal.mark_unknown(refused, "error and order id", panel_order_id="779")
        journal.mark_unknown(without, "no answer in time")
        assert journal.pending_ids(profile.id) == ["778", "779"]
        journal.apply_statuses(
            profile.id,
            {
                "778": OrderStatus("778", status="In progress", remains=5),
                "779": OrderStatus("779", error="Incorrect order ID"),
            },
        )
        order = journal.get(settled)
        assert order.state == JournalState.PLACED and order.status == "In progress"
        assert order.error is None and order.remains == 5
        assert [h.what for h in journal.history(settled)][-2:] == ["placed", "status"]
        # The panel does not know 779: still unknown, the panel's words kept.
        assert journal.get(refused).state == JournalState.UNKNOWN
        assert journal.get(refused).error == "Incorrect order ID"
        assert journal.get(without).state == JournalState.UNKNOWN
    finally:
        store.close()

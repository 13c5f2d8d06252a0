"""Hiding and removing orders, and drip-feed totals, against the local panel (no Qt)."""

from __future__ import annotations

import pytest

from core.local_panel.catalogue import SERVICE_DEFAULT_DRIPFEED
from core.workflows.order_lookup import can_remove, hide_orders, remove_orders, track_orders
from core.workflows.order_refresh import refresh_orders
from tests.core.workflows.orders_setting import OrdersSetting, orders_setting


@pytest.fixture
def setting(panel, tmp_path):
    with orders_setting(panel, tmp_path) as made:
        yield made


def test_a_hidden_order_is_no_longer_polled_and_comes_back_when_shown(setting: OrdersSetting):
    s = setting
    kept = s.place(link="https://x.test/kept")
    outcome = track_orders(s.journal, s.client, s.profile.id, ["987654"])  # a typo
    (typo,) = outcome.added
    assert hide_orders(s.journal, [typo]).changed == (typo,)
    assert s.journal.get(typo).hidden and not s.journal.get(kept.local_id).hidden
    assert s.journal.pending_ids(s.profile.id) == [kept.panel_order_id]
    refresh_orders(s.journal, s.client, s.profile.id)
    assert s.status_requests()[-1] == [kept.panel_order_id]  # the hidden id is not asked
    assert [w for _at, w, _d in _history(s, typo)][-1] == "hidden"

    again = hide_orders(s.journal, [typo, kept.local_id], hidden=False)
    assert again.changed == (typo,) and again.kept == (kept.local_id,)
    assert set(s.journal.pending_ids(s.profile.id)) == {kept.panel_order_id, "987654"}


def test_only_tracked_and_never_placed_orders_can_be_removed(setting: OrdersSetting):
    s = setting
    placed = s.place(link="https://x.test/placed")
    unknown = s.unknown()
    (tracked,) = track_orders(s.journal, s.client, s.profile.id, ["987654"]).added
    service = s.catalogue.by_id("2")
    failed = s.journal.begin(s.profile.id, service, {"service": "2", "link": "x"}, None, None)
    s.journal.mark_failed(failed, "Not enough funds on balance")
    assert [can_remove(s.journal.get(i)) for i in (placed.local_id, unknown, tracked, failed)] == [
        False, False, True, True,
    ]  # fmt: skip

    outcome = remove_orders(s.journal, [placed.local_id, tracked, unknown, failed])
    assert outcome.changed == (tracked, failed)
    assert outcome.kept == (placed.local_id, unknown)
    assert s.journal.get(tracked) is None and s.journal.get(failed) is None
    assert s.journal.history(tracked) == []
    assert s.journal.get(placed.local_id) is not None and s.journal.get(unknown) is not None
    # Tracking the removed id again brings it back as a new row.
    assert track_orders(s.journal, s.client, s.profile.id, ["987654"]).added


def test_a_drip_feed_order_counts_quantity_times_runs(setting: OrdersSetting):
    s = setting
    service = s.catalogue.by_id(str(SERVICE_DEFAULT_DRIPFEED))
    params = {"service": service.id, "link": "https://x.test/d", "quantity": "2000",
              "runs": "3", "interval": "30"}  # fmt: skip
    local_id = s.journal.begin(s.profile.id, service, params, None, "USD")
    s.journal.mark_placed(local_id, s.client.add(params).order_id)
    refresh_orders(s.journal, s.client, s.profile.id)
    order = s.journal.get(local_id)
    assert order.quantity == 2000 and order.runs == 3
    assert order.total_quantity == 6000
    assert order.remains == 6000 and order.delivered == 0  # the panel counts from the total
    s.panel.set_status(order.panel_order_id, "Completed")
    refresh_orders(s.journal, s.client, s.profile.id)
    done = s.journal.get(local_id)
    assert done.remains == 0 and done.delivered == 6000


def _history(s: OrdersSetting, local_id: int) -> list[tuple]:
    return [(e.at, e.what, e.detail) for e in s.journal.history(local_id)]

"""Which finished orders are news, and that they are news once (local panel, real journal)."""

from __future__ import annotations

import pytest

from core.models import OrderStatus
from core.workflows.order_announcements import mark_announced, to_announce
from core.workflows.order_refresh import refresh_orders
from tests.core.workflows.orders_setting import PENDING_S, PROGRESS_S, orders_setting


@pytest.fixture
def setting(panel, tmp_path):
    with orders_setting(panel, tmp_path) as made:
        yield made


def test_finished_orders_are_news_once(setting):
    s = setting
    done, partial, running = (s.place(link=f"https://x.test/{i}") for i in range(3))
    refused = s.unknown()
    s.journal.mark_failed(refused, "not on the panel")  # final, but no news from the panel
    other = s.store.profiles.add("Other", "https://other.test/api/v2")
    theirs = s.journal.track(other.id, "1")
    s.panel.advance(PENDING_S + PROGRESS_S + 1)
    s.panel.set_status(partial.panel_order_id, "Partial", remains=10)
    s.panel.set_status(running.panel_order_id, "In progress", remains=10)
    assert to_announce(s.journal.orders(), s.profile.id) == []  # nothing checked yet
    refresh_orders(s.journal, s.client, s.profile.id)

    news = to_announce(s.journal.orders(), s.profile.id)
    assert {o.local_id for o in news} == {done.local_id, partial.local_id}
    assert {o.status for o in news} == {"Completed", "Partial"}
    # Another panel's finished order is that panel's news, not the active one's.
    s.journal.apply_statuses(other.id, {"1": OrderStatus("1", "Completed")})
    assert [o.local_id for o in to_announce(s.journal.orders(), other.id)] == [theirs]
    assert theirs not in {o.local_id for o in to_announce(s.journal.orders(), s.profile.id)}
    assert to_announce(s.journal.orders(), None) == []  # no active panel: no news

    mark_announced(s.journal, (o.local_id for o in news))
    assert to_announce(s.journal.orders(), s.profile.id) == []
    assert s.journal.get(done.local_id).notified and not s.journal.get(running.local_id).notified
    s.panel.advance(PROGRESS_S)
    s.panel.set_status(running.panel_order_id, "Canceled")
    refresh_orders(s.journal, s.client, s.profile.id)
    later = to_announce(s.journal.orders(), s.profile.id)
    assert [o.local_id for o in later] == [running.local_id]  # only what is new since
    mark_announced(s.journal, [])  # nothing to record: fine

"""place_order tells its caller the journal id as soon as the order is written down, before
`add` is sent; and a probable double order is found before placing."""

from __future__ import annotations

import pytest

from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.drafts import DraftInvalid, OrderDraft
from core.local_panel.catalogue import SERVICE_DEFAULT
from core.store import Store
from core.store.journal import JournalState
from core.workflows.order_placing import place_order, recent_same_orders


@pytest.fixture
def setting(panel, tmp_path):
    store = Store(tmp_path)
    profile = store.profiles.add("Local", panel.url)
    client = PanelClient(panel.url, panel.key, timeout=(2.0, 0.5))
    service = ServiceCatalog(client.services()).by_id(str(SERVICE_DEFAULT))
    yield store, profile, client, service
    store.close()


def draft(service, link="https://instagram.com/p/abc") -> OrderDraft:
    return OrderDraft(service, {"link": link, "quantity": str(service.min)})


def adds(panel) -> list[dict]:
    return [r for r in panel.requests if r.get("action") == "add"]


def test_the_id_is_told_once_written_down_and_before_add_is_sent(setting, panel):
    store, profile, client, service = setting
    seen = []

    def recorded(local_id: int) -> None:
        row = store.journal.get(local_id)
        seen.append((local_id, row.state, len(adds(panel))))

    outcome = place_order(
        store.journal, client, profile.id, draft(service), "USD", on_recorded=recorded
    )
    assert seen == [(outcome.local_id, JournalState.SUBMITTING, 0)]
    assert outcome.state == JournalState.PLACED.value and len(adds(panel)) == 1
    assert store.journal.get(outcome.local_id).state == JournalState.PLACED


def test_the_id_is_told_even_when_the_order_then_ends_unknown(setting, panel):
    store, profile, client, service = setting
    panel.inject("drop", action="add")
    seen = []
    outcome = place_order(
        store.journal, client, profile.id, draft(service), "USD", on_recorded=seen.append
    )
    assert outcome.state == JournalState.UNKNOWN.value and seen == [outcome.local_id]


def test_an_invalid_draft_tells_no_id(setting, panel):
    store, profile, client, service = setting
    seen = []
    with pytest.raises(DraftInvalid):
        place_order(
            store.journal, client, profile.id, draft(service, "not a url"), "USD",
            on_recorded=seen.append,
        )  # fmt: skip
    assert seen == [] and store.journal.orders(profile.id) == []


def test_a_failing_callback_sends_nothing_and_leaves_the_order_failed(setting, panel):
    store, profile, client, service = setting

    def broken(local_id: int) -> None:
        raise RuntimeError("the caller's bug")

    with pytest.raises(RuntimeError):
        place_order(store.journal, client, profile.id, draft(service), "USD", on_recorded=broken)
    assert adds(panel) == []
    (order,) = store.journal.orders(profile.id)
    # Not `submitting`: that would turn into "unknown" at the next start, but nothing was sent.
    assert order.state == JournalState.FAILED
    assert store.journal.recover_interrupted() == 0


def test_recent_same_orders_finds_the_same_service_and_link(setting, panel):
    store, profile, client, service = setting
    assert recent_same_orders(store.journal, profile.id, draft(service)) == []
    outcome = place_order(store.journal, client, profile.id, draft(service), "USD")
    (same,) = recent_same_orders(store.journal, profile.id, draft(service))
    assert same.local_id == outcome.local_id
    assert recent_same_orders(store.journal, profile.id, draft(service, "https://x.test/b")) == []
    with pytest.raises(DraftInvalid):
        recent_same_orders(store.journal, profile.id, draft(service, "not a url"))

"""The journal protocol for one order, against the local panel over HTTP and a real store: the
journal id told once written down, before `add` is sent; a probable double order found first."""

from __future__ import annotations

import pytest

from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.drafts import DraftInvalid, OrderDraft
from core.errors import ErrorKind, ProtectionPage
from core.local_panel import LocalPanel, pages
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


def draft(service, link="https://instagram.com/p/abc", quantity=None) -> OrderDraft:
    return OrderDraft(service, {"link": link, "quantity": str(quantity or service.min)})


def test_placed_order_is_journaled_with_the_panel_id(setting, panel):
    store, profile, client, service = setting
    outcome = place_order(store.journal, client, profile.id, draft(service), "USD")
    assert outcome.state == JournalState.PLACED.value
    order = store.journal.get(outcome.local_id)
    assert order.state == JournalState.PLACED and order.panel_order_id == outcome.panel_order_id
    assert int(outcome.panel_order_id) in panel.orders


def test_refused_order_is_failed(setting, panel):
    store, profile, client, service = setting
    panel.balance = 0
    outcome = place_order(store.journal, client, profile.id, draft(service), "USD")
    assert outcome.state == JournalState.FAILED.value and outcome.out_of_funds
    assert store.journal.get(outcome.local_id).state == JournalState.FAILED
    assert panel.orders == {}


def test_timeout_after_the_panel_placed_it_is_unknown_and_not_resent(setting, panel):
    store, profile, client, service = setting
    panel.inject("timeout", action="add", after_processing=True)
    outcome = place_order(store.journal, client, profile.id, draft(service), "USD")
    panel.release()
    assert outcome.state == JournalState.UNKNOWN.value
    assert store.journal.get(outcome.local_id).state == JournalState.UNKNOWN
    assert len(panel.orders) == 1
    assert sum(r["action"] == "add" for r in panel.requests) == 1


def test_unreachable_panel_is_failed_since_nothing_was_sent(tmp_path):
    with LocalPanel() as gone:
        url, key, services = gone.url, gone.key, PanelClient(gone.url, gone.key).services()
    store = Store(tmp_path)
    profile = store.profiles.add("Gone", url)
    service = ServiceCatalog(services).by_id(str(SERVICE_DEFAULT))
    outcome = place_order(
        store.journal, PanelClient(url, key, retries=0), profile.id, draft(service), "USD"
    )
    assert outcome.state == JournalState.FAILED.value
    store.close()


def test_invalid_draft_writes_nothing_and_sends_nothing(setting, panel):
    store, profile, client, service = setting
    before = len(panel.requests)
    with pytest.raises(DraftInvalid):
        place_order(store.journal, client, profile.id, draft(service, link="not a url"), "USD")
    assert store.journal.orders(profile.id) == []
    assert len(panel.requests) == before


class JournalThatFailsAfterSending:
    """The real journal, but the write after `add` fails (a locked or full disk)."""

    def __init__(self, journal, failing: str) -> None:
        self._journal = journal
        self._failing = failing

    def __getattr__(self, name):
        if name == self._failing:

            def fail(*_args):
                raise OSError("disk full")

            return fail
        return getattr(self._journal, name)


def test_a_placed_order_is_reported_placed_even_if_the_journal_cannot_record_it(setting, panel):
    store, profile, client, service = setting
    journal = JournalThatFailsAfterSending(store.journal, "mark_placed")
    outcome = place_order(journal, client, profile.id, draft(service), "USD")
    assert outcome.state == JournalState.PLACED.value and outcome.panel_order_id
    assert isinstance(outcome.journal_error, OSError)
    assert int(outcome.panel_order_id) in panel.orders
    # The row stays `submitting`, so the next start shows it as unknown: never lost.
    assert store.journal.get(outcome.local_id).state == JournalState.SUBMITTING
    assert store.journal.recover_interrupted() == 1


def test_a_refusal_is_reported_even_if_the_journal_cannot_record_it(setting, panel):
    store, profile, client, service = setting
    panel.balance = 0
    journal = JournalThatFailsAfterSending(store.journal, "mark_failed")
    outcome = place_order(journal, client, profile.id, draft(service), "USD")
    assert outcome.state == JournalState.FAILED.value and outcome.out_of_funds
    assert isinstance(outcome.journal_error, OSError)


def test_a_rate_limited_order_was_not_placed(setting, panel):
    store, profile, client, service = setting
    panel.inject("rate_limit", action="add")
    outcome = place_order(store.journal, client, profile.id, draft(service), "USD")
    assert outcome.state == JournalState.FAILED.value  # turned away before the panel acted
    assert panel.orders == {}


@pytest.mark.parametrize("status", [503, 403, 200])
def test_a_protection_page_in_answer_to_add_is_said_so_and_the_order_stays_unknown(
    setting, panel, status
):
    # Issue 14 item 8: Cloudflare's challenge page was reported as "server error, HTTP 503".
    store, profile, client, service = setting
    panel.inject("raw", action="add", body=pages.CLOUDFLARE_PAGE, status=status)
    outcome = place_order(store.journal, client, profile.id, draft(service), "USD")
    assert outcome.state == JournalState.UNKNOWN.value  # the panel may have seen it
    assert store.journal.get(outcome.local_id).state == JournalState.UNKNOWN
    assert isinstance(outcome.error, ProtectionPage)
    assert outcome.error.kind is ErrorKind.PROTECTION_PAGE
    assert outcome.error.details["status"] == status
    assert outcome.error.details["service"] == "Cloudflare"
    assert outcome.error.details["snippet"] == "Just a moment..."
    assert len(adds(panel)) == 1  # never sent twice


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

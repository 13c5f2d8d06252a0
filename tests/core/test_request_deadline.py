"""The total deadline of a request and closing the client, against a local panel that trickles
its answer one byte at a time (each read succeeds, so only a deadline ends it); Retry-After
values that are no advice. Time is driven by the fault's own pace, never by a sleep here."""

from __future__ import annotations

import threading
import time

import pytest

from core.api import PanelClient, retry_after_seconds
from core.catalog import ServiceCatalog
from core.drafts import OrderDraft
from core.errors import ConnectFailed, ConnectionDropped, ReadTimedOut
from core.local_panel import LocalPanel
from core.local_panel.catalogue import SERVICE_DEFAULT
from core.store import Store
from core.store.journal import JournalState
from core.workflows.order_placing import place_order

KEY = "deadline-test-key-93c1"
#: Seconds between two bytes of a trickled answer: far below the read timeout below, so the
#: read timeout alone never fires (the defect), and the answer takes ~10 s in all.
TRICKLE = 0.05


@pytest.fixture
def trickle_panel():
    with LocalPanel(key=KEY) as panel:
        yield panel


def client_for(panel: LocalPanel, **options) -> PanelClient:
    options.setdefault("timeout", (2.0, 2.0))
    return PanelClient(panel.url, KEY, backoff=0.0, **options)


def draft_for(client: PanelClient) -> OrderDraft:
    service = ServiceCatalog(client.services()).by_id(str(SERVICE_DEFAULT))
    return OrderDraft(service, {"link": "https://x.test/p/1", "quantity": str(service.min)})


def test_a_trickled_read_ends_at_the_deadline_and_is_treated_as_any_read_timeout(trickle_panel):
    waits: list[float] = []
    client = client_for(trickle_panel, deadline=0.5, sleep=waits.append)
    trickle_panel.inject("trickle", action="balance", delay=TRICKLE)
    started = time.monotonic()
    with pytest.raises(ReadTimedOut) as info:
        client.balance()
    elapsed = time.monotonic() - started
    assert 0.5 <= elapsed < 1.5, elapsed  # measured ~0.55 s; the answer alone takes ~10 s
    assert info.value.details["deadline"] == 0.5 and info.value.maybe_processed
    # The same policy as a read timeout: a slow panel is not asked again at once.
    assert waits == [] and sum(r["action"] == "balance" for r in trickle_panel.requests) == 1
    trickle_panel.release()
    assert client.balance().currency == "USD"  # the client still works after a cut


def test_a_catalogue_has_its_own_longer_deadline(trickle_panel):
    client = client_for(trickle_panel, deadline=0.3, catalogue_deadline=0.8)
    trickle_panel.inject("trickle", action="services", delay=TRICKLE)
    started = time.monotonic()
    with pytest.raises(ReadTimedOut) as info:
        client.services()
    assert 0.8 <= time.monotonic() - started < 2.0
    assert info.value.details["deadline"] == 0.8


def test_a_trickled_add_ends_at_the_deadline_as_unknown(trickle_panel, tmp_path):
    client = client_for(trickle_panel, deadline=0.5)
    draft = draft_for(client)
    store = Store(tmp_path)
    try:
        profile = store.profiles.add("Local", trickle_panel.url)
        trickle_panel.inject("trickle", action="add", delay=TRICKLE)
        started = time.monotonic()
        outcome = place_order(store.journal, client, profile.id, draft, "USD")
        elapsed = time.monotonic() - started
        assert elapsed < 1.5, elapsed
        assert outcome.state == JournalState.UNKNOWN.value
        assert isinstance(outcome.error, ReadTimedOut)
        assert store.journal.get(outcome.local_id).state == JournalState.UNKNOWN
        # The panel did place it (the trickle is its real answer): unknown was right, and
        # nothing was sent again.
        assert len(trickle_panel.orders) == 1
        assert sum(r["action"] == "add" for r in trickle_panel.requests) == 1
    finally:
        trickle_panel.release()
        store.close()


def test_closing_the_client_ends_an_add_in_flight_within_two_seconds(trickle_panel, tmp_path):
    client = client_for(trickle_panel)  # the default 90 s deadline: only close() can end it
    draft = draft_for(client)
    store = Store(tmp_path)
    outcomes: list = []
    try:
        profile = store.profiles.add("Local", trickle_panel.url)
        trickle_panel.inject("trickle", action="add", delay=TRICKLE)
        worker = threading.Thread(
            target=lambda: outcomes.append(
                place_order(store.journal, client, profile.id, draft, "USD")
            )
        )
        worker.start()
        assert trickle_panel.wait_held(1)  # the answer has begun to trickle
        started = time.monotonic()
        client.close()  # what closing the window does (MainWindow.closeEvent)
        worker.join(5)
        elapsed = time.monotonic() - started
        assert not worker.is_alive() and elapsed < 2.0, elapsed  # measured ~1.05 s
        (outcome,) = outcomes
        assert outcome.state == JournalState.UNKNOWN.value
        assert isinstance(outcome.error, ConnectionDropped) and outcome.error.details["closed"]
        assert store.journal.get(outcome.local_id).state == JournalState.UNKNOWN
        # A closed client sends nothing more: the next call fails before anything leaves.
        with pytest.raises(ConnectFailed):
            client.balance()
        assert not any(r["action"] == "balance" for r in trickle_panel.requests)
    finally:
        trickle_panel.release()
        store.close()


def test_closing_lets_an_answer_already_arriving_land(trickle_panel):
    client = client_for(trickle_panel)
    # ~200 bytes at 2 ms each: the whole answer takes ~0.4 s, well within the grace.
    trickle_panel.inject("trickle", action="balance", delay=0.002)
    results: list = []
    worker = threading.Thread(target=lambda: results.append(client.balance()))
    worker.start()
    assert trickle_panel.wait_held(1)
    client.close(grace=1.5)
    worker.join(5)
    assert results and results[0].currency == "USD"


@pytest.mark.parametrize("header", ["nan", "inf", "-inf", "-5", "1e300", "999999999", "soon",
                                    "Wed, 21 Oct 2015 07:28:00 GMT", "", "9" * 400])  # fmt: skip
def test_a_retry_after_that_is_no_advice_is_treated_as_absent(trickle_panel, header):
    waits: list[float] = []
    client = PanelClient(
        trickle_panel.url, KEY, timeout=(2.0, 2.0), backoff=0.5, sleep=waits.append
    )
    trickle_panel.inject("rate_limit", action="balance", retry_after=header)
    assert client.balance().currency == "USD"
    assert waits == [0.5]  # the client's own backoff, not "at once" nor "for ever"
    assert retry_after_seconds(header) is None


def test_a_sane_retry_after_is_still_honoured():
    assert retry_after_seconds("7") == 7.0 and retry_after_seconds(" 0 ") == 0.0
    assert retry_after_seconds("120") == 120.0  # capped later by max_wait


@pytest.mark.parametrize("proxy", ["http://127.0.0.1:1", "socks5://127.0.0.1:1"])
def test_requests_through_a_proxy_are_watched_by_the_deadline_too(proxy):
    """The deadline finds a request's socket through the pool that lent it; a proxy's pools
    (http or socks) must be the watched kind, or a trickling proxy would escape the deadline."""
    from core.transport import Transport, _WatchedPool

    transport = Transport("https://panel.example/api/v2", proxy=proxy, timeout=(1.0, 1.0))
    with pytest.raises(ConnectFailed):  # nothing listens there: the proxy path was taken
        transport.post({"key": "k", "action": "balance"}, 2.0)
    managers = [m for a in transport._session().adapters.values() for m in a.proxy_manager.values()]
    assert managers and all(
        issubclass(cls, _WatchedPool)
        for manager in managers
        for cls in manager.pool_classes_by_scheme.values()
    )

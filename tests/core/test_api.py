"""PanelClient against the local panel over real HTTP: every action, every fault, the key kept."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from core.api import PanelClient
from core.errors import (
    AnswerTooLarge,
    ConnectFailed,
    ConnectionDropped,
    EmptyAnswer,
    ErrorKind,
    HttpStatusError,
    InvalidSettings,
    MalformedAnswer,
    NotJson,
    PanelError,
    PanelRefused,
    ProtectionPage,
    RateLimited,
    ReadTimedOut,
    RedirectRefused,
)
from core.local_panel import LocalPanel
from core.models import StatusKind
from core.transport import USER_AGENT, is_insecure_url

KEY = "sk-live-7f3a9c1e5b2d4680aa11"


@pytest.fixture
def live_panel():
    panel = LocalPanel(key=KEY).start()
    yield panel
    panel.stop()


@pytest.fixture
def client(live_panel):
    return PanelClient(live_panel.url, KEY, timeout=(2.0, 2.0))


def service_of_type(panel: LocalPanel, type_name: str, **flags) -> dict:
    for item in panel.services:
        if str(item["type"]).lower() == type_name.lower() and all(
            bool(item.get(k)) in (v,) or str(item.get(k)) == str(int(v)) for k, v in flags.items()
        ):
            return item
    raise LookupError(type_name)


def place_default(client: PanelClient, panel: LocalPanel, link: str = "https://x.test/p/1") -> str:
    svc = service_of_type(panel, "Default")
    return client.add(
        {"service": str(svc["service"]), "link": link, "quantity": str(max(int(svc["min"]), 100))}
    ).order_id


def test_services_and_balance(client, live_panel):
    services = client.services()
    assert len(services) == len(live_panel.services)
    assert {s.type_key for s in services} >= {"default", "subscriptions", "web traffic"}
    balance = client.balance()
    assert balance.amount == live_panel.balance and isinstance(balance.amount, Decimal)
    assert balance.currency == "USD"


def test_add_and_status(client, live_panel):
    order_id = place_default(client, live_panel)
    assert live_panel.requests[-1]["action"] == "add"
    status = client.status(order_id)
    assert status.order_id == order_id and status.kind is StatusKind.PENDING
    live_panel.advance(10_000)
    assert client.status(order_id).kind is StatusKind.COMPLETED


def test_statuses_are_batched_by_100_and_bad_ids_are_data(client, live_panel):
    real = [place_default(client, live_panel, f"https://x.test/p/{i}") for i in range(3)]
    ids = real + [str(900000 + i) for i in range(247)]
    before = len(live_panel.requests)
    result = client.statuses(ids)
    calls = live_panel.requests[before:]
    assert len(calls) == 3 and all(c["action"] == "status" for c in calls)
    assert max(len(c["orders"].split(",")) for c in calls) == 100
    assert set(result) == set(ids)
    assert all(result[i].error is None for i in real)
    assert result["900000"].error == "Incorrect order ID"


def test_unknown_single_order_is_a_typed_refusal(client):
    with pytest.raises(PanelRefused) as info:
        client.status("424242")
    assert info.value.kind is ErrorKind.UNKNOWN_ORDER


def test_refill_and_refill_status(client, live_panel):
    svc = service_of_type(live_panel, "Default", refill=True)
    order_id = client.add(
        {"service": str(svc["service"]), "link": "https://x.test/r", "quantity": str(svc["min"])}
    ).order_id
    with pytest.raises(PanelRefused):  # not completed yet: not eligible
        client.refill(order_id)
    live_panel.advance(10_000)
    refill = client.refill(order_id)
    assert refill.refill_id and refill.error is None
    assert client.refill_status(refill.refill_id).kind is StatusKind.PENDING
    live_panel.advance(10_000)
    many = client.refill_statuses([refill.refill_id, "99999"])
    assert many[refill.refill_id].kind is StatusKind.COMPLETED
    assert many["99999"].error
    batch = client.refills([order_id, "77777"])
    assert batch[0].refill_id and batch[1].error


def test_cancel(client, live_panel):
    svc = service_of_type(live_panel, "Default", cancel=True)
    order_id = client.add(
        {"service": str(svc["service"]), "link": "https://x.test/c", "quantity": str(svc["min"])}
    ).order_id
    results = client.cancel([order_id, "55555"])
    assert results[0].accepted and results[0].error is None
    assert not results[1].accepted and results[1].error
    assert client.status(order_id).kind is StatusKind.CANCELED


def test_old_panel_without_refill_says_unsupported():
    with LocalPanel(key=KEY, supports_refill_cancel=False) as panel:
        client = PanelClient(panel.url, KEY)
        with pytest.raises(PanelRefused) as info:
            client.cancel(["1"])
        assert info.value.kind is ErrorKind.UNSUPPORTED_ACTION


def test_bad_key(live_panel):
    with pytest.raises(PanelRefused) as info:
        PanelClient(live_panel.url, "wrong-key").balance()
    assert info.value.kind is ErrorKind.BAD_KEY
    assert not info.value.maybe_processed


@pytest.mark.parametrize(
    "fault,error,kind",
    [
        ("html", NotJson, ErrorKind.NOT_JSON),
        ("cloudflare", ProtectionPage, ErrorKind.PROTECTION_PAGE),
        ("empty", EmptyAnswer, ErrorKind.EMPTY),
        ("malformed", MalformedAnswer, ErrorKind.MALFORMED),
        ("http500", HttpStatusError, ErrorKind.HTTP),
        ("http422_json", PanelRefused, ErrorKind.PANEL_OTHER),
        ("rate_limit", RateLimited, ErrorKind.RATE_LIMITED),
        ("redirect", RedirectRefused, ErrorKind.REDIRECT),
        ("timeout", ReadTimedOut, ErrorKind.TIMEOUT_READ),
        ("drop", ConnectionDropped, ErrorKind.DROPPED),
        ("wrong_shape", MalformedAnswer, ErrorKind.MALFORMED),
    ],
)
def test_faults_become_typed_errors(live_panel, fault, error, kind):
    client = PanelClient(live_panel.url, KEY, timeout=(2.0, 0.5), retries=0)
    live_panel.inject(fault, action="balance")
    with pytest.raises(error) as info:
        client.balance()
    assert info.value.kind is kind
    assert info.value.message and KEY not in str(info.value)
    live_panel.release()
    assert client.balance().amount == live_panel.balance  # the next call works again


def test_html_answer_says_check_the_url(client, live_panel):
    live_panel.inject("html", action="services")
    with pytest.raises(NotJson) as info:
        client.services()
    assert "API URL" in info.value.message and info.value.details["html"]


def test_redirect_is_not_followed(client, live_panel):
    live_panel.inject("redirect", action="balance")
    before = len(live_panel.http_log)
    with pytest.raises(RedirectRefused):
        client.balance()
    assert len(live_panel.http_log) == before + 1


def test_answer_size_is_capped(live_panel):
    client = PanelClient(live_panel.url, KEY, max_bytes=1_000_000, retries=0)
    live_panel.inject("huge", action="services", size=3_000_000)
    with pytest.raises(AnswerTooLarge):
        client.services()


def test_unreachable_panel_means_nothing_was_sent():
    with LocalPanel(key=KEY) as panel:
        url = panel.url
    with pytest.raises(ConnectFailed) as info:
        PanelClient(url, KEY, timeout=(1.0, 1.0)).add({"service": "1", "link": "x"})
    assert info.value.maybe_processed is False


def test_unreachable_read_is_retried_then_reported():
    with LocalPanel(key=KEY) as panel:
        url = panel.url
    waits = []
    with pytest.raises(ConnectFailed) as info:
        PanelClient(url, KEY, timeout=(1.0, 1.0), backoff=0.25, sleep=waits.append).balance()
    assert waits == [0.25, 0.5]
    assert info.value.maybe_processed is False


def test_add_timeout_after_placing_is_an_unknown_outcome(live_panel):
    client = PanelClient(live_panel.url, KEY, timeout=(2.0, 0.5))
    live_panel.inject("timeout", action="add", after_processing=True)
    svc = service_of_type(live_panel, "Default")
    with pytest.raises(ReadTimedOut) as info:
        client.add(
            {
                "service": str(svc["service"]),
                "link": "https://x.test/t",
                "quantity": str(svc["min"]),
            }
        )
    assert info.value.maybe_processed is True
    live_panel.release()
    assert len(live_panel.orders) == 1  # the panel did place it: never retry blindly
    assert sum(r["action"] == "add" for r in live_panel.requests) == 1


def test_key_only_in_the_body(client, live_panel, caplog):
    caplog.set_level(logging.DEBUG)
    client.balance()
    live_panel.inject("html", action="balance")
    with pytest.raises(PanelError) as info:
        client.balance()
    for record in live_panel.http_log:
        assert KEY not in record.target
        assert record.method == "POST"
        assert record.headers.get("User-Agent", "").startswith(USER_AGENT)
    assert live_panel.requests[-1]["key"] == KEY  # it did travel, in the form body
    assert KEY not in repr(client) and KEY not in str(info.value) and KEY not in repr(info.value)
    assert all(KEY not in r.getMessage() for r in caplog.records)
    assert any("balance" in r.getMessage() for r in caplog.records)


def test_explicit_proxy_is_used(live_panel):
    client = PanelClient("http://panel.invalid/api/v2", KEY, proxy=live_panel.base_url)
    assert client.balance().amount == live_panel.balance  # the local panel acts as the proxy
    assert live_panel.http_log[-1].target == "http://panel.invalid/api/v2"


def test_environment_proxy_is_used(live_panel, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", live_panel.base_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert PanelClient("http://panel.invalid/api/v2", KEY).balance().currency == "USD"
    assert live_panel.http_log[-1].target == "http://panel.invalid/api/v2"


def test_socks_proxy_accepted_and_failure_typed():
    with LocalPanel(key=KEY) as panel:
        dead = panel.base_url.replace("http://", "socks5://")
    client = PanelClient(
        "http://panel.invalid/api/v2", KEY, proxy=dead, timeout=(1.0, 1.0), retries=0
    )
    with pytest.raises(ConnectFailed):
        client.balance()


def test_tls_is_verified(live_panel):
    # https to a plain-HTTP port: the TLS handshake fails and is reported, never ignored.
    client = PanelClient(
        live_panel.base_url.replace("http://", "https://") + "/api/v2", KEY, timeout=(2.0, 2.0)
    )
    with pytest.raises(PanelError) as info:
        client.balance()
    assert info.value.maybe_processed is False or info.value.kind is ErrorKind.DROPPED


@pytest.mark.parametrize(
    "url",
    [
        "smm.robostas.ir/api/v1",
        "ftp://x/api",
        "https://u:p@x/api",
        "https:///api",
        "https://x/api?key=1",
        "https://x/api#key=1",
    ],
)
def test_unusable_urls(url):
    with pytest.raises(InvalidSettings):
        PanelClient(url, KEY)


def test_empty_key_and_bad_proxy():
    with pytest.raises(InvalidSettings):
        PanelClient("https://x.test/api/v2", "  ")
    with pytest.raises(InvalidSettings):
        PanelClient("https://x.test/api/v2", KEY, proxy="gopher://p:1")


def test_insecure_url_warning():
    assert is_insecure_url("http://smm.example.com/api/v2")
    assert not is_insecure_url("http://127.0.0.1:8000/api/v2")
    assert not is_insecure_url("http://localhost/api")
    assert not is_insecure_url("https://smm.robostas.ir/api/v1")


# --- retries: reads only, bounded, Retry-After honoured ---------------------------------------


def recording_client(panel: LocalPanel, **kwargs) -> tuple[PanelClient, list[float]]:
    waits: list[float] = []
    kwargs.setdefault("timeout", (2.0, 1.0))
    return PanelClient(panel.url, KEY, backoff=0.5, sleep=waits.append, **kwargs), waits


@pytest.mark.parametrize("fault", ["cloudflare", "http500", "drop", "drop_mid_answer"])
def test_reads_are_retried_after_transient_faults(live_panel, fault):
    client, waits = recording_client(live_panel)
    live_panel.inject(fault, action="services")
    assert len(client.services()) == len(live_panel.services)
    assert waits == [0.5]
    assert sum(r["action"] == "services" for r in live_panel.requests) == 2


def test_rate_limit_waits_as_the_panel_says(live_panel):
    client, waits = recording_client(live_panel)
    live_panel.inject("rate_limit", action="balance", retry_after="7")
    assert client.balance().currency == "USD"
    assert waits == [7.0]


def test_retries_are_bounded(live_panel):
    client, waits = recording_client(live_panel, retries=2, max_wait=5)
    live_panel.inject("rate_limit", action="status", times=None, retry_after="120")
    with pytest.raises(RateLimited):
        client.statuses(["1", "2"])
    assert waits == [5, 5]  # capped by max_wait
    assert sum(r["action"] == "status" for r in live_panel.requests) == 3


@pytest.mark.parametrize("action", ["add", "refill", "cancel"])
@pytest.mark.parametrize("fault", ["http500", "rate_limit", "drop"])
def test_writes_are_never_retried(live_panel, action, fault):
    client, waits = recording_client(live_panel)
    live_panel.inject(fault, action=action)
    svc = service_of_type(live_panel, "Default")
    with pytest.raises(PanelError):
        if action == "add":
            client.add(
                {
                    "service": str(svc["service"]),
                    "link": "https://x.test/w",
                    "quantity": str(svc["min"]),
                }
            )
        elif action == "refill":
            client.refill("1")
        else:
            client.cancel(["1"])
    assert waits == []
    assert sum(r["action"] == action for r in live_panel.requests) == 1


def test_add_dropped_mid_answer_is_unknown_and_placed(live_panel):
    client, waits = recording_client(live_panel)
    live_panel.inject("drop_mid_answer", action="add", after_processing=True)
    svc = service_of_type(live_panel, "Default")
    with pytest.raises(ConnectionDropped) as info:
        client.add(
            {
                "service": str(svc["service"]),
                "link": "https://x.test/m",
                "quantity": str(svc["min"]),
            }
        )
    assert info.value.maybe_processed
    assert len(live_panel.orders) == 1 and waits == []


def test_slow_panel_within_and_beyond_the_read_timeout(live_panel):
    client, waits = recording_client(live_panel, timeout=(2.0, 0.3))
    live_panel.inject("latency", action="balance", delay=0.05)
    assert client.balance().currency == "USD"
    live_panel.inject("latency", action="balance", delay=2.0)
    with pytest.raises(ReadTimedOut):
        client.balance()
    assert waits == []  # a slow panel is not hammered again
    live_panel.release()


def test_seed_style_answers():
    with LocalPanel(key=KEY, seed_style=True, status_error_style="string") as panel:
        client = PanelClient(panel.url, KEY)
        order_id = place_default(client, panel)
        statuses = client.statuses([order_id, "999999"])
        assert panel.order_status(order_id)["status"] == "pending"
        assert statuses[order_id].kind is StatusKind.PENDING
        assert statuses["999999"].error == "Incorrect order ID"
        assert client.balance().currency == "USD"


def test_closing_the_client_ends_a_retry_wait_at_once(live_panel):
    import threading

    client = PanelClient(live_panel.url, KEY, backoff=60.0, max_wait=60.0)
    default_wait = client._sleep  # the client's own wait between retries, as shipped
    waiting = threading.Event()

    def announced_wait(seconds: float) -> object:
        waiting.set()
        return default_wait(seconds)

    client._sleep = announced_wait
    live_panel.inject("http500", action="balance", times=None)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            client.balance()
        except PanelError as exc:
            errors.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    assert waiting.wait(10)  # the first answer was a 500; a 60 s wait before the retry began
    client.close()  # closing cuts it short: the call fails now, with no more requests
    worker.join(10)
    assert not worker.is_alive() and isinstance(errors[0], HttpStatusError)
    assert sum(r["action"] == "balance" for r in live_panel.requests) == 1

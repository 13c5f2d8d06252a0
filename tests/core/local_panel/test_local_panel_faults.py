"""The local panel's faults (broken answers, timeouts, drops), its threads and its lifetime."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from decimal import Decimal

import pytest
import requests

from core.local_panel import LocalPanel
from core.local_panel import catalogue as cat
from tests.core.local_panel.panel_calls import LINK, add, call, place, post
from tests.locations import PROJECT_ROOT as ROOT

# The `panel` and `make_panel` fixtures.
pytest_plugins = ["panel_fixtures"]


# --- faults ---------------------------------------------------------------------------------


def _is_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("fault", "status", "check"),
    [
        ("html", 200, lambda r: r.text.startswith("<!DOCTYPE") and len(r.content) > 10_000),
        ("cloudflare", 503, lambda r: "Just a moment..." in r.text),
        ("empty", 200, lambda r: r.content == b""),
        ("malformed", 200, lambda r: r.content.startswith(b"[{") and not _is_json(r.content)),
        ("http500", 500, lambda r: "<html>" in r.text),
        ("http422_json", 422, lambda r: r.json() == {"error": "The given data was invalid."}),
        ("rate_limit", 429, lambda r: r.headers["Retry-After"] == "60"),
        ("redirect", 302, lambda r: r.headers["Location"].endswith("/login")),
        ("huge", 200, lambda r: len(r.content) > 3_000_000 and _is_json(r.content)),
        ("wrong_shape", 200, lambda r: r.json() == "success"),
    ],
)
def test_answer_faults_are_one_shot(panel, fault, status, check):
    panel.inject(fault)
    response = post(panel, action="balance")
    assert response.status_code == status
    assert check(response)
    assert call(panel, action="balance")["balance"] == "100.00000"


def test_huge_services_is_a_valid_catalogue(panel):
    panel.inject("huge", action="services", size=1_000_000)
    response = post(panel, action="services")
    assert len(response.content) > 1_000_000
    assert isinstance(response.json(), list) and "service" in response.json()[0]


def test_faults_by_action_and_persistent(panel):
    panel.inject("http500", action="add", times=None)
    assert call(panel, action="balance")["currency"] == "USD"
    for _ in range(3):
        assert post(panel, action="add", service="2", link=LINK, quantity="100").status_code == 500
    assert panel.orders == {}
    panel.clear_faults()
    place(panel, cat.SERVICE_DEFAULT)
    panel.inject("empty", times=2)
    assert [post(panel, action="balance").content for _ in range(3)][:2] == [b"", b""]
    with pytest.raises(ValueError):
        panel.inject("nonsense")


def test_timeout_fault_holds_until_released(panel):
    panel.inject("timeout", action="add")
    with pytest.raises(requests.exceptions.ReadTimeout):
        post(panel, timeout=0.3, action="add", service="2", link=LINK, quantity="100")
    assert panel.held_total == 1
    panel.release()
    assert panel.orders == {}, "a timeout before processing places nothing"
    assert call(panel, action="balance")["balance"] == "100.00000"


@pytest.mark.parametrize("fault", ["timeout", "drop"])
def test_add_faults_after_processing_really_place_the_order(panel, fault):
    panel.inject(fault, action="add", after_processing=True)
    with pytest.raises(requests.exceptions.ConnectionError if fault == "drop"
                       else requests.exceptions.ReadTimeout):  # fmt: skip
        post(panel, timeout=0.3, action="add", service="2", link=LINK, quantity="1000")
    panel.release()
    assert list(panel.orders) == [1001]
    assert panel.balance == Decimal("100.00") - Decimal("0.1235")
    assert call(panel, action="status", order="1001")["status"] == "Pending"


def test_drop_before_processing_places_nothing(panel):
    panel.inject("drop")
    with pytest.raises(requests.exceptions.ConnectionError):
        post(panel, action="add", service="2", link=LINK, quantity="100")
    assert panel.orders == {} and len(panel.requests) == 1


def test_stop_releases_a_held_request_promptly():
    p = LocalPanel().start()
    p.inject("timeout")
    outcome: list[object] = []

    def client() -> None:
        try:
            outcome.append(post(p, timeout=30, action="balance"))
        except requests.RequestException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=client)
    worker.start()
    assert p.wait_held(1, timeout=5)
    p.stop()  # releases the held request instead of waiting for it (the test would hang)
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(outcome[0], requests.exceptions.ConnectionError)


def test_stop_with_idle_keep_alive_connections_is_prompt():
    p = LocalPanel().start()
    session = requests.Session()
    for _ in range(3):
        assert session.post(p.url, data={"key": p.key, "action": "balance"}, timeout=5).ok
    p.stop()  # returns: idle keep-alive connections are closed, not waited on
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(p.url, data={"key": p.key, "action": "balance"}, timeout=2)
    session.close()


def test_concurrent_adds_get_distinct_ids_and_exact_balance(panel):
    ids: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            order = add(panel, cat.SERVICE_DEFAULT, link=LINK, quantity="1000")["order"]
            with lock:
                ids.append(order)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(ids) == list(range(1001, 1041))
    assert panel.balance == Decimal("100.00") - 40 * Decimal("0.1235")
    assert len(panel.requests) == 40


def test_context_manager_and_url():
    with LocalPanel(key="k", path="/api/v1") as p:
        assert p.url.startswith("http://127.0.0.1:") and p.url.endswith("/api/v1")
        assert requests.post(p.url, data={"key": "k", "action": "balance"}, timeout=5).ok
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(p.url, data={"key": "k", "action": "balance"}, timeout=2)


def test_command_line_runs_standalone_without_printing_the_key():
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.local_panel", "--port", "0", "--key", "s3cret-demo",
         "--services", "300"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        url = first.split()[2]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api/v2")
        services = requests.post(
            url, data={"key": "s3cret-demo", "action": "services"}, timeout=5
        ).json()
        assert len(services) == 300
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=5)
    assert "s3cret-demo" not in first + out + err

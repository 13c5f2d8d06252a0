"""The demo panel's saved account: an order costs one appended line, and survives a kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.api import PanelClient
from core.local_panel import LocalPanel, saved_book
from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.local_panel.saved_book import changes_path
from tests.locations import PROJECT_ROOT as ROOT

KEY = "saved-book-key"
PARAMS = {"service": str(SERVICE_DEFAULT), "link": "https://x.test/p", "quantity": "100"}


def add(client: PanelClient, number: int) -> str:
    return client.add({**PARAMS, "link": f"https://x.test/p{number}"}).order_id


def test_an_order_appends_one_line_and_leaves_the_saved_file_alone(tmp_path: Path):
    # The whole account was rewritten per order: 160 ms an order at 5,000 saved orders.
    saved = tmp_path / "demo-panel.json"
    with LocalPanel(key=KEY, saved_in=saved) as panel:
        client = PanelClient(panel.url, KEY)
        first = add(client, 0)
        snapshot = saved.read_bytes() if saved.exists() else None
        for number in range(1, 6):
            add(client, number)
        assert (saved.read_bytes() if saved.exists() else None) == snapshot
        lines = changes_path(saved).read_text(encoding="utf-8").splitlines()
        assert len(lines) == 6
        assert json.loads(lines[0])["orders"][0]["id"] == int(first)
        client.close()
    if os.name == "posix":
        assert changes_path(saved).stat().st_mode & 0o777 == 0o600


def test_orders_refills_and_cancels_survive_a_kill_9(tmp_path: Path):
    saved = tmp_path / "demo-panel.json"
    server = subprocess.Popen(
        [sys.executable, "-m", "core.local_panel", "--port", "0", "--key", KEY,
         "--saved-in", str(saved), "--pending", "3600"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = server.stdout.readline().split()[2]
        client = PanelClient(url, KEY)
        ids = [add(client, number) for number in range(40)]
        drip = client.add({**PARAMS, "service": str(SERVICE_DEFAULT_DRIPFEED),
                           "runs": "3", "interval": "5"}).order_id  # fmt: skip
        (cancelled,) = client.cancel([drip])
        assert cancelled.accepted
        balance = client.balance().amount
        client.close()
    except Exception:
        server.kill()
        raise
    server.send_signal(signal.SIGKILL)  # no stop(), no flush at exit: what a crash leaves
    server.wait(timeout=10)

    with LocalPanel(key=KEY, saved_in=saved) as again:
        client = PanelClient(again.url, KEY)
        statuses = client.statuses([*ids, drip])
        assert all(statuses[i].error is None for i in [*ids, drip]), statuses
        assert again.order(drip).runs == 3 and statuses[drip].status == "Canceled"
        assert client.balance().amount == balance
        assert int(add(client, 99)) > int(drip)  # ids go on, never reused
        client.close()
    assert len(changes_path(saved).read_text(encoding="utf-8").splitlines()) == 1  # the new one


def test_a_refill_is_kept(tmp_path: Path):
    saved = tmp_path / "demo-panel.json"
    options = {"pending_seconds": 0, "progress_seconds": 0}
    with LocalPanel(key=KEY, saved_in=saved, **options) as panel:
        client = PanelClient(panel.url, KEY)
        order_id = client.add({**PARAMS, "service": str(SERVICE_DEFAULT_DRIPFEED)}).order_id
        refill_id = client.refill(order_id).refill_id
        panel.set_refill_status(refill_id, "Rejected")
        client.close()
    with LocalPanel(key=KEY, saved_in=saved, **options) as again:
        client = PanelClient(again.url, KEY)
        assert client.refill_statuses([refill_id])[refill_id].status == "Rejected"
        assert client.refill(order_id).refill_id != refill_id  # refill ids go on
        client.close()


def test_a_line_cut_short_by_a_kill_is_skipped_and_the_log_folded_in(tmp_path: Path):
    saved = tmp_path / "demo-panel.json"
    with LocalPanel(key=KEY, saved_in=saved) as panel:
        client = PanelClient(panel.url, KEY)
        ids = [add(client, number) for number in range(3)]
        balance = panel.balance
        client.close()
    with changes_path(saved).open("a", encoding="utf-8") as log:
        log.write('{"version": 1, "balance": "5", "orders": [{"id": 99')  # torn mid-write
    with LocalPanel(key=KEY, saved_in=saved) as again:
        assert sorted(again.orders) == sorted(int(i) for i in ids)
        assert again.balance == balance
    assert not changes_path(saved).exists()  # folded into the saved file at start
    assert len(json.loads(saved.read_text(encoding="utf-8"))["orders"]) == 3


def test_a_long_log_is_folded_into_the_saved_file_while_serving(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(saved_book, "COMPACT_AFTER", 4)
    saved = tmp_path / "demo-panel.json"
    with LocalPanel(key=KEY, saved_in=saved) as panel:
        client = PanelClient(panel.url, KEY)
        ids = [add(client, number) for number in range(6)]
        client.close()
        assert len(json.loads(saved.read_text(encoding="utf-8"))["orders"]) == 4
        assert len(changes_path(saved).read_text(encoding="utf-8").splitlines()) == 2
    with LocalPanel(key=KEY, saved_in=saved) as again:
        assert sorted(again.orders) == sorted(int(i) for i in ids)


@pytest.mark.parametrize("forced", ["Partial", "Canceled"])
def test_a_forced_status_and_its_refund_are_kept(tmp_path: Path, forced):
    saved = tmp_path / "demo-panel.json"
    with LocalPanel(key=KEY, saved_in=saved) as panel:
        client = PanelClient(panel.url, KEY)
        order_id = add(client, 0)
        panel.set_status(order_id, forced, remains=50)
        balance = panel.balance
        client.close()
    with LocalPanel(key=KEY, saved_in=saved) as again:
        assert again.order(order_id).forced_status == forced
        assert again.balance == balance

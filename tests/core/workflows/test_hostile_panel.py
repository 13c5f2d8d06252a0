"""A hostile panel against the workflows, a real store and a real log: the key it echoes is
found nowhere; an error beside an order id is an unknown order with that id; a lone surrogate
in a service leaves it orderable; a failed save after `add` logs the panel's order id."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.drafts import OrderDraft, estimate
from core.errors import ErrorKind, ErrorWithOrderId, PanelError
from core.local_panel import LocalPanel
from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.logs import setup_logging
from core.mass_order import parse_mass_order
from core.models import Service
from core.store import Store
from core.store.journal import JournalState
from core.workflows.catalogue_refresh import refresh_catalogue
from core.workflows.mass_sending import StopCode, send_mass_order
from core.workflows.order_actions import cancel_orders, refill_orders
from core.workflows.order_placing import place_order
from core.workflows.order_refresh import follow_refills, refresh_orders
from core.workflows.panel_account import read_balance

#: Distinctive, so a grep over every byte cannot miss it or match something else.
ECHOED_KEY = "sk-ECHO-9f8e7d6c5b4a3928170655aa"
log = logging.getLogger("tests.hostile_panel")


@pytest.fixture
def file_log(tmp_path):
    """The app's rotating log in tmp_path/logs for this test, then the root logger restored."""
    root = logging.getLogger()
    level, raise_exceptions = root.level, logging.raiseExceptions
    path = setup_logging(tmp_path / "logs", console=False)
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_smm_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.raiseExceptions = raise_exceptions
    logging.captureWarnings(False)


def draft(catalogue: ServiceCatalog, service_id: int, link: str) -> OrderDraft:
    service = catalogue.by_id(str(service_id))
    return OrderDraft(service, {"link": link, "quantity": str(service.min)})


def every_byte(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_key_the_panel_echoes_is_nowhere_in_the_data_folder_the_log_or_the_errors(
    tmp_path, file_log
):
    """Place, refresh, refill, cancel, read the balance and the catalogue against a panel that
    echoes the key in every error (JSON, per-item errors, an HTML error page); then read every
    byte of the data folder (database, -wal, -shm) and the log. The ui's "Details" text is
    made from the same exceptions (ui/common/error_text.describe: message and details), which
    are checked too."""
    errors: list[PanelError] = []

    def expect_error(call, *args, **kwargs):
        with pytest.raises(PanelError) as info:
            call(*args, **kwargs)
        errors.append(info.value)
        # What the app logs about a failure: the message and its details.
        log.warning("%r: %s %s", info.value, info.value.message, info.value.details)
        return info.value

    with LocalPanel(key=ECHOED_KEY) as panel:
        # The fault really echoes: the raw answer holds the key.
        panel.inject("echo_key", action="balance")
        raw = requests.post(panel.url, data={"key": ECHOED_KEY, "action": "balance"}, timeout=5)
        assert ECHOED_KEY in raw.text

        store = Store(tmp_path / "data")
        try:
            profile = store.profiles.add("Echo", panel.url)
            client = PanelClient(panel.url, ECHOED_KEY, timeout=(2.0, 2.0), sleep=lambda _s: None)
            catalogue = refresh_catalogue(store, client, profile.id).catalog
            for fault in ("echo_key", "echo_key_html"):
                panel.inject(fault, action="services", times=None)
                expect_error(refresh_catalogue, store, client, profile.id)
                panel.clear_faults()

            # Orders: two placed (refillable), then `add` refused, and a page with the key.
            placed = [
                place_order(store.journal, client, profile.id, draft(catalogue, sid, link), "USD")
                for sid, link in ((SERVICE_DEFAULT_DRIPFEED, "https://x.test/a"),
                                  (SERVICE_DEFAULT_DRIPFEED, "https://x.test/b"))
            ]  # fmt: skip
            assert all(o.state == JournalState.PLACED.value for o in placed)
            for fault in ("echo_key", "echo_key_html"):
                panel.inject(fault, action="add")
                outcome = place_order(
                    store.journal, client, profile.id,
                    draft(catalogue, SERVICE_DEFAULT, f"https://x.test/{fault}"), "USD",
                )  # fmt: skip
                assert outcome.state != JournalState.PLACED.value
                errors.append(outcome.error)

            # Refresh: the whole call refused, then each order's entry refused.
            panel.inject("echo_key", action="status")
            expect_error(refresh_orders, store.journal, client, profile.id)
            panel.inject("echo_key_items", action="status")
            refresh_orders(store.journal, client, profile.id)
            assert all(store.journal.get(o.local_id).error for o in placed)

            # Refill: one accepted (so its status is followed), then refusals of every shape.
            panel.advance(10_000)
            refresh_orders(store.journal, client, profile.id)
            orders = [store.journal.get(o.local_id) for o in placed]
            refill_orders(store.journal, client, profile.id, orders[:1])
            panel.inject("echo_key_items", action="refill_status")
            assert follow_refills(store.journal, client, profile.id).answered == 1
            panel.inject("echo_key_items", action="refill")
            refill_orders(store.journal, client, profile.id, orders)
            panel.inject("echo_key", action="refill")
            expect_error(refill_orders, store.journal, client, profile.id, orders[1:])

            # Cancel: each order refused with the key, then the whole call.
            panel.inject("echo_key_items", action="cancel")
            refused = cancel_orders(store.journal, client, profile.id, orders)
            assert len(refused.refused) == 2 and all(a.reason for a in refused.refused)
            panel.inject("echo_key", action="cancel")
            expect_error(cancel_orders, store.journal, client, profile.id, orders)

            # The balance.
            for fault in ("echo_key", "echo_key_html"):
                panel.inject(fault, action="balance", times=None)  # retries see it too
                expect_error(read_balance, client, store.preferences, profile.id)
                panel.clear_faults()

            for error in errors:
                assert error.kind in (ErrorKind.BAD_KEY, ErrorKind.HTTP, ErrorKind.UNKNOWN_ORDER)
                assert ECHOED_KEY not in f"{error!r} {error} {error.message} {error.details}"
            reasons = [a.reason for a in refused.refused]
            assert reasons and all(ECHOED_KEY not in r for r in reasons)
            while_open = every_byte(tmp_path / "data")
            assert any(name.endswith("-wal") for name in while_open)
        finally:
            store.close()
    for logging_handler in logging.getLogger().handlers:
        logging_handler.flush()
    files = {**while_open, **every_byte(tmp_path / "data"), **every_byte(tmp_path / "logs")}
    assert file_log.read_text(encoding="utf-8").count("HTTP") > 10  # the log did record
    leaked = [name for name, data in files.items() if ECHOED_KEY.encode() in data]
    assert leaked == []


# --- an error and an order id at once ---------------------------------------------------------


@pytest.fixture
def setting(panel, tmp_path):
    store = Store(tmp_path)
    profile = store.profiles.add("Local", panel.url)
    client = PanelClient(panel.url, panel.key, timeout=(2.0, 2.0))
    yield store, profile, client, ServiceCatalog(client.services())
    store.close()


def test_an_error_with_an_order_id_is_an_unknown_order_under_that_id(setting, panel):
    store, profile, client, catalogue = setting
    panel.inject("error_with_order", action="add", after_processing=True, message="Try later")
    outcome = place_order(
        store.journal, client, profile.id, draft(catalogue, SERVICE_DEFAULT, "https://x/1"), "USD"
    )
    (placed_id,) = panel.orders  # the panel did place it, under the id it sent
    assert outcome.state == JournalState.UNKNOWN.value  # never "not placed"
    assert outcome.panel_order_id == str(placed_id) and not outcome.out_of_funds
    assert isinstance(outcome.error, ErrorWithOrderId) and outcome.error.maybe_processed
    order = store.journal.get(outcome.local_id)
    assert order.state == JournalState.UNKNOWN and order.panel_order_id == str(placed_id)
    assert "Try later" in order.error


def test_an_error_with_an_unreadable_order_id_is_unknown_without_an_id(setting, panel):
    store, profile, client, catalogue = setting
    panel.inject("raw", action="add", body='{"error": "x", "order": "5001,5002"}')
    outcome = place_order(
        store.journal, client, profile.id, draft(catalogue, SERVICE_DEFAULT, "https://x/2"), "USD"
    )
    assert outcome.state == JournalState.UNKNOWN.value and outcome.panel_order_id is None
    assert store.journal.get(outcome.local_id).panel_order_id is None


def test_a_mass_order_stops_at_an_error_with_an_order_id(setting, panel):
    store, profile, client, catalogue = setting
    text = "\n".join(f"{SERVICE_DEFAULT}|https://m.example/{i}|100" for i in (1, 2, 3))
    panel.inject("error_with_order", action="add")
    result = send_mass_order(
        store.journal, client, profile.id, parse_mass_order(text, catalogue), "USD",
        pace_seconds=0,
    )  # fmt: skip
    assert result.stopped == StopCode.UNKNOWN
    assert result.outcomes[1].panel_order_id == "778" and result.not_reached == (2, 3)
    assert sum(r["action"] == "add" for r in panel.requests) == 1


# --- text that cannot be encoded, numbers that cannot be shown --------------------------------


def test_a_lone_surrogate_in_a_service_leaves_it_orderable(setting, panel):
    """Before: the catalogue could not be saved and `journal.begin` failed to encode the name
    (UnicodeEncodeError from SQLite), so the service could not be ordered at all."""
    store, profile, client, _ = setting
    services = json.dumps(panel.services)  # ASCII escapes, as PHP panels send them
    hostile = services.replace('"name": "', '"name": "\\ud800 ', 1).replace(
        '"category": "', '"category": "\\udfff', 1
    )
    hostile = hostile.replace('{"service"', '{"note \\ud83d": "\\ude00x", "service"', 1)
    panel.inject("raw", action="services", body=hostile)
    snapshot = refresh_catalogue(store, client, profile.id)  # saved as rows
    first = snapshot.catalog.services[0]
    assert first.name.startswith("\ufffd ") and first.category.startswith("\ufffd")
    assert store.catalog.load(profile.id) is not None
    order = OrderDraft(first, {"link": "https://x.test/s", "quantity": str(max(first.min, 100))})
    outcome = place_order(store.journal, client, profile.id, order, "USD")
    assert outcome.state == JournalState.PLACED.value
    assert store.journal.get(outcome.local_id).service_name == first.name


@pytest.mark.parametrize("rate", ["1e5000", "1e999999999", "-1e999999999"])
def test_an_absurd_rate_gives_no_estimate_never_an_error(rate):
    """A rate cached before rates were bounded: `estimate` used to raise decimal.Overflow."""
    service = Service("1", "n", "c", "Default", Decimal(rate), 1, 10**9)
    result = estimate(OrderDraft(service, {"link": "https://x", "quantity": "1000"}))
    assert result.amount is None and result.reason_code == "no_rate" and result.quantity == 1000


# --- the panel's order id in the log when its answer cannot be saved --------------------------


class JournalThatCannotSave:
    """The real journal, but the write of the answer fails (a locked or full disk)."""

    def __init__(self, journal) -> None:
        self._journal = journal

    def __getattr__(self, name):
        if name in ("mark_placed", "mark_unknown"):

            def fail(*_args, **_kwargs):
                raise OSError("disk full")

            return fail
        return getattr(self._journal, name)


@pytest.mark.parametrize("answer", ["placed", "error_with_order"])
def test_a_failed_save_logs_the_panels_order_id_not_the_key(setting, panel, caplog, answer):
    store, profile, client, catalogue = setting
    if answer == "error_with_order":
        panel.inject("error_with_order", action="add", after_processing=True)
    with caplog.at_level(logging.ERROR, logger="core.workflows.order_placing"):
        outcome = place_order(
            JournalThatCannotSave(store.journal), client, profile.id,
            draft(catalogue, SERVICE_DEFAULT, f"https://x.test/{answer}"), "USD",
        )  # fmt: skip
    (panel_id,) = panel.orders
    assert outcome.journal_error is not None and outcome.panel_order_id == str(panel_id)
    (record,) = caplog.records
    assert f"panel order id {panel_id}" in record.getMessage()
    assert panel.key not in caplog.text

"""Order journal: states, crash safety, statuses, refills, cancels, duplicates, speed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from core.models import OrderStatus, RefillStatus, Service
from core.store import DuplicateOrderId, JournalState, Store, StoreError
from tests.locations import PROJECT_ROOT as ROOT

SERVICE = Service("42", "Followers", "Instagram", "Default", Decimal("1.25"), 10, 1000)
PARAMS = {"service": "42", "link": "https://instagram.com/p/abc", "quantity": "500"}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path) as s:
        yield s


@pytest.fixture
def profile(store):
    return store.profiles.ensure_default()


def test_begin_commits_a_submitting_draft_with_its_params(store, profile, tmp_path):
    local_id = store.journal.begin(
        profile.id, SERVICE, {**PARAMS, "key": "SECRET", "action": "add"}, Decimal("0.625"), "USD"
    )
    # Visible to another connection at once: it was committed, not merely written.
    with Store(tmp_path) as other:
        order = other.journal.get(local_id)
    assert order.state == JournalState.SUBMITTING == "submitting"
    assert order.params == PARAMS  # key and action dropped
    assert order.link == "https://instagram.com/p/abc" and order.quantity == 500
    assert order.estimate == Decimal("0.625") and order.currency == "USD"
    assert order.service_id == "42" and order.service_name == "Followers"
    assert order.created_at.tzinfo is not None and order.panel_order_id is None
    assert [h.what for h in store.journal.history(local_id)] == ["submitting"]


def test_placed_failed_unknown(store, profile):
    j = store.journal
    placed = j.begin(profile.id, SERVICE, PARAMS, None, None)
    failed = j.begin(profile.id, SERVICE, PARAMS, None, None)
    unknown = j.begin(profile.id, SERVICE, PARAMS, None, None)
    j.mark_placed(placed, "23501")
    j.mark_failed(failed, "Not enough funds on balance")
    j.mark_unknown(unknown, "no answer within 30 s")
    assert j.get(placed).state == "placed" and j.get(placed).panel_order_id == "23501"
    assert j.get(failed).state == "failed" and j.get(failed).error == "Not enough funds on balance"
    assert j.get(failed).final
    assert j.get(unknown).state == "unknown" and j.get(unknown).error == "no answer within 30 s"
    assert j.pending_ids(profile.id) == ["23501"]  # nothing without a panel id is polled
    # The user found the unknown order on the panel: it can still get its id, but not one
    # another row already holds (two rows would follow one panel order).
    with pytest.raises(DuplicateOrderId):
        j.mark_found(unknown, "23501")
    assert j.get(unknown).state == "unknown"
    j.mark_found(unknown, "23502")
    assert j.get(unknown).state == "placed" and j.get(unknown).error is None
    assert [h.what for h in j.history(unknown)] == ["submitting", "unknown", "placed"]
    # Impossible transitions are refused rather than silently rewriting history.
    with pytest.raises(StoreError):
        j.mark_failed(placed, "late error")
    with pytest.raises(StoreError):
        j.mark_unknown(failed, "x")
    with pytest.raises(KeyError):
        j.mark_placed(999, "1")


def test_recover_interrupted_turns_leftover_drafts_into_unknown(store, profile):
    j = store.journal
    left = j.begin(profile.id, SERVICE, PARAMS, None, None)
    done = j.begin(profile.id, SERVICE, PARAMS, None, None)
    j.mark_placed(done, "1")
    assert j.recover_interrupted() == 1
    assert j.get(left).state == "unknown" and "stopped" in j.get(left).error
    assert j.get(done).state == "placed"
    assert j.recover_interrupted() == 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL does not exist here")
def test_draft_survives_sigkill_between_begin_and_send(tmp_path):
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "journal_crash_child.py"), str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        line = child.stdout.readline()  # blocks until the draft is committed
        assert line.startswith("READY "), line
        local_id = int(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
        child.stdout.close()

    with Store(tmp_path) as store:  # the next start of the app
        assert store.journal.get(local_id).state == "submitting"
        assert store.journal.recover_interrupted() == 1
        order = store.journal.get(local_id)
    assert order.state == "unknown"
    assert order.link == "https://instagram.com/p/crash" and order.quantity == 500
    assert order.estimate == Decimal("0.625")


def test_track_an_order_placed_elsewhere(store, profile):
    j = store.journal
    local_id = j.track(profile.id, " 777 ", SERVICE)
    assert j.track(profile.id, "777") == local_id  # tracking twice is one order
    order = j.get(local_id)
    assert order.state == "tracked" and order.panel_order_id == "777"
    assert order.service_name == "Followers"
    assert j.pending_ids(profile.id) == ["777"]
    other = store.profiles.add("Other", "https://other.example/api/v2")
    assert j.track(other.id, "777") != local_id  # the same id on another panel is another order
    with pytest.raises(ValueError):
        j.track(profile.id, "  ")


def status(order_id, word, **kw):
    return OrderStatus(order_id=order_id, status=word, **kw)


def test_apply_statuses_history_final_and_errors(store, profile):
    j = store.journal
    a = j.begin(profile.id, SERVICE, PARAMS, Decimal("0.625"), "USD")
    j.mark_placed(a, "10")
    b = j.track(profile.id, "11")
    c = j.track(profile.id, "12")
    when = datetime(2026, 5, 1, 10, 0, tzinfo=timezone.utc)
    done = j.apply_statuses(
        profile.id,
        {
            "10": status(
                "10",
                "In progress",
                charge=Decimal("0.6250000001"),
                start_count=120,
                remains=400,
                currency="USD",
            ),
            "11": status("11", "Completed", charge=Decimal("2"), currency="EUR"),
            "12": OrderStatus(order_id="12", error="Incorrect order ID"),
            "99": status("99", "Completed"),  # not ours: ignored
        },
        checked_at=when,
    )
    assert done == [b]
    oa, ob, oc = j.get(a), j.get(b), j.get(c)
    assert oa.status == "In progress" and oa.charge == Decimal("0.6250000001")
    assert oa.start_count == 120 and oa.remains == 400 and oa.last_checked == when
    assert oa.currency == "USD" and not oa.final
    assert ob.final and ob.currency == "EUR" and ob.status_kind.value == "completed"
    assert oc.error == "Incorrect order ID" and not oc.final and oc.status == ""
    assert j.pending_ids(profile.id) == ["10", "12"]

    # Same status again: no new history row, nothing newly final.
    assert j.apply_statuses(profile.id, {"10": status("10", "In progress", remains=300)}) == []
    assert j.get(a).remains == 300
    assert j.apply_statuses(profile.id, {"10": status("10", "partial", remains=20)}) == [a]
    assert j.apply_statuses(profile.id, {"10": status("10", "Partial", remains=20)}) == []
    whats = [(h.what, h.detail) for h in j.history(a)]
    assert whats == [
        ("submitting", ""),
        ("placed", "10"),
        ("status", "In progress"),
        ("status", "partial"),
        ("status", "Partial"),
    ]
    assert [(h.what, h.detail) for h in j.history(c)] == [
        ("tracked", "12"),
        ("error", "Incorrect order ID"),
    ]
    # The error clears once the panel answers properly.
    j.apply_statuses(profile.id, {"12": status("12", "Pending")})
    assert j.get(c).error is None and j.get(c).status == "Pending"


def test_apply_statuses_for_ten_thousand_orders(store, profile):
    j = store.journal
    with store.db.write() as conn:  # set up quickly: this test measures apply_statuses only
        conn.executemany(
            "INSERT INTO orders (profile_id, state, panel_order_id, created_at)"
            " VALUES (?, 'placed', ?, '2026-01-01T00:00:00.000000+00:00')",
            [(profile.id, str(100_000 + i)) for i in range(10_000)],
        )
    statuses = {
        str(100_000 + i): status(
            str(100_000 + i),
            "Completed" if i % 2 else "In progress",
            charge=Decimal("0.0360"),
            start_count=i,
            remains=0,
        )
        for i in range(10_000)
    }
    done = j.apply_statuses(profile.id, statuses)  # its speed: bench/orders_refresh.py
    assert len(done) == 5000
    assert len(j.pending_ids(profile.id)) == 5000


def test_refills_and_cancels_are_recorded(store, profile):
    j = store.journal
    a = j.track(profile.id, "10")
    b = j.track(profile.id, "11")
    j.record_refill(a, "500", None)
    j.record_refill(b, None, "Order not eligible for refill.")
    assert j.get(a).refill_id == "500" and j.get(b).refill_id is None
    assert j.refill_pending_ids(profile.id) == ["500"]
    assert j.apply_refill_statuses(profile.id, {"500": RefillStatus("500", "Pending")}) == [a]
    assert j.apply_refill_statuses(profile.id, {"500": RefillStatus("500", "Pending")}) == []
    assert j.apply_refill_statuses(profile.id, {"500": RefillStatus("500", "Completed")}) == [a]
    assert j.refill_pending_ids(profile.id) == []
    j.record_cancel(a, True)
    j.record_cancel(b, False, "Incorrect order ID")
    assert [(h.what, h.detail) for h in j.history(a)] == [
        ("tracked", "10"),
        ("refill", "500"),
        ("refill_status", "Pending"),
        ("refill_status", "Completed"),
        ("cancel", ""),
    ]
    assert [(h.what, h.detail) for h in j.history(b)][1:] == [
        ("refill_refused", "Order not eligible for refill."),
        ("cancel_refused", "Incorrect order ID"),
    ]


def test_recent_same_finds_probable_double_orders(store, profile):
    j = store.journal
    first = j.begin(profile.id, SERVICE, PARAMS, None, None)
    j.mark_placed(first, "1")
    refused = j.begin(profile.id, SERVICE, PARAMS, None, None)
    j.mark_failed(refused, "Not enough funds")
    other_link = j.begin(profile.id, SERVICE, {**PARAMS, "link": "https://x.example"}, None, None)
    found = j.recent_same(profile.id, "42", PARAMS["link"])
    assert [o.local_id for o in found] == [first]  # failed ones placed nothing
    later = datetime.now(timezone.utc) + timedelta(hours=2)
    assert j.recent_same(profile.id, "42", PARAMS["link"], now=later) == []
    assert j.recent_same(profile.id, "42", PARAMS["link"], within=timedelta(hours=3), now=later)
    assert other_link not in [o.local_id for o in found]


def test_notifications_and_listing(store, profile):
    j = store.journal
    a = j.track(profile.id, "10")
    b = j.track(profile.id, "11")
    j.apply_statuses(profile.id, {"10": status("10", "Completed"), "11": status("11", "Pending")})
    assert [o.local_id for o in j.unnotified_final(profile.id)] == [a]
    j.mark_notified([a])
    assert j.get(a).notified and j.unnotified_final() == []
    assert [o.local_id for o in j.orders(profile.id)] == [b, a]  # newest first


def test_orders_of_a_deleted_profile_are_kept(store):
    profile = store.profiles.add("Gone", "https://gone.example/api/v2")
    local_id = store.journal.track(profile.id, "5")
    store.profiles.delete(profile.id)
    assert store.journal.get(local_id).profile_id == profile.id
    assert [o.local_id for o in store.journal.orders()] == [local_id]
    # Ids are never reused, so a new profile cannot inherit the old one's orders.
    assert store.profiles.add("New", "https://new.example/api/v2").id != profile.id


@pytest.mark.parametrize(
    "stored",
    ["not json", '{"link": "https://x', "[1, 2]", '"text"', "", '{"quantity": ' + "9" * 5000 + "}"],
    ids=["text", "cut short", "a list", "a string", "empty", "a number past 4,300 digits"],
)
def test_an_order_whose_params_cannot_be_read_still_loads(store, profile, stored):
    # A damaged file or an old version's row: the order is still there, its params said unreadable.
    local_id = store.journal.begin(profile.id, SERVICE, PARAMS, Decimal("0.625"), "USD")
    with store.db.write() as conn:
        conn.execute("UPDATE orders SET params = ? WHERE local_id = ?", (stored, local_id))
    order = store.journal.get(local_id)
    assert order.local_id == local_id and order.params_unreadable and order.params == {}
    assert order.link == "https://instagram.com/p/abc" and order.quantity == 500
    assert order.total_quantity == 500 and order.runs is None
    assert [o.local_id for o in store.journal.orders(profile.id)] == [local_id]


def test_params_of_an_old_version_with_numbers_are_read_as_text(store, profile):
    local_id = store.journal.begin(profile.id, SERVICE, PARAMS, Decimal("0.625"), "USD")
    with store.db.write() as conn:
        conn.execute(
            "UPDATE orders SET params = ? WHERE local_id = ?",
            ('{"link": "https://x.test/p", "quantity": 500, "runs": 3, "note": null}', local_id),
        )
    order = store.journal.get(local_id)
    assert not order.params_unreadable
    assert order.params == {"link": "https://x.test/p", "quantity": "500", "runs": "3", "note": ""}
    assert order.runs == 3

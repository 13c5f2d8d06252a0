"""The journal's work for a refresh stays the same however long the journal grows: counted in
SQLite instructions (tests/core/store/sqlite_steps.py), never timed.

Issue 13, defect 7: `apply_statuses` read every order of the profile for each batch of 100, so
a refresh of a 20,000-order journal spent 5.8 s saving batches; `pending_ids` and
`refill_pending_ids` walked every order too. Each of them now reads only the rows it is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.models import OrderStatus, RefillStatus
from core.store import Store
from tests.core.store.sqlite_steps import counted_steps

UNFINISHED = 200  # tracked orders still running, panel ids "1000".."1199"
SMALL, LARGE = 1_000, 20_000  # finished orders of the same panel around them
#: Leeway for the cost of the large journal over the small one (one extra B-tree level and
#: the like): a scan of the whole journal costs ten to twenty times more.
LEEWAY = 1.05


def journal_with(path: Path, finished: int) -> Store:
    """A store whose one profile holds `finished` completed orders (some with finished
    refills) and UNFINISHED running ones, written directly: this measures reading them."""
    store = Store(path)
    profile = store.profiles.ensure_default()
    created = "2026-01-01T00:00:00.000000+00:00"
    with store.db.write() as conn:
        conn.executemany(
            "INSERT INTO orders (profile_id, state, panel_order_id, created_at, status, final,"
            " notified) VALUES (?, 'placed', ?, ?, 'Completed', 1, 1)",
            [(profile.id, f"done-{i}", created) for i in range(finished)],
        )
        conn.executemany(
            "INSERT INTO orders (profile_id, state, panel_order_id, created_at)"
            " VALUES (?, 'tracked', ?, ?)",
            [(profile.id, str(1000 + i), created) for i in range(UNFINISHED)],
        )
    return store


@pytest.fixture
def journals(tmp_path) -> Iterator[dict[int, Store]]:
    """The same running orders in a small and in a large journal."""
    made = {size: journal_with(tmp_path / str(size), size) for size in (SMALL, LARGE)}
    yield made
    for store in made.values():
        store.close()


def first_batch(ids: list[str]) -> dict[str, OrderStatus]:
    return {i: OrderStatus(order_id=i, status="In progress", remains=10) for i in ids}


def second_batch(ids: list[str]) -> dict[str, OrderStatus]:
    """Some finish, one is refused by the panel, one is not ours at all."""
    batch = {
        i: OrderStatus(order_id=i, status="Completed" if n % 2 else "In progress", remains=0)
        for n, i in enumerate(ids)
    }
    batch[ids[0]] = OrderStatus(order_id=ids[0], error="Incorrect order ID")
    batch["done-3"] = OrderStatus(order_id="done-3", status="Completed")  # final: same again
    batch["424242"] = OrderStatus(order_id="424242", status="Completed")  # not in the journal
    return batch


def test_saving_a_batch_reads_only_the_batchs_rows(journals: dict[int, Store]):
    cost: dict[int, list[int]] = {}
    for size, store in journals.items():
        j, profile_id = store.journal, store.profiles.list()[0].id
        conn = store.db.connection()
        ids = j.pending_ids(profile_id)
        assert ids == [str(1000 + i) for i in range(UNFINISHED)]
        with counted_steps(conn) as one:
            assert j.apply_statuses(profile_id, first_batch(ids[:100])) == []
        second = second_batch(ids[100:])
        with counted_steps(conn) as two:
            became_final = j.apply_statuses(profile_id, second)
        cost[size] = [one.count, two.count]

        # What was saved is what the batches said, nothing else was touched.
        local = {o.panel_order_id: o for o in j.orders(profile_id)}
        assert became_final == [local[i].local_id for i in ids[101:200:2]]  # journal order
        assert {local[i].status for i in ids[:100]} == {"In progress"}
        assert local[ids[100]].error == "Incorrect order ID" and local[ids[100]].status == ""
        assert local[ids[101]].final and not local[ids[102]].final
        assert local["done-4"].last_checked is None
        assert [h.what for h in j.history(local["done-3"].local_id)] == []  # same word: none
        assert "424242" not in local
        assert len(j.pending_ids(profile_id)) == UNFINISHED - 50
    assert min(cost[SMALL]) > 1000  # the counter counts
    for small, large in zip(cost[SMALL], cost[LARGE], strict=True):
        assert large <= small * LEEWAY, cost


def test_finding_what_to_ask_reads_only_unfinished_orders_and_refills(
    journals: dict[int, Store],
):
    cost: dict[int, list[int]] = {}
    for size, store in journals.items():
        j, profile_id = store.journal, store.profiles.list()[0].id
        conn = store.db.connection()
        running = j.orders(profile_id)[:3]  # newest first: three of the running ones
        for n, order in enumerate(running):
            j.record_refill(order.local_id, f"r{n}", None)
        with counted_steps(conn) as pending:
            assert len(j.pending_ids(profile_id)) == UNFINISHED
        with counted_steps(conn) as refills:
            assert j.refill_pending_ids(profile_id) == ["r2", "r1", "r0"]  # journal order
        answer = {
            "r0": RefillStatus("r0", "Completed"),
            "r1": RefillStatus("r1", "", error="Refill not found"),
            "r9": RefillStatus("r9", "Completed"),  # not ours
        }
        with counted_steps(conn) as refill_answer:
            changed = j.apply_refill_statuses(profile_id, answer)
        assert changed == [running[1].local_id, running[0].local_id]
        assert j.get(running[1].local_id).refill_status == "error: Refill not found"
        assert j.refill_pending_ids(profile_id) == ["r2", "r1"]
        cost[size] = [pending.count, refills.count, refill_answer.count]
    for small, large in zip(cost[SMALL], cost[LARGE], strict=True):
        assert large <= small * LEEWAY, cost


def test_recording_20000_orders_announced_is_one_statement(journals: dict[int, Store]):
    store = journals[LARGE]
    j, profile_id = store.journal, store.profiles.list()[0].id
    conn = store.db.connection()
    with store.db.write() as writing:  # the finished orders not told yet, as after a refresh
        writing.execute("UPDATE orders SET notified = 0")
    news = j.unnotified_final(profile_id)
    assert len(news) == LARGE
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        j.mark_notified(o.local_id for o in news)  # any iterable, as mark_announced passes
    finally:
        conn.set_trace_callback(None)
    # One UPDATE, run by SQLite without the interpreter lock the GUI thread needs meanwhile.
    assert [s.split()[0] for s in statements] == ["BEGIN", "UPDATE", "COMMIT"]
    assert j.unnotified_final(profile_id) == []
    running = [o for o in j.orders(profile_id) if not o.final]
    assert len(running) == UNFINISHED and not any(o.notified for o in running)

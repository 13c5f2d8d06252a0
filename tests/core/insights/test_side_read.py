"""The second reader of compute_insights: on the caller's snapshot or not at all."""

from __future__ import annotations

import threading
from datetime import timedelta

from core.insights import compute_insights
from core.insights.side_read import SideReader
from core.store import Store
from tests.core.insights.journal_builder import T0, hours

COUNT = "SELECT count(*) FROM orders"


def test_it_reads_the_snapshot_the_caller_began_even_after_a_later_write(store, build):
    svc = build.service("1")
    build.completed(svc, hours(1))
    with SideReader(store.db) as side, store.db.read() as conn:
        assert conn.execute(COUNT).fetchone()[0] == 1  # the caller's snapshot begins
        beside = side.join()
        writer = threading.Thread(target=build.place, args=(svc,))  # its own connection
        writer.start()
        writer.join()
        assert beside is not None
        assert beside.execute(COUNT).fetchone()[0] == conn.execute(COUNT).fetchone()[0] == 1
    assert store.db.connection().execute(COUNT).fetchone()[0] == 2


def test_a_write_between_its_making_and_joining_leaves_the_caller_on_its_own(store, build):
    svc = build.service("1")
    build.completed(svc, hours(1))
    with SideReader(store.db) as side:
        build.place(svc)  # committed before the caller's snapshot began (same thread: no read yet)
        with store.db.read() as conn:
            conn.execute(COUNT).fetchone()
            assert side.join() is None


def test_inside_a_write_the_statistics_see_its_changes_everywhere(store, build):
    svc = build.service("1")
    for _ in range(5):
        build.completed(svc, hours(2))
    with store.db.write() as conn:  # not committed: only this connection sees it
        conn.execute("UPDATE orders SET created_at = ?", ((T0 - hours(1)).isoformat(),))
        [quality] = compute_insights(store, utc_offset=timedelta(0)).quality
    assert quality.median_completion == hours(3)
    [quality] = compute_insights(store, utc_offset=timedelta(0)).quality
    assert quality.median_completion == hours(3)  # committed now: the same from both readers


def test_a_view_only_store_is_read_beside_too(tmp_path, build, store):
    for _ in range(5):
        build.completed(build.service("1"), hours(1))
    store.close()
    with Store(tmp_path, read_only=True) as viewing:
        [quality] = compute_insights(viewing, utc_offset=timedelta(0)).quality
        with SideReader(viewing.db) as side, viewing.db.read() as conn:
            conn.execute(COUNT).fetchone()
            beside = side.join()
            assert beside is not None and beside.execute("PRAGMA query_only").fetchone()[0] == 1
    assert (quality.timed, quality.median_completion) == (5, hours(1))

"""Migration 7: the delivered units column and the indexes the statistics read."""

from __future__ import annotations

from decimal import Decimal

from core.insights import service_quality
from core.store import Store
from tests.core.insights.journal_builder import T0, JournalBuilder, hours


def test_delivered_units_count_drip_feed_runs(store):
    build = JournalBuilder(store, store.profiles.add("A", "https://a.example/api/v2").id)
    plain, plain_id = build.place(build.service("1"), 1000)
    drip, drip_id = build.place(build.service("1"), 500, runs=3)
    build.status(plain_id, "In progress", T0 + hours(1), remains=250)
    build.status(drip_id, "In progress", T0 + hours(1), remains=1400)
    units = dict(
        store.db.connection().execute("SELECT local_id, delivered_units FROM orders").fetchall()
    )
    assert units == {plain: 750, drip: 100}


def test_params_that_are_no_json_never_stop_the_journal(store):
    # Written by hand or by a broken older version: the column must not fail the row's writes.
    build = JournalBuilder(store, store.profiles.add("A", "https://a.example/api/v2").id)
    local_id, panel_id = build.place(build.service("1"), 1000)
    with store.db.write() as conn:
        conn.execute("UPDATE orders SET params = 'not json' WHERE local_id = ?", (local_id,))
    build.status(panel_id, "Completed", T0 + hours(2), remains=0, charge="2.50")
    final = store.db.connection().execute(
        "SELECT final FROM orders WHERE local_id = ?", (local_id,)
    )
    assert final.fetchone()[0] == 1
    [q] = service_quality(store)
    assert q.completed == 1 and q.cost_per_unit * 1000 == 2.5


def test_the_statistics_read_the_indexes_not_the_table(store):
    plan = " ".join(
        str(row)
        for row in store.db.connection().execute(
            "EXPLAIN QUERY PLAN SELECT profile_id, service_id, status, final, currency, count(*)"
            " FROM orders INDEXED BY orders_for_insights"
            " GROUP BY profile_id, service_id, status, final, currency"
        )
    )
    assert "COVERING INDEX orders_for_insights" in plan and "TEMP B-TREE" not in plan


def test_a_journal_from_before_migration_7_gets_its_statistics(tmp_path):
    from core.store.db import DB_FILE_NAME, migrate, open_connection

    conn = open_connection(tmp_path / DB_FILE_NAME)
    migrate(conn, 5)  # the schema before the insights
    conn.execute(
        "INSERT INTO orders (local_id, profile_id, state, panel_order_id, service_id,"
        " service_name, quantity, params, currency, created_at, status, charge, remains, final)"
        " VALUES (1, 1, 'placed', '55', '9', 'Old views', 200, '{\"runs\": \"5\"}', 'USD',"
        " '2026-01-02T03:00:00.000000+00:00', 'Completed', '1.00', 0, 1)"
    )
    conn.execute(
        "INSERT INTO order_history (local_id, at, what, detail)"
        " VALUES (1, '2026-01-02T05:30:00.000000+00:00', 'status', 'Completed')"
    )
    conn.close()
    with Store(tmp_path) as store:
        [q] = service_quality(store)
    assert (q.service_id, q.service_name, q.completed, q.timed) == ("9", "Old views", 1, 1)
    assert q.cost_per_unit == Decimal("0.001")  # 1.00 for 200 x 5 runs


def test_the_column_and_the_journal_s_total_quantity_agree_on_what_the_app_writes(store):
    # One rule in two places (the SQL one fixed in the schema by migration 7): the statistics'
    # delivered units are the Orders tab's total (JournalOrder.total_quantity) minus remains.
    build = JournalBuilder(store, store.profiles.add("A", "https://a.example/api/v2").id)
    cases = [(1000, None, 250), (500, 2, 400), (500, 7, 3499), (100, 1, 0), (300, 4, -20)]
    for quantity, runs, remains in cases:
        _, panel_id = build.place(build.service("1"), quantity, runs=runs)
        build.status(panel_id, "In progress", T0 + hours(1), remains=remains)
    build.place(build.service("1"), 800, runs=3)  # no status yet: remains unknown
    units = dict(
        store.db.connection().execute("SELECT local_id, delivered_units FROM orders").fetchall()
    )
    orders = store.journal.orders(build.profile_id)
    assert len(orders) == len(cases) + 1
    for order in orders:
        expected = None if order.remains is None else order.total_quantity - order.remains
        assert units[order.local_id] == expected, order
    assert sorted(v for v in units.values() if v is not None) == [1, 100, 600, 750, 1220]

"""Every migration path: a database built at each earlier schema version upgrades with its data."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from core.models import Service
from core.store import DB_FILE_NAME, LATEST_VERSION, Store
from core.store.catalog_cache import _encode
from core.store.db import migrate
from core.store.migrations import MIGRATIONS

CATALOGUE = [
    Service("1", "Followers", "Instagram", "Default", Decimal("0.5"), 10, 100),
    Service("2", "Likes", "Instagram", "Default", Decimal("1.25"), 10, 100, extra={"x": 1}),
]


def build_old(path, version: int) -> None:
    """A database as a program at `version` would have left it, holding some data."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    conn.execute(
        "INSERT INTO profiles (id, name, url, proxy) VALUES (1, 'Old', 'https://o/v2', NULL)"
    )
    conn.execute("INSERT INTO settings VALUES ('active_profile', '1')")
    blob, rates = _encode(CATALOGUE)
    if version >= 2:
        conn.execute(
            "INSERT INTO catalogue (profile_id, fetched_at, services, changes, rates)"
            " VALUES (1, '2026-01-02T03:04:05.000000+00:00', ?, '{\"new\": [\"2\"]}', ?)",
            (blob, rates),
        )
        conn.execute("INSERT INTO favourites VALUES (1, '2')")
    else:
        conn.execute(
            "INSERT INTO catalogue (profile_id, fetched_at, services)"
            " VALUES (1, '2026-01-02T03:04:05.000000+00:00', ?)",
            (blob,),
        )
    for local_id, state, panel_id, status, final in [
        (1, "placed", "100", "Completed", 1),
        (2, "placed", "101", "In progress", 0),
        (3, "submitting", None, "", 0),
    ]:
        conn.execute(
            "INSERT INTO orders (local_id, profile_id, state, panel_order_id, service_id,"
            " link, quantity, params, estimate, currency, created_at, status, charge, final)"
            " VALUES (?, 1, ?, ?, '1', 'https://l', 100, '{\"link\": \"https://l\"}', '0.05',"
            " 'USD', '2026-01-02T03:04:05.000000+00:00', ?, '0.0500', ?)",
            (local_id, state, panel_id, status, final),
        )
        conn.execute(
            "INSERT INTO order_history (local_id, at, what, detail)"
            " VALUES (?, '2026-01-02T03:04:05.000000+00:00', 'submitting', '')",
            (local_id,),
        )
    if version >= 3:
        conn.execute("UPDATE orders SET refill_id = '9', notified = 1 WHERE local_id = 1")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


def test_the_migrations_really_change_the_schema():
    # Version 1 is a real earlier schema, so the paths below test something.
    assert LATEST_VERSION == len(MIGRATIONS) >= 3


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_upgrade_from_every_earlier_version_keeps_the_data(tmp_path, version):
    build_old(tmp_path / DB_FILE_NAME, version)
    with Store(tmp_path) as store:
        assert store.db.schema_version() == LATEST_VERSION
        assert [p.name for p in store.profiles.list()] == ["Old"]
        assert store.settings.get("active_profile") == "1"

        cached = store.catalog.load(1)
        assert [(s.id, s.rate, s.extra) for s in cached.services] == [
            ("1", Decimal("0.5"), {}),
            ("2", Decimal("1.25"), {"x": 1}),
        ]
        expected_changes = {"2"} if version >= 2 else set()
        assert cached.changes.new == expected_changes
        # The first refresh after the upgrade compares with the old catalogue.
        changes = store.catalog.save(1, [CATALOGUE[0]])
        assert changes.removed == {"2"}
        assert store.favourites.list(1) == ({"2"} if version >= 2 else set())

        j = store.journal
        done, running, draft = j.get(1), j.get(2), j.get(3)
        assert done.final and done.status == "Completed" and done.charge == Decimal("0.0500")
        assert done.params == {"link": "https://l"} and done.estimate == Decimal("0.05")
        # Orders finished before notifications existed are not announced again.
        assert done.notified and not running.notified
        assert done.refill_id == ("9" if version >= 3 else None)
        assert j.pending_ids(1) == ["101"]
        assert j.recover_interrupted() == 1 and j.get(3).state == "unknown"
        assert [h.what for h in j.history(1)] == ["submitting"]
        # New features work on the upgraded file.
        store.favourites.set(1, "1", True)
        j.record_refill(2, "10", None)
        assert j.get(2).refill_id == "10" and draft.local_id == 3


def test_empty_file_from_version_zero(tmp_path):
    sqlite3.connect(tmp_path / DB_FILE_NAME).close()
    with Store(tmp_path) as store:
        assert store.db.schema_version() == LATEST_VERSION
        assert store.profiles.list() == []


def test_a_failed_migration_leaves_the_file_untouched(tmp_path, monkeypatch):
    build_old(tmp_path / DB_FILE_NAME, 1)
    broken = [list(m) for m in MIGRATIONS]
    broken[-1] = [*broken[-1], "THIS IS NOT SQL"]
    monkeypatch.setattr("core.store.db.MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        Store(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 3
    conn.close()

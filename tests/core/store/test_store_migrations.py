"""Every migration path: a database built at each earlier schema version upgrades with its data."""

from __future__ import annotations

import json
import sqlite3
import zlib
from decimal import Decimal

import pytest

from core.models import Service
from core.store import DB_FILE_NAME, LATEST_VERSION, Store
from core.store.db import migrate
from core.store.migrations import MIGRATIONS, blob_rows
from tests.locations import REALDATA

CATALOGUE = [
    Service("1", "Followers", "Instagram", "Default", Decimal("0.5"), 10, 100),
    Service("2", "Likes", "Instagram", "Default", Decimal("1.25"), 10, 100, extra={"x": 1}),
]


def old_blobs(services: list[Service]) -> tuple[bytes, bytes]:
    """The catalogue and rates blobs as versions 1 to 3 wrote them (layout "format 2").

    Columns, one list per field; categories, types and descriptions kept once in a table and
    referred to by index; flags as bits; ASCII JSON, zlib level 1."""

    def table(values: list[str]) -> tuple[list[str], list[int]]:
        index: dict[str, int] = {}
        refs = [index.setdefault(v, len(index)) for v in values]
        return list(index), refs

    def dumps(data: object) -> bytes:
        text = json.dumps(data, default=str, ensure_ascii=True, separators=(",", ":"))
        return zlib.compress(text.encode("utf-8"), 1)

    categories, category_refs = table([s.category for s in services])
    types, type_refs = table([s.type for s in services])
    descriptions, description_refs = table([s.description for s in services])
    rates = [None if s.rate is None else str(s.rate) for s in services]
    data = {
        "format": 2,
        "id": [s.id for s in services],
        "name": [s.name for s in services],
        "category_table": categories,
        "category": category_refs,
        "type_table": types,
        "type": type_refs,
        "rate": rates,
        "min": [s.min for s in services],
        "max": [s.max for s in services],
        "flags": [s.dripfeed | s.refill << 1 | s.cancel << 2 for s in services],
        "description_table": descriptions,
        "description": description_refs,
        "extra": [s.extra or 0 for s in services],
    }
    return dumps(data), dumps({"id": data["id"], "rate": rates})


def build_old(path, version: int) -> None:
    """A database as a program at `version` would have left it, holding some data."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    conn.execute(
        "INSERT INTO profiles (id, name, url, proxy) VALUES (1, 'Old', 'https://o/v2', NULL)"
    )
    conn.execute("INSERT INTO settings VALUES ('active_profile', '1')")
    blob, rates = old_blobs(CATALOGUE)
    if version >= 4:  # the catalogue as rows
        conn.execute(
            "INSERT INTO catalogue (profile_id, fetched_at, changes)"
            " VALUES (1, '2026-01-02T03:04:05.000000+00:00', '{\"new\": [\"2\"]}')"
        )
        conn.executemany(
            "INSERT INTO catalogue_services VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            blob_rows(1, blob),
        )
        conn.execute("INSERT INTO favourites VALUES (1, '2')")
    elif version >= 2:
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
        indexes = {
            row[0]
            for row in store.db.connection().execute(
                "SELECT name FROM sqlite_master WHERE type = 'index'"
            )
        }  # what a refresh reads through (version 5)
        assert {"orders_unfinished", "orders_by_refill"} <= indexes
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


# --- version 4: the catalogue blobs become rows ----------------------------------------------

RICH = [
    Service("10", "فالوور ایرانی 🇮🇷 &amp; more", " Instagram", "Default", Decimal("0.000123"),
            10, 2147483647, True, False, True, "line 1\nline 2\t", {"fa": {"name": "فالوور"}}),
    Service("7", "Views", "YouTube", "custom_comments", None, 500, 100, False, True, False,
            "", {}),
    Service("abc", "Likes 𝗙𝗮𝘀𝘁", " Instagram", "Default", Decimal("99999999.00"), 1, 10,
            description="line 1\nline 2\t", extra={"average_time": 3, "ok": [1, None, 2.5]}),
]  # fmt: skip


def fields(s: Service) -> tuple:
    return (s.id, s.name, s.category, s.type, str(s.rate), s.min, s.max, s.dripfeed, s.refill,
            s.cancel, s.description, s.extra)  # fmt: skip


def version_3_file(path, catalogues: dict[int, bytes]) -> None:
    """A version 3 database (built by the old migration steps) caching these blobs."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=3)
    for profile_id, blob in catalogues.items():
        conn.execute("INSERT INTO profiles (id, name, url) VALUES (?, 'P', 'https://p/v2')",
                     (profile_id,))  # fmt: skip
        conn.execute(
            "INSERT INTO catalogue (profile_id, fetched_at, services, changes, rates)"
            " VALUES (?, '2026-01-02T03:04:05.000000+00:00', ?, ?, ?)",
            (profile_id, blob, '{"new": ["7"], "rate_up": ["10"]}', old_blobs(RICH)[1]),
        )
    conn.close()


def test_version_3_catalogues_become_rows_with_every_field_and_the_panels_order(tmp_path):
    version_3_file(tmp_path / DB_FILE_NAME, {1: old_blobs(RICH)[0], 2: old_blobs(CATALOGUE)[0]})
    with Store(tmp_path) as store:
        cached = store.catalog.load(1)
        assert [fields(s) for s in cached.services] == [fields(s) for s in RICH]
        assert cached.fetched_at.isoformat() == "2026-01-02T03:04:05+00:00"
        assert cached.changes.new == {"7"} and cached.changes.rate_up == {"10"}
        assert [s.id for s in store.catalog.load(2).services] == ["1", "2"]
        conn = store.db.connection()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "catalogue_blobs" not in tables  # converted once, then dropped
        assert conn.execute("SELECT COUNT(*) FROM catalogue_services").fetchone() == (5,)
        assert "services" not in {row[1] for row in conn.execute("PRAGMA table_info(catalogue)")}
        # Deleting a profile takes its rows along.
        store.profiles.delete(1)
        assert conn.execute("SELECT COUNT(*) FROM catalogue_services").fetchone() == (2,)
    with Store(tmp_path) as store:  # opened again: nothing left to convert, nothing lost
        assert [s.id for s in store.catalog.load(2).services] == ["1", "2"]


@pytest.mark.parametrize(
    "blob",
    [b"garbage", zlib.compress(b'{"format": 3}'), zlib.compress(b'{"format": 2, "id": [1]}')],
)
def test_an_unreadable_old_blob_is_dropped_and_the_others_kept(tmp_path, blob):
    version_3_file(tmp_path / DB_FILE_NAME, {1: blob, 2: old_blobs(CATALOGUE)[0]})
    with Store(tmp_path) as store:
        assert store.catalog.load(1) is None and store.catalog.fetched_at(1) is None
        assert [s.id for s in store.catalog.load(2).services] == ["1", "2"]
        # The next refresh is then the profile's first catalogue: nothing reported as changed.
        assert not store.catalog.save(1, CATALOGUE)


def test_a_large_old_catalogue_converts(tmp_path):
    many = [
        Service(str(i), f"Service {i}", f"Category {i % 40}", "Default", Decimal(i % 97) / 8,
                10, 1000 + i, i % 2 == 0, i % 3 == 0, i % 5 == 0, f"About {i % 7}")
        for i in range(20_000)
    ]  # fmt: skip
    version_3_file(tmp_path / DB_FILE_NAME, {1: old_blobs(many)[0]})
    with Store(tmp_path) as store:
        assert [fields(s) for s in store.catalog.load(1).services] == [fields(s) for s in many]


@pytest.mark.skipif(not REALDATA.is_dir(), reason=f"real panel answers not found at {REALDATA}")
@pytest.mark.parametrize("path", sorted(REALDATA.glob("*services*.json")), ids=lambda p: p.name)
def test_real_catalogues_cached_by_version_3_convert(tmp_path, path):
    from core.answers import parse_services

    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        pytest.skip(f"{path.name} is not JSON (a malformed sample)")
    services = list(parse_services(body))
    version_3_file(tmp_path / DB_FILE_NAME, {1: old_blobs(services)[0]})
    with Store(tmp_path) as store:
        assert [fields(s) for s in store.catalog.load(1).services] == [fields(s) for s in services]

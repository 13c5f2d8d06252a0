"""The SQLite file: WAL, threads, readers during writes, profiles, settings, favourites."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from core import DEFAULT_PANEL_URL
from core.models import OrderStatus
from core.store import DB_FILE_NAME, LATEST_VERSION, Profile, Store, StoreError


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path) as s:
        yield s


def test_file_is_created_in_wal_mode_at_the_latest_version(tmp_path):
    data_dir = tmp_path / "new" / "dir"
    with Store(data_dir) as store:
        assert store.path == data_dir / DB_FILE_NAME
        assert store.db.schema_version() == LATEST_VERSION
        mode = store.db.connection().execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    with Store(data_dir) as again:  # opening an up-to-date file changes nothing
        assert again.db.schema_version() == LATEST_VERSION


def test_a_newer_schema_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path)


def test_closed_store_refuses_use(tmp_path):
    store = Store(tmp_path)
    store.close()
    with pytest.raises(StoreError):
        store.profiles.list()


def test_profiles(store):
    default = store.profiles.ensure_default()
    assert default.name == "Robostas" and default.url == DEFAULT_PANEL_URL
    assert store.profiles.ensure_default() == default  # only on first run
    other = store.profiles.add(" Other ", " https://other.example/api/v2 ", proxy=" ")
    assert other == Profile(other.id, "Other", "https://other.example/api/v2", None)
    store.profiles.update(Profile(other.id, "Renamed", other.url, "socks5h://127.0.0.1:9050"))
    assert store.profiles.get(other.id).proxy == "socks5h://127.0.0.1:9050"
    assert [p.name for p in store.profiles.list()] == ["Robostas", "Renamed"]
    with pytest.raises(ValueError):
        store.profiles.add("", "https://x.example")
    with pytest.raises(ValueError):
        store.profiles.add("x", " ")
    with pytest.raises(KeyError):
        store.profiles.update(Profile(999, "n", "https://x.example", None))
    store.favourites.set(other.id, "7", True)
    store.profiles.delete(other.id)
    assert store.profiles.get(other.id) is None
    assert store.favourites.list(other.id) == set()
    assert store.profiles.ensure_default() == default


def test_settings_and_favourites(store):
    profile = store.profiles.ensure_default()
    assert store.settings.get("active_profile") is None
    assert store.settings.get("refresh_minutes", "5") == "5"
    store.settings.set("active_profile", str(profile.id))
    store.settings.set("active_profile", "2")
    assert store.settings.get("active_profile") == "2"
    store.settings.delete("active_profile")
    assert store.settings.get("active_profile") is None
    for name in ("key", "API_KEY", "apikey"):
        with pytest.raises(ValueError):
            store.settings.set(name, "x")

    store.favourites.set(profile.id, "1", True)
    store.favourites.set(profile.id, "1", True)
    store.favourites.set(profile.id, "2", True)
    store.favourites.set(profile.id, "2", False)
    store.favourites.set(profile.id, "3", False)
    assert store.favourites.list(profile.id) == {"1"}


def test_each_thread_gets_its_own_connection(store):
    connections = []
    profile = store.profiles.ensure_default()

    def work():
        connections.append(store.db.connection())
        store.favourites.set(profile.id, threading.current_thread().name, True)

    threads = [threading.Thread(target=work, name=f"t{i}") for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(c) for c in connections + [store.db.connection()]}) == 5
    assert store.favourites.list(profile.id) == {"t0", "t1", "t2", "t3"}


def test_a_reader_sees_the_snapshot_before_an_open_write_commits(store):
    """Deterministic: the reader reads while the writer's transaction is half done."""
    profile = store.profiles.ensure_default()
    ids = [store.journal.track(profile.id, str(i)) for i in range(100)]
    store.journal.apply_statuses(
        profile.id, {str(i): OrderStatus(str(i), "Pending") for i in range(100)}
    )
    half_written = threading.Event()
    reader_done = threading.Event()
    seen: dict[str, object] = {}

    def reader():
        half_written.wait()
        seen["statuses"] = {o.status for o in store.journal.orders(profile.id)}
        seen["pending"] = len(store.journal.pending_ids(profile.id))
        reader_done.set()

    thread = threading.Thread(target=reader)
    thread.start()
    with store.db.write() as conn:
        conn.executemany(
            "UPDATE orders SET status = 'Completed', final = 1 WHERE local_id = ?",
            [(i,) for i in ids[:50]],
        )
        half_written.set()
        assert reader_done.wait(timeout=30), "the reader was blocked by the writer"
        conn.executemany(
            "UPDATE orders SET status = 'Completed', final = 1 WHERE local_id = ?",
            [(i,) for i in ids[50:]],
        )
    thread.join()
    assert seen == {"statuses": {"Pending"}, "pending": 100}
    assert {o.status for o in store.journal.orders(profile.id)} == {"Completed"}


def test_readers_never_see_a_half_applied_batch_while_a_writer_writes(store):
    profile = store.profiles.ensure_default()
    count = 300
    for i in range(count):
        store.journal.track(profile.id, str(i))
    rounds = 40
    stop = threading.Event()
    problems: list[str] = []
    rounds_seen: set[str] = set()
    first_read = threading.Event()

    def reader():
        while not stop.is_set():
            with store.db.read():  # two queries, one snapshot
                words = {o.status for o in store.journal.orders(profile.id)}
                history = (
                    store.db.connection()
                    .execute("SELECT COUNT(*) FROM order_history WHERE what = 'status'")
                    .fetchone()[0]
                )
            first_read.set()
            if len(words) != 1:
                problems.append(f"mixed statuses {sorted(words)[:3]}")
            word = words.pop()
            expected = 0 if word == "" else int(word.split()[1]) * count
            if history != expected:
                problems.append(f"{word!r} with {history} history rows")
            rounds_seen.add(word)

    thread = threading.Thread(target=reader)
    thread.start()
    first_read.wait(timeout=30)
    for r in range(1, rounds + 1):
        store.journal.apply_statuses(
            profile.id, {str(i): OrderStatus(str(i), f"Round {r}") for i in range(count)}
        )
    stop.set()
    thread.join()
    assert problems == []
    assert rounds_seen  # the reader really read while the writer wrote


@pytest.mark.parametrize(
    "url", ["https://panel.test/api/v2?key=sk-123", "smm.robostas.ir/api/v1", "https://u:p@x/api"]
)
def test_profiles_refuse_urls_the_client_would_refuse(tmp_path, url):
    with Store(tmp_path) as store:
        with pytest.raises(ValueError):
            store.profiles.add("Bad", url)
        assert store.profiles.list() == []

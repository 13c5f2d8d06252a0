"""The data file checked at start, on real damaged files: the problem found, the choices
offered, the read-only view, and a new file started with the old one kept aside."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from core.store import DB_FILE_NAME, LATEST_VERSION, Store, StoreReadOnly
from core.store.health import (
    StoreChoice,
    StoreProblem,
    check_store,
    health_from_error,
    open_for_viewing,
    open_store,
    set_aside,
    start_new,
)
from tests.core.store.broken_data import (
    corrupt_catalogue_pages,
    corrupt_order_pages,
    cut_short,
    damage_header,
    filled_store,
    replace_with_png,
)

VIEW, NEW, OTHER, RETRY, QUIT = (
    StoreChoice.VIEW_READ_ONLY,
    StoreChoice.START_NEW,
    StoreChoice.OTHER_FOLDER,
    StoreChoice.RETRY,
    StoreChoice.QUIT,
)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "running as root: chmod cannot make a folder or file read-only for this user"


def _skip_as_root() -> None:
    if AS_ROOT:
        print(f"SKIPPED: {ROOT_REASON}")  # the reason shows in the test's captured output too
        pytest.skip(ROOT_REASON)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_a_missing_folder_is_made_and_a_good_file_passes(data_dir: Path) -> None:
    assert check_store(data_dir).ok and data_dir.is_dir()
    filled_store(data_dir, orders=3)
    health = check_store(data_dir)
    assert health.problem is StoreProblem.NONE and health.choices == ()
    opening = open_store(data_dir)
    try:
        assert opening.store is not None and len(opening.store.journal.orders()) == 3
    finally:
        opening.store.close()


@pytest.mark.parametrize(
    ("damage", "problem", "choices"),
    [
        (damage_header, StoreProblem.CORRUPT, (NEW, QUIT)),
        (corrupt_order_pages, StoreProblem.CORRUPT, (NEW, QUIT)),
        (corrupt_catalogue_pages, StoreProblem.CORRUPT, (VIEW, NEW, QUIT)),
        (cut_short, StoreProblem.CORRUPT, (NEW, QUIT)),
        (lambda path: cut_short(path, keep=0.0001), StoreProblem.CORRUPT, (NEW, QUIT)),
        (replace_with_png, StoreProblem.NOT_A_DATABASE, (NEW, QUIT)),
    ],
    ids=["header", "order-pages", "catalogue-pages", "cut-short", "cut-in-header", "png"],
)
def test_each_damaged_file_is_named_with_its_ways_out(data_dir, damage, problem, choices) -> None:
    db_path = filled_store(data_dir)
    damage(db_path)
    before = db_path.read_bytes()
    health = check_store(data_dir)
    assert health.problem is problem
    assert health.choices == choices
    assert health.viewable == (VIEW in choices)
    assert health.detail  # SQLite's own words, for the details box
    opening = open_store(data_dir)  # the same answer, never an exception
    assert opening.store is None and opening.health.problem is problem
    assert db_path.read_bytes() == before  # checking changes nothing


def test_a_read_only_view_of_a_damaged_file_shows_the_orders_and_writes_nothing(data_dir) -> None:
    db_path = filled_store(data_dir, orders=120)
    corrupt_catalogue_pages(db_path)
    before, mtime = db_path.read_bytes(), db_path.stat().st_mtime_ns
    opening = open_for_viewing(data_dir)
    store = opening.store
    assert store is not None and store.read_only and not store.holds_lock
    try:
        assert len(store.journal.orders()) == 120
        assert store.profiles.list()[0].name == "Robostas"
        with pytest.raises(StoreReadOnly):
            store.settings.set("language", "fa")
        with pytest.raises(StoreReadOnly):
            store.profiles.add("Another", "https://other.example/api/v2")
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            store.db.connection().execute("DELETE FROM orders")  # past write(): still refused
        copy_folder = store.db.path.parent
        assert copy_folder != data_dir and copy_folder.is_dir()
    finally:
        store.close()
    assert not copy_folder.exists()  # the private copy goes with the store
    assert db_path.read_bytes() == before and db_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in data_dir.iterdir()) == ["smm-desk.lock", DB_FILE_NAME]


def test_a_view_that_cannot_read_comes_back_without_the_view(data_dir) -> None:
    db_path = filled_store(data_dir)
    corrupt_order_pages(db_path)
    opening = open_for_viewing(data_dir)
    assert opening.store is None and VIEW not in opening.health.choices


def test_start_new_keeps_the_file_and_its_wal_aside_and_starts_empty(data_dir) -> None:
    db_path = filled_store(data_dir)
    replace_with_png(db_path)
    wal, shm = db_path.with_name(DB_FILE_NAME + "-wal"), db_path.with_name(DB_FILE_NAME + "-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"shm bytes")
    original = db_path.read_bytes()
    opening = start_new(data_dir)
    try:
        assert opening.store is not None and opening.health.ok
        assert opening.store.journal.orders() == []
        kept = opening.kept
        assert [p.name for p in kept][0].startswith("smm-desk-broken-")
        assert kept[0].read_bytes() == original
        assert kept[1].name == kept[0].name + "-wal" and kept[1].read_bytes() == b"wal bytes"
        assert kept[2].name == kept[0].name + "-shm" and kept[2].read_bytes() == b"shm bytes"
    finally:
        opening.store.close()


def test_set_aside_never_overwrites_an_earlier_copy(data_dir) -> None:
    data_dir.mkdir()
    moment = datetime(2026, 3, 1, 12, 30, 5)
    (data_dir / DB_FILE_NAME).write_bytes(b"first")
    first = set_aside(data_dir, moment)
    (data_dir / DB_FILE_NAME).write_bytes(b"second")
    second = set_aside(data_dir, moment)
    assert first[0].name == "smm-desk-broken-20260301-123005.sqlite3"
    assert second[0].name == "smm-desk-broken-20260301-123005-2.sqlite3"
    assert first[0].read_bytes() == b"first" and second[0].read_bytes() == b"second"


def test_a_newer_schema_is_named_not_raised(data_dir) -> None:
    db_path = filled_store(data_dir, orders=1)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    health = check_store(data_dir)
    assert health.problem is StoreProblem.NEWER_SCHEMA and health.choices == (NEW, QUIT)


def test_a_file_locked_by_another_program_offers_to_try_again(data_dir) -> None:
    db_path = filled_store(data_dir, orders=1)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        health = check_store(data_dir, wait_seconds=0.05)
        assert health.problem is StoreProblem.LOCKED and health.choices == (RETRY, QUIT)
    finally:
        other.close()
    assert check_store(data_dir, wait_seconds=0.05).ok


def test_a_failing_migration_is_named_with_the_way_out(data_dir) -> None:
    # A file stuck between versions: version 1 says, but version 2's table already exists.
    db_path = filled_store(data_dir, orders=1)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    opening = open_store(data_dir)
    assert opening.store is None
    assert opening.health.problem is StoreProblem.OPEN_FAILED
    assert "already exists" in opening.health.detail
    assert opening.health.choices == (NEW, QUIT)  # the view migrates its copy and fails too


def test_a_folder_under_a_file_is_unusable(tmp_path) -> None:
    # Works as root too: no permission makes a file's child a folder.
    (tmp_path / "a-file").write_text("not a folder")
    health = check_store(tmp_path / "a-file" / "data")
    assert health.problem is StoreProblem.UNUSABLE_LOCATION
    assert health.choices == (OTHER, QUIT) and "Not a directory" in health.detail


def test_a_data_folder_that_is_a_file_or_a_data_file_that_is_a_folder(tmp_path) -> None:
    (tmp_path / "file").write_text("x")
    assert check_store(tmp_path / "file").problem is StoreProblem.UNUSABLE_LOCATION
    (tmp_path / "data" / DB_FILE_NAME).mkdir(parents=True)
    assert check_store(tmp_path / "data").problem is StoreProblem.UNUSABLE_LOCATION


def test_open_errors_are_classified(data_dir) -> None:
    data_dir.mkdir()
    cases = [
        (PermissionError(13, "Permission denied"), StoreProblem.READ_ONLY_LOCATION),
        (OSError(30, "Read-only file system"), StoreProblem.READ_ONLY_LOCATION),
        (NotADirectoryError(20, "Not a directory"), StoreProblem.UNUSABLE_LOCATION),
        (OSError(28, "No space left on device"), StoreProblem.OPEN_FAILED),
        (RuntimeError("anything else"), StoreProblem.OPEN_FAILED),
    ]
    for exc, problem in cases:
        assert health_from_error(data_dir, exc).problem is problem, exc


def test_a_read_only_folder_offers_a_view_and_another_folder(data_dir) -> None:
    _skip_as_root()
    filled_store(data_dir, orders=5)
    data_dir.chmod(0o500)
    try:
        health = check_store(data_dir)
        assert health.problem is StoreProblem.READ_ONLY_LOCATION
        assert health.choices == (VIEW, OTHER, QUIT)
        opening = open_for_viewing(data_dir)
        assert opening.store is not None
        try:
            assert len(opening.store.journal.orders()) == 5
        finally:
            opening.store.close()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            Store(data_dir)  # what main() used to die of
    finally:
        data_dir.chmod(0o700)


def test_a_read_only_file_in_a_writable_folder(data_dir) -> None:
    _skip_as_root()
    db_path = filled_store(data_dir, orders=2)
    db_path.chmod(0o400)
    health = check_store(data_dir)
    assert health.problem is StoreProblem.READ_ONLY_FILE
    assert health.choices == (VIEW, OTHER, QUIT)


def test_a_session_starts_on_a_read_only_view_without_writing(data_dir) -> None:
    from core.credentials import CredentialStore
    from core.workflows.panel_account import start_session

    corrupt_catalogue_pages(filled_store(data_dir, orders=4))  # four orders left `submitting`
    store = open_for_viewing(data_dir).store
    try:
        start = start_session(store, CredentialStore())
        assert start.recovered_orders == 0
        assert start.active.profile.name == "Robostas"
        assert {o.state for o in store.journal.orders()} == {"submitting"}
    finally:
        store.close()


def test_a_read_only_view_without_panels_shows_the_default_one_unsaved(data_dir) -> None:
    from core.credentials import CredentialStore
    from core.workflows.panel_account import start_session

    Store(data_dir).close()  # a file with no panel saved yet
    corrupt_catalogue_pages(data_dir / DB_FILE_NAME)
    store = open_for_viewing(data_dir).store
    try:
        start = start_session(store, CredentialStore())
        assert [p.name for p in start.profiles] == ["Robostas"]
        assert store.profiles.list() == []  # shown, not saved
    finally:
        store.close()


def test_no_order_reaches_the_panel_from_a_read_only_view(data_dir, panel) -> None:
    # The journal comes first: a view cannot write it, so `add` is never sent.
    from core.api import PanelClient
    from core.catalog import ServiceCatalog
    from core.drafts import OrderDraft
    from core.local_panel.catalogue import SERVICE_DEFAULT
    from core.workflows.order_placing import place_order

    with Store(data_dir) as store:
        profile = store.profiles.add("Local", panel.url)
    corrupt_catalogue_pages(data_dir / DB_FILE_NAME)
    store = open_for_viewing(data_dir).store
    client = PanelClient(panel.url, panel.key, timeout=(2.0, 0.5))
    try:
        service = ServiceCatalog(client.services()).by_id(str(SERVICE_DEFAULT))
        order = OrderDraft(
            service, {"link": "https://instagram.com/p/x", "quantity": str(service.min)}
        )
        with pytest.raises(StoreReadOnly):
            place_order(store.journal, client, profile.id, order, "USD")
    finally:
        client.close()
        store.close()
    assert panel.orders == {}


def test_a_foreign_file_is_described_by_its_first_bytes_in_hex(data_dir) -> None:
    db_path = filled_store(data_dir)
    replace_with_png(db_path)
    detail = check_store(data_dir).detail
    assert "89 50 4e 47" in detail  # a PNG's signature, as whoever helps can read it
    assert "b'" not in detail and "\\x" not in detail

"""The data folder and the database, its WAL and SHM are the user's alone (POSIX): created
0700/0600 whatever the umask, and tightened when an older run left them open to others."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.store import DB_FILE_NAME, Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask, under which files are readable by everyone unless made otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_store_is_private_with_its_wal_and_shm(tmp_path: Path) -> None:
    data_dir = tmp_path / "new"
    with Store(data_dir) as store:
        store.profiles.ensure_default()  # a write: the WAL and SHM exist while it is open
        db_path = data_dir / DB_FILE_NAME
        wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
        assert wal.exists() and shm.exists()
        assert mode(data_dir) == 0o700
        assert {p.name: mode(p) for p in (db_path, wal, shm)} == {
            DB_FILE_NAME: 0o600,
            f"{DB_FILE_NAME}-wal": 0o600,
            f"{DB_FILE_NAME}-shm": 0o600,
        }
        assert mode(data_dir / "smm-desk.lock") == 0o600


def test_an_older_runs_open_files_are_tightened_at_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    with Store(data_dir) as store:
        store.profiles.ensure_default()
    db_path = data_dir / DB_FILE_NAME
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"")  # an empty WAL left behind is valid to SQLite
    for path, loose in ((data_dir, 0o755), (db_path, 0o644), (wal, 0o666)):
        path.chmod(loose)
    with Store(data_dir) as store:
        assert store.profiles.list()
        assert mode(data_dir) == 0o700 and mode(db_path) == 0o600
        assert mode(wal) == 0o600 and mode(Path(f"{db_path}-shm")) == 0o600
    assert mode(data_dir) == 0o700 and mode(db_path) == 0o600

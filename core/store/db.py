"""The SQLite file: one connection per thread, WAL, and the numbered schema migrations."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from core.private_files import make_private_file, make_private_folder, tighten_if_present
from core.store.migrations import MIGRATIONS

DB_FILE_NAME = "smm-desk.sqlite3"
LATEST_VERSION = len(MIGRATIONS)
#: SQLite's companions of a WAL database, named by suffix to the database's own file name.
COMPANION_SUFFIXES = ("-wal", "-shm")


class StoreError(Exception):
    """The local store cannot do what was asked (a newer schema, a wrong order state...)."""


class NewerSchema(StoreError):
    """The data file was written by a newer SMM Desk: its schema version is above ours."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"the data file has schema version {version}, newer than this program knows "
            f"({LATEST_VERSION}); use a newer SMM Desk"
        )
        self.version = version


class StoreReadOnly(StoreError):
    """A write was asked of a store opened for viewing only (the data file could not be used)."""


def companions(db_path: Path) -> list[Path]:
    """The database file's WAL and SHM files (which may or may not exist)."""
    return [db_path.with_name(db_path.name + suffix) for suffix in COMPANION_SUFFIXES]


def make_private_database(db_path: Path) -> None:
    """Create the database file 0600 if missing (SQLite gives its WAL and SHM the database's
    mode), or tighten it and its companions; OSError when the folder refuses."""
    make_private_folder(db_path.parent)
    make_private_file(db_path)
    for companion in companions(db_path):
        tighten_if_present(companion)


def copy_for_viewing(db_path: Path) -> Path:
    """A private copy of the database and its WAL in a new temporary folder; returns the copy.

    Reading the original in place is not always possible (a WAL database in a read-only folder
    cannot be opened without its SHM file) and must never change it; the copy also takes the
    schema migrations an older file needs. The caller deletes `copy.parent` when done.
    """
    folder = Path(tempfile.mkdtemp(prefix="smm-desk-view-"))  # 0700 by mkdtemp
    try:
        copy = folder / DB_FILE_NAME
        for source, target in [(db_path, copy), (companions(db_path)[0], companions(copy)[0])]:
            if source.exists():
                make_private_file(target)
                shutil.copyfile(source, target)  # into the 0600 file: its mode is kept
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def utc_text(moment: datetime | None = None) -> str:
    """A moment as sortable UTC ISO text; naive datetimes are taken to be UTC already."""
    if moment is None:
        moment = datetime.now(timezone.utc)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_utc(text: str | None) -> datetime | None:
    """The inverse of `utc_text`: an aware UTC datetime, or None."""
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the schema to `target` (tests stop early to build old databases); returns it."""
    # IMMEDIATE takes the write lock first, so two processes starting at once cannot both
    # run the same migration: the second one waits and then sees the new version.
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise NewerSchema(version)
        for number in range(version + 1, target + 1):
            for step in MIGRATIONS[number - 1]:
                # A step is SQL text, or a function for what SQL cannot do (decompress).
                if callable(step):
                    step(conn)
                else:
                    conn.execute(step)
            # PRAGMA cannot take a bound parameter; `number` is our own int.
            conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return max(version, target)


def open_connection(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the pragmas we rely on."""
    conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed order draft survives a power cut too, not only a killed process.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class _Holder:
    """Owns one thread's connection and closes it when the thread's locals go away."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn: sqlite3.Connection | None = conn

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            conn.close()

    def __del__(self) -> None:
        self.close()


class Database:
    """The store's SQLite file, safe to use from any thread (each thread gets its connection).

    `writable=False` opens a copy for viewing: it is migrated, then every connection is
    query-only and `write()` raises StoreReadOnly before touching anything.
    """

    def __init__(self, path: Path, *, writable: bool = True) -> None:
        self.path = Path(path)
        self.writable = writable
        self._local = threading.local()
        self._holders: weakref.WeakSet[_Holder] = weakref.WeakSet()
        self._holders_lock = threading.Lock()
        self._closed = False
        if writable:
            migrate(self.connection())
        else:
            conn = open_connection(self.path)
            try:
                migrate(conn)
            finally:
                conn.close()

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        if self._closed:
            raise StoreError("the store is closed")
        holder = getattr(self._local, "holder", None)
        if holder is None or holder.conn is None:
            conn = open_connection(self.path)
            if not self.writable:
                conn.execute("PRAGMA query_only = ON")  # a write that slips past write() fails
            holder = _Holder(conn)
            self._local.holder = holder
            with self._holders_lock:
                self._holders.add(holder)
        return holder.conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed on success, rolled back on any exception."""
        if not self.writable:
            raise StoreReadOnly("the data file is open for viewing only: nothing can be saved")
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the same snapshot."""
        conn = self.connection()
        if conn.in_transaction:  # nested inside a write: already consistent
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def schema_version(self) -> int:
        return self.connection().execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        """Close every thread's connection; later calls raise StoreError."""
        self._closed = True
        with self._holders_lock:
            holders = list(self._holders)
        for holder in holders:
            holder.close()

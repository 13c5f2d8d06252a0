"""A second reader of the same snapshot, so the statistics' longest query runs beside the others.

SQLite lets Python's other threads run while it works, and a WAL journal lets two connections
read at once: the completion times (the longest query) on a helper thread beside the groups'
other statistics take the time of the longer of the two, not their sum.

Both must see the same journal. A read transaction sees the journal as it was at its first
read, so the helper's connection notes the journal's version (`PRAGMA data_version`, which
changes when another connection commits) before the caller's transaction begins, and again once
its own has begun after the caller's first read: unchanged, no write came in between, and both
read the same snapshot. Changed (a refresh saved statuses at that moment), `join` says no and
the caller reads everything itself, as it would without a helper.
"""

from __future__ import annotations

import sqlite3

from core.store.db import Database, open_connection


class SideReader:
    """A connection opened before the caller's read transaction begins; `join` after the
    caller's first read. Closed by `close` (or its `with` block)."""

    def __init__(self, db: Database) -> None:
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        try:
            conn = open_connection(db.path)
        except sqlite3.Error:
            return  # the caller reads everything itself
        try:
            if not db.writable:  # a copy open for viewing: every connection is query-only
                conn.execute("PRAGMA query_only = ON")
            self._version = conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            conn.close()
            return
        self._conn = conn

    def join(self) -> sqlite3.Connection | None:
        """This connection in a read transaction on the snapshot the caller's transaction
        began with since this reader was made; None when a write was committed in between."""
        conn = self._conn
        if conn is None:
            return None
        conn.execute("BEGIN")
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the snapshot begins
        if conn.execute("PRAGMA data_version").fetchone()[0] != self._version:
            conn.execute("COMMIT")
            return None
        return conn

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if conn.in_transaction:
                conn.execute("COMMIT")
        finally:
            conn.close()

    def __enter__(self) -> SideReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

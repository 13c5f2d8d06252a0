"""Counting the work SQLite does on a connection (virtual-machine steps), instead of timing it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class SqliteSteps:
    """How many virtual-machine instructions a connection ran while it was counted.

    Every row a statement reads or writes costs instructions, and an index lookup costs the
    same whatever the size of the table: a count that grows with the table means a scan."""

    def __init__(self) -> None:
        self.count = 0

    def _step(self) -> int:
        self.count += 1
        return 0  # 0: let the statement go on


@contextmanager
def counted_steps(conn: sqlite3.Connection) -> Iterator[SqliteSteps]:
    """Count the instructions `conn` runs inside the block (this thread's statements only)."""
    steps = SqliteSteps()
    conn.set_progress_handler(steps._step, 1)
    try:
        yield steps
    finally:
        conn.set_progress_handler(None, 0)

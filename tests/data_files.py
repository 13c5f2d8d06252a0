"""Writing into a data file as an older version or a hostile panel would have left it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.store.db import DB_FILE_NAME


def rewrite_rows(data_dir: Path, statements: list[tuple[str, tuple]]) -> None:
    """Run each (sql, args) on the data file in one transaction; each must change one row."""
    conn = sqlite3.connect(data_dir / DB_FILE_NAME)
    try:
        with conn:
            for sql, args in statements:
                assert conn.execute(sql, args).rowcount == 1
    finally:
        conn.close()

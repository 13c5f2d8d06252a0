"""A table (a chart's data) to a CSV file: UTF-8 with a BOM, written atomically."""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Sequence

#: A cell a spreadsheet would run as a formula starts with one of these: it gets a quote first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(text: str) -> str:
    """A name (a service's, a panel's) a spreadsheet would read as a formula is kept as text.
    Numbers, negative ones included, are left alone."""
    if text.startswith(_FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_table(path: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write `header` and `rows` to `path`; returns the number of rows written.

    Written to a temporary file beside it first, so a failure never leaves half a file (and an
    existing file stays as it was). Meant for a worker thread."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".table-", suffix=".csv", dir=folder)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow([_safe_cell(str(cell)) for cell in row])
                count += 1
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count

"""A chart's table to CSV: the rows as given, names a spreadsheet would run kept as text, and a
failed write leaving no half file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.workflows.table_export import write_table


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_rows_are_written_with_their_header(tmp_path: Path) -> None:
    path = tmp_path / "spending.csv"
    count = write_table(str(path), ("day", "service", "amount"), [["2026-11-01", "Likes", "1.5"]])
    assert count == 1
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 names right
    assert _read(path) == [["day", "service", "amount"], ["2026-11-01", "Likes", "1.5"]]


def test_a_name_a_spreadsheet_would_run_stays_text_and_numbers_stay_numbers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.csv"
    rows = [['=HYPERLINK("http://x")', "-2.5"], ["@SUM(A1)", "+3"], ["-cmd|' /C calc'!A0", "0"]]
    write_table(str(path), ("service", "amount"), rows)
    body = _read(path)[1:]
    assert body == [
        ['\'=HYPERLINK("http://x")', "-2.5"],
        ["'@SUM(A1)", "+3"],
        ["'-cmd|' /C calc'!A0", "0"],
    ]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("old", encoding="utf-8")

    def rows():
        yield ["a"]
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_table(str(path), ("x",), rows())
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]

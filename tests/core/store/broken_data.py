"""Real broken data folders for the start-up tests: a store with orders, then its file damaged
the ways disks and people damage files (header, pages, cut short, replaced by another file)."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from decimal import Decimal
from pathlib import Path

from core.models import Service
from core.store import DB_FILE_NAME, Store

SERVICE = Service("42", "Followers", "Instagram", "Default", Decimal("1.25"), 10, 1000)


def filled_store(data_dir: Path, orders: int = 300) -> Path:
    """A data folder whose store holds the default panel and `orders` orders; the db path."""
    with Store(data_dir) as store:
        profile = store.profiles.ensure_default()
        for number in range(orders):
            params = {
                "service": "42",
                "link": f"https://instagram.com/p/{number:06d}",
                "quantity": "500",
            }
            store.journal.begin(profile.id, SERVICE, params, Decimal("0.625"), "USD")
    return Path(data_dir) / DB_FILE_NAME


def root_page(db_path: Path, name: str) -> int:
    """The page number where table or index `name` starts."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()[0]
    finally:
        conn.close()


def damage_page(db_path: Path, page: int) -> None:
    """Fill one page with 0xFF: not a valid b-tree page of any kind."""
    data = bytearray(db_path.read_bytes())
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    start = (page - 1) * size
    data[start : start + size] = b"\xff" * size
    db_path.write_bytes(bytes(data))


def damage_header(db_path: Path) -> None:
    """Zero the header after SQLite's 16-byte magic (page size, versions, counts...)."""
    data = bytearray(db_path.read_bytes())
    data[16:100] = bytes(84)
    db_path.write_bytes(bytes(data))


def cut_short(db_path: Path, keep: float = 0.5) -> None:
    """Truncate the file, as a full disk or an interrupted copy does."""
    data = db_path.read_bytes()
    db_path.write_bytes(data[: int(len(data) * keep)])


def tiny_png() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def replace_with_png(db_path: Path) -> None:
    """Another kind of file under the data file's name (a picture renamed)."""
    db_path.write_bytes(tiny_png())


def corrupt_catalogue_pages(db_path: Path) -> None:
    """Damage the cached catalogue's table: the journal and the panels still read."""
    damage_page(db_path, root_page(db_path, "catalogue_services"))


def corrupt_order_pages(db_path: Path) -> None:
    """Damage the orders table itself: the journal no longer reads."""
    damage_page(db_path, root_page(db_path, "orders"))

"""Orders to a CSV file: stable English column names, plain ASCII numbers, written atomically."""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import datetime

from core.store.journal import JournalOrder

#: CSV columns: stable English names, so spreadsheets and scripts can rely on them.
CSV_HEADER = (
    "placed_at",
    "panel",
    "order_id",
    "service_id",
    "service",
    "link",
    "quantity",
    "charge",
    "currency",
    "start_count",
    "remains",
    "delivered",
    "status",
    "state",
    "error",
    "refill_id",
    "refill_status",
    "last_checked",
)


def _iso(at: datetime | None) -> str:
    """Local time with its UTC offset, so a spreadsheet anywhere reads the same moment."""
    return "" if at is None else at.astimezone().isoformat(timespec="seconds")


def _number(value: int | None) -> str:
    """ASCII digits, no grouping: what spreadsheets and scripts read as a number."""
    return "" if value is None else str(int(value))


def csv_record(order: JournalOrder, panel_names: Mapping[int, str]) -> list[str]:
    """One order as CSV fields: plain ASCII numbers (no grouping, no exponent, exact charge)."""
    charge = order.charge
    # The estimate only for an order on the panel whose charge is not said yet: for one never
    # placed, or whose outcome is unknown, it would read as money taken.
    if charge is None and order.estimate_applies:
        charge = order.estimate
    return [
        _iso(order.created_at),
        panel_names.get(order.profile_id, ""),
        order.panel_order_id or "",
        order.service_id or "",
        order.service_name,
        order.link,
        _number(order.total_quantity),  # drip-feed: quantity x runs, as remains counts
        "" if charge is None else f"{charge:f}",
        order.currency or "",
        _number(order.start_count),
        _number(order.remains),
        _number(order.delivered),
        order.status,
        order.state,
        order.error or "",
        order.refill_id or "",
        order.refill_status or "",
        _iso(order.last_checked),
    ]


def write_csv(path: str, orders: Iterable[JournalOrder], panel_names: Mapping[int, str]) -> int:
    """Write the orders to `path` (UTF-8 with a BOM so spreadsheet apps read names right).

    Written to a temporary file beside it first, so a failure never leaves half a file. Returns
    the number of orders written. Meant for a worker thread."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".orders-", suffix=".csv", dir=folder)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            for order in orders:
                writer.writerow(csv_record(order, panel_names))
                count += 1
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count

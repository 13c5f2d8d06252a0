"""Orders to a CSV file: stable English column names, plain ASCII numbers, written atomically."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from core.store.journal import JournalOrder
from core.workflows.table_export import write_table

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
    """Write the orders to `path` (UTF-8 with a BOM so spreadsheet apps read names right),
    atomically, a panel's text that a spreadsheet would run as a formula kept as text (see
    table_export). Returns the number of orders written. Meant for a worker thread."""
    return write_table(path, CSV_HEADER, (csv_record(order, panel_names) for order in orders))

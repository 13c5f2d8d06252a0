"""A small order history with known moments, written into a real Store as the app keeps it (the
journal's rows, their status history, balance snapshots): what the Insights tests draw from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from core.store import Store
from core.store.db import utc_text


@dataclass(frozen=True)
class Seeded:
    """One seeded order: its local id and what was written."""

    local_id: int
    service_id: str
    created: datetime
    charge: Decimal
    status: str


def add_order(
    store: Store,
    profile_id: int,
    service_id: str,
    *,
    created: datetime,
    charge: str,
    status: str = "Completed",
    completed_after: timedelta | None = timedelta(hours=3),
    service_name: str = "",
    quantity: int = 1000,
    currency: str = "USD",
) -> Seeded:
    """An order placed at `created`, seen `status` (a final one `completed_after` later)."""
    finished = created + (completed_after or timedelta(minutes=5))
    final = status in ("Completed", "Partial", "Canceled", "Refunded")
    remains = {"Completed": 0, "Partial": quantity // 4}.get(status, quantity)
    params = {"service": service_id, "link": "https://instagram.com/p/x", "quantity": quantity}
    with store.db.write() as conn:
        cursor = conn.execute(
            "INSERT INTO orders (profile_id, state, panel_order_id, service_id, service_name,"
            " service_type, link, quantity, params, estimate, currency, created_at, status,"
            " charge, remains, last_checked, final) VALUES"
            " (?, 'placed', ?, ?, ?, 'Default', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                profile_id,
                f"p{created.timestamp():.0f}{service_id}",
                service_id,
                service_name or f"Service {service_id}",
                params["link"],
                quantity,
                json.dumps({k: str(v) for k, v in params.items()}),
                charge,
                currency,
                utc_text(created),
                status,
                charge,
                remains,
                utc_text(finished),
                int(final),
            ),
        )
        local_id = int(cursor.lastrowid)
        history = [
            (local_id, utc_text(created), "submitting", ""),
            (local_id, utc_text(created + timedelta(seconds=1)), "placed", "1"),
            (local_id, utc_text(created + timedelta(minutes=1)), "status", "In progress"),
        ]
        if final:
            history.append((local_id, utc_text(finished), "status", status))
        conn.executemany(
            "INSERT INTO order_history (local_id, at, what, detail) VALUES (?, ?, ?, ?)", history
        )
    return Seeded(local_id, service_id, created, Decimal(charge), status)


def add_balance(
    store: Store, profile_id: int, at: datetime, amount: str, currency: str = "USD"
) -> None:
    """A balance snapshot, as the app keeps one at each balance read."""
    with store.db.write() as conn:
        conn.execute(
            "INSERT INTO balance_snapshots (profile_id, at, amount, currency) VALUES (?, ?, ?, ?)",
            (profile_id, utc_text(at), amount, currency),
        )


def noon_days_ago(days: int) -> datetime:
    """Local noon `days` days ago, in UTC (a day no time zone moves to another date)."""
    local = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    return (local - timedelta(days=days)).astimezone(timezone.utc)


def seed_history(store: Store, profile_id: int) -> list[Seeded]:
    """Service 1: six orders, five completed in exactly 3 h 10 min, one partial; service 2: one
    canceled and one completed; three balance readings."""
    orders = [
        add_order(
            store, profile_id, "1", created=noon_days_ago(day), charge="1.25",
            completed_after=timedelta(hours=3, minutes=10), service_name="Instagram Likes",
        )
        for day in (1, 2, 2, 5, 9)
    ]  # fmt: skip
    orders.append(
        add_order(
            store, profile_id, "1", created=noon_days_ago(3), charge="0.75", status="Partial",
            service_name="Instagram Likes",
        )
    )  # fmt: skip
    orders.append(
        add_order(
            store, profile_id, "2", created=noon_days_ago(2), charge="4.00", status="Canceled",
            service_name="Instagram Followers",
        )
    )  # fmt: skip
    orders.append(
        add_order(
            store, profile_id, "2", created=noon_days_ago(1), charge="2.50",
            service_name="Instagram Followers",
        )
    )  # fmt: skip
    for day, amount in ((6, "100.00"), (4, "92.50"), (1, "80.25")):
        add_balance(store, profile_id, noon_days_ago(day), amount)
    return orders

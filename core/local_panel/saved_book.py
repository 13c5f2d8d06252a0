"""The demo panel's account kept in a file, so a demo survives a restart of the app.

Orders, refills, the balance and the next ids are written after every request that changes
them (add, refill, cancel), as JSON, replaced atomically; they are read back when a panel is
made with the same file. Times are the panel's clock: the demo runs on wall-clock time so an
order placed yesterday is as far along today as on a real panel. A file that cannot be read is
set aside (renamed `.unreadable`) and the demo starts afresh: a demo must always start.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.local_panel.book import OrderBook, PanelOrder, PanelRefill, PanelService
from core.private_files import make_private_file

log = logging.getLogger(__name__)

#: The actions after which the book is written (the others only read it).
CHANGING_ACTIONS = frozenset({"add", "refill", "cancel"})
_VERSION = 1


def _order_data(order: PanelOrder) -> dict[str, Any]:
    data = asdict(order)
    data["service"] = {**asdict(order.service), "rate": str(order.service.rate)}
    data["charge"] = str(order.charge)
    data["refunded"] = str(order.refunded)
    return data


def _order(data: dict[str, Any]) -> PanelOrder:
    service = PanelService(**{**data["service"], "rate": Decimal(data["service"]["rate"])})
    return PanelOrder(
        **{
            **data,
            "service": service,
            "charge": Decimal(data["charge"]),
            "refunded": Decimal(data["refunded"]),
        }
    )


def save_book(book: OrderBook, path: Path) -> bool:
    """Write the account's changing part to `path` (0600, replaced atomically); False when the
    disk refuses (logged: the demo goes on, only a restart would forget)."""
    state = {
        "version": _VERSION,
        "balance": str(book.balance),
        "next_order_id": book.next_order_id,
        "next_refill_id": book.next_refill_id,
        "orders": [_order_data(order) for order in book.orders.values()],
        "refills": [asdict(refill) for refill in book.refills.values()],
    }
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.unlink(missing_ok=True)  # made anew, so private from its first byte
        make_private_file(temporary)
        temporary.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)  # a crash mid-write leaves the last whole state
    except OSError as exc:
        log.warning("the demo panel's orders could not be saved: %s", exc)
        return False
    return True


def load_book(book: OrderBook, path: Path) -> bool:
    """Put what `path` holds into `book`; False when there is no file or it is unreadable (then
    set aside, so the next save does not overwrite what someone may want to look at)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("the demo panel's saved orders cannot be read: %s", exc)
        return False
    try:
        state = json.loads(text)
        orders = {int(o["id"]): _order(o) for o in state["orders"]}
        refills = {int(r["id"]): PanelRefill(**r) for r in state["refills"]}
        balance = Decimal(state["balance"])
        next_ids = int(state["next_order_id"]), int(state["next_refill_id"])
    except (ValueError, KeyError, TypeError, ArithmeticError) as exc:
        log.warning("the demo panel's saved orders cannot be read (%s): starting afresh", exc)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".unreadable"))
        return False
    book.orders, book.refills, book.balance = orders, refills, balance
    # Ids only go up: an id of an earlier run is never given to a new order.
    book.next_order_id = max(book.next_order_id, next_ids[0])
    book.next_refill_id = max(book.next_refill_id, next_ids[1])
    return True

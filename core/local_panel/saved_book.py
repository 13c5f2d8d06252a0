"""The demo panel's account kept in a file, so a demo survives a restart of the app.

After every request that changes the account (add, refill, cancel) the records it touched, the
balance and the next ids are appended as one JSON line to `<file>.changes`: a fraction of a
millisecond, where rewriting the whole account cost 160 ms an order at 5,000 orders
(bench/demo_saved_book.py). The line is written before the answer goes out, so an order whose
id the app received survives a kill -9. At the next start the snapshot (`<file>`, JSON) is
read, the lines replayed in order (each sets whole records and totals, so replaying one twice
changes nothing; a line cut short by a kill is skipped), and the whole account written afresh
as the snapshot, replaced atomically, before the log is emptied; likewise once the log holds
more lines than the account has orders (at least `COMPACT_AFTER`). Times are the panel's
clock: the demo runs on wall-clock time so an order placed yesterday is as far along today as
on a real panel. A snapshot that cannot be read is set aside (renamed `.unreadable`, with its
log) and the demo starts afresh: a demo must always start.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterable
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
#: The fewest logged changes before the log is folded into the snapshot while serving.
COMPACT_AFTER = 1000


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


def changes_path(path: Path) -> Path:
    """The log of changes appended since the snapshot at `path` was written."""
    return path.with_name(path.name + ".changes")


def _state(book: OrderBook, orders: Iterable[PanelOrder], refills: Iterable[PanelRefill]) -> str:
    return json.dumps(
        {
            "version": _VERSION,
            "balance": str(book.balance),
            "next_order_id": book.next_order_id,
            "next_refill_id": book.next_refill_id,
            "orders": [_order_data(order) for order in orders],
            "refills": [asdict(refill) for refill in refills],
        },
        ensure_ascii=False,
    )


def save_book(book: OrderBook, path: Path) -> bool:
    """Write the whole account to `path` (0600, replaced atomically) and empty its log of
    changes; False when the disk refuses (logged: the demo goes on, the log still holds all)."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.unlink(missing_ok=True)  # made anew, so private from its first byte
        make_private_file(temporary)
        temporary.write_text(
            _state(book, book.orders.values(), book.refills.values()), encoding="utf-8"
        )
        os.replace(temporary, path)  # a crash mid-write leaves the last whole state
        # Emptied only now: a kill before this line replays changes the snapshot already has,
        # which sets the same records again.
        changes_path(path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("the demo panel's orders could not be saved: %s", exc)
        return False
    return True


class ChangeLog:
    """Appends what each changing request did to the account's log (see the module's text)."""

    def __init__(self, book: OrderBook, path: Path) -> None:
        self.book = book
        self.path = path
        self.lines = 0  # load_book leaves the log empty

    def record(self, action: str, form: dict[str, str], ids_before: tuple[int, int]) -> bool:
        """Append the records `action` touched; `ids_before` the next order and refill ids
        before it ran. False when the disk refuses (logged)."""
        book = self.book
        orders = range(ids_before[0], book.next_order_id)  # add: the orders it placed
        refills = range(ids_before[1], book.next_refill_id)  # refill: the refills it made
        if action == "cancel":
            named = form.get("orders", form.get("order", "")).split(",")
            orders = [int(raw) for raw in named if raw.strip().isdigit()]  # type: ignore[assignment]
        return self.append(orders, refills)

    def append(self, order_ids: Iterable[int], refill_ids: Iterable[int]) -> bool:
        """Append these records as they are now, with the balance and the next ids."""
        book = self.book
        line = _state(
            book,
            (book.orders[i] for i in order_ids if i in book.orders),
            (book.refills[i] for i in refill_ids if i in book.refills),
        )
        changes = changes_path(self.path)
        try:
            if not changes.exists():
                make_private_file(changes)
            # One write of the whole line, unbuffered: in the OS's hands before the answer
            # goes out, which is all a kill -9 of this process needs.
            with open(changes, "a", encoding="utf-8", buffering=1) as out:
                out.write(line + "\n")
        except OSError as exc:
            log.warning("the demo panel's orders could not be saved: %s", exc)
            return False
        self.lines += 1
        if self.lines >= max(COMPACT_AFTER, len(book.orders)) and save_book(book, self.path):
            self.lines = 0  # folded into the snapshot: its cost spread over as many orders
        return True


def _replay(book: OrderBook, changes: Path) -> int:
    """Apply the logged changes in order; the number applied (lines that cannot be read, such as
    one cut short by a kill, are skipped and logged)."""
    try:
        text = changes.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return 0
    except OSError as exc:
        log.warning("the demo panel's latest orders cannot be read: %s", exc)
        return 0
    applied = skipped = 0
    for line in text.split("\n"):  # not splitlines(): U+2028 may stand unescaped in a text
        if not line:
            continue
        try:
            state = json.loads(line)
            orders = [_order(o) for o in state["orders"]]
            refills = [PanelRefill(**r) for r in state["refills"]]
            balance = Decimal(state["balance"])
            next_ids = int(state["next_order_id"]), int(state["next_refill_id"])
        except (ValueError, KeyError, TypeError, ArithmeticError):
            skipped += 1
            continue
        book.orders.update((order.id, order) for order in orders)
        book.refills.update((refill.id, refill) for refill in refills)
        book.balance = balance
        book.next_order_id = max(book.next_order_id, next_ids[0])
        book.next_refill_id = max(book.next_refill_id, next_ids[1])
        applied += 1
    if skipped:
        log.warning("the demo panel's log held %d unreadable line(s), skipped", skipped)
    return applied


def load_book(book: OrderBook, path: Path) -> bool:
    """Put what `path` and its log hold into `book`, then write it all as the snapshot; False
    when there is nothing to read."""
    loaded = _load_snapshot(book, path)
    if _replay(book, changes_path(path)):
        save_book(book, path)  # the log folded in: the next start reads one file
        return True
    return loaded


def _load_snapshot(book: OrderBook, path: Path) -> bool:
    """Put what `path` holds into `book`; False when there is no file or it is unreadable (then
    set aside, so the next save does not overwrite what someone may want to look at)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as exc:  # kept where it is: maybe readable next time
        log.warning("the demo panel's saved orders cannot be read: %s", exc)
        return False
    try:
        state = json.loads(raw.decode("utf-8"))  # bad UTF-8 is set aside as bad JSON is
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

"""Loading the Orders table: the journal read and the rows prepared on a worker, swapped in on
the GUI thread; orders that reached a final state are announced once."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from core.gc_pause import bulk_allocation
from core.models import StatusKind
from core.store import JournalOrder
from core.workflows.order_announcements import mark_announced, to_announce
from ui.common.paint_gate import PaintGate
from ui.orders.order_notifier import OrderNotifier
from ui.orders.order_rows import OrderRow, prepare_rows
from ui.orders.orders_model import RowsIndex, index_rows

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab

#: (version, prepared rows, their index, final orders not announced yet, their counts by kind)
RowsResult = tuple[int, list[OrderRow], RowsIndex, list[JournalOrder], dict[StatusKind, int]]
#: Rows freed at once by `free_in_pieces` (about half a millisecond's work).
_FREE_PIECE = 500
#: How long after a reload the rows it replaced are freed.
FREE_AFTER_MS = 1_000


def free_in_pieces(box: list[list[OrderRow]]) -> None:
    """Let go of the rows in `box` a few hundred at a time (call on a worker).

    Freeing a whole list is one C call that keeps the interpreter lock until the last row is
    gone; between pieces the GUI thread can take the lock. Rows someone else still holds stay."""
    rows = box.pop()
    pieces = [rows[start : start + _FREE_PIECE] for start in range(0, len(rows), _FREE_PIECE)]
    del rows
    while pieces:
        pieces.pop()
        time.sleep(0)  # hand the lock over now, not after the 5 ms a waiting thread waits


class OrdersLoader(QObject):
    """Reads the journal for the tab and shows what it read, newest read winning."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self._texts = tab.model.texts()
        self._version = 0
        #: Orders announced in this session (the journal marks them soon after, off this thread).
        self._announced: set[int] = set()

    def rows_job(self) -> Callable[[], RowsResult]:
        """A function for a worker: read the journal, prepare the rows, find unannounced ends.

        Everything it needs from the GUI thread is taken now."""
        tab = self.tab
        store, texts = tab.session.store, self._texts
        names = {p.id: p.name for p in tab.session.profiles}
        scope = tab.scope()
        active = tab.active_profile_id()
        show_all = tab.all_panels_check.isChecked()

        def rows() -> RowsResult:
            version = time.monotonic_ns()
            if scope is None and not show_all:
                return version, [], index_rows([]), [], {}
            with bulk_allocation():  # no full collection holding the GIL midway
                orders = store.journal.orders(scope)
                prepared = prepare_rows(orders, texts, names)
                index = index_rows(prepared)  # here, not in the GUI thread's swap
            # Marked notified only once announced (in `show`): a result that is dropped
            # (superseded, or older than what is shown) must leave them to the next load.
            finished = to_announce(orders, active)
            counts = OrderNotifier.count_kinds(finished)
            return version, prepared, index, finished, counts

        return rows

    def reload(self) -> None:
        """Read the journal again (in the background) and show it."""
        if self.tab.session.store is None:
            return
        self.tab.session.runner.submit(
            self.rows_job(), self.show, self.tab.show_failure, owner=self, key="orders-load"
        )

    def show(self, result: RowsResult) -> None:
        """Swap the rows in (unless a newer read is shown already) and announce new ends."""
        version, rows, index, finished, counts = result
        if version < self._version:
            return  # an older read than what is shown
        self._version = version
        tab = self.tab
        # Held in a box only, so the worker that empties it frees them: 20,000 rows take 10-15 ms
        # to free, time the GUI thread spent frozen when the model let go of the last reference.
        replaced = [tab.model.rows()]
        tab.swap_rows(rows, index)
        # A refresh can finish 20,000 orders at once: one pass over them here, on the GUI thread.
        ids = [o.local_id for o in finished]
        if not self._announced.isdisjoint(ids):
            finished = [o for o in finished if o.local_id not in self._announced]
            ids = [o.local_id for o in finished]
            counts = OrderNotifier.count_kinds(finished)
        if finished:
            self._announced.update(ids)
            # After the swap (its reselection would take them for seen), and with no repaint
            # of their rows: the swap's reset repaints every row once this call returns.
            tab.model.mark_fresh(ids, repaint=False)
            tab.notifier.announce(finished, counts)
        tab.rows_shown(len(rows))
        if finished:
            # Last, and on a worker held until the table is painted: it then competes with
            # none of the work above, nor with the repaint of 20,000 rows.
            gate = PaintGate()
            gate.open_after_paint(self)
            self._mark_notified(ids, gate)
        # Once the table is repainted and the GUI thread idle: a worker running Python meanwhile
        # makes the GUI thread wait for the interpreter lock at its calls into Qt (measured: the
        # repaint after a refresh of 20,000 orders took 25-30 ms instead of 10).
        QTimer.singleShot(FREE_AFTER_MS, self, lambda: self._free_later(replaced))

    def _free_later(self, box: list[list[OrderRow]]) -> None:
        self.tab.session.runner.submit(lambda: free_in_pieces(box), owner=self)

    def _mark_notified(self, local_ids: list[int], gate: PaintGate) -> None:
        """Record in the journal that these orders were announced (off the GUI thread, once
        the gate is open)."""
        store = self.tab.session.store

        def mark() -> None:
            gate.wait()
            mark_announced(store.journal, local_ids)

        def failed(exc: BaseException) -> None:
            # Told already: they stay in `_announced`, so this run never repeats them; after a
            # restart the journal still has them unannounced and they are told once more.
            self.tab.show_failure(exc)

        self.tab.session.runner.submit(mark, None, failed, owner=self)

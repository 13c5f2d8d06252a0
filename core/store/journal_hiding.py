"""Taking rows off the orders table: hiding any order, removing the ones the journal may forget.

A hidden order stays in the journal with its history; it is no longer shown (unless asked)
and no longer polled (`OrderJournal.pending_ids`). Removing deletes the order and its history,
and only for REMOVABLE_STATES, checked inside the write transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from core.store.db import Database, utc_text
from core.store.journal_state import REMOVABLE_STATES


def _ids_json(local_ids: Iterable[int]) -> str:
    # One parameter for any number of ids (see journal._json_list).
    return json.dumps([int(i) for i in local_ids])


class JournalHiding:
    """The hide and remove queries of the order journal (mixed into OrderJournal)."""

    _db: Database

    def set_hidden(self, local_ids: Iterable[int], hidden: bool) -> list[int]:
        """Hide (or show again) these orders; returns the local ids that changed."""
        ids = _ids_json(local_ids)
        now = utc_text()
        with self._db.write() as conn:
            changed = [
                int(row[0])
                for row in conn.execute(
                    "SELECT local_id FROM orders WHERE local_id IN (SELECT value FROM json_each(?))"
                    " AND hidden != ? ORDER BY local_id",
                    (ids, int(hidden)),
                )
            ]
            conn.execute(
                "UPDATE orders SET hidden = ? WHERE local_id IN (SELECT value FROM json_each(?))",
                (int(hidden), _ids_json(changed)),
            )
            conn.executemany(
                "INSERT INTO order_history (local_id, at, what, detail) VALUES (?, ?, ?, '')",
                [(i, now, "hidden" if hidden else "shown") for i in changed],
            )
        return changed

    def remove(self, local_ids: Iterable[int]) -> list[int]:
        """Delete these orders and their history where the journal may forget them
        (REMOVABLE_STATES); returns the local ids removed. The others are left untouched."""
        ids = _ids_json(local_ids)
        states = json.dumps(sorted(REMOVABLE_STATES))
        with self._db.write() as conn:
            removed = [
                int(row[0])
                for row in conn.execute(
                    "SELECT local_id FROM orders WHERE local_id IN (SELECT value FROM json_each(?))"
                    " AND state IN (SELECT value FROM json_each(?)) ORDER BY local_id",
                    (ids, states),
                )
            ]
            gone = _ids_json(removed)
            conn.execute(
                "DELETE FROM order_history WHERE local_id IN (SELECT value FROM json_each(?))",
                (gone,),
            )
            conn.execute(
                "DELETE FROM orders WHERE local_id IN (SELECT value FROM json_each(?))", (gone,)
            )
        return removed

"""The order journal: every order is written down before it is sent, and never resent.

Life of an order placed here: `begin()` commits a `submitting` row BEFORE the caller sends
`add`; the answer turns it into `placed` (with the panel's id) or `failed`; a timeout or a
dropped connection makes it `unknown` (the panel may have placed it: the user must check).
A `submitting` row left by a crash becomes `unknown` at the next start. Orders placed
elsewhere are added by id as `tracked`. Every change is kept in the order's history. A row the
user hides stays, with its history, but is no longer polled (journal_hiding).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from core.models import (
    FINAL_STATUSES,
    OrderStatus,
    RefillStatus,
    Service,
    StatusKind,
    normalise_status,
)
from core.store.db import Database, StoreError, parse_utc, utc_text
from core.store.journal_hiding import JournalHiding
from core.store.journal_order import (
    ORDER_COLUMNS,
    HistoryEntry,
    JournalOrder,
    row_to_order,
    whole_param,
)
from core.store.journal_state import JournalState

__all__ = ["DuplicateOrderId", "HistoryEntry", "JournalOrder", "JournalState", "OrderJournal"]


class DuplicateOrderId(StoreError):
    """Another journal entry of the same panel already holds this panel order id."""


class StateConflict(StoreError):
    """The order is no longer in a state this change may start from (it changed meanwhile)."""


#: Parameters never written to the journal, whatever the caller passes.
_SECRET_PARAMS = frozenset({"key", "api_key", "apikey"})
#: Refill statuses after which polling stops.
_FINAL_REFILL = frozenset({StatusKind.COMPLETED, StatusKind.REJECTED, StatusKind.ERROR})


def _safe_params(params: Mapping[str, object]) -> dict[str, str]:
    return {
        str(name): str(value)
        for name, value in params.items()
        if str(name).lower() not in _SECRET_PARAMS and str(name) != "action"
    }


def _quantity(params: Mapping[str, str]) -> int | None:
    return whole_param(params, "quantity")


def _json_list(keys: Iterable[str | int]) -> str:
    """Keys for `x IN (SELECT value FROM json_each(?))`: one parameter for any number of keys
    (no limit on bound variables), and SQLite still looks each one up in the index on x."""
    # ASCII escapes: a lone surrogate in a key cannot fail the encoding (it matches nothing).
    return json.dumps(list(keys))


class OrderJournal(JournalHiding):
    """The crash-safe record of every order and of everything that happened to it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- writing an order down and recording the answer -------------------------------

    def begin(
        self,
        profile_id: int,
        service: Service,
        params: Mapping[str, object],
        estimate: Decimal | None,
        currency: str | None,
    ) -> int:
        """Write the order as `submitting` and commit; call BEFORE sending `add`.

        `params` are the add parameters; `key` (and `action`) are dropped, never stored.
        Returns the order's local id.
        """
        clean = _safe_params(params)
        link = clean.get("link") or clean.get("username") or ""
        now = utc_text()
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO orders (profile_id, state, service_id, service_name, service_type,"
                " link, quantity, params, estimate, currency, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    profile_id,
                    JournalState.SUBMITTING.value,
                    str(service.id),
                    service.name,
                    service.type,
                    link,
                    _quantity(clean),
                    json.dumps(clean, ensure_ascii=False),
                    None if estimate is None else str(estimate),
                    currency,
                    now,
                ),
            )
            local_id = int(cursor.lastrowid)
            self._history(conn, local_id, "submitting", "", now)
        return local_id

    def mark_placed(self, local_id: int, panel_order_id: str) -> None:
        """The panel answered `add` with its order id (or the user found an `unknown` one)."""
        self._transition(
            local_id,
            JournalState.PLACED,
            {JournalState.SUBMITTING, JournalState.UNKNOWN},
            "placed",
            str(panel_order_id),
            panel_order_id=str(panel_order_id),
            error=None,
        )

    def mark_found(self, local_id: int, panel_order_id: str) -> None:
        """The user found an `unknown` order on the panel under this id. An id another row of
        the same panel already follows is refused: one panel order, one row."""
        clash = (
            self._db.connection()
            .execute(
                "SELECT other.local_id FROM orders AS this JOIN orders AS other "
                "ON other.profile_id = this.profile_id AND other.panel_order_id = ? "
                "AND other.local_id != this.local_id WHERE this.local_id = ?",
                (str(panel_order_id), local_id),
            )
            .fetchone()
        )
        if clash is not None:
            raise DuplicateOrderId(
                f"order id {panel_order_id} is already in the journal (entry {clash[0]})"
            )
        self.mark_placed(local_id, panel_order_id)

    def mark_failed(self, local_id: int, error: str) -> None:
        """No order exists: the panel refused, or the request never left this machine."""
        self._transition(
            local_id,
            JournalState.FAILED,
            {JournalState.SUBMITTING, JournalState.UNKNOWN},
            "failed",
            error,
            error=error,
            final=1,
        )

    def mark_unknown(self, local_id: int, error: str, panel_order_id: str | None = None) -> None:
        """Sent, but no answer came: the panel may have placed it. Never resend on our own.

        `panel_order_id`: an id the answer carried beside an error; kept so the order can be
        found on the panel (the state stays unknown: the panel contradicted itself)."""
        ids = {} if panel_order_id is None else {"panel_order_id": str(panel_order_id)}
        self._transition(
            local_id,
            JournalState.UNKNOWN,
            {JournalState.SUBMITTING},
            "unknown",
            error,
            error=error,
            **ids,
        )

    def recover_interrupted(self) -> int:
        """At start: drafts left `submitting` by a crash become `unknown`. Returns how many."""
        now = utc_text()
        reason = "the program stopped while this order was being sent"
        with self._db.write() as conn:
            ids = [
                row[0]
                for row in conn.execute(
                    "SELECT local_id FROM orders WHERE state = ?", (JournalState.SUBMITTING.value,)
                )
            ]
            conn.executemany(
                "UPDATE orders SET state = ?, error = ? WHERE local_id = ?",
                [(JournalState.UNKNOWN.value, reason, local_id) for local_id in ids],
            )
            conn.executemany(
                "INSERT INTO order_history (local_id, at, what, detail) VALUES (?, ?, ?, ?)",
                [(local_id, now, "unknown", reason) for local_id in ids],
            )
        return len(ids)

    def track(self, profile_id: int, panel_order_id: str, service: Service | None = None) -> int:
        """Follow an order placed elsewhere, by its panel id; an order already here is reused."""
        panel_order_id = str(panel_order_id).strip()
        if not panel_order_id:
            raise ValueError("an order id is needed")
        now = utc_text()
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT local_id FROM orders WHERE profile_id = ? AND panel_order_id = ?",
                (profile_id, panel_order_id),
            ).fetchone()
            if row:
                return int(row[0])
            cursor = conn.execute(
                "INSERT INTO orders (profile_id, state, panel_order_id, service_id, service_name,"
                " service_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    profile_id,
                    JournalState.TRACKED.value,
                    panel_order_id,
                    None if service is None else str(service.id),
                    "" if service is None else service.name,
                    "" if service is None else service.type,
                    now,
                ),
            )
            local_id = int(cursor.lastrowid)
            self._history(conn, local_id, "tracked", panel_order_id, now)
        return local_id

    # --- statuses from the panel --------------------------------------------------------

    def pending_ids(self, profile_id: int) -> list[str]:
        """Panel ids of this profile's orders that are not final yet: the ones to poll
        (hidden rows are not: the user took them off the table).

        An `unknown` order with a panel id (the panel answered `add` with an error and an order
        id) is polled too: a status for that id settles it as placed."""
        rows = self._db.connection().execute(
            "SELECT panel_order_id FROM orders WHERE profile_id = ? AND final = 0 AND hidden = 0"
            " AND panel_order_id IS NOT NULL AND state IN (?, ?, ?) ORDER BY local_id",
            (
                profile_id,
                JournalState.PLACED.value,
                JournalState.TRACKED.value,
                JournalState.UNKNOWN.value,
            ),
        )
        return [row[0] for row in rows]

    def apply_statuses(
        self,
        profile_id: int,
        statuses: Mapping[str, OrderStatus],
        checked_at: datetime | None = None,
    ) -> list[int]:
        """Store the panel's statuses (keyed by panel order id) in one transaction.

        A history row is added whenever the status word or the per-order error changes.
        Returns the local ids of orders that became final with this call.
        """
        if not statuses:
            return []
        now = utc_text(checked_at)
        became_final: list[int] = []
        updates: list[tuple] = []
        error_updates: list[tuple] = []
        history: list[tuple] = []
        settled: list[tuple] = []  # unknown orders the panel now reports: placed after all
        with self._db.write() as conn:
            # Only this batch's rows, found through orders_by_panel_id: reading every order of
            # the profile made each batch of a 20,000-order refresh cost 13-25 ms.
            rows = conn.execute(
                "SELECT local_id, panel_order_id, status, error, final, currency, state FROM orders"
                " WHERE profile_id = ? AND panel_order_id IN (SELECT value FROM json_each(?))"
                " ORDER BY local_id",
                (profile_id, _json_list(str(key) for key in statuses)),
            ).fetchall()
            for local_id, panel_id, old_status, old_error, old_final, currency, state in rows:
                st = statuses.get(panel_id)
                if st is None:  # a key given as another type than str
                    continue
                if st.error is not None:
                    # A bad id: keep what we knew, record the panel's words.
                    error_updates.append((st.error, now, local_id))
                    if st.error != old_error:
                        history.append((local_id, now, "error", st.error))
                    continue
                if state == JournalState.UNKNOWN.value:
                    settled.append(
                        (JournalState.PLACED.value, local_id, JournalState.UNKNOWN.value)
                    )
                    history.append((local_id, now, "placed", panel_id))
                final = 1 if normalise_status(st.status) in FINAL_STATUSES else 0
                updates.append(
                    (
                        st.status,
                        None if st.charge is None else str(st.charge),
                        st.start_count,
                        st.remains,
                        currency or st.currency,
                        now,
                        final,
                        local_id,
                    )
                )
                if st.status != old_status or old_error is not None:
                    history.append((local_id, now, "status", st.status))
                if final and not old_final:
                    became_final.append(local_id)
            conn.executemany(
                "UPDATE orders SET error = ?, last_checked = ? WHERE local_id = ?", error_updates
            )
            conn.executemany(
                "UPDATE orders SET status = ?, charge = ?, start_count = ?, remains = ?,"
                " currency = ?, error = NULL, last_checked = ?, final = ? WHERE local_id = ?",
                updates,
            )
            conn.executemany(
                "UPDATE orders SET state = ? WHERE local_id = ? AND state = ?", settled
            )
            conn.executemany(
                "INSERT INTO order_history (local_id, at, what, detail) VALUES (?, ?, ?, ?)",
                history,
            )
        return became_final

    # --- refills and cancels ------------------------------------------------------------

    def record_refill(self, local_id: int, refill_id: str | None, error: str | None) -> None:
        """A refill was requested: the panel gave a refill id, or its reason for refusing."""
        now = utc_text()
        with self._db.write() as conn:
            self._require(conn, local_id)
            if refill_id is not None:
                conn.execute(
                    "UPDATE orders SET refill_id = ?, refill_status = ? WHERE local_id = ?",
                    (str(refill_id), "", local_id),
                )
                self._history(conn, local_id, "refill", str(refill_id), now)
            else:
                self._history(conn, local_id, "refill_refused", error or "", now)

    def refill_pending_ids(self, profile_id: int) -> list[str]:
        """Refill ids of this profile whose outcome is not known yet."""
        rows = self._db.connection().execute(
            "SELECT refill_id, refill_status FROM orders WHERE profile_id = ?"
            " AND refill_id IS NOT NULL AND hidden = 0 ORDER BY local_id",
            (profile_id,),
        )
        return [rid for rid, st in rows if normalise_status(st) not in _FINAL_REFILL]

    def apply_refill_statuses(
        self, profile_id: int, statuses: Mapping[str, RefillStatus]
    ) -> list[int]:
        """Store refill statuses (keyed by refill id); returns local ids whose refill changed."""
        if not statuses:
            return []
        now = utc_text()
        changed: list[int] = []
        updates: list[tuple] = []
        history: list[tuple] = []
        with self._db.write() as conn:
            rows = conn.execute(
                "SELECT local_id, refill_id, refill_status FROM orders"
                " WHERE profile_id = ? AND refill_id IN (SELECT value FROM json_each(?))"
                " ORDER BY local_id",
                (profile_id, _json_list(str(key) for key in statuses)),
            ).fetchall()
            for local_id, refill_id, old in rows:
                st = statuses.get(refill_id)
                if st is None:
                    continue
                word = st.status if st.error is None else f"error: {st.error}"
                if word == old:
                    continue
                updates.append((word, local_id))
                history.append((local_id, now, "refill_status", word))
                changed.append(local_id)
            conn.executemany("UPDATE orders SET refill_status = ? WHERE local_id = ?", updates)
            conn.executemany(
                "INSERT INTO order_history (local_id, at, what, detail) VALUES (?, ?, ?, ?)",
                history,
            )
        return changed

    def record_cancel(self, local_id: int, accepted: bool, error: str | None = None) -> None:
        """A cancel was requested; the outcome itself shows later in the order's status."""
        with self._db.write() as conn:
            self._require(conn, local_id)
            if accepted:
                self._history(conn, local_id, "cancel", "", utc_text())
            else:
                self._history(conn, local_id, "cancel_refused", error or "", utc_text())

    # --- reading ------------------------------------------------------------------------

    def orders(self, profile_id: int | None = None) -> list[JournalOrder]:
        """Orders newest first; all profiles' (including deleted ones') when profile_id is None."""
        conn = self._db.connection()
        if profile_id is None:
            rows = conn.execute(f"SELECT {ORDER_COLUMNS} FROM orders ORDER BY local_id DESC")  # noqa: S608
        else:
            rows = conn.execute(
                f"SELECT {ORDER_COLUMNS} FROM orders WHERE profile_id = ? ORDER BY local_id DESC",  # noqa: S608
                (profile_id,),
            )
        return [row_to_order(row) for row in rows]

    def get(self, local_id: int) -> JournalOrder | None:
        row = (
            self._db.connection()
            .execute(f"SELECT {ORDER_COLUMNS} FROM orders WHERE local_id = ?", (local_id,))  # noqa: S608
            .fetchone()
        )
        return row_to_order(row) if row else None

    def history(self, local_id: int) -> list[HistoryEntry]:
        """Everything that happened to an order, oldest first."""
        rows = self._db.connection().execute(
            "SELECT at, what, detail FROM order_history WHERE local_id = ? ORDER BY id",
            (local_id,),
        )
        return [HistoryEntry(parse_utc(at), what, detail) for at, what, detail in rows]

    def recent_same(
        self,
        profile_id: int,
        service_id: str,
        link: str,
        within: timedelta = timedelta(hours=1),
        now: datetime | None = None,
    ) -> list[JournalOrder]:
        """Orders of the same service and link in the last `within` (failed ones excluded),
        so the ui can warn before a probable double order."""
        since = utc_text((now or datetime.now(timezone.utc)) - within)
        rows = self._db.connection().execute(
            f"SELECT {ORDER_COLUMNS} FROM orders WHERE profile_id = ? AND service_id = ?"  # noqa: S608
            " AND link = ? AND created_at >= ? AND state != ? ORDER BY local_id DESC",
            (profile_id, str(service_id), link, since, JournalState.FAILED.value),
        )
        return [row_to_order(row) for row in rows]

    def unnotified_final(self, profile_id: int | None = None) -> list[JournalOrder]:
        """Final orders the user has not been told about yet."""
        return [o for o in self.orders(profile_id) if o.final and not o.notified]

    def mark_notified(self, local_ids: Iterable[int]) -> None:
        # One statement for the up to 20,000 orders a refresh finishes: SQLite runs it without
        # the interpreter lock, while one UPDATE per order kept taking the lock back from the
        # GUI thread, which is busy showing those very orders at that moment.
        with self._db.write() as conn:
            conn.execute(
                "UPDATE orders SET notified = 1 WHERE local_id IN (SELECT value FROM json_each(?))",
                (_json_list(int(i) for i in local_ids),),
            )

    # --- internals ----------------------------------------------------------------------

    @staticmethod
    def _history(conn: sqlite3.Connection, local_id: int, what: str, detail: str, at: str) -> None:
        conn.execute(
            "INSERT INTO order_history (local_id, at, what, detail) VALUES (?, ?, ?, ?)",
            (local_id, at, what, detail),
        )

    @staticmethod
    def _require(conn: sqlite3.Connection, local_id: int) -> str:
        row = conn.execute("SELECT state FROM orders WHERE local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise KeyError(local_id)
        return row[0]

    def _transition(
        self,
        local_id: int,
        new_state: JournalState,
        allowed_from: set[JournalState],
        what: str,
        detail: str,
        **columns: object,
    ) -> None:
        with self._db.write() as conn:
            state = self._require(conn, local_id)
            if state not in {s.value for s in allowed_from}:
                raise StateConflict(
                    f"order {local_id} is {state}; it cannot become {new_state.value}"
                )
            names = ["state", *columns]
            sql = ", ".join(f"{name} = ?" for name in names)
            conn.execute(
                f"UPDATE orders SET {sql} WHERE local_id = ?",  # noqa: S608 (our own names)
                (new_state.value, *columns.values(), local_id),
            )
            self._history(conn, local_id, what, detail, utc_text())

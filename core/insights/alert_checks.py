"""The alert checks, each run by the workflow that sees its data: a balance read, an order
refresh, a catalogue refresh. Each returns the alerts it raised (kept in the alert list too);
none of them fails its workflow: a store that cannot be written is logged and raises nothing.
A read-only view of the data file raises nothing.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from core import preferences
from core.insights.alerts import (
    Alert,
    AlertKind,
    AlertTarget,
    WatchReason,
    keep_alerts,
    raise_once,
    rearm,
)
from core.models import Balance, OrderStatus, Service
from core.store import CatalogueChanges, Store
from core.store.db import StoreError, parse_utc, utc_text
from core.store.journal import JournalState

log = logging.getLogger(__name__)

#: A service ordered this recently is watched for rate increases and removal.
RECENT_DAYS = 30

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _guarded(check: Callable[[], tuple[Alert, ...]], what: str) -> tuple[Alert, ...]:
    """Run a check; a store that cannot be read or written costs the alerts, nothing more."""
    try:
        return check()
    except (StoreError, sqlite3.Error) as exc:
        log.warning("%s alerts not checked: %s", what, type(exc).__name__)
        return ()


# --- the balance -------------------------------------------------------------------------------


def check_balance(
    store: Store, profile_id: int, balance: Balance, *, now: datetime | None = None
) -> tuple[Alert, ...]:
    """LOW_BALANCE once when the balance is below the panel's threshold (preferences
    ALERT_BALANCE_BELOW, ALERT_LOW_BALANCE); re-armed when it is at or above it again."""
    if store.read_only:
        return ()

    def check() -> tuple[Alert, ...]:
        # The settings are read inside the guard too: a locked store costs the alert only.
        prefs = store.preferences
        threshold = prefs.get(preferences.ALERT_BALANCE_BELOW, profile_id)
        if threshold is None or not prefs.get(preferences.ALERT_LOW_BALANCE):
            return ()
        subject = str(profile_id)
        with store.db.write() as conn:
            if balance.amount >= threshold:
                rearm(conn, AlertKind.LOW_BALANCE, profile_id, [subject])
                return ()
            if not raise_once(conn, AlertKind.LOW_BALANCE, profile_id, subject):
                return ()
            alert = Alert(
                kind=AlertKind.LOW_BALANCE,
                profile_id=profile_id,
                target=AlertTarget.PANEL,
                target_id=subject,
                at=now or _utc_now(),
                amount=balance.amount,
                threshold=threshold,
                currency=balance.currency,
            )
            return tuple(keep_alerts(conn, [alert]))

    return _guarded(check, "balance")


# --- orders ------------------------------------------------------------------------------------


class OrderWatch:
    """Follows one order refresh: `observe` each saved batch, then `finish` raises the order
    alerts (ORDER_STALLED, ORDER_UNREADABLE) of the orders this refresh asked about.

    A status with an error counts as one unreadable refresh of that order; a readable one
    resets the count. The remains of each order are remembered with the time they last moved
    (for an order never seen before that delivered nothing yet: since it was written down).
    A final order is no longer watched."""

    def __init__(self, store: Store, *, clock: Clock = _utc_now) -> None:
        self._store = store
        self._clock = clock
        self._seen: set[int] = set()

    def observe(self, profile_id: int, statuses: Mapping[str, OrderStatus]) -> None:
        """Note what one saved batch said about its orders (call after the journal saved it)."""
        if self._store.read_only or not statuses:
            return

        def check() -> tuple[Alert, ...]:
            self._observe(profile_id, statuses)
            return ()

        _guarded(check, "order")

    def _observe(self, profile_id: int, statuses: Mapping[str, OrderStatus]) -> None:
        now = utc_text(self._clock())
        done: list[int] = []  # final now: no longer watched
        unreadable: list[int] = []
        readable: list[int] = []
        moved: list[tuple[int | None, str, int]] = []
        new: list[tuple[int, int | None, str, int]] = []
        with self._store.db.write() as conn:
            rows = conn.execute(
                "SELECT o.local_id, o.panel_order_id, o.remains, o.final, o.state, o.created_at,"
                " o.delivered_units, w.local_id IS NOT NULL, w.remains"
                " FROM orders AS o LEFT JOIN order_watch AS w ON w.local_id = o.local_id"
                " WHERE o.profile_id = ? AND o.panel_order_id IN (SELECT value FROM json_each(?))",
                (profile_id, json.dumps([str(key) for key in statuses])),
            ).fetchall()
            for local_id, panel_id, remains, final, state, created, units, watched, seen in rows:
                status = statuses.get(panel_id)
                if status is None:
                    continue
                if final:
                    done.append(local_id)
                    continue
                self._seen.add(local_id)
                if status.error is not None:
                    unreadable.append(local_id)
                    if not watched:
                        new.append((local_id, remains, now, 0))
                    continue
                readable.append(local_id)
                if not watched:
                    # Nothing delivered yet: it has not moved since it was written down.
                    untouched = state == JournalState.PLACED.value and (units or 0) <= 0
                    new.append((local_id, remains, created if untouched else now, 0))
                elif remains != seen:
                    moved.append((remains, now, local_id))
            conn.executemany(
                "INSERT INTO order_watch (local_id, remains, since, failures) VALUES (?, ?, ?, ?)",
                new,
            )
            conn.executemany(
                "UPDATE order_watch SET remains = ?, since = ? WHERE local_id = ?", moved
            )
            for ids, change in ((unreadable, "failures + 1"), (readable, "0")):
                conn.execute(
                    f"UPDATE order_watch SET failures = {change}"  # noqa: S608 (our own text)
                    " WHERE local_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids),),
                )
            conn.execute(
                "DELETE FROM order_watch WHERE local_id IN (SELECT value FROM json_each(?))",
                (json.dumps(done),),
            )
            stalled_over = done + [local_id for _, _, local_id in moved]
            rearm(conn, AlertKind.ORDER_STALLED, profile_id, map(str, stalled_over))
            rearm(conn, AlertKind.ORDER_UNREADABLE, profile_id, map(str, done + readable))

    def finish(self, profile_id: int) -> tuple[Alert, ...]:
        """Raise the order alerts the refresh found; call once after the last batch."""
        prefs = self._store.preferences
        stalled_on = prefs.get(preferences.ALERT_STALLED_ORDER)
        unreadable_on = prefs.get(preferences.ALERT_UNREADABLE_ORDER)
        if self._store.read_only or not self._seen or not (stalled_on or unreadable_on):
            return ()
        hours = prefs.get(preferences.ALERT_STALLED_HOURS)
        refreshes = prefs.get(preferences.ALERT_UNREADABLE_REFRESHES)
        now = self._clock()

        def check() -> tuple[Alert, ...]:
            found: list[Alert] = []
            with self._store.db.write() as conn:
                rows = conn.execute(
                    "SELECT w.local_id, w.remains, w.since, w.failures, o.panel_order_id,"
                    " o.service_id, o.service_name, o.error FROM order_watch AS w"
                    " JOIN orders AS o ON o.local_id = w.local_id"
                    " WHERE o.profile_id = ? AND o.final = 0"
                    " AND w.local_id IN (SELECT value FROM json_each(?)) ORDER BY w.local_id",
                    (profile_id, json.dumps(sorted(self._seen))),
                ).fetchall()
                for local_id, remains, since, failures, panel_id, sid, name, error in rows:
                    about = {
                        "profile_id": profile_id,
                        "target": AlertTarget.ORDER,
                        "target_id": str(local_id),
                        "at": now,
                        "panel_order_id": panel_id,
                        "service_id": sid,
                        "service_name": name,
                    }
                    still_since = parse_utc(since)
                    if (
                        stalled_on
                        and now - still_since > timedelta(hours=hours)
                        and raise_once(conn, AlertKind.ORDER_STALLED, profile_id, str(local_id))
                    ):
                        found.append(
                            Alert(
                                AlertKind.ORDER_STALLED,
                                remains=remains,
                                since=still_since,
                                hours=hours,
                                **about,
                            )
                        )
                    if (
                        unreadable_on
                        and failures >= refreshes
                        and raise_once(conn, AlertKind.ORDER_UNREADABLE, profile_id, str(local_id))
                    ):
                        found.append(
                            Alert(
                                AlertKind.ORDER_UNREADABLE, failures=failures, error=error, **about
                            )
                        )
                return tuple(keep_alerts(conn, found))

        return _guarded(check, "order")


# --- the catalogue -----------------------------------------------------------------------------


def check_catalogue(
    store: Store,
    profile_id: int,
    services: Sequence[Service],
    changes: CatalogueChanges,
    *,
    now: datetime | None = None,
) -> tuple[Alert, ...]:
    """RATE_INCREASE and SERVICE_REMOVED for favourite services and services ordered in the
    last RECENT_DAYS days; call BEFORE the fresh catalogue is saved (the old rates are read
    from the saved one). A rate decrease re-arms the rate alert, a returning service the
    removal alert."""
    if store.read_only or not changes:
        return ()
    moment = now or _utc_now()
    prefs = store.preferences

    def check() -> tuple[Alert, ...]:
        # The settings are read inside the guard too: a locked store costs the alerts only.
        rate_on = prefs.get(preferences.ALERT_RATE_INCREASE)
        removed_on = prefs.get(preferences.ALERT_SERVICE_REMOVED)
        rising = changes.rate_up if rate_on else frozenset()
        gone = changes.removed if removed_on else frozenset()
        with store.db.write() as conn:
            rearm(conn, AlertKind.RATE_INCREASE, profile_id, changes.rate_down)
            rearm(conn, AlertKind.SERVICE_REMOVED, profile_id, changes.new)
            reasons = _watch_reasons(store, conn, profile_id, rising | gone, moment)
            if not reasons:
                return ()
            currency = prefs.get(preferences.PANEL_CURRENCY, profile_id)
            old = _saved_terms(conn, profile_id, reasons)
            fresh = {s.id: s for s in services if s.id in reasons}
            found: list[Alert] = []
            for service_id in sorted(reasons):
                name, old_rate = old.get(service_id, ("", None))
                if service_id in rising and service_id in fresh:
                    new_rate = fresh[service_id].rate
                    kind, token = AlertKind.RATE_INCREASE, str(new_rate)
                    name = fresh[service_id].name or name
                else:
                    new_rate, kind, token = None, AlertKind.SERVICE_REMOVED, ""
                if not raise_once(conn, kind, profile_id, service_id, token):
                    continue
                found.append(
                    Alert(
                        kind=kind,
                        profile_id=profile_id,
                        target=AlertTarget.SERVICE,
                        target_id=service_id,
                        at=moment,
                        currency=currency,
                        service_id=service_id,
                        service_name=name,
                        old_rate=old_rate,
                        new_rate=new_rate,
                        reasons=reasons[service_id],
                    )
                )
            return tuple(keep_alerts(conn, found))

    return _guarded(check, "catalogue")


def _watch_reasons(
    store: Store,
    conn: sqlite3.Connection,
    profile_id: int,
    candidates: frozenset[str],
    now: datetime,
) -> dict[str, frozenset[WatchReason]]:
    """Why each candidate is watched; candidates nobody watches are left out."""
    if not candidates:
        return {}
    favourites = store.favourites.list(profile_id) & candidates
    recent = {
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT service_id FROM orders WHERE profile_id = ?"
            " AND service_id IN (SELECT value FROM json_each(?)) AND created_at >= ?"
            " AND state != ?",
            (
                profile_id,
                json.dumps(sorted(candidates)),
                utc_text(now - timedelta(days=RECENT_DAYS)),
                JournalState.FAILED.value,
            ),
        )
    }
    out: dict[str, frozenset[WatchReason]] = {}
    for service_id in favourites | recent:
        why = set()
        if service_id in favourites:
            why.add(WatchReason.FAVOURITE)
        if service_id in recent:
            why.add(WatchReason.RECENTLY_ORDERED)
        out[service_id] = frozenset(why)
    return out


def _saved_terms(
    conn: sqlite3.Connection, profile_id: int, service_ids: Mapping[str, object]
) -> dict[str, tuple[str, Decimal | None]]:
    """(name, rate) of services in the saved catalogue."""
    out = {}
    for service_id, name, rate in conn.execute(
        "SELECT service_id, name, rate FROM catalogue_services WHERE profile_id = ?"
        " AND service_id IN (SELECT value FROM json_each(?))",
        (profile_id, json.dumps(sorted(service_ids))),
    ):
        try:
            old_rate = None if rate is None else Decimal(rate)
        except InvalidOperation:
            old_rate = None
        out[service_id] = (name, old_rate)
    return out

"""Alerts as data, and the alert list kept in the store.

An alert is raised once per occurrence of its condition: the condition is remembered in
`alerts_raised` until it ends (the balance went back above its threshold, the order moved, the
status became readable, the rate went down or the service came back), which re-arms it. The
last KEEP_ALERTS alerts are kept in `alerts` with their time and what they point at, for the
ui's alert list. The checks that raise them are in core.insights.alert_checks.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from decimal import Decimal
from enum import Enum

from core.store import Store
from core.store.db import parse_utc, utc_text

#: How many alerts the list keeps; older ones are dropped as new ones come.
KEEP_ALERTS = 500


class AlertKind(str, Enum):
    """What an alert is about."""

    LOW_BALANCE = "low_balance"  # a panel's balance fell below its threshold
    ORDER_STALLED = "order_stalled"  # same remains, not final, for longer than the set hours
    ORDER_UNREADABLE = "order_unreadable"  # no readable status for the set number of refreshes
    RATE_INCREASE = "rate_increase"  # a watched service costs more
    SERVICE_REMOVED = "service_removed"  # a watched service left the catalogue


class AlertTarget(str, Enum):
    """What clicking an alert shows."""

    ORDER = "order"  # target_id: the order's local id
    SERVICE = "service"  # target_id: the service id on the alert's panel
    PANEL = "panel"  # target_id: the profile id


class WatchReason(str, Enum):
    """Why a service is watched for rate increases and removal."""

    FAVOURITE = "favourite"
    RECENTLY_ORDERED = "recently_ordered"  # ordered in the last RECENT_DAYS days


@dataclass(frozen=True)
class Alert:
    """One alert: its kind, panel, what it points at, when, and the values that explain it.

    Only the fields of its kind are set:
    LOW_BALANCE: amount, threshold, currency.
    ORDER_STALLED: remains, since (when the remains last moved), hours (the setting),
    panel_order_id, service_id, service_name.
    ORDER_UNREADABLE: failures (refreshes in a row), error (the panel's last words),
    panel_order_id, service_id, service_name.
    RATE_INCREASE: old_rate, new_rate, currency, service_id, service_name, reasons.
    SERVICE_REMOVED: old_rate, currency, service_id, service_name, reasons.
    """

    kind: AlertKind
    profile_id: int
    target: AlertTarget
    target_id: str
    at: datetime  # UTC
    id: int = 0  # its row in the alert list (0 when not kept: a read-only view)
    amount: Decimal | None = None
    threshold: Decimal | None = None
    currency: str | None = None
    remains: int | None = None
    since: datetime | None = None
    hours: int | None = None
    failures: int | None = None
    error: str | None = None
    panel_order_id: str | None = None
    service_id: str | None = None
    service_name: str = ""
    old_rate: Decimal | None = None
    new_rate: Decimal | None = None
    reasons: frozenset[WatchReason] = field(default_factory=frozenset)


#: The fields kept in columns of their own; every other field of an alert goes into the JSON of
#: its `data` column, so a new kind of value needs no new column.
_HEAD = ("kind", "profile_id", "target", "target_id", "at", "id")
_DECIMALS = ("amount", "threshold", "old_rate", "new_rate")


def _data(alert: Alert) -> str:
    """The alert's values as JSON, unset ones left out."""
    out: dict[str, object] = {}
    for f in fields(Alert):
        if f.name in _HEAD:
            continue
        value = getattr(alert, f.name)
        if value is None or value == "" or value == frozenset():
            continue
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, datetime):
            value = utc_text(value)
        elif isinstance(value, frozenset):
            value = sorted(reason.value for reason in value)
        out[f.name] = value
    return json.dumps(out, ensure_ascii=False)


def _from_row(row: tuple) -> Alert:
    alert_id, at, kind, profile_id, target, target_id, data = row
    values = json.loads(data)
    for name in _DECIMALS:
        if name in values:
            values[name] = Decimal(values[name])
    if "since" in values:
        values["since"] = parse_utc(values["since"])
    if "reasons" in values:
        values["reasons"] = frozenset(WatchReason(r) for r in values["reasons"])
    return Alert(
        kind=AlertKind(kind),
        profile_id=profile_id,
        target=AlertTarget(target),
        target_id=target_id,
        at=parse_utc(at),
        id=alert_id,
        **values,
    )


def keep_alerts(conn: sqlite3.Connection, alerts: list[Alert]) -> list[Alert]:
    """Add alerts to the list inside the caller's write transaction; returns them with their
    ids. The list is cut to the newest KEEP_ALERTS."""
    kept: list[Alert] = []
    for alert in alerts:
        cursor = conn.execute(
            "INSERT INTO alerts (at, kind, profile_id, target, target_id, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                utc_text(alert.at),
                alert.kind.value,
                alert.profile_id,
                alert.target.value,
                alert.target_id,
                _data(alert),
            ),
        )
        kept.append(_with_id(alert, int(cursor.lastrowid)))
    if kept:
        conn.execute(
            "DELETE FROM alerts WHERE id <= (SELECT max(id) FROM alerts) - ?", (KEEP_ALERTS,)
        )
    return kept


def _with_id(alert: Alert, alert_id: int) -> Alert:
    return replace(alert, id=alert_id)


def raise_once(
    conn: sqlite3.Connection, kind: AlertKind, profile_id: int, subject: str, token: str = ""
) -> bool:
    """Whether this occurrence is new (and remember it, inside the caller's transaction):
    False when the same condition, with the same token, was raised and not re-armed since."""
    row = conn.execute(
        "SELECT token FROM alerts_raised WHERE kind = ? AND profile_id = ? AND subject = ?",
        (kind.value, profile_id, subject),
    ).fetchone()
    if row is not None and row[0] == token:
        return False
    conn.execute(
        "INSERT OR REPLACE INTO alerts_raised (kind, profile_id, subject, token)"
        " VALUES (?, ?, ?, ?)",
        (kind.value, profile_id, subject, token),
    )
    return True


def rearm(
    conn: sqlite3.Connection, kind: AlertKind, profile_id: int, subjects: Iterable[str]
) -> None:
    """The condition ended for these subjects: its next occurrence raises again."""
    conn.execute(
        "DELETE FROM alerts_raised WHERE kind = ? AND profile_id = ?"
        " AND subject IN (SELECT value FROM json_each(?))",
        (kind.value, profile_id, json.dumps([str(s) for s in subjects])),
    )


def recent_alerts(store: Store, limit: int = KEEP_ALERTS, after_id: int = 0) -> list[Alert]:
    """The alert list, newest first: at most `limit`, only those after `after_id` if given.

    An alert whose stored values no longer read (a hand edit) is left out."""
    rows = store.db.connection().execute(
        "SELECT id, at, kind, profile_id, target, target_id, data FROM alerts"
        " WHERE id > ? ORDER BY id DESC LIMIT ?",
        (after_id, limit),
    )
    out: list[Alert] = []
    for row in rows:
        try:
            out.append(_from_row(row))
        except (ValueError, TypeError, ArithmeticError):
            continue
    return out


def clear_alerts(store: Store) -> None:
    """Empty the alert list (the conditions stay raised: nothing is raised again)."""
    with store.db.write() as conn:
        conn.execute("DELETE FROM alerts")

"""The schema, as numbered migrations: entry N-1 brings a database from version N-1 to N.

Never edit a released migration; append a new one. tests/core/store/test_store_migrations.py
builds a database at every earlier version and upgrades it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections.abc import Callable

log = logging.getLogger(__name__)

#: One step of a migration.
MigrationStep = str | Callable[[sqlite3.Connection], object]

_V1 = [
    """CREATE TABLE profiles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: keyring entries use the id
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        proxy TEXT
    )""",
    """CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE catalogue (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        fetched_at TEXT NOT NULL,
        services BLOB NOT NULL  -- zlib-compressed JSON, one blob per profile
    )""",
    """CREATE TABLE orders (
        local_id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id INTEGER NOT NULL,  -- no foreign key: orders outlive their profile
        state TEXT NOT NULL,
        panel_order_id TEXT,
        service_id TEXT,
        service_name TEXT NOT NULL DEFAULT '',
        service_type TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        quantity INTEGER,
        params TEXT NOT NULL DEFAULT '{}',
        estimate TEXT,
        currency TEXT,
        created_at TEXT NOT NULL,
        error TEXT,
        status TEXT NOT NULL DEFAULT '',
        charge TEXT,
        start_count INTEGER,
        remains INTEGER,
        last_checked TEXT,
        final INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX orders_by_panel_id ON orders(profile_id, panel_order_id)",
    """CREATE TABLE order_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        local_id INTEGER NOT NULL REFERENCES orders(local_id),
        at TEXT NOT NULL,
        what TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX order_history_by_order ON order_history(local_id)",
]

# Version 2: favourite services, and what changed at the last catalogue refresh.
_V2 = [
    """CREATE TABLE favourites (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        service_id TEXT NOT NULL,
        PRIMARY KEY (profile_id, service_id)
    )""",
    "ALTER TABLE catalogue ADD COLUMN changes TEXT NOT NULL DEFAULT '{}'",
    # ids and rates only (compressed JSON), to compare a refresh without decoding everything
    "ALTER TABLE catalogue ADD COLUMN rates BLOB",
]

# Version 3: refills, notifications, and the lookup for "same link ordered recently".
_V3 = [
    "ALTER TABLE orders ADD COLUMN refill_id TEXT",
    "ALTER TABLE orders ADD COLUMN refill_status TEXT",
    "ALTER TABLE orders ADD COLUMN notified INTEGER NOT NULL DEFAULT 0",
    # Orders finished before notifications existed must not all pop up after the upgrade.
    "UPDATE orders SET notified = 1 WHERE final = 1",
    "CREATE INDEX orders_by_link ON orders(profile_id, service_id, link, created_at)",
]

# Version 4: the catalogue as rows, one per service per profile, instead of one compressed JSON
# blob. `catalogue` keeps, per profile, when it was fetched and the changes of its last refresh.
# The old blobs are turned into rows by `convert_catalogue_blobs` (below), a Python step of
# this migration because SQL cannot decompress them; it runs in the migration's transaction.
_V4 = [
    "ALTER TABLE catalogue RENAME TO catalogue_blobs",
    """CREATE TABLE catalogue (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        fetched_at TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}'  -- JSON: the ids of each kind of change
    )""",
    "INSERT INTO catalogue (profile_id, fetched_at, changes)"
    " SELECT profile_id, fetched_at, changes FROM catalogue_blobs",
    """CREATE TABLE catalogue_services (
        profile_id INTEGER NOT NULL REFERENCES catalogue(profile_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,  -- the panel's order
        service_id TEXT NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        type TEXT NOT NULL,
        rate TEXT,  -- Decimal text exactly as parsed; NULL when the panel's was unreadable
        min INTEGER NOT NULL,
        max INTEGER NOT NULL,
        dripfeed INTEGER NOT NULL,
        refill INTEGER NOT NULL,
        cancel INTEGER NOT NULL,
        description TEXT NOT NULL,
        extra TEXT,  -- JSON of the fields the app does not know; NULL when there are none
        PRIMARY KEY (profile_id, position),
        UNIQUE (profile_id, service_id)
    )""",
]

# Version 5: a refresh reads only the orders it is about, however long the journal grows.
# Partial indexes hold just those rows: the unfinished orders (the ones to ask about), and the
# orders with a refill (the ones whose refill status is followed).
_V5 = [
    "CREATE INDEX orders_unfinished ON orders(profile_id, local_id) WHERE final = 0",
    "CREATE INDEX orders_by_refill ON orders(profile_id, refill_id) WHERE refill_id IS NOT NULL",
]

# Version 6 (Orders, issue 14): a row the user hid (an id tracked by mistake, an order the panel
# does not know) stays in the journal but leaves the table and is no longer polled.
_V6 = [
    "ALTER TABLE orders ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
]

# Version 7: what the order history teaches (issue 16, core/insights). Balance snapshots and
# alerts outlive their panel as orders do (no foreign key).
_V7 = [
    """CREATE TABLE balance_snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id INTEGER NOT NULL,
        at TEXT NOT NULL,  -- UTC ISO text, as everywhere
        amount TEXT NOT NULL,  -- Decimal text exactly as parsed
        currency TEXT NOT NULL
    )""",
    "CREATE INDEX balance_snapshots_by_panel ON balance_snapshots(profile_id, at)",
    # The alert list: the last alerts raised, newest last; `data` is JSON of the alert's values.
    """CREATE TABLE alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        profile_id INTEGER NOT NULL,
        target TEXT NOT NULL,  -- order, service or panel
        target_id TEXT NOT NULL,  -- its local order id, service id or profile id
        data TEXT NOT NULL DEFAULT '{}'
    )""",
    # Conditions that raised an alert and have not been re-armed: an alert is raised once per
    # occurrence. `token` tells occurrences apart (a second rate increase to another rate).
    """CREATE TABLE alerts_raised (
        kind TEXT NOT NULL,
        profile_id INTEGER NOT NULL,
        subject TEXT NOT NULL,
        token TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (kind, profile_id, subject)
    )""",
    # The units an order delivered, for the cost per unit: quantity x runs (drip-feed) minus
    # remains: JournalOrder.total_quantity's rule (core/store/journal_order.py), in SQL. A
    # generated column's expression is fixed in each journal once migrated: the rule changes
    # only with a new migration (tests/core/insights/test_schema.py holds the two together).
    # A virtual column: computed, never stored in the row, so nothing that writes
    # orders has to know it; only the index below keeps it.
    # (Only params that mention runs are parsed: most orders are no drip-feed.)
    "ALTER TABLE orders ADD COLUMN delivered_units INTEGER GENERATED ALWAYS AS (quantity *"
    " coalesce(CASE WHEN instr(params, '\"runs\"') > 0 AND json_valid(params)"
    " THEN CAST(json_extract(params, '$.runs') AS INTEGER) END, 1) - remains) VIRTUAL",
    # The statistics read 100,000 orders through these two indexes, already in the order they
    # group by, instead of sorting the table (150 ms -> 30 ms; bench/insights_seed.py).
    "CREATE INDEX orders_for_insights ON orders(profile_id, service_id, status, final, currency,"
    " state, created_at, charge, estimate, delivered_units)",
    # Status changes and refills by word: the completion times and refill outcomes.
    "CREATE INDEX order_history_by_what ON order_history(what, detail, local_id, at)",
    # What each refresh saw of an unfinished order: since when its remains have not moved, and
    # how many refreshes in a row could not read its status.
    """CREATE TABLE order_watch (
        local_id INTEGER PRIMARY KEY,
        remains INTEGER,
        since TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0
    )""",
]


# --- the blobs of versions 1 to 3, turned into rows ----------------------------------------

_BLOB_FORMAT = 2  # the only layout versions 1 to 3 wrote
_FLAG_DRIPFEED, _FLAG_REFILL, _FLAG_CANCEL = 1, 2, 4


def blob_rows(profile_id: int, blob: bytes) -> list[tuple]:
    """The catalogue_services rows of one old blob (ValueError, KeyError... if unreadable).

    The blob was zlib-compressed JSON of columns: one list per field, repeated strings
    (categories, types, descriptions) kept once in a `*_table` and referred to by index."""
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    if data.get("format") != _BLOB_FORMAT:
        raise ValueError(f"unknown catalogue layout {data.get('format')!r}")
    categories, types = data["category_table"], data["type_table"]
    descriptions = data["description_table"]
    rows = []
    seen: set[str] = set()
    for fields in zip(
        data["id"], data["name"], data["category"], data["type"], data["rate"], data["min"],
        data["max"], data["flags"], data["description"], data["extra"], strict=True,
    ):  # fmt: skip
        service_id, name, category, type_, rate, min_, max_, flags, description, extra = fields
        if service_id in seen:  # never written by the old code; one row per id all the same
            continue
        seen.add(service_id)
        rows.append(
            (
                profile_id, len(rows), str(service_id), str(name), categories[category],
                types[type_], None if rate is None else str(rate), int(min_), int(max_),
                int(bool(flags & _FLAG_DRIPFEED)), int(bool(flags & _FLAG_REFILL)),
                int(bool(flags & _FLAG_CANCEL)), descriptions[description],
                json.dumps(extra, ensure_ascii=False) if extra else None,
            )
        )  # fmt: skip
    return rows


def catalogue_blobs_waiting(conn: sqlite3.Connection) -> bool:
    """Whether blobs of version 3 are still waiting for `convert_catalogue_blobs`."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'catalogue_blobs'"
    ).fetchone()
    return found is not None


def convert_catalogue_blobs(conn: sqlite3.Connection) -> int:
    """Turn the blobs left by version 3 into catalogue rows, then drop them; returns how many
    catalogues were converted. Runs inside the caller's write transaction; once done, a cheap
    no-op. An unreadable blob is dropped with its fetch record: it was only a cache, and the
    next refresh fetches the catalogue again."""
    if not catalogue_blobs_waiting(conn):
        return 0
    converted = 0
    for profile_id, blob in conn.execute(
        "SELECT profile_id, services FROM catalogue_blobs"
    ).fetchall():
        try:
            rows = blob_rows(profile_id, blob)
        except (ValueError, KeyError, TypeError, IndexError, zlib.error) as exc:
            log.warning("cached catalogue of profile %s unreadable, dropped: %r", profile_id, exc)
            conn.execute("DELETE FROM catalogue WHERE profile_id = ?", (profile_id,))
            continue
        conn.executemany(
            "INSERT INTO catalogue_services VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        converted += 1
    conn.execute("DROP TABLE catalogue_blobs")
    return converted


#: Every migration in order (version n is MIGRATIONS[n - 1]); a step is SQL text, or a function
#: of the connection for what SQL cannot do.
MIGRATIONS: list[list[MigrationStep]] = [
    _V1, _V2, _V3, [*_V4, convert_catalogue_blobs], _V5, _V6, _V7,
]  # fmt: skip

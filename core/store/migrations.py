"""The schema, as numbered migrations: entry N-1 brings a database from version N-1 to N.

Never edit a released migration; append a new one. tests/test_store_migrations.py builds a
database at every earlier version and upgrades it.
"""

from __future__ import annotations

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

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3]

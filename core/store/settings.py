"""Small named settings (active profile, refresh interval...). Never an API key."""

from __future__ import annotations

from core.store.db import Database

# A guard against an easy mistake; the key belongs in core.credentials, nowhere else.
_FORBIDDEN = {"key", "apikey", "api_key", "api-key", "api key", "password", "secret", "token"}


class SettingsStore:
    """Text settings by name."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, name: str, default: str | None = None) -> str | None:
        row = (
            self._db.connection()
            .execute("SELECT value FROM settings WHERE name = ?", (name,))
            .fetchone()
        )
        return row[0] if row else default

    def set(self, name: str, value: str) -> None:
        """Save a setting (ValueError for names meant for secrets)."""
        if name.strip().lower() in _FORBIDDEN:
            raise ValueError(f"secrets are not settings: {name!r} belongs in the keyring")
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO settings (name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, str(value)),
            )

    def delete(self, name: str) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM settings WHERE name = ?", (name,))

"""Favourite services, per profile."""

from __future__ import annotations

from core.store.db import Database


class FavouriteStore:
    """The services a user starred on each profile."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, profile_id: int) -> set[str]:
        rows = self._db.connection().execute(
            "SELECT service_id FROM favourites WHERE profile_id = ?", (profile_id,)
        )
        return {row[0] for row in rows}

    def set(self, profile_id: int, service_id: str, on: bool) -> None:
        """Star (on=True) or unstar a service; repeating either is harmless."""
        with self._db.write() as conn:
            if on:
                conn.execute(
                    "INSERT OR IGNORE INTO favourites (profile_id, service_id) VALUES (?, ?)",
                    (profile_id, str(service_id)),
                )
            else:
                conn.execute(
                    "DELETE FROM favourites WHERE profile_id = ? AND service_id = ?",
                    (profile_id, str(service_id)),
                )

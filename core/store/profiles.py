"""Panel profiles: a name, the API URL and an optional proxy. Keys live in the keyring."""

from __future__ import annotations

from dataclasses import dataclass

from core import DEFAULT_PANEL_URL
from core.errors import InvalidSettings
from core.panel_url import check_proxy, check_url
from core.store.db import Database

DEFAULT_PROFILE_NAME = "Robostas"


@dataclass(frozen=True)
class Profile:
    """One panel the user works with."""

    id: int
    name: str
    url: str
    proxy: str | None = None


def _clean(name: str, url: str, proxy: str | None) -> tuple[str, str, str | None]:
    name, url = name.strip(), url.strip()
    if not name:
        raise ValueError("a profile needs a name")
    if not url:
        raise ValueError("a profile needs the panel's API URL")
    proxy = (proxy or "").strip() or None
    try:  # the transport's own rules: e.g. no key hidden in a query string gets stored
        url, proxy = check_url(url), check_proxy(proxy)
    except InvalidSettings as exc:
        raise ValueError(exc.message) from None
    return name, url, proxy


class ProfileStore:
    """The saved panel profiles. Ids are never reused, so an old keyring entry or journal row
    can never be mistaken for a new profile's."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[Profile]:
        """Every profile, oldest first."""
        rows = self._db.connection().execute(
            "SELECT id, name, url, proxy FROM profiles ORDER BY id"
        )
        return [Profile(*row) for row in rows]

    def get(self, profile_id: int) -> Profile | None:
        row = (
            self._db.connection()
            .execute("SELECT id, name, url, proxy FROM profiles WHERE id = ?", (profile_id,))
            .fetchone()
        )
        return Profile(*row) if row else None

    def add(self, name: str, url: str, proxy: str | None = None) -> Profile:
        """Save a new profile (ValueError on an empty name or URL)."""
        name, url, proxy = _clean(name, url, proxy)
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO profiles (name, url, proxy) VALUES (?, ?, ?)", (name, url, proxy)
            )
        return Profile(int(cursor.lastrowid), name, url, proxy)

    def update(self, profile: Profile) -> None:
        """Save a changed name, URL or proxy (KeyError if the profile is gone)."""
        name, url, proxy = _clean(profile.name, profile.url, profile.proxy)
        with self._db.write() as conn:
            cursor = conn.execute(
                "UPDATE profiles SET name = ?, url = ?, proxy = ? WHERE id = ?",
                (name, url, proxy, profile.id),
            )
            if cursor.rowcount == 0:
                raise KeyError(profile.id)

    def delete(self, profile_id: int) -> None:
        """Delete a profile with its catalogue cache and favourites.

        Journal orders of the profile are KEPT (they are records of money spent; `orders()`
        still lists them, their profile_id no longer resolves). The caller also deletes the
        profile's key: `CredentialStore.delete(profile_id)`.
        """
        with self._db.write() as conn:
            # The foreign keys cascade too; explicit deletes keep this true if they are off.
            conn.execute("DELETE FROM catalogue_services WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM catalogue WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM favourites WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))

    def ensure_default(self) -> Profile:
        """The first profile; on first run (no profiles) the user's panel is added."""
        with self._db.write() as conn:
            row = conn.execute("SELECT id, name, url, proxy FROM profiles ORDER BY id").fetchone()
            if row:
                return Profile(*row)
            cursor = conn.execute(
                "INSERT INTO profiles (name, url, proxy) VALUES (?, ?, NULL)",
                (DEFAULT_PROFILE_NAME, DEFAULT_PANEL_URL),
            )
        return Profile(int(cursor.lastrowid), DEFAULT_PROFILE_NAME, DEFAULT_PANEL_URL, None)

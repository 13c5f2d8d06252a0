"""The last catalogue of each profile, kept so the app shows it at once, and what changed.

One zlib-compressed JSON blob per profile: 50,000 services save and load in a fraction of a
second, where one row per service would not. The blob holds columns (one list per field) to
keep it and its parse small. Money is kept as Decimal text. A second small blob of ids and
rates lets a refresh be compared with the previous one without decoding the whole catalogue.
"""

from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from core import json_pieces
from core.models import Service
from core.store.db import Database, parse_utc, utc_text

log = logging.getLogger(__name__)

#: What a damaged or foreign cache blob raises; the cache is then treated as empty.
_UNREADABLE = (ValueError, KeyError, TypeError, IndexError, zlib.error)

_FORMAT = 2  # the blob's own layout version, independent of the schema version


@dataclass(frozen=True)
class CatalogueChanges:
    """Service ids that changed at the last refresh, compared with the one before."""

    new: frozenset[str] = field(default_factory=frozenset)
    removed: frozenset[str] = field(default_factory=frozenset)
    rate_up: frozenset[str] = field(default_factory=frozenset)
    rate_down: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.new or self.removed or self.rate_up or self.rate_down)

    def to_json(self) -> str:
        return json.dumps(
            {
                "new": sorted(self.new),
                "removed": sorted(self.removed),
                "rate_up": sorted(self.rate_up),
                "rate_down": sorted(self.rate_down),
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> CatalogueChanges:
        data = json.loads(text or "{}")
        return cls(
            frozenset(data.get("new", ())),
            frozenset(data.get("removed", ())),
            frozenset(data.get("rate_up", ())),
            frozenset(data.get("rate_down", ())),
        )


@dataclass(frozen=True)
class CachedCatalogue:
    """A stored catalogue: the services, when they were fetched (UTC) and the last changes."""

    services: list[Service]
    fetched_at: datetime
    changes: CatalogueChanges


def _json_default(value: object) -> str:
    # Panels send plain JSON, but a parser may have put Decimals in `extra`.
    return str(value)


def _dumps(data: object) -> bytes:
    # In pieces: one json.dumps of 50,000 services would hold the GIL and freeze the GUI.
    # ASCII (\u escapes): joining pieces that mix plain text and emoji would widen megabytes
    # of text to 4 bytes a character, itself a long GIL hold; zlib absorbs the escapes.
    text = json_pieces.dumps(data, default=_json_default, ensure_ascii=True)
    # Level 1: several times faster than the default, and the blob is still about a tenth.
    return zlib.compress(text.encode("utf-8"), 1)


def _table(values: list[str]) -> tuple[list[str], list[int]]:
    """Repeated strings (categories, types) stored once, referred to by index."""
    index: dict[str, int] = {}
    refs = [index.setdefault(v, len(index)) for v in values]
    return list(index), refs


def _rate_text(rate: Decimal | None) -> str | None:
    return None if rate is None else str(rate)


def _encode(services: list[Service]) -> tuple[bytes, bytes]:
    """The catalogue blob, and a small blob of ids and rates used to compare refreshes.

    Columns, not one object per service: far fewer JSON containers to build and parse.
    """
    ids = [s.id for s in services]
    rates = [_rate_text(s.rate) for s in services]
    categories, category_refs = _table([s.category for s in services])
    types, type_refs = _table([s.type for s in services])
    descriptions, description_refs = _table([s.description for s in services])
    data = {
        "format": _FORMAT,
        "id": ids,
        "name": [s.name for s in services],
        "category_table": categories,
        "category": category_refs,
        "type_table": types,
        "type": type_refs,
        "rate": rates,
        "min": [s.min for s in services],
        "max": [s.max for s in services],
        "flags": [s.dripfeed | s.refill << 1 | s.cancel << 2 for s in services],
        "description_table": descriptions,
        "description": description_refs,
        "extra": [s.extra or 0 for s in services],
    }
    return _dumps(data), _dumps({"id": ids, "rate": rates})


def _decode(blob: bytes) -> list[Service]:
    data = json_pieces.loads(zlib.decompress(blob).decode("utf-8"))
    if data.get("format") != _FORMAT:
        raise ValueError(f"unknown catalogue layout {data.get('format')!r}")
    categories = data["category_table"]
    types = data["type_table"]
    descriptions = data["description_table"]
    return [
        Service(
            id_,
            name,
            categories[category],
            types[type_],
            None if rate is None else Decimal(rate),
            min_,
            max_,
            bool(flags & 1),
            bool(flags & 2),
            bool(flags & 4),
            descriptions[description],
            extra or {},
        )
        for id_, name, category, type_, rate, min_, max_, flags, description, extra in zip(
            data["id"],
            data["name"],
            data["category"],
            data["type"],
            data["rate"],
            data["min"],
            data["max"],
            data["flags"],
            data["description"],
            data["extra"],
            strict=True,
        )
    ]


def _decode_rates(blob: bytes) -> dict[str, str | None]:
    data = json_pieces.loads(zlib.decompress(blob).decode("utf-8"))
    return dict(zip(data["id"], data["rate"], strict=True))


def compare(old: dict[str, str | None], new: dict[str, str | None]) -> CatalogueChanges:
    """What changed between two {service id: rate text} maps: added, removed, rate up/down."""
    up: set[str] = set()
    down: set[str] = set()
    for service_id, rate in new.items():
        before = old.get(service_id)
        if rate is None or before is None or rate == before:
            continue
        try:
            now_, then = Decimal(rate), Decimal(before)
            if now_ > then:
                up.add(service_id)
            elif now_ < then:
                down.add(service_id)
        except InvalidOperation:  # unreadable or NaN rates compare as neither
            continue
    return CatalogueChanges(
        new=frozenset(new.keys() - old.keys()),
        removed=frozenset(old.keys() - new.keys()),
        rate_up=frozenset(up),
        rate_down=frozenset(down),
    )


class CatalogueCache:
    """Per-profile catalogue cache with the fetch time and the changes of the last refresh."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def changes_since_saved(self, profile_id: int, services: list[Service]) -> CatalogueChanges:
        """What `services` changes against the saved catalogue (cheap: only ids and rates are
        read), so a fresh catalogue can be shown before it is saved."""
        row = (
            self._db.connection()
            .execute("SELECT services, rates FROM catalogue WHERE profile_id = ?", (profile_id,))
            .fetchone()
        )
        return self._compare(row, {s.id: _rate_text(s.rate) for s in services})

    @staticmethod
    def _compare(row: tuple | None, rates: dict[str, str | None]) -> CatalogueChanges:
        if row is None:
            return CatalogueChanges()  # the first catalogue of a profile: nothing "changed"
        try:
            if row[1] is not None:
                previous = _decode_rates(row[1])
            else:  # saved before the rates column existed
                previous = {s.id: _rate_text(s.rate) for s in _decode(row[0])}
            return compare(previous, rates)
        except _UNREADABLE as exc:
            log.warning("previous catalogue unreadable, changes not computed: %r", exc)
            return CatalogueChanges()

    def save(
        self,
        profile_id: int,
        services: list[Service],
        fetched_at: datetime | None = None,
        changes: CatalogueChanges | None = None,
    ) -> CatalogueChanges:
        """Replace the profile's cached catalogue; returns (and keeps) what changed.

        `changes` from `changes_since_saved` are kept as given; otherwise they are computed
        here. The first save of a profile has no previous catalogue and records no changes.
        """
        blob, rates_blob = _encode(services)
        with self._db.write() as conn:
            if changes is None:
                row = conn.execute(
                    "SELECT services, rates FROM catalogue WHERE profile_id = ?", (profile_id,)
                ).fetchone()
                changes = self._compare(row, {s.id: _rate_text(s.rate) for s in services})
            conn.execute(
                "INSERT INTO catalogue (profile_id, fetched_at, services, changes, rates) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(profile_id) DO UPDATE SET "
                "fetched_at = excluded.fetched_at, services = excluded.services, "
                "changes = excluded.changes, rates = excluded.rates "
                # Saves may overlap (one runs after each refresh): the newer fetch wins.
                "WHERE excluded.fetched_at >= catalogue.fetched_at",
                (profile_id, utc_text(fetched_at), blob, changes.to_json(), rates_blob),
            )
        return changes

    def load(self, profile_id: int) -> CachedCatalogue | None:
        """The cached catalogue, or None if this profile has never been fetched."""
        row = (
            self._db.connection()
            .execute(
                "SELECT fetched_at, services, changes FROM catalogue WHERE profile_id = ?",
                (profile_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        try:
            services = _decode(row[1])
            changes = CatalogueChanges.from_json(row[2])
            fetched_at = parse_utc(row[0])
        except _UNREADABLE as exc:
            # Only a cache: an unreadable one is as good as none, the next refresh replaces it.
            log.warning("cached catalogue of profile %s unreadable: %r", profile_id, exc)
            return None
        if fetched_at is None:
            return None
        return CachedCatalogue(services, fetched_at, changes)

    def fetched_at(self, profile_id: int) -> datetime | None:
        """When the cached catalogue was fetched, without loading it."""
        row = (
            self._db.connection()
            .execute("SELECT fetched_at FROM catalogue WHERE profile_id = ?", (profile_id,))
            .fetchone()
        )
        return parse_utc(row[0]) if row else None

    def clear(self, profile_id: int) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM catalogue WHERE profile_id = ?", (profile_id,))

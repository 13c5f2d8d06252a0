"""The last catalogue of each profile, kept so the app shows it at once, and what changed.

One row per service per profile (`catalogue_services`, in the panel's order) and one row per
profile for the fetch time and the changes of the last refresh (`catalogue`). Money is
kept as the Decimal's text, so it comes back exactly as parsed.

The changes are computed in Python over rows, not in SQL: the fresh catalogue is compared
*before* it is saved (so the tab can show it at once), and SQL would need it written to a
staging table first; SQLite also has no decimal type, and comparing rates as REAL would call
two different rates equal past 15 digits. Reading the four compared columns of 50,000 rows and
walking them once takes a few tens of milliseconds.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import IntEnum

from core.models import NO_EXTRA, Service, make_service
from core.store.db import Database, parse_utc, utc_text

log = logging.getLogger(__name__)

#: What damaged rows raise when read; the cache is then treated as empty.
_UNREADABLE = (ValueError, TypeError, InvalidOperation)

_INSERT_SERVICE = (
    "INSERT INTO catalogue_services (profile_id, position, service_id, name, category, type,"
    " rate, min, max, dripfeed, refill, cancel, description, extra)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SELECT_SERVICES = (
    "SELECT service_id, name, category, type, rate, min, max, dripfeed, refill, cancel,"
    " description, extra FROM catalogue_services WHERE profile_id = ? ORDER BY position"
)

#: What a refresh compares of each service: its rate (None if the panel's was unreadable), its
#: minimum and its maximum.
Terms = tuple[Decimal | None, int, int]


class ChangeKind(IntEnum):
    """How a service changed at the last refresh; the most telling one when several apply."""

    NONE = 0
    NEW = 1
    RATE_UP = 2
    RATE_DOWN = 3
    MIN_MAX = 4  # its minimum or maximum quantity changed
    REMOVED = 5


@dataclass(frozen=True)
class CatalogueChanges:
    """Service ids that changed at the last refresh, compared with the one before."""

    new: frozenset[str] = field(default_factory=frozenset)
    removed: frozenset[str] = field(default_factory=frozenset)
    rate_up: frozenset[str] = field(default_factory=frozenset)
    rate_down: frozenset[str] = field(default_factory=frozenset)
    min_max: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.new or self.removed or self.rate_up or self.rate_down or self.min_max)

    def kind_of(self, service_id: str) -> ChangeKind:
        """The one change a service is shown with: new, then rate, then min/max."""
        if service_id in self.new:
            return ChangeKind.NEW
        if service_id in self.rate_up:
            return ChangeKind.RATE_UP
        if service_id in self.rate_down:
            return ChangeKind.RATE_DOWN
        if service_id in self.min_max:
            return ChangeKind.MIN_MAX
        if service_id in self.removed:
            return ChangeKind.REMOVED
        return ChangeKind.NONE

    def to_json(self) -> str:
        return json.dumps(
            {
                "new": sorted(self.new),
                "removed": sorted(self.removed),
                "rate_up": sorted(self.rate_up),
                "rate_down": sorted(self.rate_down),
                "min_max": sorted(self.min_max),
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
            frozenset(data.get("min_max", ())),  # absent in changes saved before version 4
        )


@dataclass(frozen=True)
class CachedCatalogue:
    """A stored catalogue: the services, when they were fetched (UTC) and the last changes."""

    services: list[Service]
    fetched_at: datetime
    changes: CatalogueChanges


def terms_of(services: Iterable[Service]) -> dict[str, Terms]:
    """{service id: (rate, min, max)} of a catalogue, the first of a repeated id."""
    terms: dict[str, Terms] = {}
    for s in services:
        if s.id not in terms:
            terms[s.id] = (s.rate, s.min, s.max)
    return terms


def compare(old: Mapping[str, Terms], new: Mapping[str, Terms]) -> CatalogueChanges:
    """What changed between two catalogues' terms: added, removed, rate up/down, min/max.

    Rates compare as numbers: 1.50 and 1.5 are the same rate."""
    up: set[str] = set()
    down: set[str] = set()
    bounds: set[str] = set()
    for service_id, (rate, min_, max_) in new.items():
        before = old.get(service_id)
        if before is None:
            continue
        then_rate, then_min, then_max = before
        if min_ != then_min or max_ != then_max:
            bounds.add(service_id)
        if rate is None or then_rate is None or rate == then_rate:
            continue
        try:
            if rate > then_rate:
                up.add(service_id)
            elif rate < then_rate:
                down.add(service_id)
        except InvalidOperation:  # a NaN compares as neither
            continue
    return CatalogueChanges(
        new=frozenset(new.keys() - old.keys()),
        removed=frozenset(old.keys() - new.keys()),
        rate_up=frozenset(up),
        rate_down=frozenset(down),
        min_max=frozenset(bounds),
    )


def _rate(text: str, known: dict[str, Decimal]) -> Decimal:
    """A stored rate (InvalidOperation if damaged), one Decimal per distinct text."""
    number = known.get(text)
    if number is None:
        number = Decimal(text)
        if not number.is_finite():  # never written: the parser refuses NaN and infinities
            raise InvalidOperation(text)
        known[text] = number
    return number


def _later(saved: str, fetched: str) -> bool:
    """Whether the saved fetch time is later than `fetched` (a damaged one is not)."""
    try:
        saved_at = parse_utc(saved)
    except ValueError:
        return False
    return saved_at is not None and saved_at > parse_utc(fetched)


def _extra_text(extra: Mapping[str, object]) -> str | None:
    # Panels send plain JSON, but a parser may have put Decimals in `extra`: kept as text.
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


def _rows(profile_id: int, services: Iterable[Service]) -> Iterable[tuple]:
    seen: set[str] = set()
    for s in services:
        if s.id in seen:  # one row per service: the first of a repeated id, as ServiceCatalog
            continue
        seen.add(s.id)
        yield (
            profile_id, len(seen) - 1, s.id, s.name, s.category, s.type,
            None if s.rate is None else str(s.rate), s.min, s.max,
            s.dripfeed, s.refill, s.cancel, s.description, _extra_text(s.extra),
        )  # fmt: skip


def _extra(text: str) -> dict:
    """A service's saved unknown fields (ValueError if damaged: not a JSON object)."""
    extra = json.loads(text)
    if not isinstance(extra, dict):  # the app reads it as a mapping: a list would fail later
        raise ValueError(f"extra fields are no object: {text[:40]!r}")
    return extra


def _services(rows: Iterable[tuple]) -> list[Service]:
    # Categories, types, descriptions and rates repeat across a catalogue: one object each
    # instead of one per row (tens of MB for long descriptions). The flags are stored as 0 or
    # 1: `!= 0` gives the same bool as bool(), a sixth of this loop cheaper than calling it.
    shared: dict[object, object] = {}
    share = shared.setdefault
    rates: dict[str, Decimal] = {}
    return [
        make_service(
            id_, name, share(category, category), share(type_, type_),
            None if rate is None else _rate(rate, rates), min_, max_,
            drip != 0, refill != 0, cancel != 0, share(text, text),
            _extra(extra) if extra else NO_EXTRA,
        )
        for id_, name, category, type_, rate, min_, max_, drip, refill, cancel, text, extra in rows
    ]  # fmt: skip


class CatalogueCache:
    """Per-profile catalogue cache with the fetch time and the changes of the last refresh."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def saved_terms(self, profile_id: int) -> dict[str, Terms] | None:
        """{service id: (rate, min, max)} of the saved catalogue; None if none is saved (or
        it is unreadable)."""
        with self._db.read() as conn:
            return self._saved_terms(conn, profile_id)

    @staticmethod
    def _saved_terms(conn: sqlite3.Connection, profile_id: int) -> dict[str, Terms] | None:
        if not conn.execute(
            "SELECT 1 FROM catalogue WHERE profile_id = ?", (profile_id,)
        ).fetchone():
            return None
        rows = conn.execute(
            "SELECT service_id, rate, min, max FROM catalogue_services WHERE profile_id = ?",
            (profile_id,),
        )
        rates: dict[str, Decimal] = {}
        try:
            return {
                service_id: (None if rate is None else _rate(rate, rates), min_, max_)
                for service_id, rate, min_, max_ in rows
            }
        except _UNREADABLE as exc:
            # As `load`: a damaged cache is as good as none, so nothing is called "changed".
            log.warning("cached catalogue of profile %s unreadable: %r", profile_id, exc)
            return None

    def changes_since_saved(self, profile_id: int, services: list[Service]) -> CatalogueChanges:
        """What `services` changes against the saved catalogue (only the compared columns are
        read), so a fresh catalogue can be shown before it is saved."""
        saved = self.saved_terms(profile_id)
        if saved is None:
            return CatalogueChanges()  # the first catalogue of a profile: nothing "changed"
        return compare(saved, terms_of(services))

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
        Saves may overlap (one runs after each refresh): a fetch older than the saved one is
        not written, so the newer fetch wins.
        """
        fetched = utc_text(fetched_at)
        with self._db.write() as conn:
            if changes is None:
                saved = self._saved_terms(conn, profile_id)
                changes = compare(saved, terms_of(services)) if saved else CatalogueChanges()
            head = conn.execute(
                "SELECT fetched_at FROM catalogue WHERE profile_id = ?", (profile_id,)
            ).fetchone()
            if head is not None and _later(head[0], fetched):
                return changes
            conn.execute(
                "INSERT INTO catalogue (profile_id, fetched_at, changes) VALUES (?, ?, ?)"
                " ON CONFLICT(profile_id) DO UPDATE SET"
                " fetched_at = excluded.fetched_at, changes = excluded.changes",
                (profile_id, fetched, changes.to_json()),
            )
            conn.execute("DELETE FROM catalogue_services WHERE profile_id = ?", (profile_id,))
            conn.executemany(_INSERT_SERVICE, _rows(profile_id, services))
        return changes

    def load(self, profile_id: int) -> CachedCatalogue | None:
        """The cached catalogue, or None if this profile has never been fetched (or it cannot
        be read: damaged rows, or a damaged page of a file viewed read-only)."""
        try:
            return self._load(profile_id)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise  # locked, busy, a disk error: said as such, the cache is not to blame
            # "database disk image is malformed": only a cache, refetched like damaged rows.
            log.warning("cached catalogue of profile %s unreadable: %r", profile_id, exc)
            return None

    def _load(self, profile_id: int) -> CachedCatalogue | None:
        with self._db.read() as conn:
            head = conn.execute(
                "SELECT fetched_at, changes FROM catalogue WHERE profile_id = ?",
                (profile_id,),
            ).fetchone()
            if head is None:
                return None
            try:
                fetched_at = parse_utc(head[0])
                changes = CatalogueChanges.from_json(head[1])
                # Built as the rows are read, not after fetchall(): each row's tuple is freed
                # while the next is read, instead of 50,000 of them at the end (measured:
                # 10-15 ms of a 50,000-service load).
                services = _services(conn.execute(_SELECT_SERVICES, (profile_id,)))
            except _UNREADABLE as exc:
                # Only a cache: an unreadable one is as good as none; the next refresh
                # replaces it.
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
        """Forget the profile's cached catalogue (its rows go with the fetch record)."""
        with self._db.write() as conn:
            conn.execute("DELETE FROM catalogue WHERE profile_id = ?", (profile_id,))

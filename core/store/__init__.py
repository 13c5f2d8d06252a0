"""The local store: panel profiles, settings, favourites, catalogue cache and order journal.

One SQLite file (`smm-desk.sqlite3`) in the data directory the ui passes in, readable by the
user only. API keys are never stored here: they live in core.credentials.

The journal's and the profiles' modules are imported when first used (`Store.journal`,
`Store.profiles`, or a name of theirs from this package): the app opens its store before its
window's first paint, and uses them only after it.
"""

from __future__ import annotations

import contextlib
import importlib
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.preferences import Preferences
from core.single_instance import InstanceLock
from core.store.catalog_cache import CachedCatalogue, CatalogueCache, CatalogueChanges
from core.store.db import (
    DB_FILE_NAME,
    LATEST_VERSION,
    Database,
    StoreError,
    StoreReadOnly,
    copy_for_viewing,
    make_private_database,
)
from core.store.favourites import FavouriteStore
from core.store.settings import SettingsStore

if TYPE_CHECKING:
    from core.store.journal import (
        DuplicateOrderId,
        HistoryEntry,
        JournalOrder,
        JournalState,
        OrderJournal,
    )
    from core.store.profiles import DEFAULT_PROFILE_NAME, Profile, ProfileStore

#: This package's names that live in a module imported on first use: name -> module.
_ON_FIRST_USE = {
    **dict.fromkeys(
        ("DuplicateOrderId", "HistoryEntry", "JournalOrder", "JournalState", "OrderJournal"),
        "core.store.journal",
    ),
    **dict.fromkeys(("DEFAULT_PROFILE_NAME", "Profile", "ProfileStore"), "core.store.profiles"),
}


def __getattr__(name: str) -> Any:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found directly from now on
    return value


__all__ = [
    "DB_FILE_NAME",
    "DEFAULT_PROFILE_NAME",
    "LATEST_VERSION",
    "CachedCatalogue",
    "CatalogueCache",
    "CatalogueChanges",
    "FavouriteStore",
    "HistoryEntry",
    "JournalOrder",
    "JournalState",
    "DuplicateOrderId",
    "OrderJournal",
    "Profile",
    "ProfileStore",
    "SettingsStore",
    "Store",
    "StoreError",
    "StoreReadOnly",
]


class Store:
    """Everything the app keeps on disk, opened (and migrated) from one data directory.

    Safe to use from any thread: each thread gets its own SQLite connection; WAL lets readers
    read while a writer writes.

    `read_only=True` opens a private copy of the data file for viewing (the original is never
    touched) and every write raises StoreReadOnly. A writable store takes the data folder's
    single-instance lock if it can: `holds_lock` tells whether this process is the one app
    working in the folder (only then may it settle another run's half-sent orders).
    """

    def __init__(self, data_dir: Path, *, read_only: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILE_NAME
        self.read_only = read_only
        self._lock: InstanceLock | None = None
        self._view_folder: Path | None = None
        if read_only:
            copy = copy_for_viewing(self.path)
            self._view_folder = copy.parent
            try:
                self.db = Database(copy, writable=False)
            except BaseException:
                shutil.rmtree(self._view_folder, ignore_errors=True)
                raise
        else:
            make_private_database(self.path)
            self.db = Database(self.path)
            self._lock = InstanceLock(self.data_dir)
            # No lock file possible here: this store simply does not hold the folder.
            with contextlib.suppress(OSError):
                self._lock.acquire()
        self.settings = SettingsStore(self.db)
        #: Typed preferences over `settings`: the way the app reads and writes them. Viewing a
        #: copy read-only, choices made in this run are kept in memory (nothing can be saved).
        self.preferences = Preferences(self.settings, in_memory=read_only)
        self.favourites = FavouriteStore(self.db)
        self.catalog = CatalogueCache(self.db)
        self._made_lock = threading.Lock()
        self._made: dict[str, Any] = {}  # class name -> the part made from it on first use

    @property
    def profiles(self) -> ProfileStore:
        """The panel profiles (made on first use, on any thread)."""
        return self._on_first_use("ProfileStore")

    @property
    def journal(self) -> OrderJournal:
        """The order journal (made on first use, on any thread)."""
        return self._on_first_use("OrderJournal")

    def _on_first_use(self, class_name: str) -> Any:
        made = self._made.get(class_name)
        if made is None:
            with self._made_lock:
                made = self._made.get(class_name)
                if made is None:
                    cls = getattr(importlib.import_module(_ON_FIRST_USE[class_name]), class_name)
                    made = self._made[class_name] = cls(self.db)
        return made

    @property
    def holds_lock(self) -> bool:
        """True when this process holds the data folder's single-instance lock through it."""
        return self._lock is not None and self._lock.held

    def close(self) -> None:
        """Close every connection; the Store cannot be used afterwards."""
        self.db.close()
        if self._lock is not None:
            self._lock.release()
        if self._view_folder is not None:
            shutil.rmtree(self._view_folder, ignore_errors=True)
            self._view_folder = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

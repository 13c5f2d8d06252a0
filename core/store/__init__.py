"""The local store: panel profiles, settings, favourites, catalogue cache and order journal.

One SQLite file (`smm-desk.sqlite3`) in the data directory the ui passes in. API keys are
never stored here: they live in core.credentials.
"""

from __future__ import annotations

from pathlib import Path

from core.preferences import Preferences
from core.store.catalog_cache import CachedCatalogue, CatalogueCache, CatalogueChanges
from core.store.db import DB_FILE_NAME, LATEST_VERSION, Database, StoreError
from core.store.favourites import FavouriteStore
from core.store.journal import (
    DuplicateOrderId,
    HistoryEntry,
    JournalOrder,
    JournalState,
    OrderJournal,
)
from core.store.profiles import DEFAULT_PROFILE_NAME, Profile, ProfileStore
from core.store.settings import SettingsStore

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
]


class Store:
    """Everything the app keeps on disk, opened (and migrated) from one data directory.

    Safe to use from any thread: each thread gets its own SQLite connection; WAL lets readers
    read while a writer writes.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.data_dir / DB_FILE_NAME
        self.db = Database(self.path)
        self.profiles = ProfileStore(self.db)
        self.settings = SettingsStore(self.db)
        #: Typed preferences over `settings`: the way the app reads and writes them.
        self.preferences = Preferences(self.settings)
        self.favourites = FavouriteStore(self.db)
        self.catalog = CatalogueCache(self.db)
        self.journal = OrderJournal(self.db)

    def close(self) -> None:
        """Close every connection; the Store cannot be used afterwards."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

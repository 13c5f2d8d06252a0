"""A panel's catalogue: fetched, compared with the cached one, saved; or read from the cache.

`refresh_catalogue` asks the panel for its services, compares them with the saved catalogue
(new, removed, rate up or down, min/max changed), hands the result to `on_ready` so it can be
shown at once, and only then saves it: writing 50,000 rows takes a few hundred milliseconds
that the user need not wait for. `load_catalogue` gives the cached one, as the app shows it
before any refresh. Both also read the profile's favourites, which the catalogue is shown with.

Both build hundreds of thousands of objects for a large catalogue with cyclic garbage collection
paused (core.gc_pause): measured with bench/services_filter.py, the full collections that run
meanwhile otherwise hold the interpreter lock long enough to freeze the GUI for 60-80 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from core.catalog import ServiceCatalog
from core.gc_pause import bulk_allocation
from core.insights import Alert, check_catalogue
from core.store import CatalogueChanges, Store

if TYPE_CHECKING:  # the HTTP stack is not needed to show the cached catalogue at start
    from core.api import PanelClient


@dataclass(frozen=True)
class CatalogueSnapshot:
    """A profile's catalogue as it is to be shown: services, changes, favourites, its age."""

    profile_id: int
    catalog: ServiceCatalog
    #: What the last refresh changed, compared with the catalogue before it.
    changes: CatalogueChanges
    favourites: frozenset[str]
    fetched_at: datetime  # UTC
    #: Items of the panel's answer that could not be read and are left out (0 from the cache).
    skipped: int = 0
    from_cache: bool = False
    #: Alerts this refresh raised: a watched service's rate went up, or it was removed.
    alerts: tuple[Alert, ...] = ()


def load_catalogue(store: Store, profile_id: int) -> CatalogueSnapshot | None:
    """The cached catalogue with its last changes and the favourites, or None if the profile
    has none yet (or it is unreadable); call off the GUI thread."""
    with bulk_allocation():
        cached = store.catalog.load(profile_id)
        if cached is None:
            return None
        return CatalogueSnapshot(
            profile_id=profile_id,
            catalog=ServiceCatalog(cached.services),
            changes=cached.changes,
            favourites=frozenset(store.favourites.list(profile_id)),
            fetched_at=cached.fetched_at,
            from_cache=True,
        )


def refresh_catalogue(
    store: Store,
    client: PanelClient,
    profile_id: int,
    *,
    on_ready: Callable[[CatalogueSnapshot], None] | None = None,
) -> CatalogueSnapshot:
    """Fetch the catalogue, compare it with the saved one, call `on_ready`, save it; returns
    what was saved. Call off the GUI thread.

    A panel failure raises its `PanelError` with the cache untouched. The first catalogue of
    a profile has nothing to compare with: no changes. If a newer fetch was saved meanwhile
    (refreshes may overlap), this one is not written over it. A read-only view of the data
    file shows the fresh catalogue and saves nothing.
    """
    with bulk_allocation():
        services = client.services()
        fetched_at = datetime.now(timezone.utc)
        changes = store.catalog.changes_since_saved(profile_id, services)
        # Before the save: the old rates are read from the saved catalogue.
        alerts = check_catalogue(store, profile_id, services, changes)
        snapshot = CatalogueSnapshot(
            profile_id=profile_id,
            catalog=ServiceCatalog(services),
            changes=changes,
            favourites=frozenset(store.favourites.list(profile_id)),
            fetched_at=fetched_at,
            skipped=len(services.skipped),
            alerts=alerts,
        )
        if on_ready is not None:
            on_ready(snapshot)
        if not store.read_only:
            store.catalog.save(profile_id, services, fetched_at, changes)
    return snapshot

"""The catalogue refresh and the cached catalogue, against the local panel and a real store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from core.api import PanelClient
from core.errors import NotJson, PanelError
from core.local_panel import LocalPanel
from core.store import CatalogueChanges, Profile, Store
from core.workflows.catalogue_refresh import (
    CatalogueSnapshot,
    load_catalogue,
    refresh_catalogue,
)


@dataclass
class Setting:
    panel: LocalPanel
    store: Store
    profile: Profile
    client: PanelClient

    def refresh(self, **options) -> CatalogueSnapshot:
        return refresh_catalogue(self.store, self.client, self.profile.id, **options)

    def panel_ids(self) -> list[str]:
        return [str(s["service"]) for s in self.panel.services]

    def fetches(self) -> int:
        return sum(1 for r in self.panel.requests if r.get("action") == "services")


@pytest.fixture
def setting(panel: LocalPanel, tmp_path) -> Iterator[Setting]:
    with Store(tmp_path) as store:
        profile = store.profiles.add("Local", panel.url)
        client = PanelClient(panel.url, panel.key)
        try:
            yield Setting(panel, store, profile, client)
        finally:
            client.close()


def test_the_first_refresh_shows_the_panels_catalogue_with_nothing_changed_and_saves_it(
    setting: Setting,
):
    before = datetime.now(timezone.utc)
    snapshot = setting.refresh()
    assert [s.id for s in snapshot.catalog] == setting.panel_ids()
    assert snapshot.changes == CatalogueChanges() and not snapshot.changes
    assert snapshot.favourites == frozenset() and snapshot.skipped == 0
    assert not snapshot.from_cache and snapshot.profile_id == setting.profile.id
    assert before <= snapshot.fetched_at <= datetime.now(timezone.utc)

    cached = setting.store.catalog.load(setting.profile.id)
    assert cached.services == list(snapshot.catalog) and cached.fetched_at == snapshot.fetched_at
    assert setting.fetches() == 1


def test_the_catalogue_is_handed_over_before_it_is_saved(setting: Setting):
    setting.refresh()
    services = setting.panel.services
    services.append(dict(services[0], service=900, name="Brand new"))
    setting.panel.set_services(services)
    seen: list[tuple[CatalogueSnapshot, list[str]]] = []

    def ready(snapshot: CatalogueSnapshot) -> None:
        saved = setting.store.catalog.load(setting.profile.id)
        seen.append((snapshot, [s.id for s in saved.services]))

    result = setting.refresh(on_ready=ready)
    ((handed, saved_then),) = seen
    assert handed is result and "900" in handed.catalog
    assert "900" not in saved_then  # still the previous catalogue when it was shown
    assert "900" in [s.id for s in setting.store.catalog.load(setting.profile.id).services]


def test_a_refresh_reports_new_removed_rate_and_bound_changes_and_keeps_them(
    setting: Setting,
):
    setting.refresh()
    services = setting.panel.services
    up, down, bounds, gone = (str(services[i]["service"]) for i in range(4))
    services[0] = dict(services[0], rate=str(Decimal(services[0]["rate"]) + 1))
    services[1] = dict(services[1], rate=str(Decimal(services[1]["rate"]) / 2))
    services[2] = dict(services[2], max=int(services[2]["max"]) + 5)
    del services[3]
    services.append(dict(services[4], service=777, name="Brand new service"))
    setting.panel.set_services(services)

    snapshot = setting.refresh()
    assert snapshot.changes == CatalogueChanges(
        new=frozenset({"777"}),
        removed=frozenset({gone}),
        rate_up=frozenset({up}),
        rate_down=frozenset({down}),
        min_max=frozenset({bounds}),
    )
    # Kept: the cached catalogue, shown after a restart, still says what changed.
    again = load_catalogue(setting.store, setting.profile.id)
    assert again.changes == snapshot.changes and again.from_cache
    assert [s.id for s in again.catalog] == setting.panel_ids()

    # A refresh with nothing new says so.
    assert not setting.refresh().changes


def test_favourites_come_with_the_catalogue(setting: Setting):
    setting.store.favourites.set(setting.profile.id, "5", True)
    setting.store.favourites.set(setting.profile.id, "12", True)
    assert setting.refresh().favourites == {"5", "12"}
    assert load_catalogue(setting.store, setting.profile.id).favourites == {"5", "12"}


def test_unreadable_items_are_counted_and_left_out(setting: Setting):
    services = setting.panel.services
    setting.panel.set_services([*services, {"name": "no id"}, dict(services[0])])  # + a repeat
    snapshot = setting.refresh()
    assert snapshot.skipped == 2
    assert [s.id for s in snapshot.catalog] == [str(s["service"]) for s in services]


def test_a_failed_fetch_raises_and_leaves_the_cache_as_it_was(setting: Setting):
    first = setting.refresh()
    setting.panel.inject("html", action="services")
    with pytest.raises(NotJson) as failure:
        setting.refresh()
    assert isinstance(failure.value, PanelError)
    cached = load_catalogue(setting.store, setting.profile.id)
    assert cached.fetched_at == first.fetched_at
    assert list(cached.catalog) == list(first.catalog)


def test_nothing_cached_before_the_first_refresh(setting: Setting):
    assert load_catalogue(setting.store, setting.profile.id) is None
    assert setting.fetches() == 0  # loading the cache never asks the panel


def test_each_profile_keeps_its_own_catalogue(setting: Setting, make_panel):
    other = make_panel(key="other-key", services=setting.panel.services[:3])
    profile_b = setting.store.profiles.add("Other", other.url)
    client_b = PanelClient(other.url, "other-key")
    try:
        refresh_catalogue(setting.store, client_b, profile_b.id)
    finally:
        client_b.close()
    setting.refresh()
    assert len(load_catalogue(setting.store, profile_b.id).catalog) == 3
    assert len(load_catalogue(setting.store, setting.profile.id).catalog) == len(
        setting.panel.services
    )


def test_a_read_only_view_shows_the_fresh_catalogue_and_saves_nothing(panel, tmp_path):
    with Store(tmp_path) as store:
        profile = store.profiles.add("Local", panel.url)
    view = Store(tmp_path, read_only=True)
    client = PanelClient(panel.url, panel.key)
    try:
        snapshot = refresh_catalogue(view, client, profile.id)  # no StoreReadOnly
        assert len(snapshot.catalog) == len(panel.services)
        assert view.catalog.load(profile.id) is None
    finally:
        client.close()
        view.close()
    with Store(tmp_path) as store:
        assert store.catalog.load(profile.id) is None

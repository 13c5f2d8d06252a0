"""Catalogue cache: round trip, fetch time, changes between refreshes, speed, real catalogues."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from core.models import NO_EXTRA, Service
from core.store import DB_FILE_NAME, CatalogueChanges, Store
from core.store.catalog_cache import ChangeKind
from tests.core.store.broken_data import corrupt_catalogue_pages
from tests.locations import REALDATA


def service(i: int, rate: str | None = "1.5", **kw) -> Service:
    return Service(
        id=str(i),
        name=kw.pop("name", f"Instagram Followers {i} &amp; more 𝗙𝗼𝗹𝗹𝗼𝘄𝗲𝗿𝘀 \u200d🇮🇷"),
        category=kw.pop("category", " Instagram"),
        type=kw.pop("type", "Default"),
        rate=None if rate is None else Decimal(rate),
        min=kw.pop("min", 10),
        max=kw.pop("max", 2147483647),
        dripfeed=kw.pop("dripfeed", i % 2 == 0),
        refill=kw.pop("refill", i % 3 == 0),
        cancel=kw.pop("cancel", False),
        description=kw.pop("description", "line 1\nline 2\t"),
        extra=kw.pop("extra", {"average_time": i, "name_lang": {"fa": "فالوور"}}),
    )


def as_tuple(s: Service) -> tuple:
    return (
        s.id,
        s.name,
        s.category,
        s.type,
        s.rate,
        s.min,
        s.max,
        s.dripfeed,
        s.refill,
        s.cancel,
        s.description,
        s.extra,
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path) as s:
        yield s


def test_nothing_cached_yet(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    assert store.catalog.load(profile.id) is None
    assert store.catalog.fetched_at(profile.id) is None


def test_round_trip_keeps_every_field_and_exact_money(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    services = [
        service(1, "0.000123"),
        service(2, "99999999.00"),
        service(3, None),
        service(4, "12", min=500, max=100, type="custom_comments", extra={}),
    ]
    fetched = datetime(2026, 3, 5, 12, 30, 15, 123456, tzinfo=timezone.utc)
    changes = store.catalog.save(profile.id, services, fetched)
    assert changes == CatalogueChanges() and not changes  # first save: nothing to compare

    cached = store.catalog.load(profile.id)
    assert [as_tuple(s) for s in cached.services] == [as_tuple(s) for s in services]
    assert str(cached.services[1].rate) == "99999999.00"  # Decimal text kept, not a float
    assert cached.fetched_at == fetched and cached.fetched_at.tzinfo is not None


def test_naive_and_other_zone_times_are_stored_as_utc(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    tehran = timezone(timedelta(hours=3, minutes=30))
    store.catalog.save(profile.id, [service(1)], datetime(2026, 1, 1, 3, 30, tzinfo=tehran))
    got = store.catalog.load(profile.id).fetched_at
    assert got == datetime(2026, 1, 1, 0, 0, tzinfo=timezone.utc)
    assert got.utcoffset() == timedelta(0)


def test_changes_between_refreshes_are_recorded_and_kept(tmp_path):
    with Store(tmp_path) as store:
        profile = store.profiles.add("P", "https://panel.example/api/v2")
        store.catalog.save(
            profile.id, [service(1, "1.0"), service(2, "2.0"), service(3, "3.0"), service(4, None)]
        )
        changes = store.catalog.save(
            profile.id, [service(1, "1.5"), service(2, "1.9999"), service(4, "1"), service(5)]
        )
    assert changes == CatalogueChanges(
        new=frozenset({"5"}),
        removed=frozenset({"3"}),
        rate_up=frozenset({"1"}),
        rate_down=frozenset({"2"}),
    )
    with Store(tmp_path) as store:  # persisted: a restart still shows the last changes
        assert store.catalog.load(profile.id).changes == changes
        # A refresh with nothing changed replaces them with "no changes".
        same = store.catalog.load(profile.id).services
        assert store.catalog.save(profile.id, same) == CatalogueChanges()
        assert store.catalog.load(profile.id).changes == CatalogueChanges()


def test_profiles_have_separate_catalogues(store):
    a = store.profiles.add("A", "https://a.example/api/v2")
    b = store.profiles.add("B", "https://b.example/api/v2")
    store.catalog.save(a.id, [service(1)])
    store.catalog.save(b.id, [service(7), service(8)])
    assert [s.id for s in store.catalog.load(a.id).services] == ["1"]
    assert [s.id for s in store.catalog.load(b.id).services] == ["7", "8"]
    store.profiles.delete(a.id)
    assert store.catalog.load(a.id) is None
    assert store.catalog.load(b.id) is not None


def test_fifty_thousand_services_save_and_load(store):
    # Their speed is shown by bench/services_filter.py (load + show), not timed here.
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    services = [service(i, f"{i % 997}.{i % 10000:04d}") for i in range(50_000)]
    store.catalog.save(profile.id, services)  # a previous catalogue, so changes are computed
    changed = [service(i, "0.5") for i in range(1000, 51_000)]
    changes = store.catalog.save(profile.id, changed)
    cached = store.catalog.load(profile.id)
    assert len(cached.services) == 50_000 and len(changes.new) == 1000
    assert cached.services[0] == changed[0]


def _real_services_files() -> list[Path]:
    if not REALDATA.is_dir():
        return []
    return sorted(REALDATA.glob("*services*.json"))


@pytest.mark.skipif(not REALDATA.is_dir(), reason=f"real panel answers not found at {REALDATA}")
@pytest.mark.parametrize("path", _real_services_files(), ids=lambda p: p.name)
def test_real_catalogues_round_trip(store, path):
    from core.answers import parse_services

    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        pytest.skip(f"{path.name} is not JSON (a malformed sample)")
    services = list(parse_services(body))
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.catalog.save(profile.id, services)
    cached = store.catalog.load(profile.id)
    assert [as_tuple(s) for s in cached.services] == [as_tuple(s) for s in services]


@pytest.mark.parametrize(
    "damage, rates_readable",
    [
        ("UPDATE catalogue_services SET rate = 'garbage'", False),
        ("UPDATE catalogue_services SET rate = 'NaN'", False),
        ("UPDATE catalogue_services SET extra = '{not json'", True),
        ("UPDATE catalogue_services SET extra = '[1]'", True),  # JSON, but no object
        ("UPDATE catalogue_services SET extra = 'null'", True),
        ("UPDATE catalogue SET fetched_at = 'yesterday'", True),
        ("UPDATE catalogue SET changes = '[oops'", True),
    ],
)
def test_a_damaged_cache_is_treated_as_none_and_replaced(store, damage, rates_readable):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.catalog.save(profile.id, [service(1, "1")])
    with store.db.write() as conn:
        conn.execute(damage)
    assert store.catalog.load(profile.id) is None
    changes = store.catalog.save(profile.id, [service(2)])
    # Unreadable rates: nothing to compare with. Other damage leaves ids and rates to compare.
    if rates_readable:
        assert changes == CatalogueChanges(new=frozenset({"2"}), removed=frozenset({"1"}))
    else:
        assert changes == CatalogueChanges()
    assert [s.id for s in store.catalog.load(profile.id).services] == ["2"]


def test_a_row_damaged_midway_leaves_no_half_catalogue_and_no_open_transaction(store):
    # The rows are built as they are read: a bad one midway ends the read all the same.
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.catalog.save(profile.id, [service(1), service(2), service(3)])
    with store.db.write() as conn:
        conn.execute("UPDATE catalogue_services SET rate = 'garbage' WHERE service_id = '2'")
    assert store.catalog.load(profile.id) is None
    assert not store.db.connection().in_transaction
    store.catalog.save(profile.id, [service(4)])  # the same thread writes again at once
    assert [s.id for s in store.catalog.load(profile.id).services] == ["4"]


def test_services_without_unknown_fields_share_one_empty_mapping_from_the_cache(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    with_extra = Service("2", "B", "C", "Default", Decimal("1"), 1, 9, extra={"average_time": 5})
    store.catalog.save(profile.id, [service(1, extra={}), with_extra])
    plain, kept = store.catalog.load(profile.id).services
    assert plain.extra is NO_EXTRA
    assert kept.extra == {"average_time": 5}


def test_an_older_fetch_saved_late_never_replaces_a_newer_one(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    now = datetime.now(timezone.utc)
    store.catalog.save(profile.id, [service(1), service(2)], fetched_at=now)
    store.catalog.save(profile.id, [service(1)], fetched_at=now - timedelta(seconds=5))
    cached = store.catalog.load(profile.id)
    assert [s.id for s in cached.services] == ["1", "2"] and cached.fetched_at == now


def test_changes_computed_before_saving_are_kept(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.catalog.save(profile.id, [service(1, "1.0")])
    fresh = [service(1, "2.0"), service(2)]
    changes = store.catalog.changes_since_saved(profile.id, fresh)
    assert changes.rate_up == frozenset({"1"}) and changes.new == frozenset({"2"})
    store.catalog.save(profile.id, fresh, changes=changes)
    assert store.catalog.load(profile.id).changes == changes


def test_min_and_max_changes_are_found_and_equal_rates_in_other_digits_are_not(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.catalog.save(
        profile.id,
        [service(1, "1.50"), service(2, "2", min=10), service(3, "3", max=99), service(4, "4")],
    )
    changes = store.catalog.save(
        profile.id,
        [
            service(1, "1.5"),  # the same rate written otherwise
            service(2, "2.5", min=20),  # dearer and a new minimum
            service(3, "3", max=100),
            service(4, "4"),
        ],
    )
    assert changes == CatalogueChanges(rate_up=frozenset({"2"}), min_max=frozenset({"2", "3"}))
    assert store.catalog.load(profile.id).changes == changes
    # The one change each service is shown with: the rate before the bounds.
    assert [changes.kind_of(i) for i in "1234"] == [
        ChangeKind.NONE,
        ChangeKind.RATE_UP,
        ChangeKind.MIN_MAX,
        ChangeKind.NONE,
    ]


def test_change_kinds_in_order_of_precedence():
    changes = CatalogueChanges(
        new=frozenset({"n"}),
        removed=frozenset({"r"}),
        rate_up=frozenset({"u", "b"}),
        rate_down=frozenset({"d"}),
        min_max=frozenset({"m", "b"}),
    )
    assert [changes.kind_of(i) for i in ("n", "u", "d", "m", "b", "r", "x")] == [
        ChangeKind.NEW,
        ChangeKind.RATE_UP,
        ChangeKind.RATE_DOWN,
        ChangeKind.MIN_MAX,
        ChangeKind.RATE_UP,
        ChangeKind.REMOVED,
        ChangeKind.NONE,
    ]
    assert CatalogueChanges.from_json(changes.to_json()) == changes
    # Changes saved before min/max were compared have no such list.
    assert CatalogueChanges.from_json('{"new": ["1"]}').min_max == frozenset()
    assert CatalogueChanges(min_max=frozenset({"1"}))  # truthy with only a bound change


def test_one_row_per_service_the_first_of_a_repeated_id_kept(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.catalog.save(profile.id, [service(1, "1"), service(2), service(1, "9")])
    assert [(s.id, s.rate) for s in store.catalog.load(profile.id).services] == [
        ("1", Decimal("1")),
        ("2", Decimal("1.5")),
    ]


def test_deleting_a_panel_deletes_its_catalogue_rows_even_without_foreign_keys(store):
    kept = store.profiles.add("Kept", "https://kept.test/api/v2")
    gone = store.profiles.add("Gone", "https://gone.test/api/v2")
    store.catalog.save(kept.id, [service(1), service(2)])
    store.catalog.save(gone.id, [service(3)])
    # Outside a transaction (in one, the pragma does nothing): the explicit deletes must do
    # it alone.
    store.db.connection().execute("PRAGMA foreign_keys = OFF")
    store.profiles.delete(gone.id)
    with store.db.read() as conn:
        left = conn.execute("SELECT DISTINCT profile_id FROM catalogue_services").fetchall()
    assert left == [(kept.id,)]
    assert store.catalog.load(gone.id) is None


def test_a_damaged_page_of_a_file_viewed_read_only_is_a_cache_to_refetch(tmp_path):
    # Viewing a damaged file read-only: its catalogue pages do not read ("database disk image
    # is malformed"); the cache is as good as none, as damaged rows are, never an error.
    with Store(tmp_path) as store:
        profile = store.profiles.add("P", "https://panel.example/api/v2")
        store.catalog.save(profile.id, [service(i) for i in range(1, 40)])
    corrupt_catalogue_pages(tmp_path / DB_FILE_NAME)
    with Store(tmp_path, read_only=True) as view:
        assert view.catalog.load(profile.id) is None
        assert [p.name for p in view.profiles.list()] == ["P"]  # the rest still reads

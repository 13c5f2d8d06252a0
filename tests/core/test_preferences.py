"""core/preferences.py: every option declared once, typed, read back as written, defaults kept."""

from __future__ import annotations

import pytest

from core import preferences as prefs
from core.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path) as opened:
        yield opened


def test_defaults_when_nothing_is_saved(store):
    for option in prefs.ALL_OPTIONS:
        profile_id = 1 if option.per_profile else None
        assert store.preferences.get(option, profile_id) == option.default


@pytest.mark.parametrize(
    "option,value",
    [
        (prefs.ACTIVE_PROFILE, 7),
        (prefs.LANGUAGE, "fa"),
        (prefs.CALENDAR, "gregorian"),
        (prefs.ORDERS_AUTO_REFRESH, False),
        (prefs.ORDERS_AUTO_REFRESH_MINUTES, 30),
        (prefs.ORDERS_ALL_PANELS, True),
    ],
)
def test_a_value_survives_a_restart_typed(tmp_path, option, value):
    with Store(tmp_path) as store:
        store.preferences.set(option, value)
    with Store(tmp_path) as store:
        got = store.preferences.get(option)
    assert got == value and type(got) is type(value)


def test_per_panel_values_are_kept_apart(store):
    store.preferences.set(prefs.PANEL_CURRENCY, "USD", 1)
    store.preferences.set(prefs.PANEL_CURRENCY, "IRT", 2)
    assert store.preferences.get(prefs.PANEL_CURRENCY, 1) == "USD"
    assert store.preferences.get(prefs.PANEL_CURRENCY, 2) == "IRT"
    with pytest.raises(ValueError, match="per panel"):
        store.preferences.get(prefs.PANEL_CURRENCY)


@pytest.mark.parametrize(
    "option,value",
    [
        (prefs.ORDERS_AUTO_REFRESH_MINUTES, 0),
        (prefs.ORDERS_AUTO_REFRESH_MINUTES, 24 * 60 + 1),
        (prefs.ORDERS_AUTO_REFRESH_MINUTES, "5"),
        (prefs.ORDERS_AUTO_REFRESH, "off"),
        (prefs.LANGUAGE, "de"),
        (prefs.ACTIVE_PROFILE, -1),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_written(store, option, value):
    with pytest.raises((ValueError, TypeError)):
        store.preferences.set(option, value)
    assert store.settings.get(option.key) is None


def test_text_written_by_older_versions_still_reads(store):
    # The first build wrote flags as "on"/"off" and ids as text.
    store.settings.set("orders.auto_refresh", "off")
    store.settings.set("orders.all_panels", "on")
    store.settings.set("active_profile", "3")
    assert store.preferences.get(prefs.ORDERS_AUTO_REFRESH) is False
    assert store.preferences.get(prefs.ORDERS_ALL_PANELS) is True
    assert store.preferences.get(prefs.ACTIVE_PROFILE) == 3


@pytest.mark.parametrize(
    "option,text",
    [
        (prefs.ORDERS_AUTO_REFRESH_MINUTES, "ten"),
        (prefs.ORDERS_AUTO_REFRESH_MINUTES, "99999"),
        (prefs.ORDERS_AUTO_REFRESH, "maybe"),
        (prefs.CALENDAR, "mayan"),
        (prefs.ACTIVE_PROFILE, "x"),
    ],
)
def test_unreadable_stored_text_reads_as_the_default(store, option, text):
    store.settings.set(option.key, text)
    assert store.preferences.get(option) == option.default


def test_none_clears_an_optional_choice(store):
    store.preferences.set(prefs.CALENDAR, "jalali")
    store.preferences.set(prefs.CALENDAR, None)
    assert store.preferences.get(prefs.CALENDAR) is None
    assert store.settings.get(prefs.CALENDAR.key) is None


def test_keys_are_declared_once():
    keys = [option.key for option in prefs.ALL_OPTIONS]
    assert len(keys) == len(set(keys))


def test_a_read_only_view_keeps_choices_for_the_run_and_writes_nothing(tmp_path):
    with Store(tmp_path) as store:
        store.preferences.set(prefs.ORDERS_AUTO_REFRESH_MINUTES, 10)
    view = Store(tmp_path, read_only=True)
    try:
        assert view.preferences.get(prefs.ORDERS_AUTO_REFRESH_MINUTES) == 10  # the file's
        view.preferences.set(prefs.ORDERS_AUTO_REFRESH_MINUTES, 20)  # no StoreReadOnly
        assert view.preferences.get(prefs.ORDERS_AUTO_REFRESH_MINUTES) == 20
        view.preferences.reset(prefs.ORDERS_AUTO_REFRESH_MINUTES)
        assert view.preferences.get(prefs.ORDERS_AUTO_REFRESH_MINUTES) == 5  # the default
    finally:
        view.close()
    with Store(tmp_path) as store:
        assert store.preferences.get(prefs.ORDERS_AUTO_REFRESH_MINUTES) == 10  # untouched

"""The alert settings: declared once in core/preferences.py, typed, per panel where they apply."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core import preferences


def test_the_balance_threshold_is_an_amount_per_panel(store):
    prefs, option = store.preferences, preferences.ALERT_BALANCE_BELOW
    a = store.profiles.add("A", "https://a.example/api/v2").id
    b = store.profiles.add("B", "https://b.example/api/v2").id
    assert prefs.get(option, a) is None  # no threshold: no alert
    prefs.set(option, Decimal("12.50"), a)
    assert prefs.get(option, a) == Decimal("12.50") and prefs.get(option, b) is None
    prefs.set(option, None, a)
    assert prefs.get(option, a) is None


@pytest.mark.parametrize("bad", [Decimal("-1"), Decimal("NaN"), Decimal("Infinity"), 5, "7"])
def test_a_threshold_that_is_no_amount_is_refused_and_nothing_is_saved(store, bad):
    pid = store.profiles.add("A", "https://a.example/api/v2").id
    store.preferences.set(preferences.ALERT_BALANCE_BELOW, Decimal("3"), pid)
    with pytest.raises((ValueError, TypeError)):
        store.preferences.set(preferences.ALERT_BALANCE_BELOW, bad, pid)
    assert store.preferences.get(preferences.ALERT_BALANCE_BELOW, pid) == Decimal("3")


def test_a_stored_value_that_no_longer_reads_is_the_default(store):
    pid = store.profiles.add("A", "https://a.example/api/v2").id
    store.settings.set(preferences.ALERT_BALANCE_BELOW.key_for(pid), "ten dollars")
    store.settings.set(preferences.ALERT_STALLED_HOURS.key, "0")  # below its minimum
    assert store.preferences.get(preferences.ALERT_BALANCE_BELOW, pid) is None
    assert store.preferences.get(preferences.ALERT_STALLED_HOURS) == 24


def test_every_alert_setting_is_declared_with_the_others():
    alert_options = [o for o in preferences.ALL_OPTIONS if o.key.startswith("alerts.")]
    assert {o.key.split(".")[1] for o in alert_options} == {
        "low_balance", "balance_below", "stalled_order", "stalled_hours", "unreadable_order",
        "unreadable_refreshes", "rate_increase", "service_removed", "desktop_notifications",
    }  # fmt: skip

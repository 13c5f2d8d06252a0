"""Alert settings in Preferences: shown as saved, saved as typed (Persian digits too), and a
threshold that is no amount said without saving anything."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core import preferences as prefs


def _open(window: Any, qtbot: Any) -> Any:
    dialog = window.open_preferences()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_saved_alert_settings_are_shown_and_saved_again(app_window: Any, qtbot: Any) -> None:
    store = app_window.harness.store
    profile_id = app_window.session.profile.id
    store.preferences.set(prefs.ALERT_STALLED_HOURS, 36)
    store.preferences.set(prefs.ALERT_RATE_INCREASE, False)
    store.preferences.set(prefs.ALERT_BALANCE_BELOW, Decimal("12.5"), profile_id)
    dialog = _open(app_window, qtbot)
    settings = dialog.alert_settings
    assert settings.stalled_hours.value() == 36
    assert not settings.rate_increase.isChecked()
    assert settings.thresholds[profile_id].text() == "12.5"
    settings.thresholds[profile_id].setText("۲۰٫۵")  # typed with Persian digits
    settings.unreadable_refreshes.setValue(5)
    settings.desktop.setChecked(False)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert store.preferences.get(prefs.ALERT_BALANCE_BELOW, profile_id) == Decimal("20.5")
    assert store.preferences.get(prefs.ALERT_UNREADABLE_REFRESHES) == 5
    assert store.preferences.get(prefs.ALERT_DESKTOP_NOTIFICATIONS) is False
    assert store.preferences.get(prefs.ALERT_STALLED_HOURS) == 36


def test_a_threshold_that_is_no_amount_is_said_and_nothing_is_saved(
    app_window: Any, qtbot: Any
) -> None:
    store = app_window.harness.store
    profile_id = app_window.session.profile.id
    dialog = _open(app_window, qtbot)
    settings = dialog.alert_settings
    settings.stalled_hours.setValue(48)
    settings.thresholds[profile_id].setText("ten dollars")
    dialog.save_button.click()
    assert dialog.isVisible()  # stays open with what was typed
    assert settings.thresholds[profile_id].text() == "ten dollars"
    assert "“ten dollars” is no amount" in dialog.result_label.text()
    assert store.preferences.get(prefs.ALERT_STALLED_HOURS) == 24  # nothing written
    settings.thresholds[profile_id].setText("-3")
    dialog.save_button.click()
    assert dialog.isVisible()
    settings.thresholds[profile_id].setText("1e400")  # kept once, then said as "unreadable"
    dialog.save_button.click()
    assert dialog.isVisible()
    settings.thresholds[profile_id].setText("")  # empty: no balance alert for this panel
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert store.preferences.get(prefs.ALERT_BALANCE_BELOW, profile_id) is None
    assert store.preferences.get(prefs.ALERT_STALLED_HOURS) == 48

"""Preferences: one page per subject, so its height does not grow with the number of panels
(a threshold per panel once pushed the dialog past a 760 px screen and squashed its fields)."""

from __future__ import annotations

from typing import Any


def _open_with_panels(window: Any, qtbot: Any, count: int) -> Any:
    store = window.harness.store
    for n in range(count):
        store.profiles.add(f"Panel number {n}", f"https://panel{n}.example/api/v2")
    window.session.profiles = store.profiles.list()
    dialog = window.open_preferences()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_many_panels_keep_the_dialog_on_a_small_screen(app_window: Any, qtbot: Any) -> None:
    few = _open_with_panels(app_window, qtbot, 0)
    few_height = few.minimumSizeHint().height()
    few.reject()
    dialog = _open_with_panels(app_window, qtbot, 12)
    assert len(dialog.alert_settings.thresholds) == 13
    assert dialog.minimumSizeHint().height() == few_height  # the alerts page scrolls instead
    assert dialog.height() <= 700
    dialog.pages.setCurrentIndex(dialog.pages.count() - 1)
    for edit in dialog.alert_settings.thresholds.values():
        assert edit.height() >= edit.minimumSizeHint().height()  # none squashed


def test_a_bad_threshold_shows_the_alerts_page(app_window: Any, qtbot: Any) -> None:
    dialog = _open_with_panels(app_window, qtbot, 0)
    dialog.pages.setCurrentIndex(0)
    profile_id = app_window.session.profile.id
    dialog.alert_settings.thresholds[profile_id].setText("ten dollars")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == dialog.pages.count() - 1
    assert dialog.result_label.text()

"""The Panels dialog's currency field: the panel's own word shown read-only; where the panel
never said, the user's stated currency kept and used as the panel's currency."""

from __future__ import annotations

from core import preferences


def test_a_currency_stated_for_a_panel_that_never_said_is_kept_and_used(make_app, panel, qtbot):
    harness = make_app(start=False)
    profile = harness.store.profiles.add("Silent panel", panel.url)
    harness.credentials.set(profile.id, panel.key)
    harness.session.profiles = harness.store.profiles.list()
    dialog = harness.window.open_profiles(profile.id)
    field = dialog.currency_field
    assert field.edit.text() == "" and not field.edit.isReadOnly()
    assert "has not said its currency" in field.note.text()
    field.edit.setText(" toman ")
    dialog.save()
    qtbot.waitUntil(lambda: harness.window.profiles_dialog is None, timeout=10_000)
    assert harness.store.preferences.get(preferences.PANEL_CURRENCY_STATED, profile.id) == "IRT"
    # Its balance, once read, says the panel's own: the panel's word wins.
    qtbot.waitUntil(lambda: harness.session.balance is not None, timeout=10_000)
    assert harness.session.currency == "USD"


def test_the_panels_own_currency_is_shown_and_not_editable(make_app, panel, qtbot):
    harness = make_app(start=False)
    profile = harness.store.profiles.add("Talking panel", panel.url)
    harness.store.preferences.set(preferences.PANEL_CURRENCY, "USD", profile.id)
    harness.session.profiles = harness.store.profiles.list()
    field = harness.window.open_profiles(profile.id).currency_field
    assert field.edit.text() == "USD" and field.edit.isReadOnly()
    assert field.note.text() == "As the panel's balance says."


def test_a_currency_that_is_no_code_is_said_and_nothing_is_saved(make_app, panel, qtbot):
    harness = make_app(start=False)
    profile = harness.store.profiles.add("Silent panel", panel.url)
    harness.session.profiles = harness.store.profiles.list()
    dialog = harness.window.open_profiles(profile.id)
    dialog.currency_field.edit.setText("U\u200fSD")  # an invisible direction mark inside
    dialog.save()
    assert dialog.save_result.text() == "The currency must be a short code such as USD or IRT."
    assert dialog.isVisible()
    assert harness.store.preferences.get(preferences.PANEL_CURRENCY_STATED, profile.id) is None

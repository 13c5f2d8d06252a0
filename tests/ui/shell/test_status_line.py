"""The status bar (issue 14 item 11): a long error is cut at a word with the whole text in a
tooltip, never under the key label; an old panel's error goes when another panel is chosen.
The window title carries no bidi marks (item 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import APP_NAME
from ui.common import formatting

LONG_ERROR = (
    "The panel reported a server error: panel.example answered with HTTP error 503. The panel "
    "may be down or the API URL wrong. Check the address on the panel's API page, then try "
    "again in a few minutes; if it keeps happening, write to the panel's support."
)


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_long_error_is_cut_at_a_word_beside_the_key_label(app_window, qtbot, direction):
    app_window.setLayoutDirection(direction)
    app_window.key_warning.setText("Key kept for this session only")
    app_window.key_warning.setVisible(True)
    bar = app_window.statusBar()
    app_window.session.statusMessage.emit(LONG_ERROR)
    qtbot.waitUntil(lambda: bar.currentMessage() == LONG_ERROR)
    assert bar.toolTip() == LONG_ERROR  # the whole text a hover away
    shown = bar.shown_message()
    assert shown.endswith("…") and len(shown) < len(LONG_ERROR)
    kept = shown[:-1]
    assert LONG_ERROR.startswith(kept) and LONG_ERROR[len(kept)] == " "  # at a word
    room = bar.message_rect()
    assert bar.fontMetrics().horizontalAdvance(shown) <= room.width()
    label = app_window.key_warning.geometry()
    if direction == Qt.LayoutDirection.LeftToRight:
        assert room.right() < label.left()
    else:
        assert room.left() > label.right()


def test_a_short_message_is_shown_whole(app_window, qtbot):
    bar = app_window.statusBar()
    app_window.session.statusMessage.emit("Orders finished: 1 completed")
    assert bar.shown_message() == "Orders finished: 1 completed"


def test_an_old_panels_error_is_cleared_on_switching(app_window, panel, make_panel, qtbot):
    harness = app_window.harness
    bar = app_window.statusBar()
    panel.inject("html", action="balance")
    with qtbot.waitSignal(harness.session.balanceFailed, timeout=10_000):
        app_window.balance_button.click()
    assert "web page" in bar.currentMessage()
    other = make_panel(key="other-key")
    profile = harness.store.profiles.add("Other panel", other.url)
    harness.credentials.set(profile.id, "other-key")
    with qtbot.waitSignal(harness.session.profileChanged, timeout=10_000):
        harness.session.activate_profile(profile.id)
    assert bar.currentMessage() == ""
    assert bar.toolTip() == ""


def test_the_window_title_has_no_bidi_marks(app_window, qtbot):
    title = app_window.windowTitle()
    assert title == f"Local panel — {APP_NAME}"
    assert formatting.strip_bidi(title) == title

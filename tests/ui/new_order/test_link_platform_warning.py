"""A link on another platform than the chosen service's is questioned, in the reader's words,
without stopping the order (the local panel's catalogue, the app's main window)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from core.local_panel import catalogue as lp
from tests.ui.new_order.order_tab_steps import fill
from ui.common.formatting import strip_bidi
from ui.new_order.draft_text import WARNING_COLOUR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def link_note(tab) -> QLabel:
    return tab.findChild(QLabel, "error_link")


def test_a_youtube_link_for_instagram_followers_is_a_warning_that_lets_the_order_go(tab, qtbot):
    tab.choose_service(str(lp.SERVICE_DEFAULT))  # Instagram Followers
    fill(tab, {"link": "https://youtu.be/dQw4w9WgXcQ", "quantity": "250"})
    note = link_note(tab)
    qtbot.waitUntil(note.isVisible)
    assert strip_bidi(note.text()) == (
        "This is a YouTube link, but the service is for Instagram: check the link before ordering."
    )
    assert WARNING_COLOUR in note.styleSheet()
    assert tab.submit_button.isEnabled()
    fill(tab, {"link": "https://www.instagram.com/p/Cx1_aB/"})
    qtbot.waitUntil(lambda: not note.isVisible())

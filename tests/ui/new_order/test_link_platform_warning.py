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
    tab.choose_service(str(lp.SERVICE_DEFAULT))  # Instagram Likes
    fill(tab, {"link": "https://youtu.be/dQw4w9WgXcQ", "quantity": "250"})
    note = link_note(tab)
    qtbot.waitUntil(note.isVisible)
    assert strip_bidi(note.text()) == (
        "This link is on YouTube, but the service is for Instagram: check the link before ordering."
    )
    assert WARNING_COLOUR in note.styleSheet()
    assert tab.submit_button.isEnabled()
    fill(tab, {"link": "https://www.instagram.com/p/Cx1_aB/"})
    qtbot.waitUntil(lambda: not note.isVisible())


def test_an_instagram_link_for_tiktok_views_is_named_as_the_reader_reads(tab, qtbot):
    tab.choose_service(str(lp.SERVICE_STRING_ID))  # TikTok Views
    fill(tab, {"link": "https://www.instagram.com/reel/Cx1_aB/", "quantity": "1000"})
    note = link_note(tab)
    qtbot.waitUntil(note.isVisible)
    assert strip_bidi(note.text()).startswith(
        "This link is on Instagram, but the service is for TikTok"
    )


def test_the_confirmation_repeats_the_warning_and_declining_sends_nothing(tab, panel, qtbot):
    tab.answers["confirm"] = False
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    fill(tab, {"link": "https://t.me/somechannel", "quantity": "100"})
    tab.submit()
    qtbot.waitUntil(lambda: bool(tab.asked))
    qtbot.waitUntil(tab.submit_button.isEnabled)  # declined: the tab is ready again
    [(kind, text)] = tab.asked
    lines = strip_bidi(text).splitlines()
    assert kind == "confirm" and lines[1] == "Link: https://t.me/somechannel"
    assert lines[2] == (
        "⚠ This link is on Telegram, but the service is for Instagram: "
        "check the link before ordering."
    )
    assert not panel.orders

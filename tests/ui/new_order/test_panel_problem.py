"""New order says why nothing can be ordered from a panel (a refused key, no connection) and
what to do, instead of only "0 of 0 services"."""

from __future__ import annotations

import socket

import pytest

from ui.common.formatting import strip_bidi

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def order_tab(harness, qtbot):
    window = harness.window
    window.tabs.setCurrentWidget(window.order_tab)
    return window.order_tab


def test_a_refused_key_is_said_with_what_to_do(make_app, panel, qtbot):
    harness = make_app(panel, key="wrong-key")
    tab = order_tab(harness, qtbot)
    qtbot.waitUntil(tab.panel_problem.isVisible, timeout=10_000)
    text = strip_bidi(tab.panel_problem.text())
    assert "API key was refused" in text and "Panels" in text  # what happened, what to do
    assert "wrong-key" not in text


def test_an_unreachable_panel_is_said_with_what_to_do(make_app, panel, qtbot):
    harness = make_app(panel)
    store, session = harness.store, harness.session
    profile = store.profiles.add("Gone", f"http://127.0.0.1:{free_port()}/api/v2")
    harness.credentials.set(profile.id, "some-key")
    tab = order_tab(harness, qtbot)
    qtbot.waitUntil(lambda: session.balance is not None, timeout=10_000)
    assert not tab.panel_problem.isVisible()  # the first panel answers
    session.activate_profile(profile.id)
    qtbot.waitUntil(tab.panel_problem.isVisible, timeout=20_000)
    text = strip_bidi(tab.panel_problem.text())
    assert "Cannot reach the panel" in text and "Check the API URL" in text
    assert tab.picker.count_label.text() != "0 of 0 services"


def test_the_problem_goes_when_a_panel_answers(make_app, panel, qtbot):
    harness = make_app(panel, key="wrong-key")
    tab = order_tab(harness, qtbot)
    qtbot.waitUntil(tab.panel_problem.isVisible, timeout=10_000)
    harness.session.balanceChanged.emit(None)  # a switch starts with no balance: still shown
    assert tab.panel_problem.isVisible()
    harness.credentials.set(harness.session.profile.id, panel.key)  # the key fixed in Panels
    harness.session.activate_profile(harness.session.profile.id)
    qtbot.waitUntil(lambda: not tab.panel_problem.isVisible(), timeout=10_000)


def test_a_tab_made_after_the_refusal_still_says_it(make_app, panel, qtbot):
    harness = make_app(panel, key="wrong-key")
    window, session = harness.window, harness.session
    qtbot.waitUntil(lambda: session.balance_error is not None, timeout=10_000)
    assert window.made_tab("newOrderTab") is None  # made only now, after the refusal
    tab = order_tab(harness, qtbot)
    assert tab.panel_problem.isVisible()
    assert "API key was refused" in strip_bidi(tab.panel_problem.text())

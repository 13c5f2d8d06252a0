"""Services never shows a service that is no longer listed (issue 14 item 3): after a switch to
a panel that refuses the key or cannot be reached, and after a filter that matches nothing,
the description pane is empty and "New order with this service" is disabled."""

from __future__ import annotations

import socket

from ui.services.services_model import COL_NAME


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def select(tab, service_id: str) -> None:
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(service_id), COL_NAME))
    assert tab.order_button.isEnabled() and tab.details.text()


def assert_nothing_selected(tab) -> None:
    assert tab.details.text() == ""
    assert not tab.order_button.isEnabled()


def test_a_filter_that_matches_nothing_clears_the_service(app_window):
    tab = app_window.services_tab
    select(tab, "1")
    tab.filters.filter_edit.setText("zzzz-matches-nothing")
    tab.apply_filter()
    assert tab.model.rowCount() == 0
    assert_nothing_selected(tab)
    tab.filters.filter_edit.setText("")
    tab.apply_filter()  # the service is listed again, and still chosen
    assert tab.details.text() and tab.order_button.isEnabled()


def test_a_panel_that_refuses_the_key_shows_no_old_service(app_window, make_panel, qtbot):
    harness = app_window.harness
    tab = app_window.services_tab
    select(tab, "1")
    refusing = make_panel(key="the-right-key")
    profile = harness.store.profiles.add("Refusing panel", refusing.url)
    harness.credentials.set(profile.id, "a-wrong-key")
    with qtbot.waitSignal(tab.refreshFailed, timeout=10_000):
        harness.session.activate_profile(profile.id)
    assert tab.model.total_count() == 0
    assert_nothing_selected(tab)


def test_an_unreachable_panel_shows_no_old_service(app_window, qtbot):
    harness = app_window.harness
    tab = app_window.services_tab
    select(tab, "1")
    profile = harness.store.profiles.add("Gone panel", f"http://127.0.0.1:{free_port()}/api/v2")
    harness.credentials.set(profile.id, "some-key")
    with qtbot.waitSignal(tab.refreshFailed, timeout=10_000):
        harness.session.activate_profile(profile.id)
    assert_nothing_selected(tab)

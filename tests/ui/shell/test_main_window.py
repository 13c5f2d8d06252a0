"""The app shell against the local panel: first run, profiles, test connection, status bar."""

from __future__ import annotations

import socket
import threading
from decimal import Decimal

from core import DEFAULT_PANEL_URL
from core.local_panel import LocalPanel
from core.store import DEFAULT_PROFILE_NAME
from ui.common.formatting import strip_bidi
from ui.orders.orders_model import COL_LINK, COL_SERVICE


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_dialog(window, qtbot):
    """The Panels dialog once it knows where keys are kept and whether this panel has one."""
    dialog = window.open_profiles()
    qtbot.waitUntil(lambda: dialog.storage_label.text() != "")
    qtbot.waitUntil(lambda: dialog._has_saved_key is not None)
    return dialog


def run_test(dialog, qtbot) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=10_000):
        dialog.test_button.click()
    return dialog.test_result.text()


def test_first_run_asks_for_the_key_with_the_users_panel_filled_in(make_app, qtbot):
    harness = make_app()  # an empty data folder, no key anywhere
    window = harness.window
    qtbot.waitUntil(lambda: window.profiles_dialog is not None)
    dialog = window.profiles_dialog
    assert dialog.isVisible()
    assert dialog.intro_label.isVisible()
    assert dialog.url_edit.text() == DEFAULT_PANEL_URL
    assert dialog.name_edit.text() == DEFAULT_PROFILE_NAME
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    qtbot.waitUntil(lambda: "No key" in dialog.key_status.text())
    assert harness.session.client is None


def test_creating_a_profile_stores_the_key_and_loads_the_panel(
    make_app, panel, qtbot, memory_keyring
):
    harness = make_app()
    window = harness.window
    qtbot.waitUntil(lambda: window.profiles_dialog is not None)
    dialog = window.profiles_dialog
    dialog.name_edit.setText("My panel")
    dialog.url_edit.setText(panel.url)
    dialog.key_edit.setText(panel.key)
    dialog.show_key_button.click()
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Normal
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() == len(panel.services))
    session = harness.session
    assert session.profile.name == "My panel" and session.profile.url == panel.url
    assert list(memory_keyring.passwords.values()) == [panel.key]
    assert window.profile_switcher.currentText() == "My panel"
    qtbot.waitUntil(lambda: "100.00" in window.balance_button.text())
    assert "USD" in window.balance_button.text()
    assert "No API key" not in window.statusBar().currentMessage()  # solved: not still said
    # The key is nowhere in the data folder.
    for path in harness.data_dir.rglob("*"):
        if path.is_file():
            assert panel.key.encode() not in path.read_bytes()


def test_adding_a_second_panel_and_switching(make_app, panel, make_panel, qtbot):
    harness = make_app(panel)
    window = harness.window
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() > 0)
    other = make_panel(key="other-key", services=panel.services[:5])
    dialog = open_dialog(window, qtbot)
    dialog.add_button.click()
    dialog.name_edit.setText("Second")
    dialog.url_edit.setText(other.url)
    dialog.key_edit.setText("other-key")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: harness.session.profile.name == "Second")
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() == 5)
    assert window.profile_switcher.count() == 2
    # Back to the first one through the switcher.
    window.profile_switcher.setCurrentIndex(0)
    window.profile_switcher.activated.emit(0)
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() == len(panel.services))
    assert strip_bidi(window.panel_label.text()) == "Local panel"


def test_connection_with_a_good_key(app_window, qtbot):
    dialog = open_dialog(app_window, qtbot)
    text = run_test(dialog, qtbot)
    assert text.startswith("Connected. Balance: ") and text.endswith(" USD")
    assert Decimal(text.split()[2]) == Decimal("100.00")


def test_connection_pressed_before_the_saved_key_is_found_uses_it(app_window, qtbot, monkeypatch):
    credentials = app_window.session.credentials
    real_location = credentials.location
    go_on = threading.Event()

    def slow_location(profile_id: int):
        go_on.wait(10)  # a keyring that takes its time to answer
        return real_location(profile_id)

    monkeypatch.setattr(credentials, "location", slow_location)
    try:
        dialog = app_window.open_profiles()
        assert dialog.key_status.text() == "Checking for a saved key…"
        text = run_test(dialog, qtbot)
    finally:
        go_on.set()
    assert text.startswith("Connected. Balance: "), text


def test_connection_without_any_key_asks_for_one(make_app, panel, qtbot):
    harness = make_app(start=False)
    profile = harness.store.profiles.add("Keyless", panel.url)
    harness.session.profiles = harness.store.profiles.list()
    dialog = harness.window.open_profiles(profile.id)
    assert run_test(dialog, qtbot) == "Enter the API key first."
    assert [r for r in panel.requests if r.get("action") == "balance"] == []


def test_connection_with_a_bad_key(app_window, qtbot):
    dialog = open_dialog(app_window, qtbot)
    dialog.key_edit.setText("wrong-key")
    text = run_test(dialog, qtbot)
    assert "API key was refused" in text
    assert "wrong-key" not in text


def test_connection_to_an_unreachable_url(app_window, qtbot):
    dialog = open_dialog(app_window, qtbot)
    dialog.url_edit.setText(f"http://127.0.0.1:{free_port()}/api/v2")
    dialog.key_edit.setText("typed-key")
    assert "Cannot reach the panel" in run_test(dialog, qtbot)


def test_the_saved_key_never_goes_to_an_address_just_typed(app_window, panel, qtbot):
    dialog = open_dialog(app_window, qtbot)
    other = LocalPanel(key=panel.key).start()  # another server, which must not get the key
    try:
        dialog.url_edit.setText(other.url)
        assert run_test(dialog, qtbot) == "Enter the API key first."
        assert other.requests == []
    finally:
        other.stop()


def test_connection_answered_with_a_web_page(app_window, panel, qtbot):
    dialog = open_dialog(app_window, qtbot)
    panel.inject("html", action="balance")
    text = run_test(dialog, qtbot)
    assert "web page" in text and "API URL" in text


def test_plain_http_to_another_host_is_warned_about(app_window, qtbot):
    dialog = open_dialog(app_window, qtbot)
    dialog.url_edit.setText("http://panel.example.com/api/v2")
    assert dialog.url_warning.isVisibleTo(dialog)
    dialog.url_edit.setText("https://panel.example.com/api/v2")
    assert not dialog.url_warning.isVisibleTo(dialog)
    dialog.url_edit.setText("http://127.0.0.1:8080/api/v2")
    assert not dialog.url_warning.isVisibleTo(dialog)


def test_dialog_says_where_the_key_is_kept(app_window, qtbot):
    dialog = open_dialog(app_window, qtbot)
    assert "system keyring" in dialog.storage_label.text()
    qtbot.waitUntil(lambda: "saved in the system keyring" in dialog.key_status.text())


def test_without_a_keyring_the_key_is_kept_for_the_session_and_that_is_said(make_app, panel, qtbot):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    harness = make_app()
    window = harness.window
    qtbot.waitUntil(lambda: window.profiles_dialog is not None)
    dialog = window.profiles_dialog
    qtbot.waitUntil(lambda: "session only" in dialog.storage_label.text())
    dialog.url_edit.setText(panel.url)
    dialog.key_edit.setText(panel.key)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert "session only" in dialog.save_result.text()
    assert "Why: No system keyring is available on this computer." in dialog.save_result.text()
    assert window.key_warning.isVisibleTo(window)
    assert window.key_warning.toolTip() == "No system keyring is available on this computer."
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() > 0)


def test_balance_refreshes_on_demand(app_window, panel, qtbot):
    qtbot.waitUntil(lambda: "100.00" in app_window.balance_button.text())
    panel.balance = Decimal("42.50")
    with qtbot.waitSignal(app_window.session.balanceChanged):
        app_window.balance_button.click()
    _, amount, currency = app_window.balance_button.text().split()
    assert Decimal(amount) == Decimal("42.50") and currency == "USD"
    assert strip_bidi(app_window.panel_label.text()) == "Local panel"


def test_busy_indicator_shows_while_a_task_runs(app_window, qtbot):
    gate = threading.Event()
    app_window.session.runner.submit(lambda: gate.wait(5))
    qtbot.waitUntil(lambda: app_window.busy_indicator.isVisibleTo(app_window))
    gate.set()
    qtbot.waitUntil(lambda: not app_window.busy_indicator.isVisibleTo(app_window))


def test_window_size_last_tab_and_splitters_and_columns_are_remembered(make_app, panel, qtbot):
    first = make_app(panel)
    first.window.resize(780, 560)  # within the offscreen screen (800x600), above the minimum
    assert (first.window.width(), first.window.height()) == (780, 560)
    first.window.tabs.setCurrentIndex(2)
    first.window.services_tab.splitter.setSizes([300, 200])
    splitter_state = first.window.services_tab.splitter.saveState()
    orders = first.window.orders_tab
    orders.splitter.setSizes([250, 180])
    orders_splitter = orders.splitter.saveState()
    orders.table.horizontalHeader().resizeSection(COL_SERVICE, 333)
    orders.table.horizontalHeader().moveSection(COL_LINK, 0)
    first.close()
    again = make_app(panel)
    assert (again.window.width(), again.window.height()) == (780, 560)
    assert again.window.tabs.currentIndex() == 2
    assert again.window.services_tab.splitter.saveState() == splitter_state
    orders = again.window.orders_tab
    assert orders.splitter.saveState() == orders_splitter
    assert orders.table.horizontalHeader().sectionSize(COL_SERVICE) == 333
    assert orders.table.horizontalHeader().visualIndex(COL_LINK) == 0
    assert (again.data_dir / "ui-state.ini").exists()


def test_closing_during_a_slow_request_stops_every_thread(app_window, panel, qtbot):
    panel.inject("timeout", action="services")
    app_window.services_tab.refresh()
    assert panel.wait_held(1)
    runner = app_window.session.runner

    def release_once_closing() -> None:
        # The request is stuck in the network; the panel lets it go once the window closes.
        while not runner._closed:
            threading.Event().wait(0.01)
        panel.release()

    helper = threading.Thread(target=release_once_closing)
    helper.start()
    app_window.close()  # cancels, quits and waits: no "QThread: Destroyed..." warning
    helper.join(5)
    assert all(not t.isRunning() for t in runner._threads)


def test_every_reason_the_keyring_gives_is_said_in_words():
    from ui.common.error_text import keyring_why

    for why in ("no_keyring", "locked", "refused"):
        assert keyring_why(why) and "(" not in keyring_why(why)
    assert keyring_why(None) == ""


def test_error_text_for_every_kind_is_translated_and_fills_its_details():
    from core.errors import ErrorKind, PanelError
    from ui.common.error_text import describe

    for kind in ErrorKind:
        title, message, details = describe(
            PanelError("english text", kind=kind, host="panel.example", status=503, limit=10)
        )
        assert title and message and "{" not in message, kind
        assert kind.value in details
    title, message, _ = describe(RuntimeError("boom"))
    assert title == "Something went wrong" and "Traceback" not in message


def test_f5_on_the_market_tab_groups_again_without_fetching_services(app_window, panel, qtbot):
    market = app_window.tab("marketTab")
    with qtbot.waitSignal(market.marketShown, timeout=20_000):
        app_window.tabs.setCurrentWidget(market)
    services_before = sum(1 for r in panel.requests if r.get("action") == "services")
    with qtbot.waitSignal(market.marketShown, timeout=20_000):  # built again, not skipped
        app_window.refresh_current_tab()
    assert sum(1 for r in panel.requests if r.get("action") == "services") == services_before

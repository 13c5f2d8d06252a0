"""`--demo` (issue 14 item 13): the demo panel keeps its orders in the data folder, so an order
of an earlier run is still known at the next start; the demo's fake key raises no warning;
its profile is named in the app's language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from keyring.backends import null

import main as app_main
from core import preferences
from core.api import PanelClient
from core.credentials import CredentialStore
from core.local_panel.catalogue import SERVICE_DEFAULT
from core.models import StatusKind
from core.store import Store


def place_one(panel) -> str:
    client = PanelClient(panel.url, app_main.DEMO_KEY)
    params = {"service": str(SERVICE_DEFAULT), "link": "https://instagram.com/nasa"}
    return client.add({**params, "quantity": "1000"}).order_id


def test_an_order_of_an_earlier_demo_run_is_known_at_the_next(tmp_path: Path):
    first = app_main.start_demo_panel(services=0, data_dir=tmp_path)
    try:
        order_id = place_one(first)
        balance = first.balance
    finally:
        first.stop()
    assert balance < Decimal("100")
    second = app_main.start_demo_panel(services=0, data_dir=tmp_path)
    try:
        client = PanelClient(second.url, app_main.DEMO_KEY)
        status = client.statuses([order_id])[order_id]
        assert status.kind is not StatusKind.ERROR and status.error is None
        assert client.balance().amount == balance
        assert int(place_one(second)) > int(order_id)  # no id given twice
    finally:
        second.stop()


def test_unreadable_saved_orders_set_aside_and_the_demo_starts(tmp_path: Path):
    (tmp_path / app_main.DEMO_PANEL_FILE).write_text("{not json")
    panel = app_main.start_demo_panel(services=0, data_dir=tmp_path)
    try:
        assert panel.balance == Decimal("100.00")
    finally:
        panel.stop()
    assert (tmp_path / (app_main.DEMO_PANEL_FILE + ".unreadable")).exists()


@pytest.fixture
def demo_app(qtbot, data_dir):
    """The window of a --demo run: the demo profile, its key in no keyring (as main.py does)."""
    from ui.shell.main_window import MainWindow
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    panel = app_main.start_demo_panel(services=0, data_dir=data_dir)
    store = Store(data_dir)
    credentials = CredentialStore(backend=null.Keyring())
    app_main.use_demo_profile(store, credentials, panel.url)
    session = AppSession(store, credentials, TaskRunner())
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    session.start()
    yield window
    window.close()
    session.runner.shutdown()
    store.close()
    panel.stop()


def test_the_demos_fake_key_raises_no_warning(demo_app, qtbot):
    qtbot.waitUntil(lambda: demo_app.session.balance is not None, timeout=10_000)
    assert demo_app.session.is_demo
    assert not demo_app.key_warning.isVisibleTo(demo_app)


def test_the_demo_profile_is_named_in_the_apps_language(qapp, tmp_path: Path):
    from ui.common import i18n

    store = Store(tmp_path)
    credentials = CredentialStore(backend=null.Keyring())
    try:
        old = store.profiles.add(app_main.DEMO_PROFILE_NAME, "http://127.0.0.1:1/api/v2")
        installed = i18n.install_language(qapp, "fa")
        try:
            profile = app_main.use_demo_profile(store, credentials, "http://127.0.0.1:2/api/v2")
        finally:
            installed.uninstall()
        assert profile.id == old.id  # an older version's demo profile, taken over
        assert profile.name == "پنل نمایشی"
        assert store.preferences.get(preferences.DEMO_PROFILE) == old.id
        again = app_main.use_demo_profile(store, credentials, "http://127.0.0.1:3/api/v2")
        assert (again.id, again.name) == (old.id, "Demo panel")  # found by id, renamed back
    finally:
        store.close()

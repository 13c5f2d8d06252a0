"""Shared test set-up: no screen, an in-memory keyring, the local panel, a whole app fixture."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402 (after the platform is chosen)
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402

from tests.memory_keyring import MemoryKeyring  # noqa: E402
from tests.panel_fixtures import *  # noqa: E402, F403


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring (tests of the real one set their own)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory for the store and the ui state."""
    path = tmp_path / "data"
    path.mkdir()
    return path


class AppHarness:
    """The whole app's objects, built the way main.py builds them."""

    def __init__(self, data_dir: Path) -> None:
        from core.credentials import CredentialStore
        from core.store import Store
        from ui.shell.session import AppSession
        from ui.shell.task_runner import TaskRunner

        self.data_dir = data_dir
        self.store = Store(data_dir)
        self.credentials = CredentialStore()
        self.runner = TaskRunner()
        self.session = AppSession(self.store, self.credentials, self.runner)
        self.window: Any = None

    def build_window(self) -> Any:
        from ui.shell.main_window import MainWindow

        self.window = MainWindow(self.session)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        self.runner.shutdown()
        self.store.close()


@pytest.fixture
def make_app(qtbot: Any, data_dir: Path) -> Iterator[Callable[..., AppHarness]]:
    """Builds app harnesses on `data_dir` (a second call simulates a restart); all closed after."""
    made: list[AppHarness] = []

    def factory(
        panel: Any = None, key: str | None = None, start: bool = True, show: bool = True
    ) -> AppHarness:
        harness = AppHarness(data_dir)
        made.append(harness)
        if panel is not None:
            from core import preferences

            profiles = harness.store.profiles.list()
            profile = next((p for p in profiles if p.url == panel.url), None)
            if profile is None:
                profile = harness.store.profiles.add("Local panel", panel.url)
            harness.credentials.set(profile.id, key or panel.key)
            harness.store.preferences.set(preferences.ACTIVE_PROFILE, profile.id)
        window = harness.build_window()
        qtbot.addWidget(window)
        if show:
            window.show()
        if start:
            harness.session.start()
        return harness

    yield factory
    for harness in made:
        harness.close()


@pytest.fixture
def app_window(make_app: Callable[..., AppHarness], panel: Any, qtbot: Any) -> Any:
    """The main window against the local panel, its catalogue shown and its balance read (the
    balance says the currency: without it, money is shown without one)."""
    harness = make_app(panel)
    window = harness.window
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.session.balance is not None, timeout=10_000)
    # Saved too (it is shown first, then saved): a test's own refresh compares with it.
    profile_id = window.session.profile.id
    qtbot.waitUntil(
        lambda: harness.store.catalog.fetched_at(profile_id) is not None, timeout=10_000
    )
    window.harness = harness
    return window


@pytest.fixture
def root_logger_restored() -> Iterator[None]:
    """setup_logging changes the root logger: put it back as it was for the next test."""
    import logging

    from core import logs

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)
    logging.raiseExceptions = True
    with logs._secrets_lock:
        logs._secrets.clear()

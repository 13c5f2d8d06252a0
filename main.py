"""SMM Desk entry point: parse arguments, build the app's core objects and the main window."""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from core import APP_ID, APP_NAME, __version__
from core.paths import default_data_dir

DEMO_PROFILE_NAME = "Demo panel"
DEMO_KEY = "demo-key-not-secret"
DEMO_SERVICES = 3000
#: The demo panel's orders, balance and ids, in the demo's data folder (core/local_panel).
DEMO_PANEL_FILE = "demo-panel.json"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smm-desk", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="build the window offscreen, report, exit"
    )
    parser.add_argument("--data-dir", help="where the database lives (default: the OS's app data)")
    parser.add_argument(
        "--demo", action="store_true", help="start a local demo panel and use it (no real money)"
    )
    return parser.parse_args(argv)


def start_demo_panel(services: int = DEMO_SERVICES, data_dir: Path | None = None) -> Any:
    """A local panel with the hand-made catalogue plus `services` generated ones; with a
    `data_dir`, its orders are kept there (DEMO_PANEL_FILE), so a demo survives a restart."""
    from core.local_panel import LocalPanel, default_services, generate_services

    catalogue = default_services() + generate_services(services, seed=7, start_id=1000)
    saved_in = None if data_dir is None else Path(data_dir) / DEMO_PANEL_FILE
    # Wall-clock time: an order kept from yesterday's run is as far along as on a real panel.
    panel = LocalPanel(key=DEMO_KEY, services=catalogue, clock=time.time, saved_in=saved_in)
    # The demo's journal outlives the demo panel: ids that go on rising across runs (seconds
    # since 2020, times ten) never collide with an earlier run's orders.
    time_id = (int(time.time()) - 1_577_836_800) * 10
    panel.book.next_order_id = max(panel.book.next_order_id, time_id)
    return panel.start()


def use_demo_profile(store: Any, credentials: Any, url: str) -> Any:
    """Point the demo's profile at this run's demo panel, named in the app's language, and make
    it active (the DEMO_PROFILE preference says which profile it is)."""
    from PySide6.QtCore import QCoreApplication

    from core import preferences

    name = QCoreApplication.translate("Demo", "Demo panel")
    demo_id = store.preferences.get(preferences.DEMO_PROFILE)
    profiles = store.profiles.list()
    profile = next((p for p in profiles if p.id == demo_id), None) or next(
        (p for p in profiles if p.name == DEMO_PROFILE_NAME),
        None,  # an older version's
    )
    if profile is None:
        profile = store.profiles.add(name, url)
    elif profile.url != url or profile.name != name:  # a new port each run; the language
        profile = type(profile)(profile.id, name, url, profile.proxy)
        store.profiles.update(profile)
    credentials.set(profile.id, DEMO_KEY)
    store.preferences.set(preferences.ACTIVE_PROFILE, profile.id)
    store.preferences.set(preferences.DEMO_PROFILE, profile.id)
    return profile


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from ui.shell.self_test import run_self_test

        return run_self_test()
    from core.gc_pause import bulk_allocation

    # The start builds long-lived objects (modules, classes, the window): no cyclic collection
    # midway (about 60 of them, ~9 ms), and what it built is frozen after (core/gc_pause.py).
    start_allocation = ExitStack()
    start_allocation.enter_context(bulk_allocation())
    from core.logs import setup_logging
    from core.paths import default_log_dir

    log_dir = default_log_dir()
    # Rotating once the window has painted (below): logging.handlers is not needed before.
    log_path = setup_logging(log_dir, rotating=False)
    from PySide6.QtWidgets import QApplication

    from core.credentials import CredentialStore  # light: keyring is imported on first use
    from ui.common import i18n
    from ui.common.icons import app_icon
    from ui.shell.crash_hook import install_crash_hook
    from ui.shell.data_folder_start import DataFolderStart, StartOutcome
    from ui.shell.help_menu import add_help_menu
    from ui.shell.main_window import MainWindow
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # From here on an unhandled error, in a slot or any thread, is logged and shown to the user.
    install_crash_hook(log_path, parent=app)
    app.setApplicationName(APP_NAME)
    # Wayland desktops match the window to smm-desk.desktop (its icon, its name) by this.
    app.setDesktopFileName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()  # core.paths
    if args.demo and not args.data_dir:
        data_dir = data_dir / "demo"  # the demo keeps its own data
    # Until the store is open its language choice is unknown: a problem is told in the system's.
    language = i18n.install(app, None)
    start = DataFolderStart(parent=app)
    folder = start.open(data_dir)
    if folder.outcome is not StartOutcome.READY or folder.store is None:
        start_allocation.close()
        return 0  # another instance was asked to show itself, or the user chose to quit
    store = folder.store
    # The language, layout direction and calendar are chosen before any widget of the window.
    language.uninstall()
    i18n.install(app, store)
    panel = None
    if args.demo:
        from keyring.backends import null

        panel = start_demo_panel(data_dir=None if store.read_only else data_dir)
        # The demo never puts its key in the real keyring.
        credentials = CredentialStore(backend=null.Keyring())
        if not store.read_only:
            use_demo_profile(store, credentials, panel.url)
    else:
        credentials = CredentialStore()
    runner = TaskRunner()
    session = AppSession(store=store, credentials=credentials, runner=runner)
    window = MainWindow(session)
    if folder.raiser is not None:
        folder.raiser.window = window  # a later launch on this folder shows this window
    if store.read_only:
        from ui.shell.read_only_notice import ReadOnlyNotice

        ReadOnlyNotice(window)
    add_help_menu(window, log_dir)
    from ui.shell.self_test import install_startup_probe

    install_startup_probe(window)  # only acts with SMM_DESK_STARTUP_PROBE set (bench/bundle.py)
    window.show()
    if folder.kept:
        window.statusBar().showMessage(start.kept_note(folder.kept))
    window.run_after_first_paint(start_allocation.close)
    # Before the session's workers start logging.
    window.run_after_first_paint(lambda: setup_logging(log_dir))
    # Recovers interrupted orders, then loads the last panel and its cached catalogue in the
    # background: after the first paint, so the window shows before that work competes with it.
    window.run_after_first_paint(session.start)
    # The channel later launches ask on (the lock is held already: no second instance opens
    # the folder meanwhile; a launch in between retries until this answers).
    window.run_after_first_paint(folder.listen)
    try:
        return app.exec()
    finally:
        runner.shutdown()
        store.close()
        folder.release()
        if panel is not None:
            panel.stop()


if __name__ == "__main__":
    sys.exit(main())

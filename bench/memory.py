"""Resident memory of the whole app with a large catalogue and journal loaded (not a test).

Builds the real main window (offscreen) on a fresh data folder holding N cached services and M
tracked orders, starts the session as main.py does, waits until the Services table shows every
service and the Orders table every order, then prints the process's resident memory beside a
bare QApplication's (measured first, in the same process). The panel is never asked: its URL
points nowhere, and every figure is the app's own.

    python bench/memory.py [--services 50000] [--orders 20000]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_steps import rss_mb  # noqa: E402

TARGET_MB = 250


def wait_until(app, condition, timeout: float = 300.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not load everything in time")
        app.processEvents()
        time.sleep(0.002)


def fill_store(data_dir: Path, services: int, orders: int) -> None:
    """A data folder with one panel, its cached catalogue and its tracked orders."""
    from core import preferences
    from core.answers import parse_services
    from core.local_panel import generate_services
    from core.store import Store

    store = Store(data_dir)
    profile = store.profiles.add("Bench panel", "http://127.0.0.1:9/api/v2")
    store.preferences.set(preferences.ACTIVE_PROFILE, profile.id)
    store.preferences.set(preferences.ORDERS_AUTO_REFRESH, False)
    store.catalog.save(profile.id, list(parse_services(generate_services(services, seed=1))))
    for n in range(orders):
        store.journal.track(profile.id, str(1_000_000 + n))
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--orders", type=int, default=20_000)
    args = parser.parse_args()

    from keyring.backends import null
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    bare = QWidget()
    bare.resize(1200, 760)
    bare.show()
    app.processEvents()
    bare_mb = rss_mb()
    bare.close()

    from core.credentials import CredentialStore
    from core.store import Store
    from ui.shell.main_window import MainWindow
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    with tempfile.TemporaryDirectory(prefix="smm-bench-") as tmp:
        started = time.perf_counter()
        fill_store(Path(tmp), args.services, args.orders)
        fill_s = time.perf_counter() - started
        store = Store(Path(tmp))
        credentials = CredentialStore(backend=null.Keyring())
        profile = store.profiles.list()[0]
        credentials.set(profile.id, "bench-key")
        runner = TaskRunner()
        session = AppSession(store, credentials, runner)
        window = MainWindow(session)
        window.resize(1200, 760)
        window.show()
        session.start()
        services_tab, orders_tab = window.services_tab, window.orders_tab
        wait_until(app, lambda: services_tab.model.total_count() == args.services)
        wait_until(app, lambda: orders_tab.model.total_count() == args.orders)
        wait_until(app, lambda: not runner.is_busy())
        window.tabs.setCurrentWidget(orders_tab)
        app.processEvents()
        window.tabs.setCurrentWidget(services_tab)
        app.processEvents()
        gc.collect()
        loaded_mb = rss_mb()
        window.close()
        runner.shutdown()
        store.close()
    print(f"data folder filled in {fill_s:.1f} s")
    print(f"bare QApplication with one shown window: {bare_mb:.0f} MB resident")
    print(
        f"app with {args.services:,} services and {args.orders:,} orders loaded: "
        f"{loaded_mb:.0f} MB resident (target <= {TARGET_MB} MB): "
        f"{'met' if loaded_mb <= TARGET_MB else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

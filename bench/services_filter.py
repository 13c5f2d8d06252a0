"""Services tab performance with 50,000 services: prints figures (not a test).

1. Keystroke to repainted table: the tab's own filter (prepared text inside the model) against
   a QSortFilterProxyModel fixed-string filter on all columns, over the same rows, same run.
2. Loading and showing a 50,000-service answer from the local panel, with a timer probe on the
   GUI thread measuring the longest stall meanwhile; then, after it is saved, the same catalogue
   loaded from the cache (its rows) in a restarted tab, measured the same way; both
   `--load-rounds` times (median and every run printed).
3. Resident memory with the catalogue loaded.

Modes that answer "is this still needed?" by taking it away:
`--no-gc-pause` runs the catalogue workflows without pausing cyclic garbage collection
(core.gc_pause); `--plain-json` decodes the panel's answer with a plain `json.loads`, without the
object hook core.answers adds to large answers to let the GUI thread in.

Run: QT_QPA_PLATFORM=offscreen python bench/services_filter.py [--services N]
     [--load-rounds N] [--no-gc-pause] [--plain-json]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_steps import keystrokes, rss_mb  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSortFilterProxyModel, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView  # noqa: E402

from core.answers import parse_services  # noqa: E402
from core.catalog import ServiceCatalog  # noqa: E402
from core.local_panel import generate_services  # noqa: E402
from ui.services.service_rows import prepare_rows  # noqa: E402
from ui.services.services_model import ServicesModel  # noqa: E402

# Issue 18's targets.
TARGET_MEDIAN_MS, TARGET_P90_MS = 8, 16
TARGET_FRESH_MS, TARGET_CACHE_MS, TARGET_STALL_MS = 400, 200, 30


def setup_view(view: QTableView) -> None:
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.resize(1200, 800)
    view.show()


def bench_filter(raw: list[dict], proxy_keystrokes: int) -> None:
    from ui.services.services_tab import ServicesTab
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    services = list(parse_services(raw))
    catalog = ServiceCatalog(services)
    runner = TaskRunner(workers=1)
    session = AppSession(store=None, credentials=None, runner=runner)
    tab = ServicesTab(session)
    tab.resize(1200, 800)
    tab.show()
    rows = prepare_rows(catalog, None, tab.model.flag_texts())
    tab._fill_choices(rows)
    tab.model.set_rows(rows)
    # Folded as the tab's loading worker folds them (code before b59a9e4 folded at once).
    getattr(catalog, "search_texts", None)
    QApplication.processEvents()

    texts = keystrokes()
    ours: list[float] = []
    for text in texts:
        started = time.perf_counter()
        tab.filters.filter_edit.setText(text)
        tab.apply_filter()  # what the debounce timer calls
        tab.table.viewport().repaint()
        ours.append((time.perf_counter() - started) * 1000)
        QApplication.processEvents()

    # The baseline: Qt's proxy, fixed string, every column, over an unfiltered model of the
    # same prepared rows.
    source = ServicesModel()
    source.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    setup_view(view)
    QApplication.processEvents()
    subset = [t for t in texts if t][:proxy_keystrokes]
    theirs: list[float] = []
    for text in subset:
        started = time.perf_counter()
        proxy.setFilterFixedString(text)
        view.viewport().repaint()
        theirs.append((time.perf_counter() - started) * 1000)
        QApplication.processEvents()
    # Ours over exactly the same keystrokes, for a like-for-like ratio.
    tab.filters.filter_edit.setText("")
    tab.apply_filter()
    same: list[float] = []
    for text in subset:
        started = time.perf_counter()
        tab.filters.filter_edit.setText(text)
        tab.apply_filter()
        tab.table.viewport().repaint()
        same.append((time.perf_counter() - started) * 1000)
        QApplication.processEvents()

    med_ours, med_same, med_theirs = (
        statistics.median(ours),
        statistics.median(same),
        statistics.median(theirs),
    )
    print(f"services: {len(services):,}")
    print(
        f"filter keystroke -> repainted table (ours), {len(ours)} keystrokes: "
        f"median {med_ours:.2f} ms, p90 {sorted(ours)[int(len(ours) * 0.9)]:.2f} ms, "
        f"max {max(ours):.2f} ms"
    )
    print(
        f"same {len(subset)} keystrokes: ours median {med_same:.2f} ms, "
        f"QSortFilterProxyModel fixed string on all columns median {med_theirs:.1f} ms"
    )
    print(f"ratio (proxy / ours, same keystrokes): {med_theirs / med_same:.0f}x")
    p90 = sorted(ours)[int(len(ours) * 0.9)]
    ok = med_ours <= TARGET_MEDIAN_MS and p90 <= TARGET_P90_MS and med_theirs / med_same >= 100
    print(
        f"target (median <= {TARGET_MEDIAN_MS} ms, p90 <= {TARGET_P90_MS} ms, >= 100x): "
        f"{'met' if ok else 'NOT met'}"
    )
    view.close()
    tab.close()
    runner.shutdown()


def start_panel_process(services: int) -> tuple[subprocess.Popen, str]:
    """The local panel in its own process, so the memory figure is the app's alone."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "core.local_panel", "--port", "0", "--key", "bench-key",
         "--services", str(services)],
        cwd=Path(__file__).resolve().parent.parent, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    line = proc.stdout.readline()
    return proc, line.split()[2]


def without_gc_pause() -> None:
    """The catalogue workflows with core.gc_pause.bulk_allocation doing nothing."""
    from contextlib import nullcontext

    from core.workflows import catalogue_refresh

    catalogue_refresh.bulk_allocation = nullcontext


def with_plain_json() -> None:
    """The panel's answers decoded by one plain json.loads call, however large."""
    import json

    from core import answer_bodies

    decode = answer_bodies.decode_body

    def plain(raw: bytes) -> object:
        try:
            return json.loads(raw.decode("utf-8-sig", errors="replace"))
        except ValueError:
            return decode(raw)  # the app's own error for what is not JSON

    answer_bodies.decode_body = plain


def show_and_probe(session, tab, start) -> tuple[float, float]:  # noqa: ANN001
    """Run `start()`, wait until the tab shows a catalogue; (elapsed ms, longest GUI stall ms)."""
    gaps: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: gaps.append(clock.restart()))
    loop = QEventLoop()
    tab.catalogueShown.connect(loop.quit)
    clock.start()
    probe.start()
    started = time.perf_counter()
    start()
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    tab.table.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    probe.stop()
    tab.catalogueShown.disconnect(loop.quit)
    return elapsed, max(gaps[1:] or [0])


def bench_load(services: int, rounds: int) -> None:
    """`rounds` times: a fresh catalogue from the panel, then the same from the cache in a
    restarted tab; each figure printed per round and as the median (one load is noisy here)."""
    from core.credentials import CredentialStore
    from core.store import Store
    from ui.services.services_tab import ServicesTab
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    proc, url = start_panel_process(services)
    key = "bench-key"
    tmp = tempfile.TemporaryDirectory(prefix="smm-bench-")
    store = Store(Path(tmp.name))
    profile = store.profiles.add("Bench", url)
    from keyring.backends import null

    credentials = CredentialStore(backend=null.Keyring())
    credentials.set(profile.id, key)
    runner = TaskRunner()
    session = AppSession(store, credentials, runner)
    # Warm the panel's own answer cache so the figure is the app's work, not the fake panel's.
    from core.api import PanelClient

    PanelClient(url, key).call("services")
    loop = QEventLoop()
    runner.busyChanged.connect(lambda busy: busy or loop.quit())
    # Closed tabs are kept (emptied) until the runner is shut down: a widget whose last
    # reference went with a finished task would be destroyed on the worker thread.
    closed: list[ServicesTab] = []

    def restarted_tab() -> ServicesTab:
        # A restarted app: no panel is chosen yet when its tab is made (a tab made later
        # catches up with the session's panel at once, which would load twice here).
        for old in closed[-1:]:
            old.close()
            session.profileChanged.disconnect(old._profile_changed)
            old.model.set_rows(None)
        # Freed before the clock starts: a starting app has no catalogue to free.
        session.set_catalogue(None)
        gc.collect()
        session.profile = None
        tab = ServicesTab(session)
        closed.append(tab)
        tab.resize(1200, 800)
        tab.show()
        return tab

    fresh: list[tuple[float, float]] = []
    cached: list[tuple[float, float]] = []
    for round_ in range(rounds):
        store.catalog.clear(profile.id)  # no cache yet: the tab fetches at once
        tab = restarted_tab()
        fresh.append(
            show_and_probe(session, tab, lambda: session._apply_profile(profile, key, None, None))
        )
        count = tab.model.total_count()
        if round_ == 0:
            QApplication.processEvents()
            print(f"resident memory with the catalogue loaded: {rss_mb():.0f} MB "
                  "(bench/memory.py: all)")  # fmt: skip
        # The save runs after the show, in the same task: wait for it, then restart the tab.
        if runner.is_busy():
            loop.exec()
        tab = restarted_tab()
        cached.append(
            show_and_probe(session, tab, lambda: session._apply_profile(profile, key, None, None))
        )
        if runner.is_busy():
            loop.exec()
    for label, figures, target in (
        ("from the local panel", fresh, TARGET_FRESH_MS),
        ("from the cache", cached, TARGET_CACHE_MS),
    ):
        elapsed = statistics.median(e for e, _ in figures)
        stall = max(s for _, s in figures)
        verdict = "met" if elapsed <= target and stall <= TARGET_STALL_MS else "NOT met"
        print(
            f"load + show {count:,} services {label}: median {elapsed:.0f} ms of {rounds} "
            f"(target <= {target} ms); longest GUI stall {stall:.0f} ms (target <= "
            f"{TARGET_STALL_MS} ms): {verdict}; runs "
            + ", ".join(f"{e:.0f}" for e, _ in figures)
            + " ms, their longest stalls "
            + ", ".join(f"{s:.0f}" for _, s in figures)
            + " ms"
        )
    for tab in closed[-1:]:
        tab.close()
    runner.shutdown()
    closed.clear()
    store.close()
    proc.terminate()
    proc.wait()
    tmp.cleanup()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--load-rounds", type=int, default=5, help="loads measured, each way")
    parser.add_argument("--proxy-keystrokes", type=int, default=8)
    parser.add_argument("--no-gc-pause", action="store_true", help="collect as usual meanwhile")
    parser.add_argument("--plain-json", action="store_true", help="decode with json.loads alone")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.no_gc_pause:
        without_gc_pause()
    if args.plain_json:
        with_plain_json()
    bench_load(args.services, args.load_rounds)
    bench_filter(generate_services(args.services, seed=1), args.proxy_keystrokes)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

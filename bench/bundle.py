"""Bundle bench: sizes of the one-dir and one-file builds, and frozen launch-to-window time.

    python bench/bundle.py            # builds everything under build/bench/, then measures
    python bench/bundle.py --reuse    # measure the bundles built by an earlier run

Start-up is timed from just before the process is spawned to the `SMM-DESK-WINDOW-SHOWN`
marker the app prints at the main window's first paint (SMM_DESK_STARTUP_PROBE, see
ui/self_test.py), with a 10,000-service catalogue cached in its data folder; if the app loads
that catalogue at start-up, the time to `SMM-DESK-CATALOGUE-SHOWN` is reported too. A bare
PySide6 window, bundled one-dir the same way, is measured in the same run for comparison,
each of its launches right before one of the app's: the verdict (issue 18: the app's window
within 2x the bare one's) is the ratio of the medians, and each app launch is also divided by
the bare launch beside it. Without a display the runs use the offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import APP_NAME  # noqa: E402
from ui.shell.self_test import (  # noqa: E402  (no Qt import at module level)
    CATALOGUE_SHOWN_MARKER,
    PROBE_ENV,
    WINDOW_SHOWN_MARKER,
)

TARGET_ONEDIR_MB = 150
TARGET_START_S = 0.8
#: The app's window shown within this many times the bare window's time, in the same run.
TARGET_BARE_RATIO = 2.0
CATALOGUE_SIZE = 10_000
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

BARE_APP = textwrap.dedent(
    f'''
    """A bare PySide6 window that prints the same marker at its first paint, then quits."""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print("{WINDOW_SHOWN_MARKER}", f"{{time.time():.6f}}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1100, 700)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    sys.exit(app.exec())
    '''
)


def run(cmd: list[str], **kwargs: object) -> None:
    print("$", " ".join(f'"{c}"' if " " in c else c for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def pyinstaller(work: Path, *args: str) -> list[str]:
    return [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(work / "dist"), "--workpath", str(work / "build"), *args,
    ]  # fmt: skip


def build(work: Path) -> None:
    """The app one-dir and one-file, and the bare window one-dir, all under `work`."""
    run(pyinstaller(work / "onedir", str(ROOT / "build.spec")), cwd=ROOT)
    run(pyinstaller(work / "onefile", str(ROOT / "build.spec"), "--", "--onefile"), cwd=ROOT)
    bare = work / "bare"
    bare.mkdir(parents=True, exist_ok=True)
    (bare / "bare.py").write_text(BARE_APP, encoding="utf-8")
    excludes = []
    for name in ("QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtOpenGL", "QtDBus", "QtSvg"):
        excludes += ["--exclude-module", f"PySide6.{name}"]
    run(
        pyinstaller(bare, "--windowed", "--onedir", "--name", "bare", "--specpath", str(bare),
                    *excludes, str(bare / "bare.py")),
        cwd=bare,
    )  # fmt: skip


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def prepare_data(data_dir: Path) -> None:
    """A data folder holding the default profile with a 10,000-service catalogue cached."""
    from core.answers import parse_services
    from core.local_panel.catalogue import generate_services
    from core.store import Store

    services = parse_services(generate_services(CATALOGUE_SIZE))
    assert len(services) == CATALOGUE_SIZE, len(services)
    with Store(data_dir) as store:
        profile = store.profiles.ensure_default()
        store.catalog.save(profile.id, list(services))


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float | None, float | None]:
    """Seconds from spawn to the window marker and to the catalogue marker (None if absent)."""
    started = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    shown = catalogue = None
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == WINDOW_SHOWN_MARKER:
            shown = float(parts[1]) - started
        elif len(parts) >= 2 and parts[0] == CATALOGUE_SHOWN_MARKER:
            catalogue = float(parts[1]) - started
    if shown is None:
        raise RuntimeError(f"no start-up marker from {cmd[0]} (exit {done.returncode}):\n"
                           f"{done.stdout}\n{done.stderr}")  # fmt: skip
    return shown, catalogue


def median_ms(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:.0f} ms (runs: "
        + ", ".join(f"{v * 1000:.0f}" for v in values)
        + ")"
    )


def ratio_lines(app_times: list[float], bare_times: list[float]) -> list[str]:
    """The verdict on the medians, and each app launch over the bare launch beside it."""
    ratio = statistics.median(app_times) / statistics.median(bare_times)
    verdict = "met" if ratio <= TARGET_BARE_RATIO else "missed"
    pairs = zip(app_times, bare_times, strict=True)
    per_run = ", ".join(f"{app / bare:.2f}" for app, bare in pairs)
    return [
        f"app / bare window: {ratio:.2f}x (target <= {TARGET_BARE_RATIO:g}x: {verdict})",
        f"app / bare window per run: {per_run}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bundle size and frozen start-up time")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--reuse", action="store_true", help="do not rebuild the bundles")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    work: Path = args.work.resolve()
    if not args.reuse:
        build(work)

    onedir = work / "onedir" / "dist" / APP_NAME
    onefile = work / "onefile" / "dist" / f"{APP_NAME}-onefile{EXE_SUFFIX}"
    bare = work / "bare" / "dist" / "bare"
    app_exe = onedir / f"{APP_NAME}{EXE_SUFFIX}"
    bare_exe = bare / f"bare{EXE_SUFFIX}"

    data_dir = work / "data"
    if not data_dir.exists():
        prepare_data(data_dir)
    env = dict(os.environ, SMM_DESK_LOG_DIR=str(work / "logs"))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform == "linux":
        env["QT_QPA_PLATFORM"] = "offscreen"
    app_cmd = [str(app_exe), "--data-dir", str(data_dir)]

    # One untimed launch each warms the disk cache, and tells whether the app shows the cached
    # catalogue at start-up (then the probe waits for it).
    launch([str(bare_exe)], env)
    _, catalogue_seen = launch(app_cmd, dict(env, **{PROBE_ENV: "catalogue"}))
    mode = "catalogue" if catalogue_seen is not None else "window"
    app_env = dict(env, **{PROBE_ENV: mode})

    bare_times, app_times, catalogue_times = [], [], []
    for _ in range(args.runs):  # interleaved, so machine load affects both alike
        bare_times.append(launch([str(bare_exe)], env)[0])
        shown, catalogue = launch(app_cmd, app_env)
        app_times.append(shown)
        if catalogue is not None:
            catalogue_times.append(catalogue)

    onedir_mb = tree_size(onedir) / 1e6
    onefile_mb = tree_size(onefile) / 1e6 if onefile.exists() else float("nan")
    bare_mb = tree_size(bare) / 1e6
    start = statistics.median(app_times)
    print()
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'default'}; runs: {args.runs}; "
          f"cached catalogue: {CATALOGUE_SIZE} services")  # fmt: skip
    print(f"one-dir bundle:  {onedir_mb:6.1f} MB   (target <= {TARGET_ONEDIR_MB} MB: "
          f"{'ok' if onedir_mb <= TARGET_ONEDIR_MB else 'OVER'})")  # fmt: skip
    print(f"one-file bundle: {onefile_mb:6.1f} MB")
    print(f"bare PySide6 one-dir: {bare_mb:6.1f} MB")
    verdict = "ok" if start <= TARGET_START_S else "OVER"
    print(f"launch to window shown, app:  {median_ms(app_times)}  (target <= "
          f"{TARGET_START_S * 1000:.0f} ms: {verdict})")  # fmt: skip
    if catalogue_times:
        print(f"launch to catalogue shown:    {median_ms(catalogue_times)}")
    else:
        print("launch to catalogue shown:    n/a (the app did not show a cached catalogue "
              "at start-up)")  # fmt: skip
    print(f"launch to window shown, bare: {median_ms(bare_times)}")
    for line in ratio_lines(app_times, bare_times):
        print(line)
    return 0 if onedir_mb <= TARGET_ONEDIR_MB and start <= TARGET_START_S else 1


if __name__ == "__main__":
    sys.exit(main())

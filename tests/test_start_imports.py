"""What the first paint imports: the shown tab's code; no other tab, dialog, keyring or HTTP,
and nothing the window needs only after it has painted (bench/bundle.py times that start).
Until that paint no cyclic garbage collection runs; after it, collection is back on and what
the start built is frozen (core/gc_pause.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What main.py imports before the window's first paint, and the default (first) tab.
FIRST_PAINT = [
    "core.logs",
    "ui.common.i18n",
    "ui.shell.crash_hook",
    "ui.shell.data_folder_start",
    "ui.shell.help_menu",
    "ui.shell.main_window",
    "ui.shell.session",
    "ui.shell.task_runner",
    "ui.services.services_tab",
    "core.credentials",  # made before the window; keyring itself waits for the first key read
]
NOT_YET = [
    "keyring",
    "requests",
    "core.transport",
    "ui.shell.profiles_dialog",
    "ui.shell.preferences_dialog",
    "ui.new_order.new_order_tab",
    "ui.orders.orders_tab",
]
# Made or used only after the first paint (or on a rare path): imported then, not before.
AFTER_PAINT = [
    "logging.handlers",  # the rotating log file, set up after the paint (socket, pickle)
    "multiprocessing",  # the show channel, opened after the paint
    "platform",  # a crash report's facts
    "html",  # its entity table: for panel answers
    "ui.alerts.alert_center",
    "core.workflows.panel_account",  # the session's start
    "core.workflows.catalogue_refresh",  # the catalogue's load, on a worker
    "ui.shell.crash_dialog",  # the first crash
    "ui.shell.database_problem_dialog",  # a damaged or unusable data folder
    "ui.shell.read_only_notice",
    "core.store.journal",  # the store opens before the paint; its journal is used after
    "core.store.profiles",
]
# Qt types PySide makes on first use at a cost (their many enums): none is shown at the paint.
AFTER_PAINT_QT_TYPES = ["QMessageBox", "QStyle"]


def test_the_first_paint_imports_neither_keyring_http_nor_the_hidden_tabs():
    code = (
        "import importlib, sys\n"
        f"for name in {FIRST_PAINT!r}: importlib.import_module(name)\n"
        f"print(','.join(n for n in {NOT_YET + AFTER_PAINT!r} if n in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


# main.py as a user starts it, with the start-up probe; at the marker (the window's first
# paint) it says what is imported by then.
AT_FIRST_PAINT = """
import gc
import sys
from ui.shell import self_test

said = self_test._say

def say(text):
    if text.startswith(self_test.WINDOW_SHOWN_MARKER):
        from PySide6 import QtWidgets
        names = {names!r}
        loaded = [n for n in names if n in sys.modules]
        loaded += [t for t in {types!r} if t in vars(QtWidgets)]
        print("LOADED", ",".join(loaded), flush=True)
        print("GC AT PAINT", gc.isenabled(), flush=True)
    said(text)

self_test._say = say
import main
code = main.main(["--data-dir", sys.argv[1]])
print("GC AFTER", gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
sys.exit(code)
"""


def test_at_the_first_paint_of_the_real_start_nothing_later_is_imported(tmp_path) -> None:
    code = AT_FIRST_PAINT.format(names=NOT_YET + AFTER_PAINT, types=AFTER_PAINT_QT_TYPES)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SMM_DESK_STARTUP_PROBE="window",
        SMM_DESK_LOG_DIR=str(tmp_path / "logs"),
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line for line in lines if line.startswith("LOADED")] == ["LOADED "], done.stdout
    assert "GC AT PAINT False" in lines and "GC AFTER True True" in lines, done.stdout

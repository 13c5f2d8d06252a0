"""What the first paint imports: the shown tab's code; no other tab, dialog, keyring or HTTP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What main.py imports before the window's first paint, and the default (first) tab.
FIRST_PAINT = [
    "core.logs",
    "ui.common.i18n",
    "ui.shell.crash_dialog",
    "ui.shell.data_folder_start",
    "ui.shell.help_menu",
    "ui.shell.main_window",
    "ui.shell.read_only_notice",
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


def test_the_first_paint_imports_neither_keyring_http_nor_the_hidden_tabs():
    code = (
        "import importlib, sys\n"
        f"for name in {FIRST_PAINT!r}: importlib.import_module(name)\n"
        f"print(','.join(n for n in {NOT_YET!r} if n in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""

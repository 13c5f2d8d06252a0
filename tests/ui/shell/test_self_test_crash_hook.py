"""The self-test sends an error through the crash hook and leaves the process's hooks as found."""

from __future__ import annotations

import sys
import threading

from ui.shell.self_test import run_self_test


def test_self_test_checks_the_crash_hook_and_puts_the_hooks_back(qapp, capsys) -> None:
    before = (sys.excepthook, threading.excepthook)
    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "crash hook: report logged and redacted, dialog shown" in out
    assert (sys.excepthook, threading.excepthook) == before
    assert not [
        w for w in qapp.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()
    ]

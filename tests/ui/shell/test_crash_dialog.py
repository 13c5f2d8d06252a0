"""The crash hook: a crash in a slot, a Python thread or a QThread is logged and shown."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from core import logs
from core.crash_report import RuntimeFacts
from tests.locations import PROJECT_ROOT
from ui.shell.crash_dialog import CrashDialog
from ui.shell.crash_hook import CrashHook, install_crash_hook, qt_versions

KEY = "k3y-5ecret-0123456789abcdef"
FACTS = RuntimeFacts("1.2.3 (source)", "TestOS-1", "3.x", "PySide6 test")

# pytest-qt would take the exception itself (and fail the test): here the app's hook must.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_file(tmp_path: Path, root_logger_restored: None) -> Iterator[Path]:
    """The app's log in tmp_path, with the key registered; the root logger restored after."""
    path = logs.setup_logging(tmp_path / "logs", console=False)
    logs.register_secret(KEY)
    yield path
    logs.forget_secret(KEY)


@pytest.fixture
def hook(qtbot, log_file: Path) -> Iterator[CrashHook]:
    installed = CrashHook(log_file, FACTS).install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _shown_dialog(qtbot, hook: CrashHook) -> CrashDialog:
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible(), timeout=5000)
    return hook.dialog


def _label(dialog: CrashDialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def test_a_crash_in_a_slot_is_logged_redacted_and_shown(qtbot, hook, log_file) -> None:
    button = QPushButton("crash")
    qtbot.addWidget(button)

    def clicked() -> None:
        raise ValueError(f"the panel said no to {KEY}")

    button.clicked.connect(clicked)
    button.click()

    dialog = _shown_dialog(qtbot, hook)
    written = _log_text(log_file)
    assert "Unhandled exception in thread MainThread" in written
    assert "ValueError: the panel said no to ***" in written
    assert "in clicked" in written  # the traceback, not only the message
    assert KEY not in written

    assert dialog.objectName() == "crashDialog"
    assert _label(dialog, "crashHeadline") == "Something went wrong inside SMM Desk."
    assert "ValueError: the panel said no to ***" in _label(dialog, "crashExplanation")
    assert str(log_file) in _label(dialog, "crashLogLocation")
    assert KEY not in dialog.report_view.toPlainText()
    assert "TestOS-1" in dialog.report_view.toPlainText()
    assert not dialog.findChild(QLabel, "crashMoreErrors").isVisible()

    dialog.findChild(QPushButton, "copyCrashReport").click()
    copied = QApplication.clipboard().text()
    assert copied == dialog.report_view.toPlainText()
    assert "ValueError: the panel said no to ***" in copied and KEY not in copied
    assert "clipboard" in _label(dialog, "crashCopied")


def test_a_crash_in_a_python_thread_reaches_the_gui_thread(qtbot, hook, log_file) -> None:
    shown_on: list[threading.Thread] = []
    hook.dialogShown.connect(lambda _dialog: shown_on.append(threading.current_thread()))

    def work() -> None:
        raise RuntimeError(f"worker failed with key={KEY}")

    worker = threading.Thread(target=work, name="catalogue-worker")
    worker.start()
    worker.join()

    dialog = _shown_dialog(qtbot, hook)
    assert shown_on == [threading.main_thread()]
    assert "RuntimeError: worker failed with key=***" in _label(dialog, "crashExplanation")
    report = dialog.reports[0]
    assert report.thread_name == "catalogue-worker"
    written = _log_text(log_file)
    assert "Unhandled exception in thread catalogue-worker" in written
    assert "in work" in written
    assert KEY not in written


def test_a_crash_in_a_qthread_is_caught_too(qtbot, hook, log_file) -> None:
    class Failing(QThread):
        def run(self) -> None:
            raise OSError("disk gone")

    thread = Failing()
    with qtbot.waitSignal(thread.finished, timeout=5000):
        thread.start()
    thread.wait()

    dialog = _shown_dialog(qtbot, hook)
    assert "OSError: disk gone" in _label(dialog, "crashExplanation")
    assert dialog.reports[0].thread_name != "MainThread"
    assert "OSError: disk gone" in _log_text(log_file)


def test_more_crashes_while_the_dialog_is_open_are_added_to_it(qtbot, hook) -> None:
    for number in range(3):
        sys.excepthook(IndexError, IndexError(f"number {number}"), None)
    dialog = _shown_dialog(qtbot, hook)
    qtbot.waitUntil(lambda: len(dialog.reports) == 3, timeout=5000)
    assert dialog.findChild(QLabel, "crashMoreErrors").isVisible()
    assert "2 more error" in _label(dialog, "crashMoreErrors")
    assert "IndexError: number 0" in _label(dialog, "crashExplanation")
    assert all(f"number {n}" in dialog.report_text() for n in range(3))
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)] == [dialog]

    dialog.findChild(QPushButton, "closeCrashDialog").click()
    qtbot.waitUntil(lambda: hook.dialog is None, timeout=5000)
    sys.excepthook(KeyError, KeyError("after"), None)
    assert _shown_dialog(qtbot, hook) is not dialog


def test_every_widget_is_named_and_no_log_file_is_said(qtbot) -> None:
    from core.crash_report import build_report

    dialog = CrashDialog(build_report(ValueError, ValueError("x"), None, FACTS), None)
    qtbot.addWidget(dialog)
    assert "No log file" in _label(dialog, "crashLogLocation")
    assert dialog.findChild(QPushButton, "openCrashLogFolder") is None
    for child in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton):
        assert child.objectName(), child


def test_interrupts_go_to_the_previous_hook_and_uninstall_restores(qtbot, log_file) -> None:
    seen: list[type] = []
    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    sys.excepthook = lambda t, v, tb: seen.append(t)
    try:
        hook = CrashHook(log_file, FACTS).install()
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        assert seen == [KeyboardInterrupt]
        assert hook.dialog is None
        hook.uninstall()
        assert threading.excepthook is previous_thread
        sys.excepthook(ValueError, ValueError(), None)
        assert seen == [KeyboardInterrupt, ValueError]
    finally:
        sys.excepthook = previous_sys
    assert "KeyboardInterrupt" not in _log_text(log_file)


def test_install_crash_hook_names_the_qt_versions(qtbot, log_file) -> None:
    hook = install_crash_hook(log_file)
    try:
        assert sys.excepthook == hook._on_exception
        assert hook.facts.qt_version == qt_versions()
        assert "PySide6 6." in qt_versions() and "Qt 6." in qt_versions()
    finally:
        hook.uninstall()
        hook.deleteLater()


def test_main_installs_the_hook_once_the_log_exists(tmp_path: Path) -> None:
    # The real start-up in a child: a slot fails before the first paint, the start-up probe
    # quits after it; the report must be in the log main.py set up, and the hook still ours.
    code = "\n".join(
        (
            "import sys",
            f"sys.path.insert(0, {str(PROJECT_ROOT)!r})",
            "from PySide6.QtCore import QTimer",
            "from PySide6.QtWidgets import QApplication",
            "import main",
            "app = QApplication([])",
            "def fail():",
            "    raise LookupError('failed in a slot')",
            "QTimer.singleShot(0, fail)",
            "main.main(['--data-dir', sys.argv[1]])",
            "print('HOOK', type(sys.excepthook.__self__).__name__)",
        )
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SMM_DESK_LOG_DIR=str(tmp_path / "logs"),
        SMM_DESK_STARTUP_PROBE="window",
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "HOOK CrashHook" in done.stdout
    written = (tmp_path / "logs" / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "LookupError: failed in a slot" in written and "in fail" in written

"""The crash hook: unhandled exceptions are logged (redacted) and shown in a dialog.

`CrashHook.install()` replaces `sys.excepthook` (exceptions in slots, in the main code, and in
QThreads, which PySide hands to it on their own thread) and `threading.excepthook` (Python
threads). The report is written to the log at once, on the thread that failed, by
core.crash_report; the dialog (ui/shell/crash_dialog.py) is then asked for through a queued
signal, so it is always built on the GUI thread and never inside the hook's own call stack.
The dialog's module is imported with the first crash: the hook is installed at every start,
before the window, and the dialog's widgets are no part of what the first paint needs.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QApplication, QWidget

from core.crash_report import CrashReport, RuntimeFacts, record_crash

if TYPE_CHECKING:
    from ui.shell.crash_dialog import CrashDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], Any]

#: Exceptions that end the program on purpose: they go to the previous hooks untouched.
_NOT_CRASHES = (KeyboardInterrupt, SystemExit)


def qt_versions() -> str:
    """PySide6's and the Qt library's versions, for the report."""
    return f"PySide6 {PySide6.__version__}, Qt {qVersion()}"


class CrashHook(QObject):
    """Owns the process's exception hooks while installed; create it on the GUI thread."""

    #: A CrashReport, emitted on the failing thread, delivered on the GUI thread.
    crashed = Signal(object)
    #: The dialog is on screen (the CrashDialog): for tests and for the shell.
    dialogShown = Signal(object)

    def __init__(
        self,
        log_path: Path | None,
        facts: RuntimeFacts | None = None,
        parent: QObject | None = None,
        dialog_parent: Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._facts = facts
        self._dialog_parent = dialog_parent or QApplication.activeWindow
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: ThreadExceptHook | None = None
        self.dialog: CrashDialog | None = None
        # Queued even on the GUI thread: the hook returns first, then the dialog is built.
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def facts(self) -> RuntimeFacts:
        """The runtime facts of the reports, read on first use (the first crash): reading the
        platform runs `uname` and scans the executable, which the start need not wait for."""
        if self._facts is None:
            self._facts = RuntimeFacts.of_this_process(qt_versions())
        return self._facts

    @property
    def installed(self) -> bool:
        return self._previous_hook is not None

    def install(self) -> CrashHook:
        """Take over sys.excepthook and threading.excepthook (remembering the old ones)."""
        if not self.installed:
            self._previous_hook = sys.excepthook
            self._previous_thread_hook = threading.excepthook
            sys.excepthook = self._on_exception
            threading.excepthook = self._on_thread_exception
        return self

    def uninstall(self) -> None:
        """Put the previous hooks back (only if they are still ours to replace)."""
        if not self.installed:
            return
        if sys.excepthook == self._on_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None

    # --- the hooks: any thread -------------------------------------------------------------

    def _on_exception(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, _NOT_CRASHES) and self._previous_hook is not None:
            self._previous_hook(exc_type, exc_value, exc_tb)
            return
        self._ask_for_dialog(record_crash(exc_type, exc_value, exc_tb, self.facts))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, _NOT_CRASHES) and self._previous_thread_hook is not None:
            self._previous_thread_hook(args)
            return
        name = args.thread.name if args.thread is not None else None
        report = record_crash(
            args.exc_type, args.exc_value, args.exc_traceback, self.facts, thread_name=name
        )
        self._ask_for_dialog(report)

    def _ask_for_dialog(self, report: CrashReport) -> None:
        # The hook's QObject may be gone (the app is closing): then the log entry is enough.
        with contextlib.suppress(RuntimeError):
            self.crashed.emit(report)

    # --- the dialog: GUI thread ------------------------------------------------------------

    def _show(self, report: CrashReport) -> None:
        if self.dialog is not None:
            self.dialog.add_report(report)
            return
        from ui.shell.crash_dialog import CrashDialog

        dialog = CrashDialog(report, self.log_path, self._dialog_parent())
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.show()  # application-modal: shown above the other windows without raise_()
        self.dialogShown.emit(dialog)

    def _dialog_closed(self) -> None:
        self.dialog = None


def install_crash_hook(log_path: Path | None, parent: QObject | None = None) -> CrashHook:
    """The app's crash hook, installed; call it once QApplication and the log exist."""
    return CrashHook(log_path, parent=parent or QApplication.instance()).install()

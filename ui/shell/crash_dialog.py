"""The crash hook: unhandled exceptions are logged (redacted) and shown in a dialog.

`CrashHook.install()` replaces `sys.excepthook` (exceptions in slots, in the main code, and in
QThreads, which PySide hands to it on their own thread) and `threading.excepthook` (Python
threads). The report is written to the log at once, on the thread that failed, by
core.crash_report; the dialog is then asked for through a queued signal, so it is always built
on the GUI thread and never inside the hook's own call stack.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.crash_report import CrashReport, RuntimeFacts, record_crash
from ui.common import formatting
from ui.shell.help_menu import open_folder

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], Any]

#: Exceptions that end the program on purpose: they go to the previous hooks untouched.
_NOT_CRASHES = (KeyboardInterrupt, SystemExit)


def qt_versions() -> str:
    """PySide6's and the Qt library's versions, for the report."""
    return f"PySide6 {PySide6.__version__}, Qt {qVersion()}"


class CrashDialog(QDialog):
    """Says that an unexpected error happened, where the log is, and copies the report."""

    def __init__(
        self, report: CrashReport, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        # Above any other dialog the app may be running, and answerable while that one waits.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_path = log_path
        self.reports: list[CrashReport] = [report]

        self.headline = QLabel(self.tr("Something went wrong inside SMM Desk."), self)
        self.headline.setObjectName("crashHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("crashExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(
            self.tr(
                "What you were doing may not have finished. Orders already sent are in the "
                "Orders tab. If something looks wrong, restart the app."
            ),
            self,
        )
        self.advice.setObjectName("crashAdvice")
        self.advice.setWordWrap(True)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("crashMoreErrors")
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self.log_label = QLabel(self)
        self.log_label.setObjectName("crashLogLocation")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_path is not None:
            self.log_label.setText(
                self.tr("The details were written to the log file:\n{path}").format(
                    path=formatting.ltr(log_path)
                )
            )
        else:
            self.log_label.setText(self.tr("No log file is kept in this run."))
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("crashReport")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # A traceback reads left to right in every language.
        self.report_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("crashCopied")
        self.copied_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("crashButtons")
        self.copy_button = self.buttons.addButton(
            self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyCrashReport")
        self.open_log_button: QPushButton | None = None
        if log_path is not None:
            self.open_log_button = self.buttons.addButton(
                self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_log_button.setObjectName("openCrashLogFolder")
            self.open_log_button.clicked.connect(self._open_log_folder)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closeCrashDialog")
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (
            self.headline,
            self.explanation,
            self.advice,
            self.more_label,
            self.log_label,
            self.report_view,
            self.copied_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._show_reports()
        self.resize(640, 460)

    def add_report(self, report: CrashReport) -> None:
        """Another crash while this dialog is open: counted and added, no second dialog."""
        self.reports.append(report)
        self._show_reports()

    def report_text(self) -> str:
        """Every report shown, oldest first: what Copy puts on the clipboard."""
        return "\n".join(r.text for r in self.reports)

    def copy_report(self) -> None:
        """Put the report on the clipboard (it holds no key: core redacted it)."""
        QApplication.clipboard().setText(self.report_text())
        self.copied_label.setText(
            self.tr(
                "The report is on the clipboard. API keys are removed from it; paste it into "
                "your message to the developers."
            )
        )

    def _show_reports(self) -> None:
        first = self.reports[0]
        what = f"{first.exception_type}: {first.message}" if first.message else first.exception_type
        self.explanation.setText(
            self.tr("An error the app did not expect: {error}").format(
                error=formatting.isolate(what)
            )
        )
        more = len(self.reports) - 1
        self.more_label.setVisible(more > 0)
        if more:
            self.more_label.setText(
                self.tr(
                    "%n more error(s) happened after this one; all are in the report.", "", more
                )
            )
        self.report_view.setPlainText(self.report_text())

    def _open_log_folder(self) -> None:
        if self.log_path is not None:
            open_folder(self.log_path.parent)


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

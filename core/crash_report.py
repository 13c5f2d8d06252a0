"""Crash reports: an unhandled exception written up for the log and for the user to copy.

The ui's crash hook (ui/shell/crash_dialog.py) calls `record_crash` from whichever thread the
exception reached; it formats the traceback with the facts a bug report needs, redacts
secrets as the log does (core/logs.py), and logs it before any dialog is tried, so the report
survives a GUI that can no longer show one. The report is a technical text for developers and
stays in English; what the user reads around it is the ui's job.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from types import TracebackType

from core import APP_NAME, __version__
from core.logs import redact
from core.paths import is_frozen

log = logging.getLogger(__name__)

#: The one-line message is cut here: a panel's HTML page inside an exception can be huge.
MESSAGE_CHARS = 500


@dataclass(frozen=True)
class RuntimeFacts:
    """What was running: the versions a bug report needs. Qt's come from the ui."""

    app_version: str
    platform: str
    python_version: str
    qt_version: str

    @classmethod
    def of_this_process(cls, qt_version: str) -> RuntimeFacts:
        """The facts of the running interpreter, with the Qt versions the caller read."""
        import platform  # only when a report is written: not on the start's path

        build = "bundle" if is_frozen() else "source"
        return cls(
            app_version=f"{__version__} ({build})",
            platform=platform.platform(),
            python_version=sys.version.replace("\n", " "),
            qt_version=qt_version,
        )


@dataclass(frozen=True)
class CrashReport:
    """One unhandled exception, redacted: its type, message, thread and the whole report."""

    exception_type: str  # the class's qualified name, e.g. "ValueError"
    message: str  # the exception's text, one line, redacted and cut to MESSAGE_CHARS
    thread_name: str
    happened_at: datetime  # UTC
    text: str  # the full report (facts and traceback), redacted: what "copy" copies


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MESSAGE_CHARS else flat[: MESSAGE_CHARS - 1] + "…"


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "")
    name = getattr(exc_type, "__qualname__", str(exc_type))
    return name if module in ("builtins", "__main__", "") else f"{module}.{name}"


def build_report(
    exc_type: type[BaseException],
    exc_value: BaseException | None,
    exc_tb: TracebackType | None,
    facts: RuntimeFacts,
    *,
    thread_name: str | None = None,
    now: datetime | None = None,
) -> CrashReport:
    """The report of one exception; the traceback includes chained causes."""
    happened_at = now or datetime.now(timezone.utc)
    thread = thread_name or threading.current_thread().name
    if exc_value is None:  # sys.excepthook may be handed only a type
        exc_value = exc_type()
    try:
        message = str(exc_value)
    except Exception:  # noqa: BLE001 - a broken __str__ must not hide the crash itself
        message = "<the exception's text could not be read>"
    trace = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    text = "\n".join(
        (
            f"{APP_NAME} crash report",
            f"When: {happened_at.isoformat(timespec='seconds')}",
            f"Version: {facts.app_version}",
            f"Platform: {facts.platform}",
            f"Python: {facts.python_version}",
            f"Qt: {facts.qt_version}",
            f"Thread: {thread}",
            "",
            trace.rstrip("\n"),
            "",
        )
    )
    return CrashReport(
        exception_type=_type_name(exc_type),
        message=_one_line(redact(message)),
        thread_name=thread,
        happened_at=happened_at,
        text=redact(text),
    )


def record_crash(
    exc_type: type[BaseException],
    exc_value: BaseException | None,
    exc_tb: TracebackType | None,
    facts: RuntimeFacts,
    *,
    thread_name: str | None = None,
) -> CrashReport:
    """Build the report and log it at CRITICAL. Never raises: it runs inside the crash hook."""
    try:
        report = build_report(exc_type, exc_value, exc_tb, facts, thread_name=thread_name)
    except Exception as failure:  # noqa: BLE001 - still say something rather than nothing
        report = CrashReport(
            exception_type=getattr(exc_type, "__name__", "?"),
            message="",
            thread_name=thread_name or threading.current_thread().name,
            happened_at=datetime.now(timezone.utc),
            text=f"{APP_NAME} crash report\n(the report could not be built: "
            f"{type(failure).__name__})\n",
        )
    # logging reports its own handler failures (to stderr, or nowhere without one) and never
    # raises them: no guard needed here.
    log.critical("Unhandled exception in thread %s\n%s", report.thread_name, report.text)
    return report

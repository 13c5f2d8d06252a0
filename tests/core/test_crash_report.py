"""Crash reports: the facts, the whole traceback, secrets redacted, logged even when odd."""

from __future__ import annotations

import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core import logs
from core.crash_report import MESSAGE_CHARS, RuntimeFacts, build_report, record_crash

KEY = "f00dfeedc0ffee0123456789abcdef"
FACTS = RuntimeFacts("9.9.9 (source)", "Plan9-4th", "3.99.0", "PySide6 6.99 / Qt 6.99")


@pytest.fixture(autouse=True)
def registered_key():
    logs.register_secret(KEY)
    yield
    logs.forget_secret(KEY)


def _raise_chained() -> None:
    try:
        {}["missing"]
    except KeyError as exc:
        raise RuntimeError(f"posting with key={KEY} failed") from exc


def _caught(fn) -> tuple:
    try:
        fn()
    except BaseException:  # noqa: BLE001
        return sys.exc_info()
    raise AssertionError("did not raise")


def test_report_holds_facts_and_the_whole_traceback() -> None:
    when = datetime(2026, 3, 5, 10, 30, tzinfo=timezone.utc)
    report = build_report(*_caught(_raise_chained), FACTS, thread_name="worker-7", now=when)
    assert report.exception_type == "RuntimeError"
    assert report.thread_name == "worker-7"
    assert report.happened_at == when
    for fact in ("9.9.9 (source)", "Plan9-4th", "3.99.0", "PySide6 6.99 / Qt 6.99", "worker-7"):
        assert fact in report.text
    assert "2026-03-05T10:30:00+00:00" in report.text
    # The chained cause and the frames where each was raised.
    assert "KeyError: 'missing'" in report.text
    assert "The above exception was the direct cause" in report.text
    assert "in _raise_chained" in report.text
    assert report.text.rstrip().endswith("failed")


def test_registered_keys_and_key_values_are_redacted() -> None:
    def leaky() -> None:
        raise ValueError(f'answer {{"key": "{KEY[:8]}-other"}} for {KEY}')

    report = build_report(*_caught(leaky), FACTS)
    assert KEY not in report.text and KEY not in report.message
    assert KEY[:8] not in report.text  # the "key": value was blanked too
    assert report.message == 'answer {"key": "***"} for ***'
    assert "ValueError: answer" in report.text


def test_long_and_multiline_messages_become_one_short_line() -> None:
    def noisy() -> None:
        raise OSError("<html>\n" + "x" * 5000)

    report = build_report(*_caught(noisy), FACTS)
    assert "\n" not in report.message
    assert len(report.message) == MESSAGE_CHARS
    assert report.message.endswith("…")
    assert "x" * 5000 in report.text  # the report itself keeps everything


def test_a_broken_str_and_a_bare_type_still_give_a_report() -> None:
    class Unprintable(Exception):
        def __str__(self) -> str:
            raise TypeError("no")

    report = build_report(Unprintable, Unprintable(), None, FACTS)
    assert "could not be read" in report.message
    assert report.exception_type.endswith("Unprintable")
    bare = build_report(MemoryError, None, None, FACTS)
    assert bare.exception_type == "MemoryError"
    assert "MemoryError" in bare.text


@pytest.fixture
def log_file(tmp_path: Path, root_logger_restored: None) -> Path:
    """The app's log set up in tmp_path; the root logger is put back afterwards."""
    return logs.setup_logging(tmp_path, console=False)


def test_record_crash_logs_the_redacted_report_to_the_log_file(log_file: Path) -> None:
    report = record_crash(*_caught(_raise_chained), FACTS, thread_name="Dummy-3")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "CRITICAL" in written
    assert "Unhandled exception in thread Dummy-3" in written
    assert "RuntimeError: posting with key=*** failed" in written
    assert KEY not in written
    assert report.text in written


def test_record_crash_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    class NoFacts:  # not RuntimeFacts: building the report fails
        pass

    report = record_crash(ValueError, ValueError("x"), None, NoFacts())  # type: ignore[arg-type]
    assert report.exception_type == "ValueError"
    assert "could not be built" in report.text
    assert any(r.levelno == logging.CRITICAL for r in caplog.records)


def test_of_this_process_names_this_interpreter() -> None:
    facts = RuntimeFacts.of_this_process("PySide6 1 / Qt 2")
    assert facts.python_version.startswith(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert facts.app_version.endswith("(source)")
    assert facts.qt_version == "PySide6 1 / Qt 2"

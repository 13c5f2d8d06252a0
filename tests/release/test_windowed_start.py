"""A windowed build has no console: on Windows `sys.stdout` and `sys.stderr` are None, and any
write to them (a print, logging's last resort, argparse) is the classic crash of windowed
PyInstaller apps. Here the app runs with its descriptors 1 and 2 really closed (Python then
sets both to None, as the windowed bootloader does) or with both set to None by a wrapper."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import APP_NAME, __version__
from core.logs import LOG_FILE_NAME
from tests.locations import PROJECT_ROOT
from ui.shell.self_test import (
    EXPECT_KEYRING_ENV,
    PASSED_LINE,
    PROBE_ENV,
    REPORT_FILE_ENV,
    WINDOW_SHOWN_MARKER,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="closes descriptors with sh")

MAIN = str(PROJECT_ROOT / "main.py")
#: Python told "no stdout, no stderr" exactly as a windowed build is.
NO_STREAMS = (
    "import runpy, sys\n"
    "sys.stdout = None\n"
    "sys.stderr = None\n"
    "sys.argv = [sys.argv[1], *sys.argv[2:]]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n"
)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SMM_DESK_LOG_DIR=str(tmp_path / "logs"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the machine's keyring
    )
    for name in (PROBE_ENV, REPORT_FILE_ENV, EXPECT_KEYRING_ENV):
        env.pop(name, None)
    env.update(extra)
    return env


def _with_descriptors_closed(args: list[str], env: dict[str, str]) -> int:
    """Run `python args` with fds 1 and 2 closed; its exit code."""
    command = ["sh", "-c", 'exec >&- 2>&-; exec "$0" "$@"', sys.executable, *args]
    return subprocess.run(command, env=env, stdin=subprocess.DEVNULL, timeout=120).returncode


def test_self_test_with_no_stdout_or_stderr_reports_to_a_file(tmp_path: Path) -> None:
    report = tmp_path / "self-test.txt"
    env = _env(tmp_path, **{REPORT_FILE_ENV: str(report)})
    assert _with_descriptors_closed([MAIN, "--self-test"], env) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"{APP_NAME} {__version__} self-test"
    assert any(line.startswith("keyring: ") for line in lines)
    assert any(line.startswith(f"keyring expected on {sys.platform}: ") for line in lines)
    assert lines[-1].startswith(PASSED_LINE)


def test_a_failing_self_test_with_no_console_still_says_why(tmp_path: Path) -> None:
    report = tmp_path / "self-test.txt"
    # The null keyring is not the one any OS should give: a release build would stop here.
    env = _env(tmp_path, **{REPORT_FILE_ENV: str(report), EXPECT_KEYRING_ENV: "1"})
    assert _with_descriptors_closed([MAIN, "--self-test"], env) == 1
    text = report.read_text(encoding="utf-8")
    assert "self-test FAILED" in text and "RuntimeError: expected the " in text
    assert PASSED_LINE not in text


def test_a_real_start_with_no_console_logs_to_its_file(tmp_path: Path) -> None:
    # The whole start of main.py (logging, crash hook, data folder, window) up to the first
    # paint, after which the start-up probe quits.
    env = _env(tmp_path, **{PROBE_ENV: "window"})
    args = [MAIN, "--data-dir", str(tmp_path / "data")]
    assert _with_descriptors_closed(args, env) == 0
    assert (tmp_path / "logs" / LOG_FILE_NAME).is_file()
    assert (tmp_path / "data").is_dir()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--version"], 0),  # argparse prints to stdout: None here
        (["--no-such-option"], 2),  # argparse's usage error goes to stderr: None here
        (["--self-test"], 0),
    ],
)
def test_streams_set_to_none_by_a_wrapper(tmp_path: Path, args: list[str], code: int) -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_STREAMS, MAIN, *args],
        env=_env(tmp_path),
        capture_output=True,
        timeout=120,
    )
    # An uncaught exception would exit 1 (its traceback lost with the missing stderr).
    assert done.returncode == code
    assert done.stdout == b"" and done.stderr == b""


def test_the_startup_probe_marker_reaches_a_console_when_there_is_one(tmp_path: Path) -> None:
    # The counterpart of the above: with a console, the same start does print.
    done = subprocess.run(
        [sys.executable, MAIN, "--data-dir", str(tmp_path / "data")],
        env=_env(tmp_path, **{PROBE_ENV: "window"}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert WINDOW_SHOWN_MARKER in done.stdout

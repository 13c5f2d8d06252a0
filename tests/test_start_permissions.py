"""After a real start (umask 022), the data folder, the database, ui-state.ini and the logs are
the user's alone: created 0700/0600, and tightened when an older run left them readable."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core import logs
from core.store import DB_FILE_NAME, Store
from tests.locations import PROJECT_ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def start_the_app(data_dir: Path, log_dir: Path) -> None:
    """main.py until its window is shown (the start-up probe then quits), under umask 022."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SMM_DESK_LOG_DIR=str(log_dir),
        SMM_DESK_STARTUP_PROBE="window",
    )
    done = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        umask=0o022,
    )
    assert done.returncode == 0, done.stderr
    assert "SMM-DESK-WINDOW-SHOWN" in done.stdout, done.stdout + done.stderr


def private_modes(data_dir: Path, log_dir: Path) -> dict[str, int]:
    paths = {
        "data folder": data_dir,
        "database": data_dir / DB_FILE_NAME,
        "ui state": data_dir / "ui-state.ini",
        "log folder": log_dir,
        "log": log_dir / logs.LOG_FILE_NAME,
    }
    return {name: mode(path) for name, path in paths.items()}


PRIVATE = {
    "data folder": 0o700,
    "database": 0o600,
    "ui state": 0o600,
    "log folder": 0o700,
    "log": 0o600,
}


def test_a_first_start_creates_everything_private(tmp_path: Path) -> None:
    data_dir, log_dir = tmp_path / "data", tmp_path / "logs"
    start_the_app(data_dir, log_dir)
    assert private_modes(data_dir, log_dir) == PRIVATE


def test_a_start_tightens_what_an_older_version_left_open(tmp_path: Path) -> None:
    data_dir, log_dir = tmp_path / "data", tmp_path / "logs"
    with Store(data_dir) as store:
        store.profiles.ensure_default()
    (data_dir / "ui-state.ini").write_text("[window]\ntab=1\n")
    log_dir.mkdir()
    (log_dir / logs.LOG_FILE_NAME).write_text("an old line\n")
    (log_dir / f"{logs.LOG_FILE_NAME}.1").write_text("an older line\n")
    loose = {
        data_dir: 0o755,
        data_dir / DB_FILE_NAME: 0o644,
        data_dir / "ui-state.ini": 0o644,
        log_dir: 0o755,
        log_dir / logs.LOG_FILE_NAME: 0o644,
        log_dir / f"{logs.LOG_FILE_NAME}.1": 0o644,
    }
    for path, loose_mode in loose.items():
        path.chmod(loose_mode)
    start_the_app(data_dir, log_dir)
    assert private_modes(data_dir, log_dir) == PRIVATE
    assert mode(log_dir / f"{logs.LOG_FILE_NAME}.1") == 0o600
    assert "an old line" in (log_dir / logs.LOG_FILE_NAME).read_text()  # tightened, not replaced


def test_every_log_file_a_rollover_starts_is_private(tmp_path, root_logger_restored) -> None:
    previous = os.umask(0o022)
    try:
        path = logs.setup_logging(tmp_path / "logs", console=False)
        logging.getLogger("test").warning("first file")
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_smm_desk", False))
        handler.doRollover()  # what reaching MAX_BYTES does
        logging.getLogger("test").warning("second file")
    finally:
        os.umask(previous)
    rotated = path.with_name(f"{path.name}.1")
    assert "first file" in rotated.read_text() and "second file" in path.read_text()
    assert (mode(path), mode(rotated), mode(path.parent)) == (0o600, 0o600, 0o700)

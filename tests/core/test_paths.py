"""The data, settings and log folders on Windows, macOS and Linux, asked from any OS by faking
the platform, with a non-ASCII user name; and a real start that writes into such a home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from core import APP_ID, APP_NAME
from core.paths import LOG_DIR_ENV, app_locations, default_data_dir, default_log_dir
from core.store import DB_FILE_NAME
from tests.locations import PROJECT_ROOT

USER = "مهدی"  # a Persian user name: the folder every Windows path below goes through
ROAMING = rf"C:\Users\{USER}\AppData\Roaming"
LOCAL = rf"C:\Users\{USER}\AppData\Local"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No variable of the real machine leaks into a faked platform's answer."""
    for name in (
        LOG_DIR_ENV,
        "APPDATA",
        "LOCALAPPDATA",
        "USERPROFILE",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


# --- Windows -------------------------------------------------------------------------------


def test_windows_folders_from_appdata_with_a_persian_user_name() -> None:
    where = app_locations("win32", {"APPDATA": ROAMING, "LOCALAPPDATA": LOCAL})
    assert where.data == PureWindowsPath(ROAMING, APP_NAME)
    assert str(where.data) == rf"C:\Users\{USER}\AppData\Roaming\SMM Desk"
    assert str(where.logs) == rf"C:\Users\{USER}\AppData\Local\SMM Desk\Logs"
    assert where.settings == where.data  # ui-state.ini sits beside the database


def test_windows_folders_from_the_profile_when_appdata_is_unset() -> None:
    where = app_locations("win32", {"USERPROFILE": rf"C:\Users\{USER}"})
    assert str(where.data) == rf"{ROAMING}\SMM Desk"
    assert str(where.logs) == rf"{LOCAL}\SMM Desk\Logs"


def test_windows_ignores_a_relative_appdata() -> None:
    # A relative value would put the database under whatever the working directory is.
    where = app_locations(
        "win32", {"APPDATA": r"AppData\Roaming", "LOCALAPPDATA": "."}, home=rf"D:\{USER}"
    )
    assert str(where.data) == rf"D:\{USER}\AppData\Roaming\SMM Desk"
    assert str(where.logs) == rf"D:\{USER}\AppData\Local\SMM Desk\Logs"


def test_default_folders_on_a_faked_windows(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(sys, "platform", "win32")
    clean_env.setenv("APPDATA", ROAMING)
    clean_env.setenv("LOCALAPPDATA", LOCAL)
    assert str(default_data_dir()) == rf"{ROAMING}\SMM Desk"
    assert str(default_log_dir()) == rf"{LOCAL}\SMM Desk\Logs"


# --- macOS ---------------------------------------------------------------------------------


def test_default_folders_on_a_faked_macos(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(sys, "platform", "darwin")
    clean_env.setenv("HOME", f"/Users/{USER}")
    clean_env.setenv("XDG_DATA_HOME", "/elsewhere")  # not read on macOS
    # Compared as Paths: the suite also runs on Windows, which spells these with backslashes.
    assert default_data_dir() == Path(f"/Users/{USER}/Library/Application Support/{APP_NAME}")
    assert default_log_dir() == Path(f"/Users/{USER}/Library/Logs/{APP_NAME}")
    assert Path(str(app_locations().settings)) == default_data_dir()


# --- Linux ---------------------------------------------------------------------------------


def test_linux_folders_follow_xdg() -> None:
    where = app_locations(
        "linux", {"XDG_DATA_HOME": "/d/share", "XDG_STATE_HOME": "/s/state"}, home=f"/home/{USER}"
    )
    assert where.data == PurePosixPath("/d/share", APP_NAME)
    assert where.logs == PurePosixPath("/s/state", APP_ID, "logs")


def test_linux_folders_without_xdg_or_with_a_relative_one() -> None:
    for environ in ({}, {"XDG_DATA_HOME": "share", "XDG_STATE_HOME": "state"}):
        where = app_locations("linux", environ, home=f"/home/{USER}")
        assert str(where.data) == f"/home/{USER}/.local/share/{APP_NAME}"
        assert str(where.logs) == f"/home/{USER}/.local/state/{APP_ID}/logs"


def test_default_folders_on_linux_follow_home(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(sys, "platform", "linux")
    clean_env.setenv("HOME", f"/home/{USER}")
    assert default_data_dir() == Path(f"/home/{USER}/.local/share/{APP_NAME}")
    assert default_log_dir() == Path(f"/home/{USER}/.local/state/{APP_ID}/logs")


def test_log_dir_override_wins_on_every_platform(clean_env: pytest.MonkeyPatch, tmp_path) -> None:
    clean_env.setenv(LOG_DIR_ENV, str(tmp_path / USER))
    for platform in ("win32", "darwin", "linux"):
        clean_env.setattr(sys, "platform", platform)
        assert default_log_dir() == tmp_path / USER


# --- a real start in a home with a Persian name ----------------------------------------------


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="HOME decides the folders on Linux"
)
def test_a_real_start_writes_into_a_non_ascii_home(tmp_path: Path) -> None:
    home = tmp_path / USER
    home.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("XDG_") and name not in (LOG_DIR_ENV, "LANG", "LC_ALL")
    }
    env.update(
        HOME=str(home),
        LC_ALL="C",  # the plainest locale: the path must still be written as UTF-8
        QT_QPA_PLATFORM="offscreen",
        SMM_DESK_STARTUP_PROBE="window",  # main.py quits once its window is painted
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the machine's keyring
    )
    done = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    where = app_locations("linux", {}, home=str(home))
    assert (Path(str(where.data)) / DB_FILE_NAME).is_file()
    assert any(Path(str(where.logs)).glob("*.log"))

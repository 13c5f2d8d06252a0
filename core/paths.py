"""Where things are: bundled resources (source tree or frozen bundle) and the user's folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from core import APP_ID, APP_NAME

#: Set to a folder to put the log file there instead of the OS's usual place (tests, benches).
LOG_DIR_ENV = "SMM_DESK_LOG_DIR"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds `resources/`: the bundle's data folder when frozen, else the repo."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    # core/paths.py -> the project root; never the working directory, which can be anything.
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled `resources/` folder."""
    return bundle_root() / "resources"


def resource_path(*parts: str) -> Path:
    """A file under `resources/`; raises FileNotFoundError naming it when it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path


@dataclass(frozen=True)
class AppLocations:
    """The user's folders of this app on one OS, spelt as that OS spells paths."""

    #: The database (and the lock, the socket); Qt's AppDataLocation for an app named APP_NAME.
    data: PurePath
    #: The rotating log files.
    logs: PurePath

    @property
    def settings(self) -> PurePath:
        """Where ui-state.ini (window geometry, columns, last tab) is kept: beside the database."""
        return self.data


def _absolute(value: str | None, flavour: type[PurePath]) -> PurePath | None:
    # The XDG spec says a relative value is invalid and must be ignored; the same rule keeps a
    # broken APPDATA from putting the database under whatever the working directory is.
    if not value:
        return None
    path = flavour(value)
    return path if path.is_absolute() else None


def app_locations(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: str | PurePath | None = None,
) -> AppLocations:
    """The data, settings and log folders for `platform` (default: this one).

    Pure: `environ` and `home` default to this process's, and any OS can be asked from any
    other (a Windows answer is a PureWindowsPath on Linux), which is how the tests check them.
    """
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    windows = platform == "win32"
    flavour: type[PurePath] = PureWindowsPath if windows else PurePosixPath
    if home is None:
        home = environ.get("USERPROFILE" if windows else "HOME") or str(Path.home())
    home = flavour(str(home))
    if windows:
        roaming = _absolute(environ.get("APPDATA"), flavour) or home / "AppData" / "Roaming"
        local = _absolute(environ.get("LOCALAPPDATA"), flavour) or home / "AppData" / "Local"
        return AppLocations(data=roaming / APP_NAME, logs=local / APP_NAME / "Logs")
    if platform == "darwin":
        library = home / "Library"
        return AppLocations(
            data=library / "Application Support" / APP_NAME, logs=library / "Logs" / APP_NAME
        )
    # Linux and other XDG desktops. Logs are "state": kept across restarts, not worth a backup.
    data_home = _absolute(environ.get("XDG_DATA_HOME"), flavour) or home / ".local" / "share"
    state_home = _absolute(environ.get("XDG_STATE_HOME"), flavour) or home / ".local" / "state"
    return AppLocations(data=data_home / APP_NAME, logs=state_home / APP_ID / "logs")


def default_data_dir() -> Path:
    """The OS's usual per-user data folder of this app (not created here); what Qt's
    AppDataLocation gives for an application named APP_NAME with no organisation."""
    return Path(str(app_locations().data))


def default_log_dir() -> Path:
    """The OS's usual place for this app's logs, or SMM_DESK_LOG_DIR (not created here)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    return Path(str(app_locations().logs))

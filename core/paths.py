"""Where things are: bundled resources (source tree or frozen bundle) and the user's log folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


def default_log_dir() -> Path:
    """The OS's usual place for this app's logs (not created here)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_NAME / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / APP_NAME
    # XDG: logs are "state", kept across restarts but not worth backing up.
    base = os.environ.get("XDG_STATE_HOME") or str(home / ".local" / "state")
    return Path(base) / APP_ID / "logs"

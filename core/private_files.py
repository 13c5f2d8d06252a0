"""Files and folders only the user may read: the database, its WAL/SHM, logs and the ui state.

On POSIX a new file is created 0600 and a folder 0700 whatever the umask, and an existing one
is tightened to that when the app starts (a file made by an older version, or copied in with
loose modes). Elsewhere (Windows) the user's profile folders are private already: these only
create what is missing.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700

_POSIX = os.name == "posix"


def _tighten(path: Path) -> None:
    """Remove group and other access; an owner we are not, or a read-only disk, is logged."""
    if not _POSIX:
        return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current & 0o077:
            # The owner's bits stay as they are: a read-only file is not made writable here.
            path.chmod(current & 0o700)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc)


def make_private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) with the leaf 0700, or tighten it; OSError if it
    cannot be made (a read-only disk, a parent that is a file)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    _tighten(path)
    return path


def make_private_file(path: Path) -> Path:
    """Create `path` empty with mode 0600 if it is missing, else tighten it; OSError if the
    folder refuses a new file."""
    path = Path(path)
    try:
        # O_EXCL: never truncate or reopen a file someone made meanwhile; the mode applies to
        # the creation itself, so the file is never readable by others, not even for a moment.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        _tighten(path)
    else:
        os.close(fd)
    return path


def tighten_if_present(path: Path) -> None:
    """Tighten an existing file or folder to private; nothing when it does not exist."""
    _tighten(Path(path))

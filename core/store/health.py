"""The data file at start: is it usable, and if not, what is wrong and what the user may do.

`open_store` checks the folder and the file (`PRAGMA quick_check`, the schema version, a write
lock) and opens it; every problem, found by the check or raised while opening or migrating,
comes back as a `StoreHealth` (a problem code, SQLite's or the OS's own words as detail, and
the choices that make sense for it), never as an exception. The ui words it and asks; the
choices are carried out here: `open_for_viewing` (a read-only copy), `start_new` (the file and
its WAL/SHM moved aside under a timestamped name, never deleted).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from core.private_files import make_private_folder
from core.store import Store
from core.store.db import (
    DB_FILE_NAME,
    LATEST_VERSION,
    NewerSchema,
    companions,
    make_private_database,
)

log = logging.getLogger(__name__)

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long the check waits for another program's write lock before calling the file locked.
DEFAULT_WAIT_SECONDS = 5.0
#: quick_check stops after this many findings: enough to show, quick on a wrecked file.
MAX_FINDINGS = 20
#: What a read-only view must read to be of use: the panels, preferences and the journal.
VIEWED_TABLES = ("profiles", "settings", "favourites", "orders", "order_history")


class StoreProblem(Enum):
    """What is wrong with the data file or its folder (NONE: nothing)."""

    NONE = "none"
    CORRUPT = "corrupt"  # an SQLite file with damaged pages or header, or cut short
    NOT_A_DATABASE = "not_a_database"  # another kind of file under the data file's name
    NEWER_SCHEMA = "newer_schema"  # written by a newer SMM Desk
    READ_ONLY_LOCATION = "read_only_location"  # the folder refuses new files
    READ_ONLY_FILE = "read_only_file"  # the folder is writable, the data file is not
    UNUSABLE_LOCATION = "unusable_location"  # not a folder, or cannot be made into one
    UNREADABLE = "unreadable"  # the file cannot be read (permissions)
    LOCKED = "locked"  # another program holds a write lock on it
    OPEN_FAILED = "open_failed"  # opening or migrating failed otherwise (disk full, I/O error)


class StoreChoice(Enum):
    """What the user may do about a problem."""

    VIEW_READ_ONLY = "view_read_only"
    START_NEW = "start_new"
    OTHER_FOLDER = "other_folder"
    RETRY = "retry"
    QUIT = "quit"


@dataclass(frozen=True)
class StoreHealth:
    """The check's verdict on one data folder."""

    problem: StoreProblem
    data_dir: Path
    #: SQLite's or the OS's own words (not translated: they are the technical detail).
    detail: str = ""
    #: A read-only copy of the file opens and its panels and journal read without error.
    viewable: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is StoreProblem.NONE

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def choices(self) -> tuple[StoreChoice, ...]:
        """The ways out that make sense for this problem, in the order to offer them."""
        problem = self.problem
        if problem is StoreProblem.NONE:
            return ()
        view = (StoreChoice.VIEW_READ_ONLY,) if self.viewable else ()
        if problem is StoreProblem.LOCKED:
            return (StoreChoice.RETRY, StoreChoice.QUIT)
        if problem in (StoreProblem.READ_ONLY_LOCATION, StoreProblem.READ_ONLY_FILE):
            # Nothing can be moved aside or created here: another folder is the way to write.
            return (*view, StoreChoice.OTHER_FOLDER, StoreChoice.QUIT)
        if problem in (StoreProblem.UNUSABLE_LOCATION, StoreProblem.UNREADABLE):
            return (StoreChoice.OTHER_FOLDER, StoreChoice.QUIT)
        return (*view, StoreChoice.START_NEW, StoreChoice.QUIT)


@dataclass(frozen=True)
class StoreOpening:
    """An attempt to open the data folder: the store, or why not (then `store` is None)."""

    health: StoreHealth
    store: Store | None = None
    #: The files `start_new` moved aside (the database first), kept for the user.
    kept: tuple[Path, ...] = field(default=())


# --- the check -------------------------------------------------------------------------------


def _os_problem(exc: OSError) -> StoreProblem:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreProblem.READ_ONLY_LOCATION
    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR, errno.ENOENT):
        return StoreProblem.UNUSABLE_LOCATION
    return StoreProblem.OPEN_FAILED


def _has_sqlite_magic(db_path: Path) -> bool:
    try:
        with open(db_path, "rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _folder_accepts_files(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _sqlite_problem(exc: sqlite3.Error, data_dir: Path) -> StoreProblem:
    name = getattr(exc, "sqlite_errorname", "") or ""
    db_path = data_dir / DB_FILE_NAME
    if name.startswith("SQLITE_NOTADB"):
        # A damaged header still starts with SQLite's magic; a foreign file does not.
        return StoreProblem.CORRUPT if _has_sqlite_magic(db_path) else StoreProblem.NOT_A_DATABASE
    if name.startswith("SQLITE_CORRUPT"):
        return StoreProblem.CORRUPT
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreProblem.LOCKED
    if name.startswith("SQLITE_READONLY"):
        if _folder_accepts_files(data_dir):
            return StoreProblem.READ_ONLY_FILE
        return StoreProblem.READ_ONLY_LOCATION
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreProblem.UNUSABLE_LOCATION if db_path.is_dir() else StoreProblem.UNREADABLE
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return StoreProblem.UNREADABLE
    if "malformed" in str(exc):  # older Pythons give no error name
        return StoreProblem.CORRUPT
    return StoreProblem.OPEN_FAILED


def _detail(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    text = str(exc) or type(exc).__name__
    return f"{text} ({name})" if name else text


def _open_view(data_dir: Path) -> Store:
    """A read-only store whose panels and journal were all read once; raises what failed."""
    store = Store(data_dir, read_only=True)
    try:
        with store.db.read() as conn:
            for table in VIEWED_TABLES:
                # Every row, so a damaged page anywhere in these tables is met here.
                for _row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 (our names)
                    pass
    except BaseException:
        store.close()
        raise
    return store


def viewable(data_dir: Path) -> bool:
    """True when a read-only copy of the data file opens and its panels and journal read."""
    if not (Path(data_dir) / DB_FILE_NAME).is_file():
        return False
    try:
        _open_view(data_dir).close()
    except Exception as exc:  # any failure means the view would fail too
        log.info("a read-only view of %s is not possible: %s", data_dir, _detail(exc))
        return False
    return True


#: The problems a read-only view can help with (the file itself may still be read).
_VIEWABLE_PROBLEMS = frozenset(
    {
        StoreProblem.CORRUPT,
        StoreProblem.READ_ONLY_LOCATION,
        StoreProblem.READ_ONLY_FILE,
        StoreProblem.OPEN_FAILED,
    }
)


def _found(problem: StoreProblem, data_dir: Path, detail: str) -> StoreHealth:
    view = problem in _VIEWABLE_PROBLEMS and viewable(data_dir)
    health = StoreHealth(problem, data_dir, detail, view)
    log.warning("data file problem: %s in %s: %s", problem.value, data_dir, detail)
    return health


def _classify(data_dir: Path, exc: BaseException) -> StoreProblem:
    if isinstance(exc, NewerSchema):
        return StoreProblem.NEWER_SCHEMA
    if isinstance(exc, sqlite3.Error):
        return _sqlite_problem(exc, data_dir)
    if isinstance(exc, OSError):
        return _os_problem(exc)
    return StoreProblem.OPEN_FAILED


def health_from_error(data_dir: Path, exc: BaseException) -> StoreHealth:
    """The problem an exception raised while opening or migrating the store stands for."""
    data_dir = Path(data_dir)
    return _found(_classify(data_dir, exc), data_dir, _detail(exc))


def check_store(data_dir: Path, *, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> StoreHealth:
    """Check the data folder (made if missing, as the app would) and its data file."""
    data_dir = Path(data_dir)
    db_path = data_dir / DB_FILE_NAME
    if data_dir.exists() and not data_dir.is_dir():
        return _found(StoreProblem.UNUSABLE_LOCATION, data_dir, f"{data_dir} is not a folder")
    try:
        make_private_folder(data_dir)
    except OSError as exc:
        return _found(_os_problem(exc), data_dir, _detail(exc))
    if db_path.is_dir():
        return _found(StoreProblem.UNUSABLE_LOCATION, data_dir, f"{db_path} is a folder")
    if not _folder_accepts_files(data_dir):
        detail = f"{data_dir} does not accept new files"
        return _found(StoreProblem.READ_ONLY_LOCATION, data_dir, detail)
    if not db_path.exists():
        return StoreHealth(StoreProblem.NONE, data_dir)
    try:
        with open(db_path, "rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return _found(StoreProblem.UNREADABLE, data_dir, _detail(exc))
    if header and header != SQLITE_MAGIC:  # an empty file is a new database to SQLite
        # Its first bytes in hex: readable to whoever helps, never a Python bytes literal.
        detail = (
            f"{db_path} does not start as an SQLite file does (it starts with "
            f"{header[:16].hex(' ')})"
        )
        return _found(StoreProblem.NOT_A_DATABASE, data_dir, detail)
    try:
        make_private_database(db_path)
        with open(db_path, "r+b"):
            pass
    except OSError as exc:
        return _found(StoreProblem.READ_ONLY_FILE, data_dir, _detail(exc))
    return _check_with_sqlite(data_dir, wait_seconds)


def _check_with_sqlite(data_dir: Path, wait_seconds: float) -> StoreHealth:
    db_path = data_dir / DB_FILE_NAME
    try:
        conn = sqlite3.connect(str(db_path), timeout=wait_seconds, isolation_level=None)
    except sqlite3.Error as exc:
        return health_from_error(data_dir, exc)
    try:
        findings = [row[0] for row in conn.execute(f"PRAGMA quick_check({MAX_FINDINGS})")]
        if findings != ["ok"]:
            return _found(StoreProblem.CORRUPT, data_dir, "\n".join(findings))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            return _found(StoreProblem.NEWER_SCHEMA, data_dir, _detail(NewerSchema(version)))
        # The app's first act is a write (migrations, recovery): find a lock now, not then.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return health_from_error(data_dir, exc)
    finally:
        conn.close()
    return StoreHealth(StoreProblem.NONE, data_dir)


# --- opening, and the user's choices ---------------------------------------------------------


def open_store(data_dir: Path, *, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> StoreOpening:
    """Check the data folder, then open and migrate its store; a problem is returned, never
    raised (an unexpected one is logged with its traceback)."""
    health = check_store(data_dir, wait_seconds=wait_seconds)
    if not health.ok:
        return StoreOpening(health)
    try:
        store = Store(data_dir)
    except Exception as exc:  # the start must go on to say what went wrong
        log.exception("opening the store in %s failed", data_dir)
        return StoreOpening(health_from_error(data_dir, exc))
    return StoreOpening(health, store)


def open_for_viewing(data_dir: Path) -> StoreOpening:
    """A read-only store over a private copy of the data file; the original is not touched.
    When even the copy cannot be read, the problem comes back without the view to offer."""
    data_dir = Path(data_dir)
    try:
        store = _open_view(data_dir)
    except Exception as exc:
        log.exception("opening a read-only copy of the store in %s failed", data_dir)
        health = StoreHealth(_classify(data_dir, exc), data_dir, _detail(exc), viewable=False)
        return StoreOpening(health)
    return StoreOpening(StoreHealth(StoreProblem.NONE, data_dir), store)


def set_aside(data_dir: Path, now: datetime | None = None) -> tuple[Path, ...]:
    """Move the data file and its WAL/SHM aside under one timestamped name (never deleting,
    never overwriting); returns where each went, the database first."""
    data_dir = Path(data_dir)
    db_path = data_dir / DB_FILE_NAME
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    stem, suffix = os.path.splitext(DB_FILE_NAME)
    sources = [db_path, *companions(db_path)]
    number = 1
    while True:
        # The WAL keeps its database's name plus "-wal": SQLite reads the pair together.
        name = f"{stem}-broken-{stamp}{'' if number == 1 else f'-{number}'}{suffix}"
        targets = [data_dir / name, *companions(data_dir / name)]
        if not any(target.exists() for target in targets):
            break
        number += 1
    kept = []
    for source, target in zip(sources, targets, strict=True):
        if source.exists() or source.is_symlink():
            os.rename(source, target)
            kept.append(target)
    log.warning("data file set aside: %s", ", ".join(str(path) for path in kept))
    return tuple(kept)


def start_new(data_dir: Path, *, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> StoreOpening:
    """Keep the broken data file aside and open a new, empty one in the same folder."""
    data_dir = Path(data_dir)
    try:
        kept = set_aside(data_dir)
    except OSError as exc:
        log.exception("setting the data file aside in %s failed", data_dir)
        return StoreOpening(health_from_error(data_dir, exc))
    opening = open_store(data_dir, wait_seconds=wait_seconds)
    return StoreOpening(opening.health, opening.store, kept)

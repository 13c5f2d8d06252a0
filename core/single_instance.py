"""One running app per data folder: an exclusive lock on a file in it, which the OS releases when
the process ends, however it ends (a killed process leaves no stale lock behind), and a local
channel on which a later launch asks the running app to show its window.

The lock belongs to the process: every `InstanceLock` on the same folder in one process shares
one OS lock (counted), so main.py and the Store it opens both hold it, and tests that open a
folder twice in one process (a restart) are one instance, as they are one program.

The channel is a Unix socket (a named pipe on Windows) through the standard library rather
than Qt's QLocalServer: the bundle leaves QtNetwork out (build.spec), and only raw bytes are
read from it, never pickles. multiprocessing.connection (and hashlib) are imported when the
channel is used, not with this module: the Store takes the lock before the first paint, the
channel is opened after it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.private_files import make_private_file, make_private_folder

if TYPE_CHECKING:
    from multiprocessing.connection import Listener

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "smm-desk.lock"
SOCKET_FILE_NAME = "smm-desk.sock"
SHOW = b"show"
#: Unix socket paths are limited to about 104-108 bytes depending on the system.
MAX_SOCKET_PATH = 100

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[str, _Held] = {}
_held_lock = threading.Lock()


def _key(data_dir: Path) -> str:
    return os.path.normcase(str(Path(data_dir).resolve()))


class InstanceLock:
    """The data folder's single-instance lock; `acquire` never waits."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILE_NAME
        self._mine = False

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._mine

    def acquire(self) -> bool:
        """Take the lock: False when another process holds it; OSError when the folder or the
        lock file cannot be made (a read-only or unusable location)."""
        if self._mine:
            return True
        key = _key(self.data_dir)
        with _held_lock:
            held = _held.get(key)
            if held is None:
                make_private_folder(self.data_dir)
                make_private_file(self.path)
                # Read access is enough to lock, and works on a read-only disk too.
                fd = os.open(self.path, os.O_RDONLY)
                if not _try_lock(fd):
                    os.close(fd)
                    return False
                held = _held[key] = _Held(fd, 0)
            held.count += 1
        self._mine = True
        return True

    def release(self) -> None:
        """Give the lock back (the OS lock goes when the last holder in this process lets go)."""
        if not self._mine:
            return
        self._mine = False
        key = _key(self.data_dir)
        with _held_lock:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count <= 0:
                del _held[key]
                os.close(held.fd)  # closing the descriptor releases flock/msvcrt locks


def held_by_this_process(data_dir: Path) -> bool:
    """True when some InstanceLock of this process holds `data_dir`."""
    with _held_lock:
        return _key(data_dir) in _held


# --- the "show" channel ----------------------------------------------------------------------


def _folder_hash(data_dir: Path) -> str:
    import hashlib

    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return hashlib.sha256(f"{user}\0{_key(data_dir)}".encode()).hexdigest()[:16]


def channel_address(data_dir: Path) -> str:
    """Where the running app of `data_dir` listens: the same for every launch of this user."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return rf"\\.\pipe\smm-desk-{_folder_hash(data_dir)}"
    inside = str(Path(data_dir).resolve() / SOCKET_FILE_NAME)
    if len(inside.encode()) <= MAX_SOCKET_PATH:
        return inside  # in the private data folder: no one else can reach it
    import tempfile

    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(base) / f"smm-desk-{_folder_hash(data_dir)}.sock")


def _family(address: str) -> str:
    return "AF_PIPE" if address.startswith("\\\\") else "AF_UNIX"


class ShowRequests:
    """Listens on the data folder's channel (only while holding its lock) and calls `on_show`
    on its own thread when a later launch asks; `stop` ends it."""

    def __init__(self, data_dir: Path, on_show: Callable[[], None]) -> None:
        self.address = channel_address(data_dir)
        self._on_show = on_show
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self) -> bool:
        """Begin listening; False (logged) when the channel cannot be opened."""
        from multiprocessing.connection import Listener

        family = _family(self.address)
        if family == "AF_UNIX":
            # The lock is ours, so a socket file left here is a killed run's: remove it.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.address)
        try:
            self._listener = Listener(self.address, family)
        except OSError as exc:
            log.warning("cannot listen for later launches at %s: %s", self.address, exc)
            return False
        if family == "AF_UNIX":
            with contextlib.suppress(OSError):
                os.chmod(self.address, 0o600)
        self._thread = threading.Thread(target=self._serve, name="show-requests", daemon=True)
        self._thread.start()
        return True

    def _serve(self) -> None:
        listener = self._listener
        while listener is not None and not self._stopping.is_set():
            try:
                with listener.accept() as conn:
                    if self._stopping.is_set():
                        return
                    if conn.poll(2.0) and conn.recv_bytes(maxlength=64) == SHOW:
                        self._on_show()
            except (OSError, EOFError) as exc:  # one bad caller must not end the service
                if self._stopping.is_set():
                    return
                log.info("a later launch's request failed: %s", exc)

    def stop(self) -> None:
        """Stop listening; waits briefly for the listening thread."""
        if self._listener is None:
            return
        from multiprocessing.connection import Client

        self._stopping.set()
        # accept() does not wake up when its socket is closed elsewhere: knock to wake it.
        with contextlib.suppress(OSError):
            Client(self.address, _family(self.address)).close()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        self._listener.close()
        self._listener = None


def ask_running_instance_to_show(data_dir: Path, wait_seconds: float = 5.0) -> bool:
    """Ask the app running on `data_dir` to show its window; False when none answers in time
    (it may be starting and not listening yet, hence the retries)."""
    from multiprocessing.connection import Client

    address = channel_address(data_dir)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            with Client(address, _family(address)) as conn:
                conn.send_bytes(SHOW)
            return True
        except OSError as exc:
            if time.monotonic() >= deadline:
                log.warning("the running SMM Desk does not answer at %s: %s", address, exc)
                return False
        time.sleep(0.1)

"""API keys: one OS keyring entry per profile; memory for this session when there is none.

The key is never written to the store, a settings file or a log. Without a usable keyring
(headless Linux, a locked or failing one) the key is kept in memory and the caller is told
why, so the ui can say "the key will be asked again next time". A plain file is used only when
the caller opts in explicitly (`allow_plain_file=True`), with a warning in the reason.

Keyring calls can block on an unlock prompt: the ui makes them off the GUI thread.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from core import APP_ID

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported where a key is first read or written (on a worker thread): importing it
# and its backends takes ~0.2 s, which the first paint of the window need not wait for.

log = logging.getLogger(__name__)


class KeyLocation(str, Enum):
    """Where a key was put."""

    KEYRING = "keyring"  # the OS keyring: kept across runs, encrypted by the OS
    SESSION = "session"  # memory only: gone when the app quits
    PLAIN_FILE = "plain_file"  # an unencrypted file the user chose


@dataclass(frozen=True)
class StoredKey:
    """Where `set` put the key, and why it is not in the keyring when it is not."""

    location: KeyLocation
    reason: str | None = None  # English, for logs
    #: Why the keyring did not take it, for the ui to put in words: "no_keyring", "locked" or
    #: "refused"; None when it did.
    why: str | None = None


def _username(profile_id: int) -> str:
    return f"profile-{int(profile_id)}"


def _redact(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


def backend_is_usable(backend: KeyringBackend) -> bool:
    """False for keyring's stand-ins that store nothing (fail, null, an empty chain)."""
    # Imported here: these modules are tiny, but not every keyring version ships both.
    from keyring.backends import fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    backends = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if backends is not None:
        return any(backend_is_usable(b) for b in backends)
    return True


class CredentialStore:
    """Reads and writes profile API keys; see the module docstring for where they go."""

    def __init__(
        self,
        app_id: str = APP_ID,
        plain_file: Path | None = None,
        *,
        allow_plain_file: bool = False,
        backend: KeyringBackend | None = None,
    ) -> None:
        """`backend` overrides the keyring found on this system (tests, or a user's choice)."""
        self.app_id = app_id
        self.plain_file = Path(plain_file) if plain_file is not None else None
        self.allow_plain_file = allow_plain_file and plain_file is not None
        self._backend = backend
        self._lock = threading.RLock()
        # Keys known in this process, with where they live. SESSION entries exist only here.
        self._known: dict[int, tuple[str, KeyLocation]] = {}
        #: Why the last `get` could not read the keyring (None if it could).
        self.last_error: str | None = None

    # --- public -------------------------------------------------------------------------

    def backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_name(self) -> str:
        """A readable name of the keyring backend in use (for the ui and the smoke test)."""
        backend = self.backend()
        name = getattr(backend, "name", "") or type(backend).__name__
        if not backend_is_usable(backend):
            return f"{name} (not usable: keys are kept for this session only)"
        return str(name)

    def keyring_usable(self) -> bool:
        return backend_is_usable(self.backend())

    def set(self, profile_id: int, key: str) -> StoredKey:
        """Save a profile's key: keyring, else the opted-in plain file, else this session."""
        key = key.strip()
        if not key:
            raise ValueError("the API key is empty")
        with self._lock:
            problem = self._keyring_set(profile_id, key)
            if problem is None:
                self._known[profile_id] = (key, KeyLocation.KEYRING)
                self._plain_remove(profile_id)  # a copy in a plain file is no longer needed
                return StoredKey(KeyLocation.KEYRING)
            why, problem = problem
            if self.allow_plain_file:
                self._plain_write(profile_id, key)
                self._known[profile_id] = (key, KeyLocation.PLAIN_FILE)
                return StoredKey(
                    KeyLocation.PLAIN_FILE,
                    f"{problem} The key was saved UNENCRYPTED in {self.plain_file}, as chosen: "
                    "anyone who can read that file can use your panel account.",
                    why,
                )
            self._known[profile_id] = (key, KeyLocation.SESSION)
            return StoredKey(
                KeyLocation.SESSION,
                f"{problem} The key is kept in memory for this session only and will be asked "
                "for again next time.",
                why,
            )

    def get(self, profile_id: int) -> str | None:
        """The profile's key, or None when there is none (or the keyring cannot be read:
        see `last_error`)."""
        with self._lock:
            known = self._known.get(profile_id)
            if known is not None:
                return known[0]
            self.last_error = None
            key = self._keyring_get(profile_id)
            if key is not None:
                self._known[profile_id] = (key, KeyLocation.KEYRING)
                return key
            key = self._plain_read().get(_username(profile_id)) if self.allow_plain_file else None
            if key:
                self._known[profile_id] = (key, KeyLocation.PLAIN_FILE)
                return key
            return None

    def location(self, profile_id: int) -> KeyLocation | None:
        """Where the profile's key is, or None if there is no key."""
        if self.get(profile_id) is None:
            return None
        with self._lock:
            known = self._known.get(profile_id)
            return known[1] if known else None

    def delete(self, profile_id: int) -> None:
        """Forget the key everywhere (the keyring, the plain file, memory)."""
        import keyring.errors

        with self._lock:
            self._known.pop(profile_id, None)
            backend = self.backend()
            if backend_is_usable(backend):
                try:
                    backend.delete_password(self.app_id, _username(profile_id))
                except keyring.errors.PasswordDeleteError:
                    pass  # there was no entry
                except Exception as exc:  # noqa: BLE001 - a broken keyring must not stop a delete
                    log.warning("could not delete a key from the keyring: %s", type(exc).__name__)
            self._plain_remove(profile_id)

    # --- the keyring ----------------------------------------------------------------------

    def _keyring_set(self, profile_id: int, key: str) -> tuple[str, str] | None:
        """None on success, else (why, message): why the keyring could not take the key."""
        import keyring.errors

        try:
            backend = self.backend()
        except Exception as exc:  # noqa: BLE001 - keyring's discovery can fail in odd ways
            return "no_keyring", f"No system keyring could be loaded ({type(exc).__name__})."
        if not backend_is_usable(backend):
            return "no_keyring", "No system keyring is available on this computer."
        try:
            backend.set_password(self.app_id, _username(profile_id), key)
        except keyring.errors.KeyringLocked:
            return "locked", "The system keyring is locked."
        except keyring.errors.NoKeyringError:
            return "no_keyring", "No system keyring is available on this computer."
        except Exception as exc:  # noqa: BLE001 - any backend failure means "not saved"
            detail = _redact(str(exc), key)
            log.warning("keyring refused a key: %s: %s", type(exc).__name__, detail)
            return (
                "refused",
                f"The system keyring refused the key ({type(exc).__name__}: {detail}).",
            )
        log.info("key of profile %s saved in %s", profile_id, getattr(backend, "name", backend))
        return None

    def _keyring_get(self, profile_id: int) -> str | None:
        import keyring.errors

        try:
            backend = self.backend()
            if not backend_is_usable(backend):
                return None
            return backend.get_password(self.app_id, _username(profile_id))
        except keyring.errors.KeyringLocked:
            self.last_error = "The system keyring is locked."
        except Exception as exc:  # noqa: BLE001
            self.last_error = f"The system keyring could not be read ({type(exc).__name__})."
        log.warning("%s", self.last_error)
        return None

    # --- the opted-in plain file -------------------------------------------------------------

    def _plain_read(self) -> dict[str, str]:
        if self.plain_file is None or not self.plain_file.exists():
            return {}
        try:
            data = json.loads(self.plain_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("the plain key file could not be read")
            return {}
        return (
            {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}
        )

    def _plain_write(self, profile_id: int, key: str | None) -> None:
        assert self.plain_file is not None
        data = self._plain_read()
        if key is None:
            if data.pop(_username(profile_id), None) is None:
                return
        else:
            data[_username(profile_id)] = key
        self.plain_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.plain_file.with_name(self.plain_file.name + ".tmp")
        # Created 0600 from the start: never readable by others, even for a moment.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)  # in case the file existed with wider rights
        os.replace(tmp, self.plain_file)

    def _plain_remove(self, profile_id: int) -> None:
        if self.plain_file is not None and self.plain_file.exists():
            self._plain_write(profile_id, None)

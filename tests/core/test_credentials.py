"""Credentials: the keyring, memory-only fallback, the opt-in plain file, a real Secret Service."""

from __future__ import annotations

import logging
import os
import secrets
import stat
import sys

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backends import fail, null

from core.credentials import CredentialStore, KeyLocation, StoredKey, backend_is_usable
from tests.memory_keyring import MemoryKeyring, is_test_backend

KEY = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"


class LockedKeyring(MemoryKeyring):
    """A keyring whose unlock prompt the user dismissed."""

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("locked")


class ChattyFailingKeyring(MemoryKeyring):
    """A keyring that fails and, badly, puts the secret in its error message."""

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"could not store {password!r} for {username}")


@pytest.fixture
def system_keyring():
    """Restore whatever keyring was set before the test changed it."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory(system_keyring):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def test_key_goes_to_the_keyring_under_the_app_name(memory, caplog):
    caplog.set_level(logging.DEBUG)
    creds = CredentialStore()
    assert creds.keyring_usable() and "MemoryKeyring" in creds.backend_name()
    assert creds.set(1, f"  {KEY}\n") == StoredKey(KeyLocation.KEYRING, None)
    assert memory.passwords == {("smm-desk", "profile-1"): KEY}
    assert creds.get(1) == KEY and creds.location(1) is KeyLocation.KEYRING
    # The next run of the app (a new store object) finds it in the keyring.
    later = CredentialStore()
    assert later.get(1) == KEY and later.location(1) is KeyLocation.KEYRING
    assert later.get(2) is None and later.location(2) is None
    later.delete(1)
    assert memory.passwords == {} and later.get(1) is None
    assert CredentialStore().get(1) is None
    later.delete(1)  # deleting twice is harmless
    assert KEY not in caplog.text


def test_an_explicit_backend_wins_over_the_system_one(system_keyring):
    keyring.set_keyring(fail.Keyring())
    mine = MemoryKeyring()
    creds = CredentialStore(backend=mine)
    assert creds.set(3, KEY).location is KeyLocation.KEYRING
    assert mine.passwords[("smm-desk", "profile-3")] == KEY


def test_empty_key_is_refused(memory):
    with pytest.raises(ValueError):
        CredentialStore().set(1, "  ")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keyring_the_key_lives_for_this_session_only(system_keyring, backend, caplog):
    caplog.set_level(logging.DEBUG)
    keyring.set_keyring(backend)
    creds = CredentialStore()
    assert not creds.keyring_usable() and "not usable" in creds.backend_name()
    stored = creds.set(1, KEY)
    assert stored.location is KeyLocation.SESSION
    assert "No system keyring" in stored.reason and "this session only" in stored.reason
    assert stored.why == "no_keyring"
    assert creds.get(1) == KEY and creds.location(1) is KeyLocation.SESSION
    assert CredentialStore().get(1) is None  # the next run asks again
    creds.delete(1)
    assert creds.get(1) is None
    assert KEY not in caplog.text


def test_a_locked_keyring_falls_back_to_the_session_and_says_why(system_keyring):
    keyring.set_keyring(LockedKeyring())
    creds = CredentialStore()
    stored = creds.set(1, KEY)
    assert stored.location is KeyLocation.SESSION and "locked" in stored.reason
    assert stored.why == "locked"
    assert creds.get(1) == KEY
    fresh = CredentialStore()
    assert fresh.get(1) is None and "locked" in fresh.last_error


def test_a_failing_keyring_never_leaks_the_key_in_the_reason(system_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    keyring.set_keyring(ChattyFailingKeyring())
    stored = CredentialStore().set(1, KEY)
    assert stored.location is KeyLocation.SESSION and "PasswordSetError" in stored.reason
    assert stored.why == "refused"
    assert KEY not in stored.reason and KEY not in caplog.text


def test_a_chain_of_only_unusable_backends_is_unusable():
    from keyring.backends.chainer import ChainerBackend

    chain = ChainerBackend()
    # Whatever this machine has, a chain is usable exactly when one of its members is.
    assert backend_is_usable(chain) == any(backend_is_usable(b) for b in chain.backends)
    assert not backend_is_usable(fail.Keyring()) and backend_is_usable(MemoryKeyring())


def test_plain_file_needs_an_explicit_opt_in(system_keyring, tmp_path):
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "keys.json"
    stored = CredentialStore(plain_file=path).set(1, KEY)
    assert stored.location is KeyLocation.SESSION and not path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_opted_in_plain_file_is_private_and_warned_about(system_keyring, tmp_path):
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "keys.json"
    creds = CredentialStore(plain_file=path, allow_plain_file=True)
    stored = creds.set(1, KEY)
    assert stored.location is KeyLocation.PLAIN_FILE
    assert "UNENCRYPTED" in stored.reason and str(path) in stored.reason
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    creds.set(2, "other-key")
    later = CredentialStore(plain_file=path, allow_plain_file=True)
    assert later.get(1) == KEY and later.location(1) is KeyLocation.PLAIN_FILE
    later.delete(1)
    assert (
        KEY not in path.read_text()
        and CredentialStore(plain_file=path, allow_plain_file=True).get(2) == "other-key"
    )
    # Once a keyring works, the key moves there and leaves the plain file.
    keyring.set_keyring(MemoryKeyring())
    assert later.set(2, "other-key").location is KeyLocation.KEYRING
    assert "other-key" not in path.read_text()


def test_with_a_keyring_the_plain_file_is_not_used(memory, tmp_path):
    path = tmp_path / "keys.json"
    stored = CredentialStore(plain_file=path, allow_plain_file=True).set(1, KEY)
    assert stored.location is KeyLocation.KEYRING and not path.exists()


def test_real_system_keyring(system_keyring, capsys):
    """Runs only where SMM_DESK_REAL_KEYRING=1 (CI: gnome-keyring under dbus-run-session)."""
    if os.environ.get("SMM_DESK_REAL_KEYRING") != "1":
        reason = "set SMM_DESK_REAL_KEYRING=1 to test the real system keyring"
        with capsys.disabled():
            print(f"\nSKIP real keyring test: {reason}")
        pytest.skip(reason)
    # What the app gets on this machine; the tests' own backends are left out.
    keyring.core.init_backend(limit=lambda b: not is_test_backend(b))
    creds = CredentialStore()
    with capsys.disabled():
        print(f"\nreal keyring backend: {creds.backend_name()}")
    assert creds.keyring_usable(), creds.backend_name()
    profile_id = 900_000 + secrets.randbelow(99_999)  # never clashes with a real profile
    key = secrets.token_hex(16)
    try:
        assert creds.set(profile_id, key) == StoredKey(KeyLocation.KEYRING, None)
        assert keyring.get_password("smm-desk", f"profile-{profile_id}") == key
        assert CredentialStore().get(profile_id) == key
    finally:
        creds.delete(profile_id)
    assert keyring.get_password("smm-desk", f"profile-{profile_id}") is None
    assert CredentialStore().get(profile_id) is None

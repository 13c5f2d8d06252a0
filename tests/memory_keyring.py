"""The one in-memory keyring backend the tests use instead of the OS's."""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


def is_test_backend(backend: KeyringBackend) -> bool:
    """True for the tests' own backends: keyring's discovery must skip them when the real
    system keyring is under test."""
    return type(backend).__module__.startswith(("test_", "tests."))


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, like the OS would across app runs."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)

"""The self-test's report names the keyring backend found and the one each OS should give
(Credential Manager on Windows, the Keychain on macOS, Secret Service or KWallet on Linux), and
a release build can demand it. The OS is faked: each OS's real backend class is used."""

from __future__ import annotations

import re

import pytest
from keyring.backends import SecretService, Windows, kwallet, macOS, null

from core.credentials import CredentialStore
from ui.shell.self_test import (
    EXPECT_KEYRING_ENV,
    expected_keyring,
    keyring_report,
    run_self_test,
)


@pytest.mark.parametrize(
    ("platform", "backend", "label"),
    [
        ("win32", Windows.WinVaultKeyring, "Windows Credential Manager"),
        ("darwin", macOS.Keyring, "macOS Keychain"),
        ("linux", SecretService.Keyring, "Secret Service"),
        ("linux", kwallet.DBusKeyring, "KWallet"),
    ],
)
def test_report_names_each_oss_keyring(monkeypatch, platform, backend, label) -> None:
    monkeypatch.setenv(EXPECT_KEYRING_ENV, "1")  # found: no failure
    found, expected = keyring_report(CredentialStore(backend=backend()), platform)
    class_path = f"{backend.__module__}.{backend.__qualname__}"
    assert found.startswith("keyring: ") and f"[{class_path}]" in found
    assert expected.startswith(f"keyring expected on {platform}: ")
    assert label in expected and ": found;" in expected
    # Every OS's backend module is in the keyring package the build bundles.
    assert class_path.removeprefix("keyring.backends.") in expected.split("bundled: ")[1]


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_another_backend_is_said_and_fails_a_release_check(
    monkeypatch, memory_keyring, platform
) -> None:
    credentials = CredentialStore()  # the tests' in-memory keyring: no OS's own
    found, expected = keyring_report(credentials, platform)
    assert "MemoryKeyring" in found and "NOT found" in expected
    monkeypatch.setenv(EXPECT_KEYRING_ENV, "1")
    label = expected_keyring(platform)[0]
    with pytest.raises(RuntimeError, match=re.escape(f"expected the {label} keyring")):
        keyring_report(credentials, platform)


def test_a_stand_in_that_stores_nothing_never_counts_as_found(monkeypatch) -> None:
    found, expected = keyring_report(CredentialStore(backend=null.Keyring()), "linux")
    assert "not usable" in found and "NOT found" in expected


def test_an_os_with_no_known_keyring(monkeypatch) -> None:
    assert expected_keyring("freebsd14") == ("none known", ())
    assert expected_keyring("linux2") == expected_keyring("linux")


def test_the_self_test_fails_when_a_release_build_lacks_its_keyring(
    qapp, capsys, monkeypatch
) -> None:
    monkeypatch.setenv(EXPECT_KEYRING_ENV, "1")
    assert run_self_test() == 1
    captured = capsys.readouterr()
    assert "keyring expected on " not in captured.out  # it failed on that line
    assert "self-test FAILED" in captured.err and "RuntimeError: expected the " in captured.err

"""The panel account against the local panel and a real store: the balance and its currency,
the connection test, starting, switching, saving and removing panels, keys kept and hidden."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from core import logs, preferences
from core.credentials import CredentialStore, KeyLocation
from core.errors import ErrorKind, PanelRefused
from core.local_panel import LocalPanel
from core.models import Service
from core.store import DEFAULT_PROFILE_NAME, Store
from core.store.journal import JournalState
from core.workflows.panel_account import (
    ConnectionOutcome,
    activate_panel,
    check_connection,
    key_location,
    key_storage,
    may_use_saved_key,
    open_client,
    read_balance,
    read_key,
    remove_panel,
    save_panel,
    start_session,
)

KEY_TYPED = "typed-key-0123456789"


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def credentials():
    return CredentialStore()


@pytest.fixture
def saved(store, credentials, panel):
    """The local panel saved as a profile, with its key in the keyring."""
    profile = store.profiles.add("Local", panel.url)
    credentials.set(profile.id, panel.key)
    return profile


def _balance_calls(panel: LocalPanel) -> int:
    return sum(r.get("action") == "balance" for r in panel.requests)


# --- the balance -----------------------------------------------------------------------------


def test_balance_is_read_and_its_currency_remembered(store, saved, make_panel):
    toman = make_panel(balance=Decimal("1250000.5"), currency="IRT")
    client = open_client(toman.url, toman.key)
    balance = read_balance(client, store.preferences, saved.id)
    assert (balance.amount, balance.currency) == (Decimal("1250000.5"), "IRT")
    assert store.preferences.get(preferences.PANEL_CURRENCY, saved.id) == "IRT"


def test_an_odd_currency_is_shown_but_not_remembered(store, saved, make_panel, caplog):
    odd = make_panel(currency="Iranian rial (old)")
    store.preferences.set(preferences.PANEL_CURRENCY, "USD", saved.id)
    with caplog.at_level(logging.WARNING):
        balance = read_balance(open_client(odd.url, odd.key), store.preferences, saved.id)
    assert balance.currency == "Iranian rial (old)"
    assert store.preferences.get(preferences.PANEL_CURRENCY, saved.id) == "USD"
    assert "not remembered" in caplog.text


def test_a_balance_is_shown_even_when_its_currency_cannot_be_saved(
    store, saved, make_panel, monkeypatch
):
    import sqlite3

    def locked(*_args) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store.settings, "set", locked)
    toman = make_panel(currency="IRT")
    balance = read_balance(open_client(toman.url, toman.key), store.preferences, saved.id)
    assert balance.currency == "IRT"


def test_a_refused_balance_raises_and_remembers_nothing(store, saved, panel):
    with pytest.raises(PanelRefused) as caught:
        read_balance(open_client(panel.url, "wrong-key"), store.preferences, saved.id)
    assert caught.value.kind is ErrorKind.BAD_KEY
    assert store.preferences.get(preferences.PANEL_CURRENCY, saved.id) is None


# --- the connection test ---------------------------------------------------------------------


def test_a_typed_key_connects_and_travels_only_in_the_body(panel):
    check = check_connection(panel.url, None, f"  {panel.key} ")
    assert check.ok and check.outcome is ConnectionOutcome.CONNECTED
    assert check.balance.amount == Decimal("100.00") and check.balance.currency == "USD"
    assert check.error is None and check.error_kind is None
    assert panel.requests[-1]["key"] == panel.key
    assert all(panel.key not in record.target for record in panel.http_log)


def test_a_wrong_key_is_a_bad_key(panel):
    check = check_connection(panel.url, None, KEY_TYPED)
    assert check.outcome is ConnectionOutcome.FAILED and not check.ok
    assert check.error_kind is ErrorKind.BAD_KEY and check.balance is None
    assert logs.redact(f"sent {KEY_TYPED}") == "sent ***"  # a typed key is never logged either


@pytest.mark.parametrize(
    ("fault", "kind"),
    [("html", ErrorKind.NOT_JSON), ("redirect", ErrorKind.REDIRECT), ("http500", ErrorKind.HTTP)],
)
def test_a_broken_answer_fails_at_once_without_retries(panel, fault, kind):
    panel.inject(fault, action="balance", times=None)
    check = check_connection(panel.url, None, panel.key)
    assert check.outcome is ConnectionOutcome.FAILED and check.error_kind is kind
    assert _balance_calls(panel) == 1  # a read is normally retried: not in a test


def test_an_unreachable_panel_and_an_unusable_address(make_panel):
    gone = make_panel()
    url = gone.url
    gone.stop()
    check = check_connection(url, None, KEY_TYPED)
    assert check.outcome is ConnectionOutcome.FAILED
    assert check.error_kind is ErrorKind.CONNECTION
    bad = check_connection("ftp://panel.example/api/v2", None, KEY_TYPED)
    assert bad.error_kind is ErrorKind.INVALID_SETTINGS
    proxy = check_connection(url, "gopher://127.0.0.1:1", KEY_TYPED)
    assert proxy.error_kind is ErrorKind.INVALID_SETTINGS


def test_without_a_typed_key_the_saved_key_is_used_for_the_saved_address(credentials, saved, panel):
    check = check_connection(f" {panel.url} ", "", "", credentials=credentials, saved=saved)
    assert check.ok and check.balance.currency == "USD"
    assert panel.requests[-1]["key"] == panel.key


def test_the_saved_key_never_goes_to_an_address_or_proxy_just_typed(
    credentials, saved, panel, make_panel
):
    other = make_panel(key=panel.key)  # an address the user typed: could be anyone's
    elsewhere = check_connection(other.url, None, None, credentials=credentials, saved=saved)
    assert elsewhere.outcome is ConnectionOutcome.NO_KEY and elsewhere.balance is None
    assert other.requests == []
    proxied = check_connection(
        panel.url, "socks5://127.0.0.1:9", None, credentials=credentials, saved=saved
    )
    assert proxied.outcome is ConnectionOutcome.NO_KEY
    assert panel.requests == []
    assert may_use_saved_key(saved, panel.url + " ", " ")
    assert not may_use_saved_key(saved, panel.url, "http://127.0.0.1:3128")
    assert not may_use_saved_key(None, panel.url, None)


def test_no_key_anywhere_sends_nothing(store, credentials, panel):
    keyless = store.profiles.add("No key yet", panel.url)
    check = check_connection(panel.url, None, "  ", credentials=credentials, saved=keyless)
    assert check.outcome is ConnectionOutcome.NO_KEY
    assert panel.requests == []


# --- starting and switching ------------------------------------------------------------------


def test_first_start_adds_the_users_panel_without_a_key(store, credentials):
    start = start_session(store, credentials)
    assert [p.name for p in start.profiles] == [DEFAULT_PROFILE_NAME]
    assert start.active.profile == start.profiles[0]
    assert start.active.key.value is None and start.active.key.location is None
    assert start.active.currency is None and start.recovered_orders == 0


def test_start_recovers_interrupted_orders_and_opens_the_last_active_panel(
    store, credentials, saved, panel
):
    other = store.profiles.add("Other", "https://other.example/api/v2")
    store.preferences.set(preferences.ACTIVE_PROFILE, saved.id)
    store.preferences.set(preferences.PANEL_CURRENCY, "EUR", saved.id)
    service = Service("1", "Followers", "Instagram", "Default", Decimal("1.5"), 10, 1000)
    local_id = store.journal.begin(saved.id, service, {"service": "1"}, None, "EUR")

    start = start_session(store, credentials)
    assert start.recovered_orders == 1
    assert store.journal.get(local_id).state == JournalState.UNKNOWN
    assert [p.id for p in start.profiles] == [saved.id, other.id]
    assert start.active.profile == saved and start.active.currency == "EUR"
    assert start.active.key.value == panel.key
    assert start.active.key.location is KeyLocation.KEYRING
    assert logs.redact(panel.key) == "***"  # registered with the log's redactor when read


def test_a_removed_active_panel_falls_back_to_the_first(store, credentials, saved):
    store.preferences.set(preferences.ACTIVE_PROFILE, 999)
    assert start_session(store, credentials).active.profile == saved


def test_activating_a_panel_is_remembered(store, credentials, saved, panel):
    other = store.profiles.add("Other", "https://other.example/api/v2")
    active = activate_panel(store, credentials, other.id)
    assert active.profile == other and active.key.value is None
    assert store.preferences.get(preferences.ACTIVE_PROFILE) == other.id
    back = activate_panel(store, credentials, saved.id)
    assert back.key.value == panel.key
    assert store.preferences.get(preferences.ACTIVE_PROFILE) == saved.id
    with pytest.raises(KeyError):
        activate_panel(store, credentials, 12345)


# --- saving and removing ---------------------------------------------------------------------


def test_saving_a_new_panel_keeps_its_key_in_the_keyring(store, credentials, memory_keyring):
    result = save_panel(
        store, credentials, None, " Mine ", " https://p.example/api/v2 ", None, KEY_TYPED
    )
    profile = result.panel.profile
    assert (profile.name, profile.url, profile.proxy) == ("Mine", "https://p.example/api/v2", None)
    assert result.profiles == store.profiles.list() and profile in result.profiles
    assert result.stored_key.location is KeyLocation.KEYRING
    assert result.panel.key.value == KEY_TYPED
    assert KEY_TYPED in memory_keyring.passwords.values()
    assert logs.redact(KEY_TYPED) == "***"
    assert KEY_TYPED not in repr(result)  # a result printed or logged shows no key


def test_changing_a_panel_without_a_key_keeps_the_saved_one(store, credentials, saved, panel):
    result = save_panel(
        store, credentials, saved.id, "Renamed", saved.url, "socks5://127.0.0.1:1080", ""
    )
    assert result.stored_key is None
    assert result.panel.profile.name == "Renamed"
    assert result.panel.profile.proxy == "socks5://127.0.0.1:1080"
    assert result.panel.key.value == panel.key
    assert store.profiles.get(saved.id).name == "Renamed"


def test_an_unusable_address_saves_nothing(store, credentials, memory_keyring):
    with pytest.raises(ValueError):
        save_panel(store, credentials, None, "Bad", "https://p.example/api?key=x", None, KEY_TYPED)
    assert store.profiles.list() == []
    assert memory_keyring.passwords == {}
    with pytest.raises(KeyError):
        save_panel(store, credentials, 4242, "Gone", "https://p.example/api", None, None)


def test_removing_panels_removes_their_keys_and_never_leaves_none(
    store, credentials, saved, memory_keyring
):
    service = Service("1", "Followers", "Instagram", "Default", Decimal("1.5"), 10, 1000)
    local_id = store.journal.begin(saved.id, service, {"service": "1"}, None, None)
    left = remove_panel(store, credentials, saved.id)
    assert [p.name for p in left] == [DEFAULT_PROFILE_NAME]
    assert memory_keyring.passwords == {}
    assert read_key(credentials, saved.id).value is None
    assert store.journal.get(local_id) is not None  # money spent stays on record


def test_where_keys_are_kept(credentials, saved, panel):
    storage = key_storage(credentials)
    assert storage.keyring_usable and storage.backend_name
    assert key_location(credentials, saved.id) is KeyLocation.KEYRING
    assert key_location(credentials, saved.id + 1) is None
    assert panel.key not in repr(read_key(credentials, saved.id))


def test_a_balance_naming_no_currency_keeps_the_last_one(store, saved, make_panel):
    panel = make_panel()
    store.preferences.set(preferences.PANEL_CURRENCY, "USD", saved.id)
    panel.inject("raw", action="balance", body='{"balance": "12.5"}')
    balance = read_balance(open_client(panel.url, panel.key), store.preferences, saved.id)
    assert balance.amount == Decimal("12.5")
    assert store.preferences.get(preferences.PANEL_CURRENCY, saved.id) == "USD"  # not "?"

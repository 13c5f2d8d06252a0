"""The panel account: which panels are saved, the active one and its key, its balance, and the
Panels dialog's connection test.

Every function here may block (SQLite, the OS keyring's unlock prompt, the network): the ui
calls them on its task runner. Keys travel inside results only in fields left out of `repr`,
and each key read or saved is registered with the log's redactor (core/logs.py) first.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from core import preferences
from core.errors import ErrorKind, PanelError
from core.exchange_rates import currency_code
from core.insights import Alert, check_balance, record_balance
from core.logs import register_secret
from core.models import Balance
from core.preferences import Preferences
from core.store import Profile, Store
from core.store.db import StoreError

if TYPE_CHECKING:  # the HTTP stack (~0.1 s to import) waits until the first paint
    from core.api import PanelClient
    from core.credentials import CredentialStore, KeyLocation, StoredKey

log = logging.getLogger(__name__)


# --- the client and the key ------------------------------------------------------------------


def open_client(url: str, key: str, proxy: str | None = None, **options: Any) -> PanelClient:
    """A client for these settings (InvalidSettings for an unusable URL, proxy or empty key)."""
    from core.api import PanelClient

    return PanelClient(url, key, proxy=(proxy or "").strip() or None, **options)


@dataclass(frozen=True)
class PanelKey:
    """A profile's key and where it is kept; `value` is None when no key is saved."""

    value: str | None = field(repr=False)
    location: KeyLocation | None


def read_key(credentials: CredentialStore, profile_id: int) -> PanelKey:
    """The profile's key (keyring, plain file or this session's memory) and where it is."""
    key = credentials.get(profile_id)
    register_secret(key)  # the log blanks it from here on
    return PanelKey(key, credentials.location(profile_id) if key else None)


@dataclass(frozen=True)
class KeyStorage:
    """Where keys go on this computer: the keyring in use, or memory for the session."""

    keyring_usable: bool
    backend_name: str


def key_storage(credentials: CredentialStore) -> KeyStorage:
    """Whether the OS keyring can keep keys, and its name (for the Panels dialog)."""
    return KeyStorage(credentials.keyring_usable(), credentials.backend_name())


def key_location(credentials: CredentialStore, profile_id: int) -> KeyLocation | None:
    """Where the profile's key is kept, or None when it has none."""
    return read_key(credentials, profile_id).location


# --- the active panel ------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivePanel:
    """A panel ready to be used: its profile, its key, and the currency last seen on it."""

    profile: Profile
    key: PanelKey
    currency: str | None


@dataclass(frozen=True)
class SessionStart:
    """What the app starts with: the saved panels, the active one, and how many orders a
    crash left half-sent (now `unknown`, for the user to check)."""

    profiles: list[Profile]
    active: ActivePanel
    recovered_orders: int


def _active(store: Store, credentials: CredentialStore, profile: Profile) -> ActivePanel:
    # The HTTP stack (~0.1 s to import) loads here, on the worker: the GUI thread opens the
    # panel's client with this result and must not import it there.
    import core.api  # noqa: F401

    prefs = store.preferences
    # The panel's word, else the user's (issue 15: stated for a panel that never said).
    currency = prefs.get(preferences.PANEL_CURRENCY, profile.id) or prefs.get(
        preferences.PANEL_CURRENCY_STATED, profile.id
    )
    return ActivePanel(profile, read_key(credentials, profile.id), currency)


def _profiles(store: Store) -> list[Profile]:
    """The saved panels; on first run the user's own panel is added, so there is always one."""
    return store.profiles.list() or [store.profiles.ensure_default()]


def start_session(store: Store, credentials: CredentialStore) -> SessionStart:
    """Recover orders a crash interrupted, load the panels and make the last active one active.

    Recovery runs only in the app holding the data folder's single-instance lock: an order
    another running instance is sending is in flight, not interrupted. A read-only store (a
    view of a damaged data file) is never written: without a saved panel it shows the default
    panel unsaved."""
    if store.holds_lock:
        recovered = store.journal.recover_interrupted()
    else:
        recovered = 0
        log.info("not the data folder's owner (or read-only): interrupted orders left alone")
    if store.read_only:
        from core import DEFAULT_PANEL_URL
        from core.store import DEFAULT_PROFILE_NAME

        unsaved = Profile(0, DEFAULT_PROFILE_NAME, DEFAULT_PANEL_URL, None)
        profiles = store.profiles.list() or [unsaved]
    else:
        profiles = _profiles(store)
    wanted = store.preferences.get(preferences.ACTIVE_PROFILE)
    profile = next((p for p in profiles if p.id == wanted), profiles[0])
    return SessionStart(profiles, _active(store, credentials, profile), recovered)


def activate_panel(store: Store, credentials: CredentialStore, profile_id: int) -> ActivePanel:
    """Make a saved panel the active one (remembered for the next start); KeyError if gone."""
    profile = store.profiles.get(profile_id)
    if profile is None:
        raise KeyError(profile_id)
    store.preferences.set(preferences.ACTIVE_PROFILE, profile.id)
    return _active(store, credentials, profile)


# --- adding, changing, removing panels -------------------------------------------------------


@dataclass(frozen=True)
class SavedPanel:
    """A panel after saving: all panels, this one with its key as now kept, and where a newly
    typed key went (None when no key was typed)."""

    profiles: list[Profile]
    panel: ActivePanel
    stored_key: StoredKey | None


def save_panel(
    store: Store,
    credentials: CredentialStore,
    profile_id: int | None,
    name: str,
    url: str,
    proxy: str | None,
    key: str | None,
    funds_page: str | None = None,
) -> SavedPanel:
    """Add (`profile_id` None) or change a panel, and keep `key` if one is given. `funds_page`
    is the add-funds page's address ("" for the one derived from the URL, None: unchanged).

    ValueError for an empty name, an unusable URL or proxy, or a funds page that is no web
    address (nothing is saved then); KeyError when the panel was removed meanwhile."""
    funds = None if funds_page is None else funds_page.strip()
    if funds:
        preferences.FUNDS_PAGE.decode(funds)  # ValueError before anything is saved
    if profile_id is None:
        profile = store.profiles.add(name, url, proxy)
    else:
        store.profiles.update(Profile(profile_id, name, url.strip(), proxy))
        profile = store.profiles.get(profile_id)
        if profile is None:
            raise KeyError(profile_id)
    if funds is not None:
        if funds:
            store.preferences.set(preferences.FUNDS_PAGE, funds, profile.id)
        else:
            store.preferences.reset(preferences.FUNDS_PAGE, profile.id)
    stored = None
    if key and key.strip():
        register_secret(key)  # before the keyring sees it: its errors may quote it
        stored = credentials.set(profile.id, key)
    return SavedPanel(store.profiles.list(), _active(store, credentials, profile), stored)


def remove_panel(store: Store, credentials: CredentialStore, profile_id: int) -> list[Profile]:
    """Remove a panel and its key; its orders stay in the journal. Returns the panels left
    (the user's own panel again when none is)."""
    store.profiles.delete(profile_id)
    credentials.delete(profile_id)
    return _profiles(store)


# --- the add-funds page ---------------------------------------------------------------------


def site_address(api_url: str) -> str:
    """The web site an API URL belongs to: its scheme and host, "https://smm.example/" for
    "https://smm.example/api/v2" (a port kept); "" when the URL has no host."""
    try:
        parts = urlsplit(api_url.strip())
        host = parts.hostname
        port = parts.port
    except ValueError:  # a port that is no number, a broken IPv6 address
        return ""
    if not host or parts.scheme.lower() not in ("http", "https"):
        return ""
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme.lower()}://{host}{'' if port is None else f':{port}'}/"


def funds_page(prefs: Preferences, profile: Profile) -> str:
    """Where a reseller adds funds on this panel: the address saved in its profile, else its
    site (panels keep the add-funds page a click away from their home page once logged in)."""
    return prefs.get(preferences.FUNDS_PAGE, profile.id) or site_address(profile.url)


# --- the balance -----------------------------------------------------------------------------


def read_balance(client: PanelClient, prefs: Preferences | None, profile_id: int) -> Balance:
    """The panel's balance; its currency is remembered for the panel (the panel says it only
    here), so amounts can carry it before the next balance arrives. Raises PanelError."""
    balance = client.balance()
    if prefs is not None and currency_code(balance.currency) is None:
        # No currency named ("?") or no code: the last one said, or the user's, stands.
        log.warning("the panel's currency is not a short code: not remembered")
    elif prefs is not None:
        try:
            prefs.set(preferences.PANEL_CURRENCY, balance.currency, profile_id)
        except ValueError:  # a panel's odd currency text is shown, not remembered
            log.warning("the panel's currency is not a short code: not remembered")
        except (StoreError, sqlite3.Error) as exc:  # the balance still counts: shown anyway
            log.warning("the panel's currency not remembered: %s", type(exc).__name__)
    return balance


@dataclass(frozen=True)
class BalanceReading:
    """A balance read by the app, and the alerts it raised (a low balance)."""

    balance: Balance
    alerts: tuple[Alert, ...] = ()


def read_and_record_balance(client: PanelClient, store: Store, profile_id: int) -> BalanceReading:
    """`read_balance`, then a balance snapshot for the Insights charts and the low-balance
    check. A store that cannot keep the snapshot costs the chart a point, never the balance."""
    balance = read_balance(client, store.preferences, profile_id)
    if store.read_only:
        return BalanceReading(balance)
    try:
        record_balance(store, profile_id, balance)
    except (StoreError, sqlite3.Error) as exc:
        log.warning("balance snapshot not kept: %s", type(exc).__name__)
    return BalanceReading(balance, check_balance(store, profile_id, balance))


# --- the connection test ---------------------------------------------------------------------


class ConnectionOutcome(str, Enum):
    """How a connection test ended."""

    CONNECTED = "connected"  # the panel answered with a balance
    NO_KEY = "no_key"  # no key was typed and no saved key may be used: nothing was sent
    FAILED = "failed"  # the settings, the network or the panel said no: see `error`


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer to "Test connection": a balance, or why there is none."""

    outcome: ConnectionOutcome
    balance: Balance | None = None
    error: PanelError | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is ConnectionOutcome.CONNECTED

    @property
    def error_kind(self) -> ErrorKind | None:
        return None if self.error is None else self.error.kind


def may_use_saved_key(saved: Profile | None, url: str, proxy: str | None) -> bool:
    """True when the address and proxy are the saved panel's own. The saved key is only ever
    sent there: never to an address or proxy just typed, which could be anyone's."""
    if saved is None:
        return False
    return (saved.url, saved.proxy) == (url.strip(), (proxy or "").strip() or None)


def check_connection(
    url: str,
    proxy: str | None,
    typed_key: str | None,
    *,
    credentials: CredentialStore | None = None,
    saved: Profile | None = None,
) -> ConnectionCheck:
    """Ask the panel for the balance with these settings.

    The key is the one typed, else the saved panel's own key when `may_use_saved_key` allows
    it. No retries: a test should answer at once and never hold up closing the app."""
    key = (typed_key or "").strip()
    if not key and credentials is not None and may_use_saved_key(saved, url, proxy):
        # Only the key: asking where it is kept could wait on the keyring a second time.
        key = credentials.get(saved.id) or ""
    if not key:
        return ConnectionCheck(ConnectionOutcome.NO_KEY)
    register_secret(key)
    try:
        balance = open_client(url, key, proxy, retries=0).balance()
    except PanelError as exc:
        return ConnectionCheck(ConnectionOutcome.FAILED, error=exc)
    return ConnectionCheck(ConnectionOutcome.CONNECTED, balance=balance)

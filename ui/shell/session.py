"""AppSession: the state every tab shares (active profile, its key, client, catalogue, balance).

Widgets read it and listen to its signals; they never reach for the store, keyring or network
themselves but go through `session.runner`. `profileChanged` is emitted once the profile's key
has been read (off the GUI thread), so `session.client` is ready when tabs hear it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from core import preferences
from core.errors import PanelError
from core.logs import register_secret
from core.models import Balance
from core.preferences import Option
from core.private_files import make_private_file
from ui.shell.task_runner import TaskRunner

# The HTTP stack is imported with the first client, and panel_account where it is used: both
# after the first paint (the session starts then).
if TYPE_CHECKING:
    from core.api import PanelClient
    from core.workflows import panel_account

log = logging.getLogger(__name__)

UI_STATE_FILE = "ui-state.ini"


class AppSession(QObject):
    """Shared state of the running app; lives on the GUI thread."""

    profileChanged = Signal(object)  # core.store Profile | None
    catalogueChanged = Signal(object)  # core.catalog.ServiceCatalog | None
    balanceChanged = Signal(object)  # core.models.Balance | None
    ordersChanged = Signal()  # the journal changed (placed, refreshed, tracked...)
    #: Orders read the journal again after a change it made itself (a refresh, track, hide,
    #: refill...): what is computed from the journal (Insights, quality lines) is stale.
    journalRead = Signal()
    serviceChosen = Signal(str)  # a service id picked for a new order
    repeatOrder = Signal(object)  # a JournalOrder to reopen in New order
    showOrder = Signal(int)  # a journal local id to select in Orders (New order emits it)
    # Added by the app shell:
    profilesChanged = Signal()  # the list of profiles changed (added, renamed, removed)
    keyMissing = Signal(object)  # the active Profile has no key: ask for one
    balanceFailed = Signal(object)  # the exception of a failed balance refresh
    keyStored = Signal(object, object)  # Profile, core.credentials.StoredKey
    statusMessage = Signal(str)  # a short note for the status bar
    alertsRaised = Signal(object)  # a tuple of new core.insights.Alert (ui/alerts shows them)

    def __init__(
        self,
        store: Any,
        credentials: Any,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.credentials = credentials
        self.runner = runner
        self.profile = None
        self.profiles: list = []
        self.catalogue = None
        self.balance: Balance | None = None
        #: The client of the active profile, or None when it has no (usable) key or URL.
        self.client: PanelClient | None = None
        #: Where the active profile's key is (core.credentials.KeyLocation), None without one.
        self.key_location = None
        #: Why there is no client (translated), when there is none.
        self.client_problem: str | None = None
        #: Why the last balance request of the active panel failed (None once it answers): a
        #: tab made later still says it.
        self.balance_error: BaseException | None = None
        self._cached_currency: str | None = None
        self._ui_state: QSettings | None = None

    # --- small accessors ---------------------------------------------------------------------

    @property
    def currency(self) -> str | None:
        """The active panel's currency: from the balance, else the last one seen."""
        return self.balance.currency if self.balance is not None else self._cached_currency

    @property
    def is_demo(self) -> bool:
        """Whether the active panel is the --demo one (its key is a fake, nothing to protect)."""
        if self.profile is None or self.store is None:
            return False
        return self.store.preferences.get(preferences.DEMO_PROFILE) == self.profile.id

    def funds_page(self) -> str:
        """The active panel's add-funds page (panel_account.funds_page); "" without a panel."""
        if self.profile is None or self.store is None:
            return ""
        from core.workflows import panel_account

        return panel_account.funds_page(self.store.preferences, self.profile)

    @property
    def data_dir(self) -> Path | None:
        return getattr(self.store, "data_dir", None)

    def ui_state(self) -> QSettings:
        """Window geometry, splitters, last tab: an ini file in the data directory."""
        if self._ui_state is None:
            if self.data_dir is not None:
                path = Path(self.data_dir) / UI_STATE_FILE
                # Made 0600 before Qt writes it (Qt keeps an existing file's mode), or tightened.
                with contextlib.suppress(OSError):  # a read-only folder: the state goes unsaved
                    make_private_file(path)
                self._ui_state = QSettings(str(path), QSettings.Format.IniFormat, self)
            else:  # no store (a bare test): keep the state in memory only
                self._ui_state = QSettings(
                    QSettings.Format.IniFormat,
                    QSettings.Scope.UserScope,
                    "smm-desk-unsaved",
                    parent=self,
                )
                self._ui_state.clear()
        return self._ui_state

    # --- start and profiles --------------------------------------------------------------------

    def start(self) -> None:
        """Recover interrupted orders, load the profiles and activate the last one (background)."""
        from core.workflows import panel_account

        store, credentials = self.store, self.credentials

        def done(start: panel_account.SessionStart) -> None:
            self.profiles = start.profiles
            self.profilesChanged.emit()
            self._use_panel(start.active)
            if start.recovered_orders:
                self.ordersChanged.emit()
                self.statusMessage.emit(
                    self.tr(
                        "%n order(s) were being sent when the app last closed: their outcome "
                        "is unknown, check them in Orders.",
                        "",
                        start.recovered_orders,
                    )
                )

        self.runner.submit(
            lambda: panel_account.start_session(store, credentials),
            done,
            self._report,
            owner=self,
            key="session-profile",
        )

    def activate_profile(self, profile_id: int) -> None:
        """Switch to another profile: read its key in the background, then tell every tab."""
        from core.workflows import panel_account

        store, credentials = self.store, self.credentials
        self.runner.submit(
            lambda: panel_account.activate_panel(store, credentials, profile_id),
            self._use_panel,
            self._report,
            owner=self,
            key="session-profile",
        )

    def save_profile(
        self,
        profile_id: int | None,
        name: str,
        url: str,
        proxy: str | None,
        key: str | None,
        on_done: Callable[[Any, Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        funds_page: str | None = None,
    ) -> None:
        """Add (profile_id None) or update a profile and store its key if one is given;
        `funds_page` as panel_account.save_panel takes it.

        `on_done(profile, stored_key_or_None)` runs on the GUI thread after the session has
        reloaded the profiles (and re-activated the profile if it is, or becomes, active)."""
        from core.workflows import panel_account

        store, credentials = self.store, self.credentials

        def done(saved: panel_account.SavedPanel) -> None:
            profile = saved.panel.profile
            self.profiles = saved.profiles
            self.profilesChanged.emit()
            if saved.stored_key is not None:
                self.keyStored.emit(profile, saved.stored_key)
            if self.profile is None or self.profile.id == profile.id:
                self._use_panel(saved.panel)
            if on_done is not None:
                on_done(profile, saved.stored_key)

        self.runner.submit(
            lambda: panel_account.save_panel(
                store, credentials, profile_id, name, url, proxy, key, funds_page
            ),
            done,
            on_error or self._report,
            owner=owner,
        )

    def delete_profile(self, profile_id: int, on_done: Callable[[], None] | None = None) -> None:
        """Delete a profile and its key (journal orders are kept); activate another if needed."""
        from core.workflows import panel_account

        store, credentials = self.store, self.credentials

        def done(profiles: list) -> None:
            self.profiles = profiles
            self.profilesChanged.emit()
            if self.profile is not None and self.profile.id == profile_id:
                self.activate_profile(profiles[0].id)
            if on_done is not None:
                on_done()

        self.runner.submit(
            lambda: panel_account.remove_panel(store, credentials, profile_id),
            done,
            self._report,
            owner=self,
        )

    def close_client(self, *, finish_in_flight: bool = False) -> None:
        """Drop the active client; calls still running on it stop retrying. A request in flight
        is cut after a short grace (the app is closing), or with `finish_in_flight` (the user
        switches panels) may run to its own deadline, so an order being sent is not made
        unknown by a panel switch."""
        if self.client is not None:
            if finish_in_flight:
                self.client.close(grace=self.client.deadline)
            else:
                self.client.close()
        self.client = None

    def _use_panel(self, active: panel_account.ActivePanel) -> None:
        self._apply_profile(active.profile, active.key.value, active.key.location, active.currency)

    def _apply_profile(
        self, profile: Any, key: str | None, location: Any, currency: str | None
    ) -> None:
        self.profile = profile
        self.key_location = location
        self.balance = None
        self.balance_error = None
        self._cached_currency = currency
        # A retry still waiting for the previous panel gives up at once; an order being sent
        # to it still gets its answer.
        self.close_client(finish_in_flight=True)
        self.client_problem = None
        register_secret(key)  # the log redacts it from here on
        if not key:
            self.client_problem = self.tr("No API key is saved for this panel.")
        else:
            from core.workflows import panel_account

            try:
                self.client = panel_account.open_client(profile.url, key, profile.proxy)
            except PanelError as exc:
                from ui.common.error_text import one_line

                self.client_problem = one_line(exc)
        self.balanceChanged.emit(None)
        self.profileChanged.emit(profile)
        if self.client is None and not key:
            self.keyMissing.emit(profile)
        elif self.client is not None:
            self.refresh_balance()

    # --- balance and catalogue -----------------------------------------------------------------

    def refresh_balance(self) -> None:
        """Ask the panel for the balance in the background; balanceChanged tells the result.

        Other tabs call this after placing orders."""
        from core.workflows import panel_account

        client, profile, store = self.client, self.profile, self.store
        if client is None or profile is None:
            return
        prefs = store.preferences if store is not None else None

        def job() -> panel_account.BalanceReading:
            if store is None:
                return panel_account.BalanceReading(
                    panel_account.read_balance(client, prefs, profile.id)
                )
            # Kept as a snapshot for Insights' balance chart, and checked for a low balance.
            return panel_account.read_and_record_balance(client, store, profile.id)

        def done(reading: panel_account.BalanceReading) -> None:
            if reading.alerts:
                self.alertsRaised.emit(reading.alerts)
            balance = reading.balance
            if self.profile is None or self.profile.id != profile.id:
                return  # the user switched panels meanwhile
            self.balance = balance
            self.balance_error = None
            self._cached_currency = balance.currency
            self.balanceChanged.emit(balance)

        def failed(exc: BaseException) -> None:
            if self.profile is not None and self.profile.id == profile.id:
                self.balance_error = exc
                self.balanceFailed.emit(exc)

        self.runner.submit(job, done, failed, owner=self, key="session-balance")

    def set_catalogue(self, catalogue: Any) -> None:
        """The active profile's catalogue was loaded or refreshed (core.catalog.ServiceCatalog)."""
        self.catalogue = catalogue
        self.catalogueChanged.emit(catalogue)

    def remember(self, option: Option, value: object) -> bool:
        """Save a preference the user just changed (synchronously: one small row). A store that
        cannot be written (locked, full, damaged) is said in the status bar; the choice still
        applies to this run. Returns whether it was saved."""
        if self.store is None:
            return False
        try:
            self.store.preferences.set(option, value)
        except Exception as exc:  # noqa: BLE001 - any storage failure; never a crash dialog
            log.warning("preference %s not saved: %s", option.key, type(exc).__name__)
            self._report(exc)
            return False
        return True

    def _report(self, exc: BaseException) -> None:
        from ui.common.error_text import one_line

        self.statusMessage.emit(one_line(exc))

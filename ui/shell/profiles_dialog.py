"""Panels dialog: add and edit panel profiles (name, API URL, key, proxy), test the connection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import DEFAULT_PANEL_URL, preferences
from core.credentials import KeyLocation
from core.panel_url import is_insecure_url
from core.workflows import panel_account
from ui.common import formatting
from ui.common.error_text import describe, keyring_why
from ui.market.panel_currency_field import PanelCurrencyField
from ui.shell.profile_key_field import ProfileKeyField, form_problem
from ui.shell.session import AppSession

_NEW = -1  # list item data of a profile not saved yet
_OK_STYLE = "color: #1e7b34;"
_BAD_STYLE = "color: #b3261e;"


class ProfilesDialog(QDialog):
    """Edit the saved panels. Opened at first run with the user's panel filled in."""

    #: The connection test finished: True when the panel answered with a balance.
    tested = Signal(bool)
    #: A profile was saved (the Profile).
    saved = Signal(object)

    def __init__(
        self,
        session: AppSession,
        parent: QWidget | None = None,
        profile_id: int | None = None,
        first_run: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Panels"))
        self.session = session
        self._first_run = first_run
        self._build()
        self._fill_list(profile_id if profile_id is not None else self._active_id())
        self.resize(760, 420)

    # --- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profilesList")
        self.add_button = QPushButton(self.tr("Add panel"), self)
        self.add_button.setObjectName("addProfile")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeProfile")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.profile_list, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        left_layout.addLayout(buttons_row)

        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("firstRunIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(
            self.tr(
                "Welcome. Paste the API key from your panel's API page (Account → API) and "
                "press Test connection, then Save."
            )
        )
        self.intro_label.setVisible(self._first_run)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profileName")
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("profileUrl")
        self.url_edit.setPlaceholderText(DEFAULT_PANEL_URL)
        self.url_warning = QLabel(self)
        self.url_warning.setObjectName("urlWarning")
        self.url_warning.setWordWrap(True)
        self.url_warning.setStyleSheet(_BAD_STYLE)
        self.url_warning.setText(
            self.tr(
                "This address is plain http:// to another computer: your API key would travel "
                "unencrypted. Use https:// unless you know why not."
            )
        )
        self.url_warning.setVisible(False)
        self.key_field = ProfileKeyField(self)
        key = self.key_field  # its widgets, named on the dialog as its tests know them
        self.key_edit, self.show_key_button, self.key_status = key.edit, key.show_button, key.status
        self.storage_label = key.storage_label
        self.proxy_edit = QLineEdit(self)
        self.proxy_edit.setObjectName("profileProxy")
        self.proxy_edit.setPlaceholderText(self.tr("optional, e.g. socks5://127.0.0.1:1080"))
        self.funds_edit = QLineEdit(self)
        self.funds_edit.setObjectName("profileFundsPage")
        self.funds_edit.setToolTip(
            self.tr("Where “Add funds” goes. Empty: the panel's site, from the API URL.")
        )
        # Addresses and keys are Latin text: typed left to right even in the Persian layout.
        for edit in (self.url_edit, self.key_edit, self.proxy_edit, self.funds_edit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("API URL:"), self.url_edit)
        form.addRow("", self.url_warning)
        form.addRow(self.tr("API key:"), key.row)
        form.addRow("", self.key_status)
        form.addRow(self.tr("Proxy:"), self.proxy_edit)
        form.addRow(self.tr("Add-funds page:"), self.funds_edit)
        self.currency_field = PanelCurrencyField(self.session, self)  # issue 15
        form.addRow(self.tr("Currency:"), self.currency_field)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.intro_label)
        right_layout.addLayout(form)
        right_layout.addLayout(test_row)
        right_layout.addStretch(1)
        right_layout.addWidget(self.storage_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("profilesSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 560])

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveProfile")
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closeProfiles")
        self.save_result = QLabel(self)
        self.save_result.setObjectName("saveResult")
        self.save_result.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.save_result)
        layout.addWidget(self.buttons)

        self.profile_list.currentItemChanged.connect(self._profile_selected)
        self.add_button.clicked.connect(self._add_profile)
        self.remove_button.clicked.connect(self._remove_profile)
        self.url_edit.textChanged.connect(self._url_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.key_field.show_storage(self.session)

    @property
    def _has_saved_key(self) -> bool | None:
        """Whether the selected panel has a saved key; None until the background check says."""
        return self.key_field.saved

    # --- the list ------------------------------------------------------------------------------

    def _active_id(self) -> int | None:
        profile = self.session.profile
        return None if profile is None else profile.id

    def _fill_list(self, select_id: int | None) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self.session.profiles:
            item = QListWidgetItem(formatting.isolate(profile.name), self.profile_list)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
        self.profile_list.blockSignals(False)
        row = next(
            (
                i
                for i in range(self.profile_list.count())
                if self.profile_list.item(i).data(Qt.ItemDataRole.UserRole) == select_id
            ),
            0,
        )
        if self.profile_list.count():
            self.profile_list.setCurrentRow(row)
        else:
            self._add_profile()

    def _profile(self, profile_id: int | None) -> Any:
        return next((p for p in self.session.profiles if p.id == profile_id), None)

    def current_profile_id(self) -> int | None:
        item = self.profile_list.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return None if value == _NEW else value

    def _profile_selected(self, current: QListWidgetItem | None, _previous: Any) -> None:
        profile = self._profile(None if current is None else current.data(Qt.ItemDataRole.UserRole))
        self.test_result.clear()
        self.save_result.clear()
        self.key_field.reset()
        self.currency_field.show_profile(None if profile is None else profile.id)
        if profile is None:  # a new panel
            self.name_edit.setText(self.tr("New panel") if self.profile_list.count() > 1 else "")
            self.url_edit.setText("")
            self.proxy_edit.setText("")
            self.funds_edit.setText("")
            self.key_field.show_saved(False)
            self.remove_button.setEnabled(False)
            return
        self.name_edit.setText(profile.name)
        self.url_edit.setText(profile.url)
        self.proxy_edit.setText(profile.proxy or "")
        self.funds_edit.setText(
            self.session.store.preferences.get(preferences.FUNDS_PAGE, profile.id) or ""
        )
        self.remove_button.setEnabled(True)
        self.key_field.show_checking()
        credentials, profile_id = self.session.credentials, profile.id
        self.session.runner.submit(
            lambda: panel_account.key_location(credentials, profile_id),
            lambda location: self._key_location_known(profile_id, location),
            lambda exc: self.key_status.setText(describe(exc)[1]),
            owner=self,
            key="profiles-key-location",
        )

    def _key_location_known(self, profile_id: int, location: KeyLocation | None) -> None:
        if profile_id != self.current_profile_id():
            return
        self.key_field.show_saved(location is not None, location)

    def _add_profile(self) -> None:
        # Set apart from the saved panels until it is saved: "not saved", in the placeholder's
        # grey (not italics: many fonts have no italic Persian letters).
        item = QListWidgetItem(self.tr("New panel (not saved)"), self.profile_list)
        item.setData(Qt.ItemDataRole.UserRole, _NEW)
        item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.profile_list.setCurrentItem(item)
        if self.profile_list.count() == 1:
            self.url_edit.setText(DEFAULT_PANEL_URL)
        self.name_edit.setFocus()
        self.name_edit.selectAll()  # typing a name replaces "New panel"

    def _remove_profile(self) -> None:
        profile = self._profile(self.current_profile_id())
        if profile is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove panel"),
            self.tr(
                "Remove the panel “{name}” and its saved key? Orders placed through it stay in "
                "the order list."
            ).format(name=formatting.isolate(profile.name)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.delete_profile(profile.id, lambda: self._fill_list(self._active_id()))

    # --- fields --------------------------------------------------------------------------------

    def _url_changed(self, text: str) -> None:
        self.url_warning.setVisible(bool(text.strip()) and is_insecure_url(text))
        self.funds_edit.setPlaceholderText(panel_account.site_address(text))

    # --- actions -------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Ask the panel for the balance with what is in the form (the saved key if none)."""
        url, proxy = self.url_edit.text().strip(), self.proxy_edit.text().strip() or None
        typed_key = self.key_field.typed()
        credentials = self.session.credentials
        saved = self._profile(self.current_profile_id())
        # Said at once, with nothing sent: no key typed, and no saved key that may go there.
        if not typed_key and (
            self.key_field.saved is False or not panel_account.may_use_saved_key(saved, url, proxy)
        ):
            self._test_done(False, self.tr("Enter the API key first."))
            return

        def job() -> panel_account.ConnectionCheck:
            return panel_account.check_connection(
                url, proxy, typed_key, credentials=credentials, saved=saved
            )

        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Asking the panel for the balance…"))
        self.session.runner.submit(
            job, self._connection_checked, self._connection_failed, owner=self, key="profiles-test"
        )

    def _connection_checked(self, check: panel_account.ConnectionCheck) -> None:
        if check.outcome is panel_account.ConnectionOutcome.CONNECTED:
            balance = check.balance
            self._test_done(
                True,
                self.tr("Connected. Balance: {amount}").format(
                    amount=formatting.money(balance.amount, balance.currency)
                ),
            )
        elif check.outcome is panel_account.ConnectionOutcome.NO_KEY:
            self._test_done(False, self.tr("Enter the API key first."))
        else:
            self._connection_failed(check.error)

    def _connection_failed(self, exc: BaseException) -> None:
        """A failed check, or an error the check lets through (the keyring's, for one)."""
        title, message, details = describe(exc)
        self._test_done(False, f"{title}. {message}", details)

    def _test_done(self, ok: bool, text: str, details: str = "") -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(_OK_STYLE if ok else _BAD_STYLE)
        self.test_result.setText(text)
        self.test_result.setToolTip(details)
        self.tested.emit(ok)

    def save(self) -> None:
        """Save the profile (and the key, if one was typed) in the background."""
        name, url = self.name_edit.text().strip(), self.url_edit.text().strip()
        profile_id = self.current_profile_id()
        key = self.key_edit.text().strip() or None
        funds = self.funds_edit.text().strip()
        needs_key = self.key_field.saved is not True and (profile_id is None or self._first_run)
        # The currency is kept before the panel is saved, so the session reactivating it sees it.
        problem = form_problem(name, url, key, funds, needs_key) or (
            self.currency_field.problem()
            or (None if profile_id is None else self.currency_field.save(profile_id))
        )
        if problem:
            self.save_result.setStyleSheet(_BAD_STYLE)
            self.save_result.setText(problem)
            return
        proxy = self.proxy_edit.text().strip() or None
        self.save_button.setEnabled(False)
        self.save_result.setStyleSheet("")
        self.save_result.setText(self.tr("Saving…"))

        def done(profile: Any, stored: Any) -> None:
            self.save_button.setEnabled(True)
            self.key_edit.clear()
            if profile_id is None and (problem := self.currency_field.save(profile.id)):
                self.save_result.setStyleSheet(_BAD_STYLE)
                self.save_result.setText(problem)
                return
            if profile_id is None:
                self.session.activate_profile(profile.id)
            self.saved.emit(profile)
            if stored is not None and stored.location != KeyLocation.KEYRING:
                # Say it where the user is looking, then let them close the dialog.
                self._fill_list(profile.id)
                self.save_result.setStyleSheet(_BAD_STYLE)
                reason = keyring_why(stored.why) or self.tr("unknown")
                if stored.location == KeyLocation.PLAIN_FILE:
                    text = self.tr(
                        "Saved, but in an unencrypted file, as chosen: anyone who can read that "
                        "file can use your panel account. Why: {reason}"
                    )
                else:
                    text = self.tr(
                        "Saved, but the key is kept for this session only: it will be asked "
                        "for again next time. Why: {reason}"
                    )
                self.save_result.setText(text.format(reason=reason))
                return
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            title, message, details = describe(exc)
            self.save_result.setStyleSheet(_BAD_STYLE)
            self.save_result.setText(f"{title}. {message}")
            self.save_result.setToolTip(details)

        self.session.save_profile(
            profile_id, name, url, proxy, key, done, failed, owner=self, funds_page=funds
        )

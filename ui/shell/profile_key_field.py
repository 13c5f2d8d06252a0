"""The Panels form's API key field, and what keeps the form from being saved.

The key's entry (hidden, with Show), the line saying whether and where a key is saved for the
panel shown, and the line on how this computer keeps keys. Texts keep the dialog's context
("ProfilesDialog"), so the Panels form reads as one piece in every language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from core import preferences
from core.credentials import KeyLocation
from core.workflows import panel_account

_CTX = "ProfilesDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class ProfileKeyField:
    """The API key row of the Panels form and the two lines that speak of keys."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        #: Whether the panel shown has a saved key; None until the background check says.
        self.saved: bool | None = False
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("profileKey")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.show_button = QToolButton(parent)
        self.show_button.setObjectName("showKey")
        self.show_button.setText(_tr("Show"))
        self.show_button.setCheckable(True)
        self.row = QHBoxLayout()
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.show_button)
        self.status = QLabel(parent)
        self.status.setObjectName("keyStatus")
        self.status.setWordWrap(True)
        self.storage_label = QLabel(parent)
        self.storage_label.setObjectName("keyStorage")
        self.storage_label.setWordWrap(True)
        self.show_button.toggled.connect(self._toggle)

    def typed(self) -> str:
        return self.edit.text().strip()

    def reset(self) -> None:
        """Another panel is shown: nothing typed, the key hidden."""
        self.edit.clear()
        self.show_button.setChecked(False)

    def show_checking(self) -> None:
        self.saved = None  # not known yet: a test now reads the saved key itself
        self.status.setText(_tr("Checking for a saved key…"))

    def show_saved(self, saved: bool, location: KeyLocation | None = None) -> None:
        """Say whether (and where) a key is saved for the panel shown."""
        self.saved = saved
        if not saved:
            self.edit.setPlaceholderText(_tr("Paste the key from the panel's API page"))
            self.status.setText(_tr("No key is saved for this panel yet."))
            return
        self.edit.setPlaceholderText(_tr("A key is saved: leave empty to keep it"))
        where = {
            KeyLocation.KEYRING: _tr("A key is saved in the system keyring."),
            KeyLocation.SESSION: _tr(
                "A key is kept for this session only: it will be asked for again next time."
            ),
            KeyLocation.PLAIN_FILE: _tr("A key is saved in an unencrypted file, as chosen."),
        }
        self.status.setText(where.get(location, ""))

    def show_storage(self, session: Any) -> None:
        """Say how this computer keeps keys (asked on a worker: the keyring may block)."""
        credentials = session.credentials

        def done(storage: panel_account.KeyStorage) -> None:
            if storage.keyring_usable:
                text = _tr(
                    "Keys are kept in the system keyring ({backend}), encrypted by your "
                    "operating system, never in SMM Desk's files."
                ).format(backend=storage.backend_name)
            else:
                text = _tr(
                    "No system keyring is available on this computer, so keys are kept in "
                    "memory for this session only and asked for again next time."
                )
            self.storage_label.setText(text)

        session.runner.submit(
            lambda: panel_account.key_storage(credentials),
            done,
            None,
            owner=self._parent,
            key="profiles-storage",
        )

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(_tr("Hide") if shown else _tr("Show"))


def form_problem(name: str, url: str, key: str | None, funds: str, needs_key: bool) -> str:
    """What keeps the Panels form from being saved, in words; "" when nothing does.

    `needs_key`: a new panel, or the first one, is of no use without its key (none is saved)."""
    if not name or not url:
        return _tr("A panel needs a name and an API URL.")
    if not key and needs_key:
        return _tr("Paste the API key from the panel's API page, then save.")
    if funds:
        try:
            preferences.FUNDS_PAGE.decode(funds)
        except ValueError:
            return _tr(
                "The add-funds page must be a web address such as https://panel.example/"
                "addfunds, or empty for the panel's site."
            )
    return ""

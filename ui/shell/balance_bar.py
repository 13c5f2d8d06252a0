"""The balance beside the panel switcher: the amount with its currency, and "Add funds".

The amount follows the session (AppSession.balanceChanged): it is asked for when a panel
becomes active and after every order, refill and cancel (the tabs call
`session.refresh_balance()`); a click asks again. "Add funds" opens the panel's add-funds page
in the browser: the address saved in the panel's profile, else the site of its API URL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ui.common import formatting
from ui.common.error_text import one_line
from ui.shell.session import AppSession


class BalanceBar(QWidget):
    """The balance button and the add-funds link of the active panel."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceBar")
        self.session = session
        self.button = QToolButton(self)
        self.button.setObjectName("balanceButton")
        self.button.setAutoRaise(True)
        self.funds_button = QToolButton(self)
        self.funds_button.setObjectName("addFunds")
        self.funds_button.setAutoRaise(True)
        self.funds_button.setText(self.tr("Add funds"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(self.funds_button)
        self.button.clicked.connect(session.refresh_balance)
        self.funds_button.clicked.connect(self.open_funds_page)
        session.balanceChanged.connect(self.show_balance)
        session.balanceFailed.connect(self._failed)
        session.profileChanged.connect(self._profile_changed)
        self.show_balance(None)
        self._profile_changed(session.profile)

    def funds_url(self) -> str:
        """Where "Add funds" goes for the active panel ("" without one)."""
        return self.session.funds_page()

    def open_funds_page(self) -> None:
        url = self.funds_url()
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def show_balance(self, balance: Any) -> None:
        self.button.setToolTip(self.tr("Balance on the panel; click to refresh"))
        if balance is None:
            self.button.setText(self.tr("Balance: —"))
            return
        self.button.setText(
            self.tr("Balance: {amount}").format(
                amount=formatting.money(balance.amount, balance.currency)
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.button.setText(self.tr("Balance: ?"))
        self.button.setToolTip(one_line(exc))

    def _profile_changed(self, profile: Any) -> None:
        url = self.funds_url() if profile is not None else ""
        self.funds_button.setEnabled(bool(url))
        self.funds_button.setToolTip(
            self.tr("Open the panel's page to add funds: {address}").format(
                address=formatting.ltr(url)
            )
            if url
            else ""
        )

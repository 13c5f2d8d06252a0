"""The Panels dialog's currency field: the currency a panel's balance said, or, where the panel
never said one, the currency the user states for it (issue 15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from core.currency import CurrencySource, PanelCurrency, panel_currency, state_panel_currency
from core.exchange_rates import LONGEST_CODE, currency_code
from ui.common.error_text import one_line


class PanelCurrencyField(QWidget):
    """A small code field; read-only while the panel's own word is known."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelCurrencyField")
        self.session = session
        self._said = False  # the panel's balance said it: the user's word is not needed
        self.edit = QLineEdit(self)
        self.edit.setObjectName("panelCurrency")
        self.edit.setMaxLength(LONGEST_CODE)
        self.edit.setMaximumWidth(110)
        self.edit.setPlaceholderText(self.tr("e.g. USD"))
        self.note = QLabel(self)
        self.note.setObjectName("panelCurrencyNote")
        self.note.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.note, 1)
        self.show_profile(None)

    def show_profile(self, profile_id: int | None) -> None:
        """Show a saved panel's currency (a synchronous read of two settings rows, as the
        dialog's other reads of preferences), or an empty field for a new panel."""
        known = PanelCurrency(None, CurrencySource.NONE)
        store = self.session.store
        if profile_id is not None and store is not None:
            try:
                known = panel_currency(store.preferences, profile_id)
            except Exception as exc:  # noqa: BLE001 - an unreadable database still opens
                self.note.setText(one_line(exc))
                return
        self._said = known.source is CurrencySource.PANEL
        self.edit.setText(known.code or "")
        self.edit.setReadOnly(self._said)
        if self._said:
            self.note.setText(self.tr("As the panel's balance says."))
        else:
            self.note.setText(
                self.tr("The panel has not said its currency: state it to compare its prices.")
            )

    def problem(self) -> str | None:
        """Why the typed text cannot be kept, or None."""
        text = self.edit.text().strip()
        if self._said or not text or currency_code(text) is not None:
            return None
        return self.tr("The currency must be a short code such as USD or IRT.")

    def save(self, profile_id: int) -> str | None:
        """Keep the stated currency (nothing when the panel said its own); the error's words
        when the store refused it."""
        store = self.session.store
        if self._said or store is None:
            return None
        try:
            state_panel_currency(store.preferences, profile_id, self.edit.text())
        except Exception as exc:  # noqa: BLE001 - a locked or read-only database
            return one_line(exc)
        return None

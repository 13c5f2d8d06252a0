"""The alert settings in Preferences: what to watch, and each panel's low-balance threshold."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import preferences as prefs
from ui.common import formatting


class AlertSettingsError(ValueError):
    """A value the user typed is no valid setting; the text says which and why."""


class AlertSettings(QGroupBox):
    """Check boxes and numbers of the alerts; read and saved with the Preferences dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Alerts"), parent)
        self.setObjectName("alertSettings")
        self.low_balance = self._check("alertLowBalance", self.tr("A panel's balance runs low"))
        self.stalled = self._check(
            "alertStalledOrder", self.tr("An order makes no progress for this many hours:")
        )
        self.stalled_hours = self._spin(
            "alertStalledHours", prefs.ALERT_STALLED_HOURS, self.tr(" h")
        )
        self.unreadable = self._check(
            "alertUnreadableOrder",
            self.tr("An order's status cannot be read for this many refreshes:"),
        )
        self.unreadable_refreshes = self._spin(
            "alertUnreadableRefreshes", prefs.ALERT_UNREADABLE_REFRESHES, ""
        )
        self.rate_increase = self._check(
            "alertRateIncrease",
            self.tr("A favourite or recently ordered service gets dearer"),
        )
        self.service_removed = self._check(
            "alertServiceRemoved",
            self.tr("A favourite or recently ordered service is removed"),
        )
        self.desktop = self._check(
            "alertDesktop", self.tr("Show alerts as desktop notifications too")
        )
        self.thresholds_form = QFormLayout()
        self.thresholds: dict[int, QLineEdit] = {}
        self.stalled.toggled.connect(self.stalled_hours.setEnabled)
        self.unreadable.toggled.connect(self.unreadable_refreshes.setEnabled)
        self.low_balance.toggled.connect(self._enable_thresholds)
        layout = QVBoxLayout(self)
        layout.addWidget(self.low_balance)
        layout.addLayout(self.thresholds_form)
        layout.addLayout(self._row(self.stalled, self.stalled_hours))
        layout.addLayout(self._row(self.unreadable, self.unreadable_refreshes))
        layout.addWidget(self.rate_increase)
        layout.addWidget(self.service_removed)
        layout.addWidget(self.desktop)
        note = QLabel(self.tr("Alert settings apply from the next check, without a restart."), self)
        note.setObjectName("alertSettingsNote")
        note.setWordWrap(True)
        layout.addWidget(note)

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        return box

    def _spin(self, name: str, option: prefs.Number, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(option.minimum, option.maximum)
        spin.setSuffix(suffix)
        spin.setLocale(formatting.locale())
        return spin

    @staticmethod
    def _row(check: QCheckBox, spin: QSpinBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(check)
        row.addWidget(spin)
        row.addStretch(1)
        return row

    def _enable_thresholds(self, on: bool) -> None:
        for edit in self.thresholds.values():
            edit.setEnabled(on)

    # --- reading and saving ------------------------------------------------------------------

    def load(self, preferences: Any, profiles: Sequence[Any]) -> None:
        """Show the saved settings (synchronous reads of single rows: microseconds)."""
        self.low_balance.setChecked(preferences.get(prefs.ALERT_LOW_BALANCE))
        self.stalled.setChecked(preferences.get(prefs.ALERT_STALLED_ORDER))
        self.stalled_hours.setValue(preferences.get(prefs.ALERT_STALLED_HOURS))
        self.stalled_hours.setEnabled(self.stalled.isChecked())
        self.unreadable.setChecked(preferences.get(prefs.ALERT_UNREADABLE_ORDER))
        self.unreadable_refreshes.setValue(preferences.get(prefs.ALERT_UNREADABLE_REFRESHES))
        self.unreadable_refreshes.setEnabled(self.unreadable.isChecked())
        self.rate_increase.setChecked(preferences.get(prefs.ALERT_RATE_INCREASE))
        self.service_removed.setChecked(preferences.get(prefs.ALERT_SERVICE_REMOVED))
        self.desktop.setChecked(preferences.get(prefs.ALERT_DESKTOP_NOTIFICATIONS))
        while self.thresholds_form.rowCount():
            self.thresholds_form.removeRow(0)
        self.thresholds.clear()
        for profile in profiles:
            edit = QLineEdit(self)
            edit.setObjectName(f"alertBalanceBelow{profile.id}")
            edit.setPlaceholderText(self.tr("no alert"))
            edit.setToolTip(self.tr("Alert when this panel's balance falls below this amount"))
            amount = preferences.get(prefs.ALERT_BALANCE_BELOW, profile.id)
            edit.setText(formatting.decimal_ascii(amount) if amount is not None else "")
            edit.setEnabled(self.low_balance.isChecked())
            self.thresholds[profile.id] = edit
            label = QLabel(
                self.tr("Balance below, {panel}:").format(panel=formatting.isolate(profile.name)),
                self,
            )
            label.setObjectName(f"alertBalanceLabel{profile.id}")
            self.thresholds_form.addRow(label, edit)

    def thresholds_typed(self) -> dict[int, Decimal | None]:
        """Each panel's threshold as typed (Persian digits welcome); AlertSettingsError names
        the first one that is no amount."""
        typed: dict[int, Decimal | None] = {}
        for profile_id, edit in self.thresholds.items():
            text = formatting.to_ascii(edit.text()).replace(",", "").strip()
            if not text:
                typed[profile_id] = None
                continue
            try:
                amount = Decimal(text)
            except InvalidOperation:
                amount = None
            if amount is None or not amount.is_finite() or amount < 0:
                edit.setFocus()
                raise AlertSettingsError(
                    self.tr("“{text}” is no amount: type a number such as 10 or 2.5.").format(
                        text=edit.text()
                    )
                )
            typed[profile_id] = amount
        return typed

    def save(self, preferences: Any) -> None:
        """Store the settings; AlertSettingsError (nothing saved) when a threshold is no amount.

        A store that cannot be written raises its own error, shown by the dialog."""
        thresholds = self.thresholds_typed()  # every value checked before any is written
        preferences.set(prefs.ALERT_LOW_BALANCE, self.low_balance.isChecked())
        preferences.set(prefs.ALERT_STALLED_ORDER, self.stalled.isChecked())
        preferences.set(prefs.ALERT_STALLED_HOURS, self.stalled_hours.value())
        preferences.set(prefs.ALERT_UNREADABLE_ORDER, self.unreadable.isChecked())
        preferences.set(prefs.ALERT_UNREADABLE_REFRESHES, self.unreadable_refreshes.value())
        preferences.set(prefs.ALERT_RATE_INCREASE, self.rate_increase.isChecked())
        preferences.set(prefs.ALERT_SERVICE_REMOVED, self.service_removed.isChecked())
        preferences.set(prefs.ALERT_DESKTOP_NOTIFICATIONS, self.desktop.isChecked())
        for profile_id, amount in thresholds.items():
            preferences.set(prefs.ALERT_BALANCE_BELOW, amount, profile_id)

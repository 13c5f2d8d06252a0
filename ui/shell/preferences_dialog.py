"""Preferences dialog: language and calendar, prices (ui/market), alerts (ui/alerts)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.alerts.alert_settings import AlertSettings, AlertSettingsError
from ui.common import formatting, i18n
from ui.common.error_text import one_line
from ui.market.currency_settings import CurrencySettingsSection
from ui.shell.session import AppSession


class PreferencesDialog(QDialog):
    """Language and calendar (from the next start), prices' currency and exchange rates, and
    alerts; each on its own page, all kept by Save."""

    #: The choices were saved: (language choice, calendar).
    saved = Signal(str, str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.session = session
        self.language_choice = QComboBox(self)
        self.language_choice.setObjectName("languageChoice")
        # Each language is named in itself, so a user who cannot read the current one finds theirs.
        self.language_choice.addItem(self.tr("System language"), i18n.SYSTEM)
        self.language_choice.addItem("English", i18n.ENGLISH)
        self.language_choice.addItem("فارسی", i18n.PERSIAN)
        self.calendar_choice = QComboBox(self)
        self.calendar_choice.setObjectName("calendarChoice")
        self.calendar_choice.addItem(self.tr("Solar Hijri (Jalali)"), formatting.JALALI)
        self.calendar_choice.addItem(self.tr("Gregorian"), formatting.GREGORIAN)
        self.note = QLabel(self.tr("Changes take effect the next time SMM Desk starts."), self)
        self.note.setObjectName("preferencesNote")
        self.note.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("preferencesResult")
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_choice)
        form.addRow(self.tr("Calendar:"), self.calendar_choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferencesButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePreferences")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Until the user picks a calendar, it follows the language: Persian readers expect
        # Solar Hijri dates, others Gregorian.
        self._calendar_chosen = False
        self.calendar_choice.activated.connect(self._calendar_picked)
        self.language_choice.activated.connect(self._language_picked)
        self.currency_section = CurrencySettingsSection(self)
        self.alert_settings = AlertSettings(self)
        # One page per subject, so the dialog keeps one height on a 760 px screen however many
        # panels there are: the alerts page (a threshold per panel) scrolls.
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.note)
        general_layout.addStretch(1)
        alerts_scroll = QScrollArea(self)
        alerts_scroll.setObjectName("alertSettingsScroll")
        alerts_scroll.setWidgetResizable(True)
        alerts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        alerts_scroll.setWidget(self.alert_settings)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("preferencesPages")
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(self.currency_section, self.tr("Prices"))
        self.pages.addTab(alerts_scroll, self.tr("Alerts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self._load()

    def _load(self) -> None:
        """Show the saved choices (a synchronous read of two settings: microseconds)."""
        store = self.session.store
        try:
            choices = i18n.saved_choices(store) if store is not None else (i18n.SYSTEM, None)
        except Exception as exc:  # noqa: BLE001 - an unreadable database still opens the dialog
            choices = (i18n.SYSTEM, None)
            self.result_label.setText(one_line(exc))
        self._show_choices(choices)
        if store is not None:
            try:
                self.currency_section.load(store)
                self.alert_settings.load(store.preferences, self.session.profiles)
            except Exception as exc:  # noqa: BLE001 - the same: the dialog still opens
                self.result_label.setText(one_line(exc))

    def _calendar_picked(self, _index: int) -> None:
        self._calendar_chosen = True

    def _language_picked(self, _index: int) -> None:
        if not self._calendar_chosen:
            language = i18n.effective_language(self.language_choice.currentData())
            self._select(self.calendar_choice, formatting.default_calendar(language))

    def _show_choices(self, choices: tuple[str, str | None]) -> None:
        language, calendar = choices
        self._calendar_chosen = calendar is not None  # saved once: the user's own choice
        if calendar is None:
            calendar = formatting.current().calendar
        self._select(self.language_choice, language)
        self._select(self.calendar_choice, calendar)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def save(self) -> None:
        """Store the choices, then close; a failed write is said and the dialog stays open."""
        language = self.language_choice.currentData()
        calendar = self.calendar_choice.currentData()
        store = self.session.store
        if store is not None:
            if not self.currency_section.save(store):
                self.pages.setCurrentWidget(self.currency_section)  # where it says what is wrong
                return  # nothing is lost
            try:
                self.alert_settings.save(store.preferences)  # checks what was typed first
                i18n.save_choices(store, language, calendar)
            except AlertSettingsError as exc:
                self.pages.setCurrentIndex(self.pages.count() - 1)
                self.result_label.setText(one_line(exc))
                return
            except Exception as exc:  # noqa: BLE001 - a locked or read-only database
                self.result_label.setText(one_line(exc))
                return
        self.saved.emit(language, calendar)
        self.accept()

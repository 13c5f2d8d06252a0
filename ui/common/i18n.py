"""The app's language: English or Persian (fa), chosen in settings or following the system.

`install(app, store)` runs in main.py before any window exists: it reads the language and
calendar choices from the store's settings, loads the app's and Qt's own Persian translations,
mirrors the layout right to left and makes Persian the default locale (Persian digits, Solar
Hijri dates through ui/formatting.py). English loads a catalogue of plural forms only ("1 order",
"2 orders"). Switching the language takes a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from core import preferences
from core.paths import resources_dir
from core.preferences import LANGUAGES
from ui.common import formatting

log = logging.getLogger(__name__)

SYSTEM, ENGLISH, PERSIAN = LANGUAGES

#: The app's own translation file for a language, under resources/translations.
APP_CATALOGUE = "smm_desk_{language}.qm"
#: Qt's own texts (standard buttons, context menus of text fields...).
QT_CATALOGUES = ("qtbase_{language}.qm",)


def effective_language(choice: str | None, system: QLocale | None = None) -> str:
    """The language to show for a stored choice: "system" (or unknown) follows the OS locale."""
    if choice in (ENGLISH, PERSIAN):
        return choice
    locale = system if system is not None else QLocale.system()
    return PERSIAN if locale.language() == QLocale.Language.Persian else ENGLISH


def locale_for(language: str) -> QLocale:
    """The QLocale used for numbers and dates in this language."""
    if language == PERSIAN:
        return QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@dataclass
class Installed:
    """What `install` put in place, so tests (and a language switch) can take it out again."""

    language: str
    calendar: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None
    previous_direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight

    def uninstall(self) -> None:
        """Remove the translators and restore the locale, direction and formatting."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(self.previous_direction)
        formatting.configure(formatting.Config())


def _load(translator: QTranslator, filename: str, folder: str) -> bool:
    ok = translator.load(filename, folder)
    if not ok:
        log.warning("translation not found: %s in %s", filename, folder)
    return ok


def install_language(app: QApplication, language: str, calendar: str | None = None) -> Installed:
    """Translate, mirror and localise the app for `language` ("en" or "fa")."""
    installed = Installed(
        language=language,
        calendar=calendar or formatting.default_calendar(language),
        previous_locale=QLocale(),
        previous_direction=app.layoutDirection(),
    )
    # English has a catalogue too: the plural forms of "%n order(s)" ("1 order", "2 orders").
    folders = [(APP_CATALOGUE, str(resources_dir() / "translations"))]
    if language == PERSIAN:
        folders += [
            (name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            for name in QT_CATALOGUES
        ]
    for pattern, folder in folders:
        translator = QTranslator(app)
        if _load(translator, pattern.format(language=language), folder):
            QCoreApplication.installTranslator(translator)
            installed.translators.append(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == PERSIAN else Qt.LayoutDirection.LeftToRight
    )
    QLocale.setDefault(locale_for(language))
    formatting.configure(formatting.Config(language=language, calendar=installed.calendar))
    return installed


def install(app: QApplication, store: Any) -> Installed:
    """Read the saved choices and install them (call before building any window)."""
    language, calendar = saved_choices(store) if store is not None else (SYSTEM, None)
    return install_language(app, effective_language(language), calendar)


def saved_choices(store: Any) -> tuple[str, str | None]:
    """(language choice, calendar choice or None) as stored; "system" when nothing is."""
    prefs = store.preferences
    return prefs.get(preferences.LANGUAGE) or SYSTEM, prefs.get(preferences.CALENDAR)


def save_choices(store: Any, language: str, calendar: str) -> None:
    """Store the choices."""
    store.preferences.set(preferences.LANGUAGE, language)
    store.preferences.set(preferences.CALENDAR, calendar)

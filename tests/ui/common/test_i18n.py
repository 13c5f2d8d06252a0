"""Persian and right to left: every visible text translated, the layout mirrored, orders unchanged.

The walker reads every text a person can see in a window or dialog (labels, buttons, group boxes,
tabs, menu actions, combo items, placeholders, table headers, window titles) and flags English
words left in it. Data from the panel (service names, categories, the profile's name) is not UI
text and is skipped by widget objectName; proper names, units and codes are allowed by word.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from tests.locations import PROJECT_ROOT as ROOT
from ui.common import formatting, i18n, time_text

TS = ROOT / "resources" / "translations" / "smm_desk_fa.ts"
QM = TS.with_suffix(".qm")
EN_TS = TS.with_name("smm_desk_en.ts")

#: Latin words that stay Latin in Persian: names, units, codes, keys on the keyboard.
ALLOWED_WORDS = {
    "smm", "desk", "api", "url", "http", "https", "usd", "eur", "irr", "irt", "ctrl", "f5",
    "ios", "us", "seo", "socks5", "english", "id", "key", "qt", "api/v2", "api/v1", "csv",
    "enter",
}  # fmt: skip
#: Widgets whose text is the panel's data (names, categories, descriptions) or the user's.
DATA_WIDGETS = {
    "profileSwitcher",  # profile names
    "statusPanel",  # the profile's name
    "categoryFilter",  # the panel's categories (its first item is checked on its own)
    "typeFilter",  # unknown types come as the panel spells them
    "serviceDetails",
    "profilesList",
    "profileName",
    "profileUrl",
    "keyStorage",  # names the keyring backend
    "testResult",
    "orderServiceTitle",
    "servicePickerList",
    "serviceCategory",  # New order's category choice: the panel's categories
    "displayCurrency",  # currency codes, some the panels' own (its first item is checked)
}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9/]+")
_URL = re.compile(r"\w+://\S+")


def english_words(text: str) -> list[str]:
    """Latin words in a text that are not allowed to stay English."""
    text = formatting.strip_bidi(text).replace("&", "")
    text = _URL.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.casefold() not in ALLOWED_WORDS]


def _in_data_widget(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() in DATA_WIDGETS:
            return True
        widget = widget.parentWidget()
    return False


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every UI text under `root` (the widget itself included)."""
    yield f"{root.objectName()}:title", root.windowTitle()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if _in_data_widget(w):
            if isinstance(w, QComboBox) and w.count():
                yield f"{w.objectName()}[0]", w.itemText(0)
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
            yield f"{name}:tip", w.toolTip()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name}[{i}]", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}[{i}]", w.itemText(i)
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield f"{name}:placeholder", w.placeholderText()
        elif isinstance(w, QMenu):
            yield name, w.title()
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a QListView's private proxy model
                columns = 0
            for col in range(columns):
                header = model.headerData(col, Qt.Orientation.Horizontal)
                yield f"{name}:header{col}", str(header or "")
        if w.toolTip() and not isinstance(w, QAbstractButton):
            yield f"{name}:tip", w.toolTip()
        for action in w.actions():
            yield f"{name}/{action.objectName()}", action.text()
            if action.menu() is not None:
                yield f"{name}/{action.objectName()}:menu", action.menu().title()


#: The user's own data shown in UI texts (the test profile's name in the window title).
DATA_TEXTS = ("Local panel",)


def untranslated(root: QWidget) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        for data in DATA_TEXTS:
            text = text.replace(data, "")
        if text and english_words(text):
            found.append(f"{where}: {text!r}")
    return found


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[i18n.Installed]:
    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    yield installed
    installed.uninstall()


def _close_modal_soon(found: list[str], qtbot: Any) -> None:
    """Check and close the next modal message box (QMessageBox.about/question block)."""

    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, check)
            return
        found.extend(untranslated(box))
        found.append(f"checked {box.objectName() or type(box).__name__}")
        box.close() if not isinstance(box, QMessageBox) else box.reject()

    QTimer.singleShot(0, check)


def test_walk_every_window_in_persian(
    persian: i18n.Installed, make_app: Callable[..., Any], panel: Any, qtbot: Any
) -> None:
    harness = make_app(panel)
    window = harness.window
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: harness.session.balance is not None, timeout=10_000)
    problems: list[str] = []
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.services_tab.table.isRightToLeft()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        problems += untranslated(window)
    # the catalogue's own words are data; its type names (known types) are translated
    assert window.services_tab.filters.type_combo.itemText(0) != "All types"
    assert "پیش\u200cفرض" in [
        window.services_tab.filters.type_combo.itemText(i)
        for i in range(window.services_tab.filters.type_combo.count())
    ]
    assert "موجودی" in window.balance_button.text()
    assert re.search("[۰-۹]", window.services_tab.count_label.text())

    profiles = window.open_profiles()
    qtbot.waitUntil(lambda: profiles.key_status.text() != "", timeout=5_000)
    problems += untranslated(profiles)
    profiles._add_profile()
    problems += untranslated(profiles)
    profiles.reject()

    preferences = window.open_preferences()
    problems += untranslated(preferences)
    preferences.reject()

    from core.errors import ErrorKind, PanelError
    from ui.common.error_text import show_error

    box = show_error(window, PanelError("Not enough funds", kind=ErrorKind.NOT_ENOUGH_FUNDS))
    problems += untranslated(box)
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok is not None and ok.text().replace("&", "") != "OK"  # Qt's own texts, in Persian
    box.close()

    from ui.shell.help_menu import add_help_menu

    menu = add_help_menu(window, harness.data_dir / "logs")
    problems += untranslated(menu)
    checked: list[str] = []
    _close_modal_soon(checked, qtbot)
    window.findChild(type(menu.actions()[0]), "aboutAction").trigger()
    assert any(line.startswith("checked") for line in checked)
    problems += [line for line in checked if not line.startswith("checked")]
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_layout_direction_follows_language(qapp: QApplication) -> None:
    installed = i18n.install_language(qapp, i18n.PERSIAN)
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert formatting.current().calendar == formatting.JALALI
        assert formatting.number(5) == "۵"
    finally:
        installed.uninstall()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert formatting.number(5) == "5"


def test_system_choice_follows_the_locale() -> None:
    from PySide6.QtCore import QLocale

    persian = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert i18n.effective_language("system", persian) == "fa"
    assert i18n.effective_language("system", english) == "en"
    assert i18n.effective_language(None, persian) == "fa"
    assert i18n.effective_language("en", persian) == "en"
    assert i18n.effective_language("fa", english) == "fa"


def test_choices_saved_and_read_before_the_window(
    make_app: Callable[..., Any], qapp: QApplication, qtbot: Any
) -> None:
    harness = make_app(start=False)
    dialog = harness.window.open_preferences()
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the saved choices are read first
    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData("fa"))
    dialog.calendar_choice.setCurrentIndex(dialog.calendar_choice.findData("gregorian"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save()
    assert i18n.saved_choices(harness.store) == ("fa", "gregorian")
    installed = i18n.install(qapp, harness.store)
    try:
        assert installed.language == "fa" and installed.calendar == "gregorian"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert time_text.date_text(date(2024, 10, 6)) == "۲۰۲۴/۱۰/۰۶"
    finally:
        installed.uninstall()


def test_choosing_persian_brings_the_solar_hijri_calendar_until_one_is_chosen(
    make_app: Callable[..., Any], qtbot: Any
) -> None:
    harness = make_app(start=False)
    dialog = harness.window.open_preferences()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    language, calendar = dialog.language_choice, dialog.calendar_choice

    def pick(combo: Any, value: str) -> None:  # as a user does: the activated signal too
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())

    pick(language, "fa")
    assert calendar.currentData() == "jalali"
    pick(language, "en")
    assert calendar.currentData() == "gregorian"
    pick(calendar, "jalali")  # the user's own choice now stays, whatever the language
    pick(language, "fa")
    pick(language, "en")
    assert calendar.currentData() == "jalali"
    dialog.reject()


def test_preferences_show_the_saved_choices_as_soon_as_they_open(
    make_app: Callable[..., Any], qtbot: Any
) -> None:
    # Preferences are read synchronously (core/preferences.py): no moment where the dialog
    # shows defaults that Save could write over the user's choices.
    harness = make_app(start=False)
    i18n.save_choices(harness.store, "fa", "gregorian")
    dialog = harness.window.open_preferences()
    assert dialog.save_button.isEnabled()
    assert dialog.language_choice.currentData() == "fa"
    assert dialog.calendar_choice.currentData() == "gregorian"
    dialog.reject()


def test_a_preference_that_cannot_be_saved_is_said_and_the_dialog_stays(
    make_app: Callable[..., Any], qtbot: Any, monkeypatch: Any
) -> None:
    harness = make_app(start=False)
    dialog = harness.window.open_preferences()

    def locked(*_args: Any) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(harness.store.settings, "set", locked)
    saved: list[object] = []
    dialog.saved.connect(lambda *args: saved.append(args))
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.result_label.text() and not saved
    assert "Traceback" not in dialog.result_label.text()
    dialog.reject()


def test_persian_service_names_sort_in_alphabetical_order(
    persian: i18n.Installed,
    make_panel: Callable[..., Any],
    make_app: Callable[..., Any],
    qtbot: Any,
) -> None:
    from core.local_panel import default_services
    from ui.services.services_model import COL_NAME, SERVICE_ID_ROLE

    base = default_services()[0]
    names = ["گل", "کتاب", "آب", "پدر", "بابا", "Zebra"]
    services = [
        {**base, "service": 900 + i, "name": name, "category": "اینستاگرام"}
        for i, name in enumerate(names)
    ]
    panel = make_panel(services=services)
    harness = make_app(panel)
    model = harness.window.services_tab.model
    qtbot.waitUntil(lambda: model.total_count() == len(names), timeout=10_000)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    shown = [
        formatting.strip_bidi(model.index(r, COL_NAME).data()) for r in range(model.rowCount())
    ]
    assert shown == ["Zebra", "آب", "بابا", "پدر", "کتاب", "گل"]
    # names are isolated so a Latin name keeps its own order in the mirrored table
    assert model.index(0, COL_NAME).data().startswith(formatting.FSI)
    assert model.index(0, COL_NAME).data(SERVICE_ID_ROLE) == "905"


def test_subscription_expiry_is_sent_gregorian(persian: i18n.Installed, qtbot: Any) -> None:
    from core.drafts import build_params
    from core.models import Service
    from ui.new_order.order_form import OrderForm

    service = Service(id="77", name="اشتراک لایک", category="اینستاگرام", type="Subscriptions",
                      rate=None, min=10, max=1000)  # fmt: skip
    form = OrderForm()
    qtbot.addWidget(form)
    form.set_service(service)
    form.set_values({"username": "someone", "min": "10", "max": "20", "delay": "0"})
    expiry = form.editor("expiry")
    assert isinstance(expiry, QDateEdit)
    form.set_values({"expiry": date(2027, 3, 5)})
    draft = form.draft()
    assert draft is not None
    params = build_params(draft, today=date(2026, 1, 1))
    assert params["expiry"] == "05/03/2027"
    assert params["min"] == "10" and params["max"] == "20"
    assert expiry.date() == QDate(2027, 3, 5)
    # shown in the Solar Hijri calendar, year first like the app's other dates
    assert formatting.to_ascii(expiry.text()) == "1405/12/14"


ORDERS_TO_PLACE = (
    ("1", {"link": "https://instagram.com/nasa", "quantity": "1000", "runs": "5",
           "interval": "30"}),
    ("6", {"link": "https://instagram.com/p/Cx1_aB/",
           "comments": "Nice!\nعالی بود 😍\nWow\nخیلی خوب\nSuper"}),
    ("9", {"link": "https://instagram.com/p/Cx1_aB/", "quantity": "500",
           "usernames": "natgeo\nnasa", "hashtags": "#travel\n#سفر"}),
    ("18", {"username": "nasa", "min": "100", "max": "250", "posts": "20", "delay": "30",
            "expiry": date(2027, 3, 5)}),
)  # fmt: skip
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _place_orders(
    qapp: QApplication, language: str, make_app: Callable[..., Any], panel: Any, qtbot: Any
) -> list[str]:
    """Place ORDERS_TO_PLACE through the New order tab in `language`; the questions asked."""
    installed = i18n.install_language(qapp, language)
    try:
        harness = make_app(panel)
        tab = harness.window.order_tab
        qtbot.waitUntil(lambda: harness.session.catalogue is not None, timeout=10_000)
        qtbot.waitUntil(lambda: harness.session.client is not None, timeout=10_000)
        asked: list[str] = []
        tab.ask = lambda _kind, title, text: asked.append(f"{title} {text}") or True
        for service_id, values in ORDERS_TO_PLACE:
            before = len(panel.orders)
            assert tab.choose_service(service_id)
            typed = dict(values)
            if language == "fa":  # a Persian keyboard types Persian digits in number fields
                for name in ("quantity", "runs", "interval", "min", "max", "posts"):
                    if name in typed:
                        typed[name] = str(typed[name]).translate(_PERSIAN_DIGITS)
            tab.form.set_values(typed)
            assert tab.form.blocking_errors() == [], (language, service_id)
            tab.submit()
            qtbot.waitUntil(lambda n=before: len(panel.orders) == n + 1, timeout=10_000)
            qtbot.waitUntil(lambda: not harness.session.runner.is_busy(), timeout=10_000)
        harness.close()
        return asked
    finally:
        installed.uninstall()


def test_orders_from_persian_ui_send_the_same_parameters(
    qapp: QApplication, make_app: Callable[..., Any], panel: Any, qtbot: Any
) -> None:
    english_questions = _place_orders(qapp, "en", make_app, panel, qtbot)
    english = [dict(params) for params in panel.orders.values()]
    persian_questions = _place_orders(qapp, "fa", make_app, panel, qtbot)
    persian = [dict(params) for params in panel.orders.values()][len(english) :]
    assert len(english) == len(persian) == len(ORDERS_TO_PLACE)
    assert persian == english
    subscription = english[-1]
    assert subscription["expiry"] == "05/03/2027"  # Gregorian d/m/Y, Jalali calendar or not
    # the confirmation was asked in each language (in Persian, in Persian words)
    assert english_questions and persian_questions
    assert all("سفارش" in question for question in persian_questions)
    assert not any("سفارش" in question for question in english_questions)


# --- the translation files -------------------------------------------------------------------


def _messages() -> list[ET.Element]:
    return list(ET.parse(TS).getroot().iter("message"))  # noqa: S314 - the project's own file


def test_no_message_is_unfinished() -> None:
    todo = [
        (m.findtext("source") or "")[:60]
        for m in _messages()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert todo == [], f"{len(todo)} untranslated: run scripts/update_translations.py --todo"


def test_persian_placeholders_match_the_english() -> None:
    for message in _messages():
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        for form in forms:
            assert sorted(re.findall(r"\{\w+\}", form)) == sorted(re.findall(r"\{\w+\}", source)), (
                source
            )
            if "%n" in source:
                assert "%Ln" in form or "%n" in form, source


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["fa", "en"])
def test_committed_qm_is_current(ts: Path, tmp_path: Path) -> None:
    rebuilt = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(  # noqa: S603 - the project's own tool and file
        [str(lrelease if lrelease.exists() else "pyside6-lrelease"), "-silent", str(ts),
         "-qm", str(rebuilt)],
        check=True,
    )  # fmt: skip
    qm = ts.with_suffix(".qm")
    assert rebuilt.read_bytes() == qm.read_bytes(), "run scripts/update_translations.py"


def _update_translations() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations as ut
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return ut


def test_ts_holds_every_text_of_the_code() -> None:
    ut = _update_translations()
    in_code = set(ut.collect())
    in_ts = set(ut.read_ts(TS))
    assert in_code - in_ts == set(), "run scripts/update_translations.py and translate"


def test_english_ts_gives_every_plural_its_two_forms() -> None:
    ut = _update_translations()
    plurals = {key: msg for key, msg in ut.collect().items() if msg.numerus}
    english = ut.read_ts(EN_TS)
    assert plurals and set(english) == set(plurals), "run scripts/update_translations.py"
    for key, msg in english.items():
        assert msg.finished and msg.translation == ut.english_forms(msg.source), key
        assert all("(s)" not in form and "%Ln" in form for form in msg.translation), key
    assert ut.english_forms("%n order(s) were being sent: check them") == [
        "%Ln order was being sent: check it",
        "%Ln orders were being sent: check them",
    ]
    assert ut.english_forms("%n new") == ["%Ln new", "%Ln new"]


def test_english_counts_read_naturally(
    qapp: QApplication, make_app: Callable[..., Any], panel: Any, qtbot: Any
) -> None:
    from core.local_panel import catalogue as lp

    installed = i18n.install_language(qapp, i18n.ENGLISH)
    try:
        assert time_text.age(60) == "1 minute ago"
        assert time_text.age(5 * 60) == "5 minutes ago"
        # Every count through the locale's grouping (issue 14 item 10): "10,000", never "10000".
        assert time_text.duration(10_000 * 1440) == "10,000 days"
        harness = make_app(panel)
        qtbot.waitUntil(lambda: harness.session.catalogue is not None, timeout=10_000)
        mass = harness.window.order_tab.mass_panel
        line = f"{lp.SERVICE_DEFAULT}|https://instagram.com/p/a|100"
        mass.text_edit.setPlainText(line)
        qtbot.waitUntil(lambda: mass.total_label.text().startswith("1 order to send"))
        mass.text_edit.setPlainText(f"{line}\n{line}\nnot a line")
        qtbot.waitUntil(lambda: mass.total_label.text().startswith("2 orders to send"))
        assert "1 line with problems will be skipped" in mass.total_label.text()
        assert "(s)" not in mass.total_label.text()
        harness.close()
    finally:
        installed.uninstall()

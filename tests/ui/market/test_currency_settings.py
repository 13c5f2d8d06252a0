"""The currency section of Preferences: rates typed, checked, kept with their dates; bad input
said in words with nothing written and nothing typed lost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from core import preferences
from core.currency import CurrencySettings, currency_settings, save_currency_settings
from core.exchange_rates import exchange_rate
from core.store import Store
from ui.market.currency_settings import COL_DATE, COL_FROM, COL_RATE, COL_TO
from ui.shell.preferences_dialog import PreferencesDialog
from ui.shell.session import AppSession
from ui.shell.task_runner import TaskRunner


@pytest.fixture
def dialog_for(tmp_path, qtbot):
    made = []

    def build(store: Store) -> PreferencesDialog:
        runner = TaskRunner()
        session = AppSession(store, None, runner)
        dialog = PreferencesDialog(session)
        qtbot.addWidget(dialog)
        made.append(runner)
        return dialog

    yield build
    for runner in made:
        runner.shutdown()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path) as opened:
        yield opened


def _type_rate(section, source: str, amount: str, target: str, day: date) -> int:
    section.add_rate()
    row = section.rates_table.rowCount() - 1
    section.rates_table.item(row, COL_FROM).setText(source)
    section.rates_table.item(row, COL_RATE).setText(amount)
    section.rates_table.item(row, COL_TO).setText(target)
    section.rates_table.cellWidget(row, COL_DATE).setDate(QDate(day.year, day.month, day.day))
    return row


def test_a_rate_typed_in_preferences_is_kept_with_its_date_and_shown_again(store, dialog_for):
    profile = store.profiles.add("Toman panel", "https://panel.example/api/v2")
    store.preferences.set(preferences.PANEL_CURRENCY, "IRT", profile.id)
    dialog = dialog_for(store)
    section = dialog.currency_section
    assert section.display_choice.findData("IRT") >= 0  # a panel's currency is offered
    section.display_choice.setCurrentIndex(section.display_choice.findData("USD"))
    _type_rate(section, "usd", "۶۱٬۵۰۰", "irt", date(2026, 11, 20))  # Persian digits
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = currency_settings(store.preferences)
    assert saved == CurrencySettings(
        "USD", (exchange_rate("USD", "IRT", Decimal("61500"), date(2026, 11, 20)),)
    )
    reopened = dialog_for(store)
    again = reopened.currency_section
    assert again.display_choice.currentData() == "USD"
    assert again.rates_table.item(0, COL_RATE).text() == "61500"
    assert again.rates_table.cellWidget(0, COL_DATE).date() == QDate(2026, 11, 20)


@pytest.mark.parametrize(
    "source,amount,target,said",
    [
        ("USD", "abc", "IRT", "Not saved: rate 2: the amount is not a number."),
        ("USD", "0", "IRT", "Not saved: rate 2: the amount must be more than zero."),
        ("USD", "5", "USD", "Not saved: rate 2: both sides are the same currency."),
        ("", "5", "IRT", "Not saved: rate 2: a currency is missing or is not a code."),
        ("IRT", "0.00002", "EUR", "Not saved: rate 2: this pair of currencies is given twice."),
    ],
)
def test_a_bad_rate_is_said_nothing_is_written_and_nothing_typed_is_lost(
    store, dialog_for, source, amount, target, said
):
    kept = CurrencySettings("EUR", (exchange_rate("EUR", "IRT", "70000", date(2026, 11, 1)),))
    save_currency_settings(store.preferences, kept)
    dialog = dialog_for(store)
    section = dialog.currency_section
    _type_rate(section, source, amount, target, date(2026, 11, 21))
    dialog.save()
    assert section.problem_label.text() == said
    assert dialog.result() != dialog.DialogCode.Accepted
    assert currency_settings(store.preferences) == kept
    assert section.rates_table.rowCount() == 2
    assert section.rates_table.item(1, COL_RATE).text() == amount


def test_an_empty_row_is_ignored_and_a_removed_rate_is_forgotten(store, dialog_for):
    save_currency_settings(
        store.preferences,
        CurrencySettings(None, (exchange_rate("USD", "IRT", "60000", date(2026, 11, 1)),)),
    )
    dialog = dialog_for(store)
    section = dialog.currency_section
    assert section.display_choice.currentIndex() == 0  # never chosen: the panels' most used
    section.rates_table.selectRow(0)
    section.remove_button.click()
    section.add_rate()  # left empty
    dialog.save()
    assert currency_settings(store.preferences) == CurrencySettings(None, ())


def test_a_rates_date_reads_year_first_in_persian(store, dialog_for, qapp):
    # The editor showed "۱۰/۰۹/۱۴۰۵" where every other date reads "۱۴۰۵/۰۹/۱۰".
    from ui.common import formatting, i18n

    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    try:
        dialog = dialog_for(store)
        section = dialog.currency_section
        row = _type_rate(section, "usd", "61500", "irt", date(2026, 12, 1))  # 10 Azar 1405
        editor = section.rates_table.cellWidget(row, COL_DATE)
        # Qt lays a right-to-left editor's sections out reversed: day first reads year first,
        # as the Orders date editors and every table do.
        assert editor.displayFormat() == "dd/MM/yyyy"
        assert "۱۴۰۵" in editor.text()
    finally:
        installed.uninstall()


def test_a_bad_rate_row_is_chosen_in_persian_too(store, dialog_for, qapp):
    # selectRow selects nothing in a right-to-left table: the message named a row not shown.
    from ui.common import formatting, i18n

    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    try:
        dialog = dialog_for(store)
        section = dialog.currency_section
        _type_rate(section, "usd", "61500", "irt", date(2026, 11, 20))
        bad = _type_rate(section, "eur", "abc", "irt", date(2026, 11, 20))
        assert not section.save(store)
        assert {i.row() for i in section.rates_table.selectedIndexes()} == {bad}
    finally:
        installed.uninstall()

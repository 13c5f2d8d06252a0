"""The currency section of Preferences: the display currency and the user's exchange rates,
each with the date it was true (nothing is fetched from the internet; issue 15)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.currency import (
    CurrencySettings,
    currency_settings,
    panel_currency,
    save_currency_settings,
)
from core.exchange_rates import ExchangeRate, RateInvalid, RateProblem, currency_code, exchange_rate
from ui.common import formatting, time_text
from ui.common.date_editors import use_chosen_calendar

COL_FROM, COL_RATE, COL_TO, COL_DATE = range(4)

#: Currencies offered in the display list beside the panels' own (the user may type another).
COMMON_CURRENCIES = ("USD", "EUR", "IRT", "IRR", "TRY", "RUB", "INR", "IDR")


class CurrencySettingsSection(QGroupBox):
    """Choose the currency prices are compared in, and keep exchange rates with their dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Currencies (Market)"), parent)
        self.setObjectName("currencySettings")
        self.setMinimumWidth(500)  # four columns, one a date picker: narrower cuts the dates
        self.display_choice = QComboBox(self)
        self.display_choice.setObjectName("displayCurrency")
        self.display_choice.setEditable(True)
        self.display_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.display_choice.setToolTip(
            self.tr("Prices of panels billing in another currency are converted to this one")
        )
        self.rates_table = QTableWidget(0, 4, self)
        self.rates_table.setObjectName("exchangeRates")
        self.rates_table.setHorizontalHeaderLabels(
            [self.tr("1 unit of"), self.tr("is worth"), self.tr("of"), self.tr("on the date")]
        )
        self.rates_table.verticalHeader().setVisible(False)
        self.rates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.rates_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A date picker needs its own width, whatever the dialog's.
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_DATE, 140)
        self.rates_table.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("Add a rate"), self)
        self.add_button.setObjectName("addExchangeRate")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeExchangeRate")
        self.note = QLabel(
            self.tr(
                "Rates are yours: nothing is fetched from the internet. Converted prices are "
                "marked ≈ and show the rate's date."
            ),
            self,
        )
        self.note.setObjectName("exchangeRatesNote")
        self.note.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("currencyProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")

        form = QFormLayout()
        form.addRow(self.tr("Compare prices in:"), self.display_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rates_table)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.problem_label)
        self.add_button.clicked.connect(lambda: self.add_rate())
        self.remove_button.clicked.connect(self._remove_selected)

    # --- showing -------------------------------------------------------------------------------

    def show_settings(self, settings: CurrencySettings, known: tuple[str, ...] = ()) -> None:
        """Fill the section; `known` are currencies the user's panels bill in."""
        self.display_choice.clear()
        self.display_choice.addItem(self.tr("The one most of my panels use"), None)
        for code in dict.fromkeys((*known, *COMMON_CURRENCIES)):
            self.display_choice.addItem(code, code)
        if settings.display is None:
            self.display_choice.setCurrentIndex(0)
        else:
            found = self.display_choice.findData(settings.display)
            if found < 0:
                self.display_choice.addItem(settings.display, settings.display)
                found = self.display_choice.count() - 1
            self.display_choice.setCurrentIndex(found)
        self.rates_table.setRowCount(0)
        for rate in settings.rates:
            self.add_rate(rate)

    def add_rate(self, rate: ExchangeRate | None = None) -> None:
        """A new row (today's date), or one showing `rate`."""
        row = self.rates_table.rowCount()
        self.rates_table.insertRow(row)
        display = self.display_choice.currentData()
        texts = (
            ("", "", display or "")
            if rate is None
            else (rate.source, formatting.decimal_ascii(rate.rate), rate.target)
        )
        for column, text in zip((COL_FROM, COL_RATE, COL_TO), texts, strict=True):
            self.rates_table.setItem(row, column, QTableWidgetItem(text))
        when = QDateEdit(self.rates_table)
        when.setObjectName("exchangeRateDate")
        when.setCalendarPopup(True)
        use_chosen_calendar(when)
        when.setDisplayFormat(time_text.date_edit_format())  # year first; never 11/28/26
        when.setMaximumDate(QDate.currentDate().addDays(1))
        day = date.today() if rate is None else rate.as_of
        when.setDate(QDate(day.year, day.month, day.day))
        self.rates_table.setCellWidget(row, COL_DATE, when)
        if rate is None:
            self.rates_table.setCurrentCell(row, COL_FROM)
            self.rates_table.editItem(self.rates_table.item(row, COL_FROM))

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.rates_table.selectedIndexes()}, reverse=True)
        if not rows and self.rates_table.currentRow() >= 0:
            rows = [self.rates_table.currentRow()]
        for row in rows:
            self.rates_table.removeRow(row)

    # --- reading -------------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.rates_table.item(row, column)
        return "" if item is None else item.text()

    def _display(self) -> str | None:
        index = self.display_choice.currentIndex()
        typed = self.display_choice.currentText().strip()
        if index >= 0 and self.display_choice.itemText(index) == typed:
            return self.display_choice.itemData(index)
        code = currency_code(typed)
        if typed and code is None:
            raise RateInvalid(RateProblem.NO_CURRENCY)
        return code

    def settings(self) -> CurrencySettings:
        """What the section says (RateInvalid naming the row when a rate is not valid; a row
        left wholly empty is ignored)."""
        rates = []
        for row in range(self.rates_table.rowCount()):
            texts = [
                self._text(row, c).strip() for c in (COL_FROM, COL_TO, COL_RATE)
            ]  # from, to, amount
            if not any(texts):
                continue
            when = self.rates_table.cellWidget(row, COL_DATE)
            day = when.date().toPython() if isinstance(when, QDateEdit) else None
            try:
                # Persian digits and separators typed in the amount are read as plain ones.
                amount = formatting.to_ascii(texts[2]).replace(",", "").replace("٬", "")
                rates.append(exchange_rate(texts[0], texts[1], amount.replace("٫", "."), day))
            except RateInvalid as exc:
                raise RateInvalid(exc.problem, row) from None
        return CurrencySettings(self._display(), tuple(rates))

    def problem_text(self, exc: RateInvalid) -> str:
        words = {
            RateProblem.NO_CURRENCY: self.tr("a currency is missing or is not a code"),
            RateProblem.SAME_CURRENCY: self.tr("both sides are the same currency"),
            RateProblem.NOT_A_NUMBER: self.tr("the amount is not a number"),
            RateProblem.NOT_POSITIVE: self.tr("the amount must be more than zero"),
            RateProblem.OUT_OF_RANGE: self.tr("the amount is too large or too small to be a rate"),
            RateProblem.NO_DATE: self.tr("the date is missing"),
            RateProblem.REPEATED: self.tr("this pair of currencies is given twice"),
        }
        reason = words[exc.problem]
        if exc.row is None:
            return self.tr("Not saved: {reason}.").format(reason=reason)
        return self.tr("Not saved: rate {row}: {reason}.").format(
            row=formatting.number(exc.row + 1), reason=reason
        )

    # --- the store -----------------------------------------------------------------------------

    def load(self, store: Any) -> None:
        """Show the saved settings and the panels' currencies (a few settings rows read at
        once, as the rest of Preferences is)."""
        prefs = store.preferences
        known = (panel_currency(prefs, p.id).code for p in store.profiles.list())
        self.show_settings(currency_settings(prefs), tuple(c for c in known if c))

    def save(self, store: Any) -> bool:
        """Keep what the section says; on a problem it is said here and nothing is written."""
        try:
            settings = self.settings()
            save_currency_settings(store.preferences, settings)
        except RateInvalid as exc:
            self.problem_label.setText(self.problem_text(exc))
            if exc.row is not None:
                # Not selectRow: in a right-to-left table it selects nothing (Qt 6.11).
                self.rates_table.setCurrentCell(exc.row, COL_FROM)
            return False
        self.problem_label.setText("")
        return True

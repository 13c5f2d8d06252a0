"""Currency codes and the user's exchange rates as values: parsed, validated, kept as JSON.

Pure and Qt-free, with no other core import, so core/preferences.py can declare the rate table
as a typed option. Conversion itself is core/currency.py.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum

#: How panels write the currencies they bill in, beside the ISO code. Toman (IRT) is not ISO
#: 4217 but is what Iranian panels bill in: 1 toman = 10 rials, a different currency here.
_ALIASES = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₺": "TRY",
    "TL": "TRY",
    "₽": "RUB",
    "₹": "INR",
    "TOMAN": "IRT",
    "TOMANS": "IRT",
    "TMN": "IRT",
    "تومان": "IRT",
    "RIAL": "IRR",
    "RIALS": "IRR",
    "ریال": "IRR",
}

#: The longest currency code kept (core.preferences.Code's limit).
LONGEST_CODE = 10
#: The smallest and largest rate kept. Real ones span about 1e-6 to 1e6 (a dollar in rials is
#: about 1e6); "1e999999" made every converted price raise instead.
RATE_BOUNDS = (Decimal("1e-12"), Decimal("1e12"))


def currency_code(text: str | None) -> str | None:
    """The one spelling of a currency ("usd", " USD ", "$" -> "USD"); None when there is none.

    Codes compare in this spelling: two panels saying "usd" and "USD" bill in one currency."""
    if text is None:
        return None
    word = " ".join(text.split())
    if not word or len(word) > LONGEST_CODE or not word.isprintable():
        return None
    # A code has a letter or a currency sign: "?" (a balance that named none) or "-" is none.
    if not any(c.isalpha() or unicodedata.category(c) == "Sc" for c in word):
        return None
    upper = word.upper()
    return _ALIASES.get(upper, _ALIASES.get(word, upper))


class RateProblem(str, Enum):
    """Why an exchange rate typed by the user is not kept."""

    NO_CURRENCY = "no_currency"  # a side is empty or no currency code
    SAME_CURRENCY = "same_currency"  # USD -> USD
    NOT_A_NUMBER = "not_a_number"
    NOT_POSITIVE = "not_positive"
    OUT_OF_RANGE = "out_of_range"  # beyond RATE_BOUNDS: no real rate, and Decimal overflows
    NO_DATE = "no_date"
    REPEATED = "repeated"  # the same pair twice in one table


class RateInvalid(ValueError):
    """An exchange rate that cannot be kept; `problem` says why (the ui words it)."""

    def __init__(self, problem: RateProblem, row: int | None = None) -> None:
        super().__init__(problem.value if row is None else f"{problem.value} (row {row + 1})")
        self.problem = problem
        self.row = row


@dataclass(frozen=True)
class ExchangeRate:
    """1 `source` = `rate` `target`, as the user said it was on `as_of`."""

    source: str
    target: str
    rate: Decimal
    as_of: date

    def to_json(self) -> dict[str, str]:
        return {
            "from": self.source,
            "to": self.target,
            "rate": str(self.rate),
            "date": self.as_of.isoformat(),
        }


def exchange_rate(source: str, target: str, rate: object, as_of: date | None) -> ExchangeRate:
    """A validated rate from what the user typed (RateInvalid says what is wrong)."""
    source_code, target_code = currency_code(source), currency_code(target)
    if source_code is None or target_code is None:
        raise RateInvalid(RateProblem.NO_CURRENCY)
    if source_code == target_code:
        raise RateInvalid(RateProblem.SAME_CURRENCY)
    try:
        number = rate if isinstance(rate, Decimal) else Decimal(str(rate).strip())
    except (InvalidOperation, ValueError):
        raise RateInvalid(RateProblem.NOT_A_NUMBER) from None
    if not number.is_finite():
        raise RateInvalid(RateProblem.NOT_A_NUMBER)
    if number <= 0:
        raise RateInvalid(RateProblem.NOT_POSITIVE)
    if not RATE_BOUNDS[0] <= number <= RATE_BOUNDS[1]:
        raise RateInvalid(RateProblem.OUT_OF_RANGE)
    if not isinstance(as_of, date):
        raise RateInvalid(RateProblem.NO_DATE)
    return ExchangeRate(source_code, target_code, number, as_of)


def rate_table(rates: Iterable[ExchangeRate]) -> tuple[ExchangeRate, ...]:
    """The rates as one table: a pair (either way round) given twice is refused."""
    table: list[ExchangeRate] = []
    pairs: set[frozenset[str]] = set()
    for row, rate in enumerate(rates):
        pair = frozenset((rate.source, rate.target))
        if pair in pairs:
            raise RateInvalid(RateProblem.REPEATED, row)
        pairs.add(pair)
        table.append(rate)
    return tuple(table)


def rates_from_json(text: str) -> tuple[ExchangeRate, ...]:
    """The rate table kept as text (ValueError when it is not one)."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError("exchange rates: not JSON") from exc
    if not isinstance(items, list):
        raise ValueError("exchange rates: not a list")
    try:
        return rate_table(
            exchange_rate(item["from"], item["to"], item["rate"], date.fromisoformat(item["date"]))
            for item in items
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError("exchange rates: a rate without its fields") from exc


def rates_to_json(rates: Iterable[ExchangeRate]) -> str:
    """The rate table as kept text ("" for none); RateInvalid for a repeated pair."""
    table = rate_table(rates)
    return json.dumps([rate.to_json() for rate in table], ensure_ascii=False) if table else ""

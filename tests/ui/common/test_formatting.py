"""ui/common/formatting.py and collation.py: locale digits, Decimal money, bidi, order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ui.common import formatting
from ui.common.collation import sort_key


def test_persian_digits_and_separators(persian: None) -> None:
    assert formatting.number(1234567) == "۱٬۲۳۴٬۵۶۷"
    assert formatting.number(0) == "۰"
    assert formatting.money(Decimal("100.84292"), "USD").startswith("۱۰۰٫۸۴")
    assert formatting.digits_only("Line 12") == "Line ۱۲"


def test_english_numbers(english: None) -> None:
    assert formatting.number(1234567) == "1,234,567"
    assert formatting.money(Decimal("1234.5"), "USD") == "1,234.50 USD"
    assert formatting.rate(Decimal("0.01234"), None) == "0.01234"
    assert formatting.rate(None, "USD") == "?"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("100.84292"), "100.84292"),  # the panel's precision is kept
        (Decimal("0.0360"), "0.036"),  # a trailing zero the panel padded with
        (Decimal("150000"), "150000"),  # a whole amount (Toman) stays whole
        (Decimal("99999999.00"), "99999999"),
        (Decimal("1E+3"), "1000"),  # never an exponent
        # a charge with 52 decimals of float noise: rounded to MAX_PLACES, then trimmed
        (Decimal("0.0360000000000000004440892098500626161694526672363281"), "0.036"),
        (Decimal("-0.000000001"), "0"),
        ("12.50", "12.5"),
        ("not a number", ""),
        (None, ""),
    ],
)
def test_decimal_ascii(value: object, expected: str) -> None:
    assert formatting.decimal_ascii(value) == expected  # type: ignore[arg-type]


def test_money_never_takes_float_and_keeps_cents(english: None) -> None:
    assert formatting.money(1.5) == ""  # type: ignore[arg-type]
    assert formatting.money(Decimal("1.5")) == "1.50"
    assert formatting.money(Decimal("2")) == "2.00"
    assert formatting.money_ascii(Decimal("1234.5"), "USD") == "1234.50 USD"


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        # issue 14 item 10: the same balance read three ways was 100.00, 44.087 and 44.4262
        (Decimal("100.00"), "USD", "100.00 USD"),
        (Decimal("44.087"), "USD", "44.09 USD"),
        (Decimal("44.4262"), "eur", "44.43 eur"),
        (Decimal("44.4262"), None, "44.43"),
        (Decimal("150000.6"), "IRR", "150,001 IRR"),  # rial and toman are whole
        (Decimal("150000"), "Toman", "150,000 Toman"),
        (Decimal("150000.4"), "تومان", "150,000 تومان"),  # every spelling of the toman
        (Decimal("150000.4"), "RIAL", "150,000 RIAL"),
        (Decimal("2500.5"), "IDR", "2,501 IDR"),
        (Decimal("0.00061725"), "USD", "< 0.01 USD"),  # an estimate: money, never "0.00"
        (Decimal("0.4"), "IRR", "< 1 IRR"),
        (Decimal("0"), "USD", "0.00 USD"),
        (Decimal("-0.001"), "USD", "0.00 USD"),
        (Decimal("-12.345"), "USD", "-12.35 USD"),
    ],
)
def test_money_has_its_currency_precision(
    english: None, value: Decimal, currency: str | None, expected: str
) -> None:
    assert formatting.money(value, currency) == expected


def test_copies_keep_the_exact_amount(english: None) -> None:
    assert formatting.money_ascii(Decimal("0.00061725"), "USD") == "0.00061725 USD"
    assert formatting.money_ascii(Decimal("44.4262")) == "44.4262"


def test_rates_of_a_catalogue_line_up(english: None) -> None:
    rates = [Decimal("1.018973"), Decimal("0.5"), Decimal("12.50"), None, Decimal("3")]
    places = formatting.rate_places(rates)
    assert places == 6
    shown = [formatting.rate(r, None, places) for r in rates if r is not None]
    assert shown == ["1.018973", "0.500000", "12.500000", "3.000000"]
    assert {len(text.partition(".")[2]) for text in shown} == {6}
    assert formatting.rate_places([Decimal("100"), Decimal("2500.00")]) == 0
    assert formatting.rate_places([Decimal("0.30000000000000004")]) == formatting.MAX_RATE_PLACES
    assert formatting.rate_places([Decimal("1E-7"), Decimal("NaN")]) == formatting.MAX_RATE_PLACES
    assert formatting.rate_places([Decimal("0E-10"), Decimal("1E+3"), "0.5", 0.25]) == 0
    assert formatting.rate(Decimal("1234.5"), None, 2) == "1,234.50"
    assert formatting.rate(None, None, 2) == "?"


def test_persian_money_precision(persian: None) -> None:
    assert formatting.money(Decimal("44.087"), "USD").startswith("۴۴٫۰۹ ")
    assert formatting.money(Decimal("0.0001"), "USD").startswith("< ۰٫۰۱")


def test_ascii_variants_for_copies(persian: None) -> None:
    shown = formatting.money(Decimal("1234.5"), "USD")
    assert shown != "1234.50 USD"
    assert formatting.money_ascii(Decimal("1234.5"), "USD") == "1234.50 USD"
    assert formatting.to_ascii(formatting.number(1234567)) == "1,234,567"
    assert formatting.to_ascii("۱۲۳٫۴۵") == "123.45"
    assert formatting.to_ascii("٠١٢٣") == "0123"  # Arabic-Indic digits too
    assert formatting.number_ascii(1234567) == "1234567"
    assert formatting.to_ascii(formatting.ltr("https://x.test/a")) == "https://x.test/a"


def test_bidi_isolates(persian: None) -> None:
    assert formatting.isolate("Instagram [Refill]") == "\u2068Instagram [Refill]\u2069"
    assert formatting.ltr(123) == "\u2066123\u2069"
    assert formatting.strip_bidi(formatting.isolate("x")) == "x"
    formatting.configure(formatting.Config())
    # Names are isolated in English too: a Persian name keeps its brackets where they belong.
    assert formatting.isolate("لایک [ریفیل]") == "\u2068لایک [ریفیل]\u2069"
    assert formatting.isolate("") == ""
    assert formatting.ltr("42") == "42"  # ids and numbers need nothing in an LTR line


def test_persian_alphabetical_order() -> None:
    words = ["یک", "گل", "کتاب", "ژاله", "چای", "پدر", "بابا", "آب", "Zebra", "apple"]
    assert sorted(words, key=sort_key) == [
        "apple",
        "Zebra",
        "آب",
        "بابا",
        "پدر",
        "چای",
        "ژاله",
        "کتاب",
        "گل",
        "یک",
    ]
    # Arabic kaf/yeh sort as their Persian forms; ZWNJ and tatweel do not change the order.
    assert sort_key("كتاب") == sort_key("کتاب")
    assert sort_key("علي") == sort_key("علی")
    assert sort_key("می\u200cخواهم") == sort_key("میخواهم")
    assert sort_key("فالوور") == sort_key("فالـوور")

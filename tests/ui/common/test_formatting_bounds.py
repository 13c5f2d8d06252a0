"""Issue 13, defect 2: formatting never raises and never costs seconds, whatever a value holds.

The journal and the cached catalogue keep values from before the parser bounded them: "1e5000"
raised (Python's 4,300-digit limit on int to text), "1e999999999" built a gigabyte of zeros.
The cost is checked by counting, not timing: the text is short, no int past 640 digits is ever
turned into text (the interpreter's limit is lowered to refuse it), and no call allocates more
than a few kilobytes above its input.
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ui.common import formatting, time_text
from ui.common.long_text import SHOWN_CHARS, in_blocks, preview, readable

UNREADABLE = "unreadable"
#: Every number formatter, display and copy alike.
NUMBER_FORMATTERS: dict[str, Callable[[object], str]] = {
    "number": formatting.number,
    "number_ascii": formatting.number_ascii,
    "decimal": formatting.decimal,
    "decimal_ascii": formatting.decimal_ascii,
    "money": lambda v: formatting.money(v, "USD"),
    "money_ascii": lambda v: formatting.money_ascii(v, "USD"),
    "rate": lambda v: formatting.rate(v, "USD"),
    "scientific_ascii": formatting.scientific_ascii,
}
#: The longest text a formatter may give (a grouped 18-digit amount, 8 places and a currency).
MAX_TEXT = 64
#: What one call may allocate beyond its input, in bytes.
MAX_ALLOCATED = 64 * 1024


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    formatting.configure(formatting.Config())
    yield


@pytest.fixture(autouse=True)
def short_int_texts() -> Iterator[None]:
    """int -> text is quadratic past a few thousand digits: any such conversion raises here."""
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)
    yield
    sys.set_int_max_str_digits(before)


def _bounded_call(fn: Callable[[object], str], value: object) -> str:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        text = fn(value)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(text, str)
    assert len(text) <= MAX_TEXT, (value, text)
    assert peak <= MAX_ALLOCATED, (value, peak)
    return text


# --- the exact cases of the issue ------------------------------------------------------------


def _label(value: object) -> str:
    if isinstance(value, int) and value.bit_length() > 64:
        return f"int of {value.bit_length()} bits"  # repr() of it would raise
    return repr(value)[:24]


ABSURD = [
    Decimal("1e5000"),
    Decimal("1e999999999"),
    Decimal("-1e999999999"),
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("-Infinity"),
    10**5000,
    -(10**5000),
    "abc",
    "1e5000",
    "9" * 100_000,
]


@pytest.mark.parametrize("value", ABSURD, ids=_label)
@pytest.mark.parametrize("name", ["number", "decimal", "money", "rate"])
def test_an_absurd_value_reads_unreadable(name: str, value: object) -> None:
    assert _bounded_call(NUMBER_FORMATTERS[name], value) == UNREADABLE


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1e5000"), "1E+5000"),
        (Decimal("1e999999999"), "1E+999999999"),
        (Decimal("-12345.678e5000"), "-1.2346E+5004"),
        (10**5000, "1E+5000"),
        (-(7 * 10**5000), "-7E+5000"),
        (Decimal("NaN"), ""),
        (Decimal("-Infinity"), ""),
        ("abc", ""),
        (None, ""),
    ],
    ids=_label,
)
def test_a_copy_of_an_absurd_value_is_short_and_scientific(value: object, expected: str) -> None:
    assert _bounded_call(formatting.decimal_ascii, value) == expected
    assert _bounded_call(formatting.number_ascii, value) == expected


def test_unknown_is_not_unreadable() -> None:
    assert formatting.number(None) == formatting.money(None) == formatting.decimal(None) == ""
    assert formatting.rate(None) == "?"  # the panel's rate could not be parsed
    assert formatting.money(Decimal("1e5000"), "USD") == UNREADABLE  # no currency after it


def test_sane_values_are_unchanged() -> None:
    assert formatting.number(10**17) == "100,000,000,000,000,000"
    assert formatting.money(Decimal("-999999999999999.99"), "USD") == (
        "-999,999,999,999,999.99 USD"
    )
    assert formatting.money(Decimal("2.00")) == "2.00"
    assert formatting.money(Decimal("0E+999999999")) == "0.00"  # zero, whatever its exponent
    assert formatting.decimal_ascii(Decimal("1e-999999999")) == "0"
    # The most whole digits shown, with more places than kept: rounded, never in exponent form.
    assert formatting.decimal_ascii(Decimal("123456789012345678.123456789")) == (
        "123456789012345678.12345679"
    )
    assert formatting.number("1200") == "1,200" and formatting.number(12.7) == "12"


def test_dates_and_ages_that_are_none() -> None:
    assert time_text.date_text("2024-01-01") == UNREADABLE  # type: ignore[arg-type]
    assert time_text.long_date_text(42) == UNREADABLE  # type: ignore[arg-type]
    # Moving the last minute of 9999 west of UTC leaves the calendar.
    edge = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-23)))
    assert time_text.datetime_text(edge) == UNREADABLE
    assert time_text.datetime_ascii(edge) == ""
    assert time_text.date_ascii("yesterday") == ""  # type: ignore[arg-type]
    assert time_text.date_text(date(2024, 10, 6)) == "2024/10/06"
    for seconds in (float("nan"), float("inf"), 1e300, "soon"):
        assert time_text.age(seconds) == UNREADABLE  # type: ignore[arg-type]
    assert time_text.age(-5) == "just now"
    assert formatting.ltr(10**5000) == "1E+5000"


def test_long_texts_are_cut_and_lone_surrogates_replaced() -> None:
    assert preview("x" * 1_000_000) == "x" * SHOWN_CHARS + "…"
    assert preview("a\ud800b") == readable("a\ud800b") == "a\ufffdb"
    assert preview("short") == "short"
    blocks = in_blocks("y" * 5_000 + "\nend")
    assert blocks.replace("\n", "") == "y" * 5_000 + "end"
    assert max(len(line) for line in blocks.split("\n")) <= 1000
    assert formatting.currency_text("U" * 1_000_000) == "U" * 12 + "…"


# --- any value -------------------------------------------------------------------------------

#: Decimals of any exponent the type allows, with up to 2,000 digits, and the special values.
decimals = st.one_of(
    st.builds(
        lambda sign, digits, exponent: Decimal((sign, tuple(int(d) for d in digits), exponent)),
        st.integers(0, 1),
        st.text("0123456789", min_size=1, max_size=2000),
        st.integers(-(10**18) + 1, 10**18 - 2000),
    ),
    st.sampled_from([Decimal("NaN"), Decimal("-sNaN"), Decimal("Infinity"), Decimal("-0")]),
    st.decimals(allow_nan=True, allow_infinity=True),
)
#: Ints of any size up to 100,000 bits (30,000 digits), either sign.
ints = st.one_of(
    st.integers(),
    st.builds(
        lambda bits, low, sign: sign * ((1 << bits) + low),
        st.integers(0, 100_000),
        st.integers(0, 2**64),
        st.sampled_from([1, -1]),
    ),  # fmt: skip
)
anything = st.one_of(decimals, ints, st.none(), st.text(max_size=100), st.floats(), st.booleans())


#: The fixtures above hold for every example: nothing in them is reset per example.
BOUNDED = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@settings(BOUNDED, max_examples=300)
@given(value=anything)
def test_any_value_gives_a_short_text(value: object) -> None:
    for fn in NUMBER_FORMATTERS.values():
        _bounded_call(fn, value)


@settings(BOUNDED, max_examples=200)
@given(value=st.one_of(decimals, ints))
def test_a_readable_number_keeps_its_value(value: Decimal | int) -> None:
    text = formatting.decimal_ascii(value)
    if formatting.number(value) == UNREADABLE:
        return  # out of range or no number: its copy is the scientific form, checked above
    assert text, value
    if isinstance(value, int):
        assert Decimal(text) == value
    else:  # rounded to MAX_PLACES, never more than half a unit of the last place off
        assert abs(Decimal(text) - value) <= Decimal("0.5e-8")

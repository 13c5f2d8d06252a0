"""Numbers past what can be shown, as a short ASCII scientific form, for copies and exports.

A value a hostile panel or an old journal holds ("1e5000", an int of 5,000 digits) is shown as
unreadable (ui/common/formatting.py); a copy of it still says what it was, bounded whatever the
value. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation

#: A number with more whole digits is no amount or count a panel means (the parser stops at
#: 16): shown as unreadable. Below it, formatting costs microseconds whatever the value.
MAX_WHOLE_DIGITS = 18
#: A longer text is not read as a number at all (Decimal() of a megabyte of digits is slow).
NUMBER_TEXT_CHARS = 64

_INT_LIMIT = 10**MAX_WHOLE_DIGITS


def scientific_ascii(value: object) -> str:
    """Any number as a short ASCII scientific form ("1E+5000", "-1.2346E+845098"); "" when it
    is no finite number. Bounded whatever the value, for copies of what cannot be shown."""
    if isinstance(value, int) and not -_INT_LIMIT < value < _INT_LIMIT:
        return _huge_int_scientific(value)
    if isinstance(value, int):
        value = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if len(text) > NUMBER_TEXT_CHARS:
            return ""
        try:
            value = Decimal(text)
        except InvalidOperation:
            return ""
    if not isinstance(value, Decimal) or not value.is_finite():
        return ""
    if value.is_zero():
        return "0"
    # The Decimal rounds its own digits: no conversion of a huge coefficient to anything else.
    mantissa, _, exponent = f"{value:.4E}".partition("E")
    return f"{_trim_mantissa(mantissa)}E{exponent}"


def _huge_int_scientific(value: int) -> str:
    # str() and Decimal() of a huge int take seconds (quadratic): read its top bits instead.
    size = abs(value)
    shift = max(size.bit_length() - 64, 0)
    power = math.log10(size >> shift) + shift * math.log10(2)
    exponent = math.floor(power)
    mantissa = f"{10 ** (power - exponent):.4f}"
    if mantissa.startswith("10"):  # rounded up to the next power of ten
        mantissa, exponent = "1", exponent + 1
    sign = "-" if value < 0 else ""
    return f"{sign}{_trim_mantissa(mantissa)}E+{exponent}"


def _trim_mantissa(mantissa: str) -> str:
    return mantissa.rstrip("0").rstrip(".") if "." in mantissa else mantissa

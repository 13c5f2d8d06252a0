"""Whole numbers read from text a user typed or a panel sent, of any length, never raising.

Python's int() refuses a string of more than 4,300 digits (ValueError) and `str.isdigit()`
accepts digits such as "²" that int() refuses too, so text is never handed to int() directly:
`whole_number` reads it, and `digits_only` tells a number too long to read from no number.
"""

from __future__ import annotations

import re

#: More digits than any count a form or a panel means (2**63 has 19), few enough for int().
MAX_DIGITS = 30

_DIGITS = re.compile(r"\d+")  # Unicode decimal digits: Persian ۱۲۳ reads as 123


def digits_only(text: str) -> bool:
    """True when the text (spaces around it aside) is one run of decimal digits, any length."""
    return _DIGITS.fullmatch(text.strip()) is not None


def whole_number(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """The non-negative number written in decimal digits (any script), or None when the text
    is not digits only or has more than `max_digits` significant digits (leading zeros aside).

    A None for digits-only text means "too large to be meant", which `digits_only` tells apart
    from "not a number" where the difference is worth saying.
    """
    text = text.strip()
    if _DIGITS.fullmatch(text) is None:
        return None
    significant = text.lstrip("0") or "0"  # "0" in any script is not stripped: still one digit
    if len(significant) > max_digits:
        return None
    return int(significant)

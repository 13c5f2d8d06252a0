"""Whole numbers from typed or panel text: any length, any script, never raising."""

from __future__ import annotations

import pytest

from core.whole_numbers import MAX_DIGITS, digits_only, whole_number


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1200", 1200),
        (" 12 ", 12),
        ("۱۲۳", 123),
        ("0" * 5000 + "7", 7),
        ("9" * MAX_DIGITS, int("9" * MAX_DIGITS)),
        ("9" * (MAX_DIGITS + 1), None),
        ("9" * 5000, None),
        ("²", None),
        ("12a", None),
        ("-5", None),
        ("", None),
    ],
)
def test_whole_number(text, expected):
    assert whole_number(text) == expected


def test_digits_only_tells_too_long_from_not_a_number():
    assert digits_only("9" * 5000) and whole_number("9" * 5000) is None
    assert not digits_only("9" * 5000 + "x")
    assert not digits_only("²")

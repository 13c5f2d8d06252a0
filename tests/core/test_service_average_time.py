"""Service.average_minutes: the panel's `average_time` read as minutes, or None."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.models import MAX_AVERAGE_MINUTES, Service


def service(value: object) -> Service:
    extra = {} if value is ... else {"average_time": value}
    return Service("1", "n", "c", "Default", Decimal(1), 1, 10, extra=extra)


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        (..., None),  # the panel sends none
        (0, None),  # "not measured yet", as most panels send it
        (12, 12),
        ("45", 45),
        (" 7 ", 7),
        (237_566, 237_566),  # the largest seen in real answers
        (2.6, 3),
        (-5, None),
        (True, None),
        ("soon", None),
        (float("nan"), None),
        (MAX_AVERAGE_MINUTES, None),
        (10**30, None),
        ("9" * 5000, None),
        (None, None),
        ([1], None),
    ],
)
def test_average_minutes(value: object, minutes: int | None) -> None:
    assert service(value).average_minutes == minutes

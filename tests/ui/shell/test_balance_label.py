"""Issue 13, defect 2: the balance button shows any balance a panel gave, absurd ones as
unreadable (formatting "1e5000" raised in the slot and left the old balance on screen)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.models import Balance

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    "amount", [Decimal("1e5000"), Decimal("-1e999999999"), Decimal("NaN"), Decimal("-Infinity")]
)
def test_an_absurd_balance_reads_unreadable(app_window, amount: Decimal) -> None:
    # As a parser without bounds handed it over (the panel's own answer is bounded now).
    app_window.session.balanceChanged.emit(Balance(amount, "USD"))
    assert app_window.balance_button.text() == "Balance: unreadable"


def test_a_long_currency_is_cut(app_window) -> None:
    app_window.session.balanceChanged.emit(Balance(Decimal("12.5"), "U" * 1_000_000))
    assert app_window.balance_button.text() == "Balance: 12.50 " + "U" * 12 + "…"

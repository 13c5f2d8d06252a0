"""Balance snapshots: kept when the app reads a balance, not more often than they say more."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from core.insights import InsightsFilter, balance_history, record_balance
from core.models import Balance
from tests.core.insights.journal_builder import T0


def test_an_equal_reading_within_a_minute_is_not_kept_again(store):
    pid = store.profiles.add("A", "https://a.example/api/v2").id
    ten = Balance(Decimal("10.00"), "USD")
    assert record_balance(store, pid, ten, at=T0)
    assert not record_balance(store, pid, ten, at=T0 + timedelta(seconds=30))
    assert record_balance(
        store, pid, Balance(Decimal("9.50"), "USD"), at=T0 + timedelta(seconds=40)
    )
    assert record_balance(store, pid, Balance(Decimal("9.50"), "USD"), at=T0 + timedelta(minutes=2))
    [series] = balance_history(store)
    assert (series.profile_id, series.currency) == (pid, "USD")
    assert [(p.at - T0, p.amount) for p in series.points] == [
        (timedelta(0), Decimal("10.00")),
        (timedelta(seconds=40), Decimal("9.50")),
        (timedelta(minutes=2), Decimal("9.50")),
    ]


def test_history_per_panel_and_currency_within_the_filter(store):
    a = store.profiles.add("A", "https://a.example/api/v2").id
    b = store.profiles.add("B", "https://b.example/api/v2").id
    record_balance(store, a, Balance(Decimal("1"), "USD"), at=T0)
    record_balance(store, a, Balance(Decimal("2"), "USD"), at=T0 + timedelta(days=3))
    record_balance(store, b, Balance(Decimal("500000"), "IRT"), at=T0)
    everything = balance_history(store)
    assert {(s.profile_id, s.currency, len(s.points)) for s in everything} == {
        (a, "USD", 2),
        (b, "IRT", 1),
    }
    later = balance_history(store, InsightsFilter(frozenset({a}), since=T0 + timedelta(days=1)))
    assert [[p.amount for p in s.points] for s in later] == [[Decimal("2")]]


def test_a_busy_panel_s_history_is_thinned_to_a_chart_s_worth(store, monkeypatch):
    from core.insights import balance

    monkeypatch.setattr(balance, "MAX_BALANCE_POINTS", 10)
    pid = store.profiles.add("A", "https://a.example/api/v2").id
    for n in range(100):  # a reading every 2 minutes, each different
        record_balance(
            store, pid, Balance(Decimal(1000 - n), "USD"), at=T0 + timedelta(minutes=2 * n)
        )
    [series] = balance_history(store)
    amounts = [p.amount for p in series.points]
    assert len(amounts) <= 11 and amounts[0] == Decimal(1000) and amounts[-1] == Decimal(901)
    assert amounts == sorted(amounts, reverse=True)  # still in time order

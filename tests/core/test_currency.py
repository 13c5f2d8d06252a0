"""core/currency.py and core/exchange_rates.py: codes, dated rates, Decimal conversion that
always says when a figure is converted, and the settings kept in a real store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core import preferences
from core.currency import (
    Converter,
    CurrencySettings,
    CurrencySource,
    PriceState,
    currency_settings,
    most_common_currency,
    panel_currency,
    save_currency_settings,
    state_panel_currency,
)
from core.exchange_rates import (
    ExchangeRate,
    RateInvalid,
    RateProblem,
    currency_code,
    exchange_rate,
    rates_from_json,
    rates_to_json,
)
from core.store import Store

DAY = date(2026, 11, 20)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path) as opened:
        yield opened


@pytest.mark.parametrize(
    "text,code",
    [
        ("usd", "USD"),
        (" USD ", "USD"),
        ("$", "USD"),
        ("€", "EUR"),
        ("تومان", "IRT"),
        ("Toman", "IRT"),
        ("ریال", "IRR"),
        ("IRR", "IRR"),
        ("", None),
        ("   ", None),
        (None, None),
        ("X" * 11, None),
        ("US\nD", "US D"),  # whitespace inside is one space, never a line break
        ("?", None),  # a balance that named no currency: none, so the user's word counts
        ("-", None),
    ],
)
def test_currency_codes_have_one_spelling(text, code):
    assert currency_code(text) == code


def test_a_converted_price_is_marked_and_carries_its_rates_date():
    rate = exchange_rate("usd", "IRT", "60000", DAY)
    converter = Converter("IRT", [rate])
    price = converter.price(Decimal("1.25"), "USD")
    assert price.state is PriceState.CONVERTED and price.converted
    assert price.amount == Decimal("75000.00") and price.currency == "IRT"
    assert price.rate == rate and price.rate_date == DAY


def test_the_panels_own_currency_is_quoted_not_converted():
    price = Converter("USD", [exchange_rate("USD", "IRT", "60000", DAY)]).price(
        Decimal("0.95"), "usd"
    )
    assert price.state is PriceState.QUOTED and not price.converted
    assert price.amount == Decimal("0.95") and price.rate is None and price.rate_date is None


def test_a_rate_works_the_other_way_round_in_decimal():
    # 1 USD = 3 IRT: 1 IRT is exactly a third of a dollar, in Decimal (no float rounding).
    converter = Converter("USD", [exchange_rate("USD", "IRT", "3", DAY)])
    price = converter.price(Decimal("3"), "IRT")
    assert price.converted and price.amount == Decimal(3) / Decimal(3) == Decimal(1)
    assert isinstance(price.amount, Decimal)


def test_a_direct_rate_wins_over_the_inverse_of_another():
    inverse = exchange_rate("USD", "EUR", "2", DAY)
    direct = exchange_rate("EUR", "USD", "1.1", date(2026, 11, 25))
    converter = Converter("USD", [direct, inverse])
    assert converter.rate_for("EUR") == direct
    assert converter.price(Decimal(10), "EUR").amount == Decimal("11.0")


@pytest.mark.parametrize(
    "amount,currency,state",
    [
        (Decimal(1), "TRY", PriceState.NO_RATE),
        (Decimal(1), None, PriceState.NO_CURRENCY),
        (Decimal(1), "", PriceState.NO_CURRENCY),
        (None, "USD", PriceState.NO_AMOUNT),
        (Decimal("NaN"), "USD", PriceState.NO_AMOUNT),
    ],
)
def test_a_price_that_cannot_be_made_says_why_and_has_no_amount(amount, currency, state):
    price = Converter("USD", [exchange_rate("EUR", "USD", "1.1", DAY)]).price(amount, currency)
    assert price.state is state and price.amount is None and not price.converted


@pytest.mark.parametrize(
    "source,target,rate,as_of,problem",
    [
        ("", "USD", "1", DAY, RateProblem.NO_CURRENCY),
        ("USD", "usd", "1", DAY, RateProblem.SAME_CURRENCY),
        ("EUR", "USD", "one", DAY, RateProblem.NOT_A_NUMBER),
        ("EUR", "USD", "Infinity", DAY, RateProblem.NOT_A_NUMBER),
        ("EUR", "USD", "0", DAY, RateProblem.NOT_POSITIVE),
        ("EUR", "USD", "-2", DAY, RateProblem.NOT_POSITIVE),
        ("EUR", "USD", "1.1", None, RateProblem.NO_DATE),
        ("EUR", "USD", "1e999999", DAY, RateProblem.OUT_OF_RANGE),  # overflowed every price
        ("EUR", "USD", "1e-999999", DAY, RateProblem.OUT_OF_RANGE),
    ],
)
def test_a_bad_rate_is_refused_with_its_reason(source, target, rate, as_of, problem):
    with pytest.raises(RateInvalid) as caught:
        exchange_rate(source, target, rate, as_of)
    assert caught.value.problem is problem


def test_rates_survive_json_exactly_and_a_repeated_pair_is_refused():
    rates = (
        exchange_rate("USD", "IRT", "61234.5678", DAY),
        exchange_rate("EUR", "USD", "1.10", date(2026, 1, 2)),
    )
    assert rates_from_json(rates_to_json(rates)) == rates
    assert rates_from_json(rates_to_json(rates))[1].rate.as_tuple() == Decimal("1.10").as_tuple()
    with pytest.raises(RateInvalid) as caught:
        rates_to_json(rates + (exchange_rate("IRT", "USD", "0.00002", DAY),))
    assert caught.value.problem is RateProblem.REPEATED and caught.value.row == 2


@pytest.mark.parametrize(
    "text",
    ["{", "{}", '[{"from": "USD"}]', '[{"from": "USD", "to": "EUR", "rate": "1", "date": 5}]'],
)
def test_a_damaged_saved_table_reads_as_no_rates(store, text):
    store.settings.set(preferences.EXCHANGE_RATES.key, text)
    assert store.preferences.get(preferences.EXCHANGE_RATES) == ()


def test_settings_survive_a_restart(tmp_path):
    rates = (exchange_rate("USD", "IRT", "60000", DAY),)
    with Store(tmp_path) as store:
        save_currency_settings(store.preferences, CurrencySettings("irt", rates))
    with Store(tmp_path) as store:
        settings = currency_settings(store.preferences)
    assert settings == CurrencySettings("IRT", rates)
    assert isinstance(settings.rates[0], ExchangeRate)


def test_invalid_settings_write_nothing(store):
    save_currency_settings(store.preferences, CurrencySettings("USD", ()))
    repeated = (exchange_rate("USD", "IRT", "1", DAY), exchange_rate("IRT", "USD", "1", DAY))
    with pytest.raises(RateInvalid):
        save_currency_settings(store.preferences, CurrencySettings("EUR", repeated))
    assert currency_settings(store.preferences) == CurrencySettings("USD", ())


def test_the_panels_word_wins_over_the_users(store):
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    assert panel_currency(store.preferences, profile.id).source is CurrencySource.NONE
    assert state_panel_currency(store.preferences, profile.id, " toman ") == "IRT"
    stated = panel_currency(store.preferences, profile.id)
    assert (stated.code, stated.source) == ("IRT", CurrencySource.USER)
    store.preferences.set(preferences.PANEL_CURRENCY, "usd", profile.id)
    said = panel_currency(store.preferences, profile.id)
    assert (said.code, said.source) == ("USD", CurrencySource.PANEL)
    with pytest.raises(ValueError):
        state_panel_currency(store.preferences, profile.id, "not a code at all")
    assert state_panel_currency(store.preferences, profile.id, "") is None
    assert store.preferences.get(preferences.PANEL_CURRENCY_STATED, profile.id) is None


def test_most_common_currency():
    assert most_common_currency({1: "USD", 2: "IRT", 3: "IRT", 4: None}) == "IRT"
    assert most_common_currency({1: None}) is None


def test_the_active_panel_carries_the_stated_currency_until_the_panel_says_one(store):
    from core.credentials import CredentialStore
    from core.workflows.panel_account import activate_panel

    profile = store.profiles.add("P", "https://panel.example/api/v2")
    credentials = CredentialStore()
    assert activate_panel(store, credentials, profile.id).currency is None
    state_panel_currency(store.preferences, profile.id, "IRT")
    assert activate_panel(store, credentials, profile.id).currency == "IRT"
    store.preferences.set(preferences.PANEL_CURRENCY, "USD", profile.id)
    assert activate_panel(store, credentials, profile.id).currency == "USD"


@pytest.mark.parametrize("currency", ["USD", "usd", "IRT", "TRY", None, ""])
@pytest.mark.parametrize("amount", [Decimal("1.50"), Decimal("0"), None, Decimal("NaN")])
def test_a_pricer_prices_as_price_does(currency, amount):
    converter = Converter("USD", [exchange_rate("USD", "IRT", "60000", DAY)])
    assert converter.pricer(currency)(amount) == converter.price(amount, currency)


def test_a_balance_without_a_currency_leaves_the_users_word(store):
    # The balance parser writes "?" for a currency not said: it must not hide the stated one.
    profile = store.profiles.add("P", "https://panel.example/api/v2")
    store.preferences.set(preferences.PANEL_CURRENCY, "?", profile.id)
    assert state_panel_currency(store.preferences, profile.id, "IRT") == "IRT"
    stated = panel_currency(store.preferences, profile.id)
    assert (stated.code, stated.source) == ("IRT", CurrencySource.USER)

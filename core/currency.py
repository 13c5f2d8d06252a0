"""Currencies: which one a panel bills in, the user's exchange rates, and Decimal conversion.

A panel says its currency only with its balance (core/workflows/panel_account.py remembers it);
the user may state it for a panel that never said. The user chooses a display currency and
enters exchange rates, each with the date it was true: nothing is fetched from the internet. A
converted figure is a `Price` marked `converted`, carrying the rate it used and that rate's date,
so no screen can show a converted amount as if the panel had quoted it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from core import preferences
from core.exchange_rates import (
    ExchangeRate,
    RateInvalid,
    RateProblem,
    currency_code,
    rate_table,
)
from core.preferences import Preferences

# --- prices ------------------------------------------------------------------------------------


class PriceState(str, Enum):
    """How a price came to be in the display currency."""

    QUOTED = "quoted"  # the panel's own figure: it bills in the display currency
    CONVERTED = "converted"  # converted with the user's rate (see `Price.rate`)
    NO_RATE = "no_rate"  # the panel's currency has no rate to the display currency
    NO_CURRENCY = "no_currency"  # the panel never said its currency, nor did the user
    NO_AMOUNT = "no_amount"  # the panel's figure could not be read


@dataclass(frozen=True)
class Price:
    """An amount in the display currency, or why there is none.

    `converted` is True whenever `amount` is not the panel's own figure; `rate` (and its date)
    then says how it was made."""

    state: PriceState
    amount: Decimal | None = None
    currency: str | None = None
    rate: ExchangeRate | None = None

    @property
    def converted(self) -> bool:
        return self.state is PriceState.CONVERTED

    @property
    def known(self) -> bool:
        return self.amount is not None

    @property
    def rate_date(self) -> date | None:
        return None if self.rate is None else self.rate.as_of


class Converter:
    """Converts amounts into one display currency with the user's rates (direct or inverse)."""

    def __init__(self, display: str | None, rates: Iterable[ExchangeRate] = ()) -> None:
        self.display = currency_code(display)
        #: source currency -> the rate that converts it; direct rates win over inverse ones.
        self._rates: dict[str, ExchangeRate] = {}
        if self.display is None:
            return
        rates = tuple(rates)
        for rate in rates:  # inverse first, so a direct rate for the same pair replaces it
            if rate.source == self.display:
                self._rates[rate.target] = rate
        for rate in rates:
            if rate.target == self.display:
                self._rates[rate.source] = rate

    def rate_for(self, currency: str | None) -> ExchangeRate | None:
        """The rate that converts `currency`, or None (none, or it is the display currency)."""
        code = currency_code(currency)
        return self._rates.get(code) if code is not None else None

    def price(self, amount: Decimal | None, currency: str | None) -> Price:
        """`amount` of `currency` in the display currency, or why it cannot be."""
        if amount is None or not amount.is_finite():
            return Price(PriceState.NO_AMOUNT)
        code = currency_code(currency)
        if code is None:
            return Price(PriceState.NO_CURRENCY)
        return self._price_of_code(amount, code)

    def _price_of_code(self, amount: Decimal, code: str) -> Price:
        if code == self.display:
            return Price(PriceState.QUOTED, amount, code)
        rate = self._rates.get(code)
        if rate is None:
            return Price(PriceState.NO_RATE, currency=code)
        # An inverse rate divides: multiplying by 1/3 would make 3 IRT 0.999... USD.
        try:
            converted = amount * rate.rate if rate.source == code else amount / rate.rate
        except ArithmeticError:  # an absurd amount or a rate kept before RATE_BOUNDS
            return Price(PriceState.NO_AMOUNT)
        return Price(PriceState.CONVERTED, converted, self.display, rate)

    def pricer(self, currency: str | None) -> Callable[[Decimal | None], Price]:
        """`price` for many amounts of one currency: the currency is read once, and the
        prices that do not depend on the amount are made once (50,000 rates of 5 panels)."""
        code = currency_code(currency)
        no_amount = Price(PriceState.NO_AMOUNT)
        if code is None:
            fixed = Price(PriceState.NO_CURRENCY)
        elif code != self.display and code not in self._rates:
            fixed = Price(PriceState.NO_RATE, currency=code)
        else:
            priced_in = self._price_of_code

            def priced(amount: Decimal | None) -> Price:
                if amount is None or not amount.is_finite():
                    return no_amount
                return priced_in(amount, code)

            return priced

        def unpriced(amount: Decimal | None) -> Price:
            return no_amount if amount is None or not amount.is_finite() else fixed

        return unpriced


# --- the currency of each panel and the display currency -----------------------------------------


class CurrencySource(str, Enum):
    """Who said which currency a panel bills in."""

    PANEL = "panel"  # its balance answer
    USER = "user"  # the user, for a panel that never said
    NONE = "none"


@dataclass(frozen=True)
class PanelCurrency:
    """A panel's currency and who said it (the panel's word wins over the user's)."""

    code: str | None
    source: CurrencySource


def panel_currency(prefs: Preferences, profile_id: int) -> PanelCurrency:
    """The currency a panel bills in: what its balance said, else what the user stated."""
    said = currency_code(prefs.get(preferences.PANEL_CURRENCY, profile_id))
    if said is not None:
        return PanelCurrency(said, CurrencySource.PANEL)
    stated = currency_code(prefs.get(preferences.PANEL_CURRENCY_STATED, profile_id))
    if stated is not None:
        return PanelCurrency(stated, CurrencySource.USER)
    return PanelCurrency(None, CurrencySource.NONE)


def state_panel_currency(prefs: Preferences, profile_id: int, text: str | None) -> str | None:
    """Keep the currency the user states for a panel (empty text forgets it); returns the code
    kept. ValueError when the text is no currency code."""
    if text is None or not text.strip():
        prefs.reset(preferences.PANEL_CURRENCY_STATED, profile_id)
        return None
    code = currency_code(text)
    if code is None:
        raise ValueError("not a currency code")
    prefs.set(preferences.PANEL_CURRENCY_STATED, code, profile_id)
    return code


@dataclass(frozen=True)
class CurrencySettings:
    """The display currency chosen in Preferences (None: never chosen) and the rate table."""

    display: str | None
    rates: tuple[ExchangeRate, ...]

    def converter(self, fallback: str | None = None) -> Converter:
        """A converter to the chosen display currency, or to `fallback` when none is chosen."""
        return Converter(self.display or fallback, self.rates)


def currency_settings(prefs: Preferences) -> CurrencySettings:
    """The saved display currency and exchange rates."""
    return CurrencySettings(
        currency_code(prefs.get(preferences.DISPLAY_CURRENCY)),
        prefs.get(preferences.EXCHANGE_RATES),
    )


def save_currency_settings(prefs: Preferences, settings: CurrencySettings) -> None:
    """Keep the display currency and the rates (RateInvalid/ValueError when they are not valid;
    nothing is written then)."""
    display = currency_code(settings.display) if settings.display else None
    if settings.display and display is None:
        raise RateInvalid(RateProblem.NO_CURRENCY)
    table = rate_table(settings.rates)
    prefs.set(preferences.DISPLAY_CURRENCY, display)
    prefs.set(preferences.EXCHANGE_RATES, table)


def most_common_currency(codes: Mapping[int, str | None]) -> str | None:
    """The currency most panels bill in (the first seen of equals), or None when none is known.

    Used as the display currency while the user has chosen none."""
    counts: dict[str, int] = {}
    for code in codes.values():
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None

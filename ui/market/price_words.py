"""The words of the Market's figures: prices in the display currency (a converted one always
marked, its rate and date in its tooltip), the services' options and average times."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from core.currency import Price, PriceState
from ui.common import formatting, time_text
from ui.services.service_rows import FLAG_CANCEL, FLAG_DRIPFEED, FLAG_REFILL

#: A converted figure always carries this mark (its rate and date are in its tooltip).
CONVERTED_MARK = "≈"


def flag_texts() -> dict[int, str]:
    """The Options column text of each flag combination, in the Services table's words."""
    words = {
        FLAG_DRIPFEED: QCoreApplication.translate("ServicesModel", "drip-feed"),
        FLAG_REFILL: QCoreApplication.translate("ServicesModel", "refill"),
        FLAG_CANCEL: QCoreApplication.translate("ServicesModel", "cancel"),
    }
    return {
        bits: " · ".join(word for bit, word in words.items() if bits & bit) for bits in range(8)
    }


def price_text(price: Price, unknown: Callable[[PriceState], str]) -> str:
    """A display price: converted ones marked, missing ones said by `unknown`."""
    if price.amount is None:
        return unknown(price.state)
    amount = price.amount
    if price.converted:
        # A division gives 28 digits: four significant ones (two decimals at least) are shown.
        with contextlib.suppress(InvalidOperation):  # past 28 digits: shown as it is
            amount = amount.quantize(Decimal(1).scaleb(min(-2, amount.adjusted() - 3)))
    text = formatting.rate(amount, price.currency)
    return f"{CONVERTED_MARK} {text}" if price.converted else text


def rate_tooltip(price: Price) -> str | None:
    """What a price is: converted with which rate of which date, or why there is none."""
    if price.converted and price.rate is not None:
        rate = price.rate
        return QCoreApplication.translate(
            "MarketPrices", "Converted at 1 {source} = {rate} {target}, your rate of {date}"
        ).format(
            source=rate.source,
            rate=formatting.decimal(rate.rate),
            target=rate.target,
            date=time_text.date_text(rate.as_of),
        )
    if price.state is PriceState.NO_RATE:
        return QCoreApplication.translate(
            "MarketPrices", "No exchange rate from {currency}: set one in Preferences"
        ).format(currency=price.currency)
    if price.state is PriceState.NO_CURRENCY:
        return QCoreApplication.translate(
            "MarketPrices", "The panel's currency is not known: state it in Panels"
        )
    if price.state is PriceState.NO_AMOUNT:
        return QCoreApplication.translate("MarketPrices", "The panel's rate could not be read")
    return None

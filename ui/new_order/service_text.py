"""Words about one service, shared by the picker's rows, its details and the order form: its
price (per 1000, or the whole price of a package), its bounds, its flags, its average time
(time_text.duration, as Services says it)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from core.models import Service
from core.service_types import Charge, type_for_name, type_of
from ui.common import formatting, time_text

# Texts of the service picker, translated in its context.
_CTX = "ServicePicker"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, "", n)


def is_package(service: Service) -> bool:
    """A service priced once per order: its rate is its price (docs/protocol.md, 4)."""
    return _priced_once(service.type)


@lru_cache(maxsize=256)
def _priced_once(type_name: str) -> bool:
    # A catalogue spells a dozen type names 50,000 times: each is looked up once.
    return type_for_name(type_name).charge is Charge.ONCE


def price_line(service: Service, currency: str | None) -> str:
    """ "Rate per 1000: 0.75 USD", or "Price: 2.50 USD" for a package."""
    if is_package(service):
        return _tr("Price: {price}").format(price=formatting.money(service.rate, currency))
    return _tr("Rate per 1000: {rate}").format(rate=formatting.rate(service.rate, currency))


def price_cell(service: Service) -> str:
    """The price column of the picker (the currency is in its header): a package says so."""
    if is_package(service):
        return _tr("{price} / order").format(price=formatting.money(service.rate))
    return formatting.rate(service.rate)


#: The `max` panels send for "no real limit" (docs/protocol.md, 3).
NO_LIMIT = 2147483647


def has_quantity(service: Service) -> bool:
    """Whether the service's bounds apply to something the form asks (a quantity, counted
    lines, a subscription's per-post amounts); not for a package, whose 1 to 1 says nothing."""
    return any(f.service_bounds or f.counts_as_quantity for f in type_of(service).fields)


def bounds_cell(service: Service) -> str:
    """ "100 – 50,000" in the reader's digits, "100 or more" without a real limit; "—" for a
    package."""
    if not has_quantity(service):
        return "—"
    top = formatting.as_number(service.max)  # a cached row may hold a text or infinity here
    if top is not None and top >= NO_LIMIT:
        return _tr("{min} or more").format(min=formatting.number(service.min))
    return f"{formatting.number(service.min)} – {formatting.number(service.max)}"


def flag_words(service: Service) -> list[str]:
    """What the service offers, in words, what resellers look for first: refill, cancel,
    drip-feed."""
    return [
        text
        for on, text in (
            (service.refill, _tr("refill")),
            (service.cancel, _tr("cancel")),
            (service.dripfeed, _tr("drip-feed")),
        )
        if on
    ]


def average_time_line(service: Service) -> str:
    """ "Average time: 3 h 10 min" when the panel measures it, else ""."""
    text = time_text.duration(service.average_minutes)
    return _tr("Average time: {time}").format(time=text) if text else ""

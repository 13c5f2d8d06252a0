"""The Market view's data: every profile's cached catalogue, grouped by offer, priced in one
currency, cheapest first (issue 15).

Reads only the store (no panel is asked: a catalogue comes from each panel's own Services
refresh). `core.market` describes and groups the services; each rate is put in the display
currency with the user's exchange rates (core/currency.py), and groups are sorted by their
cheapest known price per 1000. Run it off the GUI thread: 50,000 services take about a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from core.currency import (
    Converter,
    CurrencySource,
    Price,
    currency_settings,
    most_common_currency,
    panel_currency,
)
from core.exchange_rates import ExchangeRate
from core.gc_pause import bulk_allocation
from core.market import MarketEntry, MarketGroup, group_offers
from core.models import Service
from core.store import Store


@dataclass(frozen=True)
class MarketPanel:
    """One profile as the Market view saw it: its currency and its cached catalogue's size and
    age (`fetched_at` None: nothing cached yet, so none of its services is shown)."""

    profile_id: int
    name: str
    currency: str | None
    currency_source: CurrencySource
    service_count: int
    fetched_at: datetime | None

    @property
    def cached(self) -> bool:
        return self.fetched_at is not None


@dataclass(frozen=True, slots=True)
class PricedEntry:
    """One panel's service in a group, with its rate in the display currency."""

    entry: MarketEntry
    currency: str | None  # the panel's own currency
    price: Price  # the rate per 1000 in the display currency, or why there is none


@dataclass(frozen=True, slots=True)
class PricedGroup:
    """A group of the same offer, its entries cheapest first (unpriced ones last)."""

    group: MarketGroup
    entries: tuple[PricedEntry, ...]

    @property
    def cheapest(self) -> PricedEntry | None:
        """The entry with the lowest known price, or None when no entry has one."""
        first = self.entries[0] if self.entries else None
        return first if first is not None and first.price.known else None


@dataclass(frozen=True)
class MarketSnapshot:
    """Everything the Market view shows.

    `display_currency` is the one prices are in: the chosen one, or (`display_chosen` False)
    the one most panels bill in. `rates_used` are the exchange rates behind converted prices."""

    panels: tuple[MarketPanel, ...]
    groups: tuple[PricedGroup, ...]
    display_currency: str | None
    display_chosen: bool
    rates_used: tuple[ExchangeRate, ...]

    @property
    def service_count(self) -> int:
        return sum(len(g.entries) for g in self.groups)

    @property
    def cross_panel_count(self) -> int:
        """Groups sold by two or more panels."""
        return sum(1 for g in self.groups if g.group.panel_count > 1)

    @property
    def uncached_panels(self) -> tuple[MarketPanel, ...]:
        return tuple(p for p in self.panels if not p.cached)


def _price_key(priced: PricedEntry) -> tuple[int, Decimal]:
    amount = priced.price.amount
    return (1, Decimal(0)) if amount is None else (0, amount)


def _group_key(group: PricedGroup) -> tuple[int, Decimal]:
    cheapest = group.cheapest
    return (1, Decimal(0)) if cheapest is None else _price_key(cheapest)


def price_groups(
    catalogues: Sequence[tuple[MarketPanel, Sequence[Service]]],
    display: str | None,
    rates: Sequence[ExchangeRate],
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[list[PricedGroup], tuple[ExchangeRate, ...]]:
    """Group the catalogues' services and price them in `display`: groups cheapest first.

    Returns the groups and the rates that converted at least one price."""
    converter = Converter(display, rates)
    currency_of = {panel.profile_id: panel.currency for panel, _ in catalogues}
    pricer_of = {panel.profile_id: converter.pricer(panel.currency) for panel, _ in catalogues}
    groups = group_offers((p.profile_id, p.name, services) for p, services in catalogues)
    used: dict[ExchangeRate, None] = {}
    priced_groups: list[PricedGroup] = []
    # A panel's rates repeat (and a cached catalogue shares one Decimal per distinct text):
    # each (panel, rate object) is priced once. Keyed by the object, not its value, so 1.50
    # keeps its own digits beside 1.5.
    known: dict[tuple[int, int], Price] = {}
    for number, group in enumerate(groups):
        if number % 2000 == 0 and cancelled():
            break
        priced = []
        for entry in group.entries:
            currency = currency_of.get(entry.profile_id)
            rate = entry.service.rate
            price = known.get((entry.profile_id, id(rate)))
            if price is None:
                price = known[(entry.profile_id, id(rate))] = pricer_of[entry.profile_id](rate)
                if price.rate is not None:
                    used[price.rate] = None
            priced.append(PricedEntry(entry, currency, price))
        priced.sort(key=_price_key)
        priced_groups.append(PricedGroup(group, tuple(priced)))
    priced_groups.sort(key=_group_key)
    return priced_groups, tuple(used)


def market_inputs(store: Store) -> tuple:
    """What a snapshot depends on besides the catalogues' rows: the panels, their currencies
    and fetch times, the display currency and the rates. A few small reads (microseconds per
    panel), so a view can tell cheaply whether its snapshot is out of date."""
    return (
        tuple(
            (
                profile.id,
                profile.name,
                panel_currency(store.preferences, profile.id),
                store.catalog.fetched_at(profile.id),
            )
            for profile in store.profiles.list()
        ),
        currency_settings(store.preferences),
    )


def build_market(store: Store, cancelled: Callable[[], bool] = lambda: False) -> MarketSnapshot:
    """Every profile's cached catalogue, grouped, priced and sorted (call off the GUI thread)."""
    settings = currency_settings(store.preferences)
    panels: list[MarketPanel] = []
    catalogues: list[tuple[MarketPanel, Sequence[Service]]] = []
    with bulk_allocation():
        for profile in store.profiles.list():
            if cancelled():
                break
            currency = panel_currency(store.preferences, profile.id)
            cached = store.catalog.load(profile.id)
            services = cached.services if cached is not None else []
            panel = MarketPanel(
                profile.id,
                profile.name,
                currency.code,
                currency.source,
                len(services),
                None if cached is None else cached.fetched_at,
            )
            panels.append(panel)
            if services:
                catalogues.append((panel, services))
        display = settings.display or most_common_currency(
            {p.profile_id: p.currency for p in panels if p.cached}
        )
        groups, used = price_groups(catalogues, display, settings.rates, cancelled)
    return MarketSnapshot(
        panels=tuple(panels),
        groups=tuple(groups),
        display_currency=display,
        display_chosen=settings.display is not None,
        rates_used=used,
    )

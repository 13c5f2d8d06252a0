"""core/workflows/market_view.py: several panels' catalogues, fetched from local panels over
HTTP into a real store, grouped, priced in one currency and sorted cheapest first."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from core import preferences
from core.answers import parse_services
from core.api import PanelClient
from core.currency import CurrencySettings, CurrencySource, PriceState, save_currency_settings
from core.exchange_rates import exchange_rate
from core.local_panel import LocalPanel
from core.store import Store
from core.workflows.catalogue_refresh import refresh_catalogue
from core.workflows.market_view import build_market
from core.workflows.panel_account import read_balance
from tests.locations import REALDATA

DAY = date(2026, 11, 28)


def _service(sid: int, name: str, rate: str, category: str = "Instagram") -> dict:
    return {
        "service": sid,
        "name": name,
        "type": "Default",
        "rate": rate,
        "min": 10,
        "max": 10000,
        "category": category,
        "refill": False,
        "cancel": True,
    }


USD_PANEL = [
    _service(1, "Instagram Followers [Real] [Refill 30 Days]", "1.20"),
    _service(2, "Instagram Post Likes [Instant]", "0.10"),
    _service(3, "TikTok Video Views", "0.01", "TikTok"),
]
IRT_PANEL = [
    _service(11, "فالوور اینستاگرام ایرانی", "90000", "اینستاگرام"),
    _service(12, "Instagram Followers [No refill]", "30000"),
    _service(13, "Instagram Post Likes", "9000"),
]
TRY_PANEL = [_service(21, "Instagram Followers", "5")]


@pytest.fixture
def market_store(
    make_panel: Callable[..., LocalPanel], tmp_path
) -> Callable[..., tuple[Store, dict[str, int]]]:
    """A real store holding the catalogues of panels (name -> (services, currency)), each
    fetched over HTTP by the catalogue refresh; the balance step is what tells the currency."""
    stores: list[Store] = []

    def build(panels: dict[str, tuple[list[dict], str]], uncached: tuple[str, ...] = ()):
        store = Store(tmp_path)
        stores.append(store)
        ids: dict[str, int] = {}
        for name, (services, currency) in panels.items():
            panel = make_panel(services=services, currency=currency)
            profile = store.profiles.add(name, panel.url)
            ids[name] = profile.id
            client = PanelClient(panel.url, panel.key)
            try:
                refresh_catalogue(store, client, profile.id)
                read_balance(client, store.preferences, profile.id)
            finally:
                client.close()
        for name in uncached:
            ids[name] = store.profiles.add(name, "https://never.example/api/v2").id
        return store, ids

    yield build
    for store in stores:
        store.close()


def test_every_cached_service_of_every_panel_is_in_exactly_one_group(market_store):
    store, ids = market_store(
        {"A": (USD_PANEL, "USD"), "B": (IRT_PANEL, "IRT")}, uncached=("Empty",)
    )
    snapshot = build_market(store)
    seen = [(e.entry.profile_id, e.entry.service.id) for g in snapshot.groups for e in g.entries]
    expected = [(ids["A"], str(s["service"])) for s in USD_PANEL]
    expected += [(ids["B"], str(s["service"])) for s in IRT_PANEL]
    assert sorted(seen) == sorted(expected) and len(set(seen)) == len(seen)
    assert snapshot.service_count == 6
    by_name = {p.name: p for p in snapshot.panels}
    assert by_name["A"].currency == "USD" and by_name["A"].currency_source is CurrencySource.PANEL
    assert by_name["B"].service_count == 3 and by_name["B"].cached
    assert [p.name for p in snapshot.uncached_panels] == ["Empty"]
    assert by_name["Empty"].service_count == 0


def test_prices_are_in_the_display_currency_converted_ones_marked_with_their_rate(market_store):
    store, ids = market_store({"A": (USD_PANEL, "USD"), "B": (IRT_PANEL, "IRT")})
    rate = exchange_rate("USD", "IRT", "60000", DAY)
    save_currency_settings(store.preferences, CurrencySettings("IRT", (rate,)))
    snapshot = build_market(store)
    assert snapshot.display_currency == "IRT" and snapshot.display_chosen
    assert snapshot.rates_used == (rate,)
    prices = {
        (e.entry.profile_id, e.entry.service.id): e.price
        for g in snapshot.groups
        for e in g.entries
    }
    usd_followers = prices[(ids["A"], "1")]
    assert usd_followers.state is PriceState.CONVERTED and usd_followers.converted
    assert usd_followers.amount == Decimal("72000.00") and usd_followers.rate_date == DAY
    irt_likes = prices[(ids["B"], "13")]
    assert irt_likes.state is PriceState.QUOTED and irt_likes.amount == Decimal("9000")


def test_groups_and_their_entries_come_cheapest_first_and_unpriced_last(market_store):
    store, ids = market_store(
        {"A": (USD_PANEL, "USD"), "B": (IRT_PANEL, "IRT"), "C": (TRY_PANEL, "TRY")}
    )
    rate = exchange_rate("USD", "IRT", "60000", DAY)
    save_currency_settings(store.preferences, CurrencySettings("USD", (rate,)))
    snapshot = build_market(store)
    cheapest = [g.cheapest.price.amount if g.cheapest else None for g in snapshot.groups]
    known = [amount for amount in cheapest if amount is not None]
    assert known == sorted(known)
    # Every group holding a USD or toman service has a price; the lira panel has no rate.
    priced_panels = {ids["A"], ids["B"]}
    holds_priced = [
        any(e.entry.profile_id in priced_panels for e in g.entries) for g in snapshot.groups
    ]
    assert [amount is not None for amount in cheapest] == holds_priced
    assert cheapest[len(known) :] == [None] * (len(cheapest) - len(known))
    for group in snapshot.groups:
        amounts = [e.price.amount for e in group.entries if e.price.known]
        assert amounts == sorted(amounts)
        states = [e.price.known for e in group.entries]
        assert states == sorted(states, reverse=True)  # priced entries before unpriced ones
    lira = [e for g in snapshot.groups for e in g.entries if e.entry.profile_id == ids["C"]]
    assert [e.price.state for e in lira] == [PriceState.NO_RATE]


def test_without_a_chosen_currency_the_one_most_panels_bill_in_is_used(market_store):
    store, _ids = market_store(
        {"A": (USD_PANEL, "USD"), "B": (IRT_PANEL, "IRT"), "C": (TRY_PANEL, "irt")}
    )
    snapshot = build_market(store)
    assert snapshot.display_currency == "IRT" and not snapshot.display_chosen
    assert snapshot.rates_used == ()


def test_a_currency_the_user_stated_prices_a_panel_that_never_said(market_store):
    store, ids = market_store({"A": (USD_PANEL, "USD"), "B": (IRT_PANEL, "IRT")})
    store.preferences.reset(preferences.PANEL_CURRENCY, ids["B"])
    before = build_market(store)
    assert {p.name: p.currency for p in before.panels}["B"] is None
    store.preferences.set(preferences.PANEL_CURRENCY_STATED, "IRT", ids["B"])
    after = build_market(store)
    panel = {p.name: p for p in after.panels}["B"]
    assert (panel.currency, panel.currency_source) == ("IRT", CurrencySource.USER)


def test_the_same_offer_on_two_panels_is_one_group_cheapest_first_after_conversion(market_store):
    store, ids = market_store({"A": (USD_PANEL, "USD"), "B": (IRT_PANEL, "IRT")})
    rate = exchange_rate("USD", "IRT", "60000", DAY)
    save_currency_settings(store.preferences, CurrencySettings("USD", (rate,)))
    snapshot = build_market(store)
    likes = next(
        g
        for g in snapshot.groups
        if (ids["A"], "2") in {(e.entry.profile_id, e.entry.service.id) for e in g.entries}
    )
    members = [(e.entry.profile_id, e.entry.service.id) for e in likes.entries]
    # 9000 IRT = 0.15 USD: dearer than the USD panel's 0.10.
    assert members == [(ids["A"], "2"), (ids["B"], "13")]
    assert likes.entries[1].price.amount == Decimal("0.15") and likes.entries[1].price.converted


def test_a_cancelled_build_stops_early(market_store):
    store, _ids = market_store({"A": (USD_PANEL, "USD")})
    assert build_market(store, cancelled=lambda: True).groups == ()


REAL_PANELS = (
    ("smmwiz_services.json", "USD"),
    ("topsmm_in_services.json", "INR"),
    ("vtechsmm_services.json", "IDR"),
    ("unknown_panel_services.json", "INR"),
    ("topsmm_uz_services_data.json", "UZS"),
)


def test_the_five_real_catalogues_make_one_market_every_service_once(tmp_path):
    missing = [name for name, _ in REAL_PANELS if not (REALDATA / name).exists()]
    if missing:
        pytest.skip(f"real panel data not found in {REALDATA}: {', '.join(missing)}")
    with Store(tmp_path) as store:
        expected = set()
        for name, currency in REAL_PANELS:
            services = parse_services(json.loads((REALDATA / name).read_text(encoding="utf-8")))
            profile = store.profiles.add(name, "https://panel.example/api/v2")
            store.catalog.save(profile.id, list(services))
            store.preferences.set(preferences.PANEL_CURRENCY, currency, profile.id)
            expected |= {(profile.id, s.id) for s in services}
        rates = (
            exchange_rate("INR", "USD", "0.012", DAY),
            exchange_rate("USD", "IDR", "15800", DAY),
        )
        save_currency_settings(store.preferences, CurrencySettings("USD", rates))
        snapshot = build_market(store)
    seen = [(e.entry.profile_id, e.entry.service.id) for g in snapshot.groups for e in g.entries]
    assert len(seen) == len(set(seen)) and set(seen) == expected
    assert snapshot.cross_panel_count > 0
    assert set(snapshot.rates_used) == set(rates)
    states = {e.price.state for g in snapshot.groups for e in g.entries}
    assert PriceState.NO_RATE in states  # the UZS panel has no rate: said, not guessed
    cheapest = [g.cheapest.price.amount for g in snapshot.groups if g.cheapest is not None]
    assert cheapest == sorted(cheapest)

"""What an offer is, and which offers of several panels are the same one (issue 15).

Qt-free. `describe(service)` reads a service's name, category and type into an `Offer`;
`group_offers(catalogues)` puts the same offers of several panels together. Where a name does
not say something, the field stays None (unknown): a confident wrong match costs money.
"""

from core.market.grouping import (
    MarketEntry,
    MarketGroup,
    OfferKey,
    group_offers,
    offer_key,
    same_offer,
)
from core.market.offers import REFILL_LIFETIME, Delivered, Offer, Platform, Target, Trait
from core.market.reading import describe

__all__ = [
    "REFILL_LIFETIME",
    "Delivered",
    "MarketEntry",
    "MarketGroup",
    "Offer",
    "OfferKey",
    "Platform",
    "Target",
    "Trait",
    "describe",
    "group_offers",
    "offer_key",
    "same_offer",
]

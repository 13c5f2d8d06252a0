"""Which offers of several panels are the same offer, and the groups they make.

Same offer = same platform, delivered thing, target, audience, order-form shape and variant
(gender, reaction kind, a live stream's minutes...: see `Offer`), the key.
Refill days, speed and traits do not split a group: they are shown beside each entry, so the user
decides between a cheap no-refill service and a dearer 365-day one. "Not stated" is a value of
its own: an offer whose target or audience the name does not state groups only with offers that
do not state it either (never "not stated" with "worldwide"). An offer whose platform, delivered
thing or form is unknown groups with nothing: it stands alone in a group whose key is None.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from core.gc_pause import bulk_allocation
from core.market.offers import Delivered, Offer, Platform, Target
from core.market.reading import describe
from core.models import Service


class OfferKey(NamedTuple):
    """What two offers must share to be the same offer (hashable; None = not stated)."""

    platform: Platform
    delivered: Delivered
    target: Target | None
    audience: str | None
    shape: str
    variant: str | None


def offer_key(offer: Offer) -> OfferKey | None:
    """The grouping key of `offer`, or None when it groups with nothing."""
    if not offer.groupable:
        return None
    return OfferKey(
        offer.platform, offer.delivered, offer.target, offer.audience, offer.shape, offer.variant
    )


def same_offer(a: Offer, b: Offer) -> bool:
    """True when `a` and `b` are the same offer (both groupable, same key)."""
    key = offer_key(a)
    return key is not None and key == offer_key(b)


class MarketEntry(NamedTuple):
    """One panel's service in a group (a NamedTuple: 50,000 are made at a time)."""

    profile_id: int
    profile_name: str
    service: Service
    offer: Offer


@dataclass(frozen=True, slots=True)
class MarketGroup:
    """Services of one or more panels that sell the same offer.

    `offer` holds the shared fields only (platform, delivered, target, audience, shape); refill,
    speed and traits are per entry. `key` is None for a lone offer that groups with nothing.
    """

    key: OfferKey | None
    offer: Offer
    entries: tuple[MarketEntry, ...]

    @property
    def profile_ids(self) -> frozenset[int]:
        return frozenset(e.profile_id for e in self.entries)

    @property
    def panel_count(self) -> int:
        """How many panels (profiles) sell this offer."""
        return len(self.profile_ids)


Catalogue = tuple[int, str, Sequence[Service]]  # (profile id, profile name, services)


def group_offers(catalogues: Iterable[Catalogue]) -> list[MarketGroup]:
    """Every service of every catalogue, described and grouped by offer.

    Groups come in the order their first service appears; entries keep the catalogues' order.
    Every service is in exactly one group (a lone, ungroupable one in a group of its own).
    """
    # 50,000 offers and entries are long-lived: no full collection walks them midway.
    with bulk_allocation():
        return _group(catalogues)


def _group(catalogues: Iterable[Catalogue]) -> list[MarketGroup]:
    by_key: dict[OfferKey, list[MarketEntry]] = {}
    order: list[OfferKey | MarketEntry] = []
    for profile_id, profile_name, services in catalogues:
        for service in services:
            offer = describe(service)
            entry = MarketEntry(profile_id, profile_name, service, offer)
            key = offer_key(offer)
            if key is None:
                order.append(entry)
                continue
            bucket = by_key.get(key)
            if bucket is None:
                by_key[key] = bucket = []
                order.append(key)
            bucket.append(entry)
    groups: list[MarketGroup] = []
    for item in order:
        if isinstance(item, MarketEntry):
            groups.append(MarketGroup(None, item.offer, (item,)))
        else:
            groups.append(MarketGroup(item, _shared_offer(item), tuple(by_key[item])))
    return groups


def _shared_offer(key: OfferKey) -> Offer:
    return Offer(
        platform=key.platform,
        delivered=key.delivered,
        target=key.target,
        audience=key.audience,
        shape=key.shape,
        variant=key.variant,
    )

"""`describe(service)`: a service's name, category and type read into an `Offer`."""

from __future__ import annotations

from core.market.offers import Offer
from core.models import Service
from core.service_types import type_of


def describe(service: Service) -> Offer:
    """The offer `service` sells, read from its name, category and type."""
    service_type = type_of(service)
    return Offer(shape=service_type.key if service_type.known else None)

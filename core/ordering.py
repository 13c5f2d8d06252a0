"""Moved to core.workflows.order_placing; this re-export goes once ui/ imports it from there."""

from core.workflows.order_placing import PlaceOutcome, link_key, place_order

__all__ = ["PlaceOutcome", "link_key", "place_order"]

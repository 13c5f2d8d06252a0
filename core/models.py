"""Typed results of the panel API: services, balance, order statuses, refills, cancels.

Ids are strings (panels send ints or strings), money is Decimal, unknown fields are kept in
`extra` so nothing the panel sent is lost.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import Any

from core.answer_values import OutOfRange, as_count
from core.text_folding import BIDI_CONTROLS

#: The `extra` of every service that has none: one read-only mapping shared by all (most
#: services of most panels), not an empty dict each (3 MB and 6 ms per 50,000 loaded).
NO_EXTRA: Mapping[str, Any] = MappingProxyType({})


def _no_extra() -> Mapping[str, Any]:
    return NO_EXTRA  # a factory: dataclasses refuse an unhashable default


#: An average time beyond this (a year, in minutes) is no average a panel means.
_AVERAGE_MINUTES_MAX = 366 * 24 * 60


def normalise_type_name(type_name: str) -> str:
    """`Custom Comments`, `custom_comments`, ` CUSTOM  comments` -> `custom comments`."""
    return re.sub(r"[\s_\-]+", " ", type_name).strip().lower()


# Persian (۰-۹) and Arabic-Indic (٠-٩) digits, and the Arabic forms of ی and ک, searched as
# their everyday equivalents: a Persian user types ۱۲۳ for id 123, and ي/ك in panel names.
# The zero-width non-joiner is dropped, so "میخواهم" finds "می‌خواهم", and so are the invisible
# direction marks a right-to-left editor slips around pasted text (core.text_folding).
_SEARCH_FOLD = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يك", "01234567890123456789یک", "\u200c" + BIDI_CONTROLS
)
_FOLDABLE = re.compile(f"[۰-۹٠-٩يك\u200c{BIDI_CONTROLS}]")


def search_text(*parts: str) -> str:
    """Text prepared for case-insensitive search: NFKC folds math-bold letters to plain ones."""
    text = " ".join(parts)
    if text.isascii():  # most names: nothing to normalise or fold, and 50,000 of them
        return text.lower()
    if not unicodedata.is_normalized("NFKC", text):  # a check is cheaper than a new string
        text = unicodedata.normalize("NFKC", text)
    folded = text.casefold()
    # translate() walks every character; most non-ASCII names (emoji) have nothing to fold.
    return folded.translate(_SEARCH_FOLD) if _FOLDABLE.search(folded) else folded


@dataclass(frozen=True, slots=True)
class Service:
    """One service of a panel's catalogue, as shown (HTML entities already unescaped).

    Slotted: 50,000 of them are built on every catalogue load, and slots take less memory
    and let `make_service` fill them without the frozen class's checks."""

    id: str
    name: str
    category: str
    type: str  # as the panel sent it; compare with `type_key`
    rate: Decimal | None  # price per 1000; None when the panel sent something unreadable
    min: int
    max: int
    dripfeed: bool = False
    refill: bool = False
    cancel: bool = False
    description: str = ""
    extra: Mapping[str, Any] = field(default_factory=_no_extra, compare=False, hash=False)

    @property
    def type_key(self) -> str:
        return normalise_type_name(self.type)

    @property
    def orderable(self) -> bool:
        """False for services whose bounds make any quantity impossible (min > max)."""
        return self.min <= self.max

    @property
    def average_minutes(self) -> int | None:
        """The panel's `average_time` (minutes to complete an order; docs/protocol.md §3), or
        None when it gives none: absent, 0 (most services of panels that send it), not a
        number, or beyond a year (no average a panel means)."""
        try:
            minutes = as_count(self.extra.get("average_time"))
        except OutOfRange:
            return None
        return minutes if minutes is not None and 0 < minutes <= _AVERAGE_MINUTES_MAX else None


def make_service(
    id_: str, name: str, category: str, type_: str, rate: Decimal | None, min_: int, max_: int,
    dripfeed: bool, refill: bool, cancel: bool, description: str, extra: Mapping[str, Any],
    *, _new: Any = object.__new__,
) -> Service:  # fmt: skip
    """`Service(...)` with every field given, in field order, at less than half the cost: a
    catalogue builds 50,000 of these on every load.

    Each slot is filled through its own descriptor (`_FILL`), which is what the frozen
    class's `__init__` reaches through `object.__setattr__` after a lookup per field.
    tests/core/test_models.py checks the result equals `Service(...)` field for field."""
    service = _new(Service)
    (
        fill_id, fill_name, fill_category, fill_type, fill_rate, fill_min, fill_max,
        fill_dripfeed, fill_refill, fill_cancel, fill_description, fill_extra,
    ) = _FILL  # fmt: skip
    fill_id(service, id_)
    fill_name(service, name)
    fill_category(service, category)
    fill_type(service, type_)
    fill_rate(service, rate)
    fill_min(service, min_)
    fill_max(service, max_)
    fill_dripfeed(service, dripfeed)
    fill_refill(service, refill)
    fill_cancel(service, cancel)
    fill_description(service, description)
    fill_extra(service, extra)
    return service


#: Each field's slot setter, in field order (a slot's descriptor sets it on a frozen instance).
_FILL = tuple(getattr(Service, f.name).__set__ for f in fields(Service))


class ServiceList(list):
    """The parsed catalogue; `skipped` holds a reason per item that could not be read."""

    def __init__(self, services: list[Service] = (), skipped: list[str] | None = None) -> None:
        super().__init__(services)
        self.skipped: list[str] = list(skipped or [])


@dataclass(frozen=True)
class Balance:
    """The account balance in the panel's currency."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class AddResult:
    """The answer to `add`: the panel's new order id."""

    order_id: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


class StatusKind(str, Enum):
    """A status word, normalised. UNKNOWN is shown as the panel's own word."""

    PENDING = "pending"
    IN_PROGRESS = "in progress"
    PROCESSING = "processing"
    COMPLETED = "completed"
    PARTIAL = "partial"
    CANCELED = "canceled"
    REFUNDED = "refunded"
    FAILED = "failed"
    AWAITING = "awaiting"
    REJECTED = "rejected"
    ERROR = "error"
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATUSES


FINAL_STATUSES = frozenset(
    {StatusKind.COMPLETED, StatusKind.PARTIAL, StatusKind.CANCELED, StatusKind.REFUNDED}
)

_STATUS_SPELLINGS = {
    "pending": StatusKind.PENDING,
    "in progress": StatusKind.IN_PROGRESS,
    "inprogress": StatusKind.IN_PROGRESS,
    "processing": StatusKind.PROCESSING,
    "completed": StatusKind.COMPLETED,
    "complete": StatusKind.COMPLETED,
    "success": StatusKind.COMPLETED,
    "partial": StatusKind.PARTIAL,
    "partially completed": StatusKind.PARTIAL,
    "canceled": StatusKind.CANCELED,
    "cancelled": StatusKind.CANCELED,
    "cancel": StatusKind.CANCELED,
    "refunded": StatusKind.REFUNDED,
    "refund": StatusKind.REFUNDED,
    "fail": StatusKind.FAILED,
    "failed": StatusKind.FAILED,
    "awaiting": StatusKind.AWAITING,
    "rejected": StatusKind.REJECTED,
    "error": StatusKind.ERROR,
}


def normalise_status(word: object) -> StatusKind:
    """The one place status words are compared: case, spaces and underscores do not matter."""
    if not isinstance(word, str):
        return StatusKind.UNKNOWN
    return _STATUS_SPELLINGS.get(normalise_type_name(word), StatusKind.UNKNOWN)


@dataclass(frozen=True)
class OrderStatus:
    """The panel's view of one order; `error` is set (and the rest empty) for a bad id."""

    order_id: str
    status: str = ""  # as the panel sent it
    charge: Decimal | None = None
    start_count: int | None = None
    remains: int | None = None
    currency: str | None = None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def kind(self) -> StatusKind:
        return normalise_status(self.status)

    @property
    def is_final(self) -> bool:
        return self.error is None and self.kind.is_final


@dataclass(frozen=True)
class RefillResult:
    """The answer to a refill request for one order: a refill id, or the panel's reason."""

    order_id: str
    refill_id: str | None = None
    error: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class RefillStatus:
    """The status of one refill request."""

    refill_id: str
    status: str = ""
    error: str | None = None

    @property
    def kind(self) -> StatusKind:
        return normalise_status(self.status)


@dataclass(frozen=True)
class CancelResult:
    """The answer to a cancel request for one order."""

    order_id: str
    accepted: bool
    error: str | None = None

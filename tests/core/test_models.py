"""core.models: the fast Service constructor builds the same service as the dataclass."""

from __future__ import annotations

import dataclasses
import inspect
from decimal import Decimal

import pytest

from core.answers import parse_services
from core.models import NO_EXTRA, Service, make_service

FIELDS = [field.name for field in dataclasses.fields(Service)]


def test_make_service_takes_every_field_in_order() -> None:
    # A field added to Service must be added to make_service too, in the same place.
    parameters = [
        name.rstrip("_")
        for name, p in inspect.signature(make_service).parameters.items()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert parameters == FIELDS


@pytest.mark.parametrize(
    "values",
    [
        ("1", "Likes", "Instagram", "Default", Decimal("0.50"), 10, 1000, True, False, True,
         "fast", {"average_time": 30}),
        ("x", "", "", "Package", None, 1, 0, False, False, False, "", {}),
    ],
)  # fmt: skip
def test_make_service_equals_the_dataclass(values: tuple) -> None:
    made, plain = make_service(*values), Service(*values)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert [getattr(made, name) for name in FIELDS] == list(values)
    assert made.extra is values[-1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "changed"  # type: ignore[misc]
    assert dataclasses.replace(made, name="other").name == "other"


def test_services_without_extra_share_one_read_only_mapping() -> None:
    # One mapping for all (memory and load time), so no service can change another's extra.
    plain = Service("1", "Likes", "Instagram", "Default", Decimal(1), 10, 100)
    parsed = parse_services([{"service": 2, "name": "Views", "rate": "1", "min": 1, "max": 9}])[0]
    assert plain.extra is parsed.extra is NO_EXTRA and not NO_EXTRA
    with pytest.raises(TypeError):
        parsed.extra["average_time"] = 5  # type: ignore[index]
    assert not hasattr(plain, "__dict__")  # slotted: no per-service attribute dict

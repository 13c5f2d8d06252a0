"""The type table: every type of docs/protocol.md with exactly its parameters, any spelling."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from core.models import Service
from core.service_types import (
    DELAY_CHOICES,
    SERVICE_TYPES,
    UNKNOWN_TYPE,
    Charge,
    FieldKind,
    fields_for,
    type_for_name,
    type_of,
)
from tests.locations import REALDATA

# docs/protocol.md section 4, transcribed apart from the module: name -> parameters (? = optional)
PROTOCOL = {
    "Default": "link quantity runs? interval?",
    "Package": "link",
    "SEO": "link quantity keywords",
    "Custom Comments": "link comments",
    "Custom Comments Package": "link comments",
    "Mentions": "link quantity usernames",
    "Mentions with Hashtags": "link quantity usernames hashtags",
    "Mentions Custom List": "link usernames",
    "Mentions Hashtag": "link quantity hashtag",
    "Mentions User Followers": "link quantity username",
    "Mentions Media Likers": "link quantity media",
    "Comment Likes": "link quantity username",
    "Comment Replies": "link username comments",
    "Poll": "link quantity answer_number",
    "Invites from Groups": "link quantity groups",
    "Subscriptions": "username min max posts? old_posts? delay expiry?",
    "Web Traffic": (
        "link quantity runs? interval? country device type_of_traffic google_keyword? "
        "referring_url?"
    ),
}
LIST_FIELDS = {"keywords", "comments", "usernames", "hashtags", "groups"}


def svc(type_name: str, dripfeed: bool = False) -> Service:
    return Service("1", "s", "c", type_name, Decimal("1"), 10, 100, dripfeed=dripfeed)


@pytest.mark.parametrize("name", sorted(PROTOCOL))
def test_every_protocol_type_has_exactly_its_parameters(name: str) -> None:
    stype = type_for_name(name)
    assert stype.known, name
    expected = PROTOCOL[name].split()
    got = [f.name + ("" if f.required and not f.only_when else "?") for f in stype.fields]
    assert got == expected


def test_table_holds_nothing_but_the_protocol_types() -> None:
    assert sorted(t.name for t in SERVICE_TYPES.values()) == sorted(PROTOCOL)


@pytest.mark.parametrize(
    "spelling,expected",
    [
        ("Default", "Default"),
        ("default", "Default"),
        ("DEFAULT ", "Default"),
        ("custom_comments", "Custom Comments"),
        (" Custom  Comments", "Custom Comments"),
        ("comment_likes", "Comment Likes"),
        ("Mentions with hashtags", "Mentions with Hashtags"),
        ("web-traffic", "Web Traffic"),
        ("subscriptions", "Subscriptions"),
    ],
)
def test_type_names_match_in_any_case_and_spacing(spelling: str, expected: str) -> None:
    assert type_for_name(spelling).name == expected


@pytest.mark.parametrize("name", ["Likes Premium", "", "custom", "Defaults"])
def test_unknown_type_falls_back_to_link_and_quantity_flagged(name: str) -> None:
    stype = type_for_name(name)
    assert stype is UNKNOWN_TYPE
    assert not stype.known
    assert [f.name for f in stype.fields] == ["link", "quantity"]
    assert type_of(svc(name)).known is False


def test_list_fields_are_lists_with_a_per_line_hint() -> None:
    for stype in SERVICE_TYPES.values():
        for f in stype.fields:
            assert f.label and isinstance(f.label, str)
            assert (f.name in LIST_FIELDS) == f.is_list, (stype.name, f.name)
            if f.is_list:
                assert "per line" in f.hint, (stype.name, f.name)


def test_kinds_of_notable_fields() -> None:
    assert type_for_name("Poll").field("answer_number").kind is FieldKind.INTEGER
    assert type_for_name("Subscriptions").field("expiry").kind is FieldKind.DATE
    assert type_for_name("Subscriptions").field("username").kind is FieldKind.USERNAME
    assert type_for_name("Mentions Media Likers").field("media").kind is FieldKind.LINK
    assert type_for_name("Web Traffic").field("referring_url").kind is FieldKind.LINK
    assert type_for_name("Mentions").field("usernames").kind is FieldKind.USERNAME_LIST
    assert type_for_name("Custom Comments").field("comments").counts_as_quantity
    assert type_for_name("Mentions Custom List").field("usernames").counts_as_quantity
    assert not type_for_name("Custom Comments Package").field("comments").counts_as_quantity


def test_charges() -> None:
    assert type_for_name("Default").charge is Charge.PER_THOUSAND
    assert type_for_name("Package").charge is Charge.ONCE
    assert type_for_name("Custom Comments Package").charge is Charge.ONCE
    assert type_for_name("Custom Comments").charge is Charge.PER_THOUSAND_LINES
    assert type_for_name("Subscriptions").charge is Charge.NOT_ESTIMABLE
    assert UNKNOWN_TYPE.charge is Charge.PER_THOUSAND


def test_delay_choices_sorted_seed_values_plain_newer_marked_up_to_600() -> None:
    seed = [c.value for c in DELAY_CHOICES if not c.newer]
    assert seed == ["0", "5", "10", "15", "30", "60", "90"]
    values = [int(c.value) for c in DELAY_CHOICES]
    assert values == sorted(values) and len(set(values)) == len(values)
    newer = [int(c.value) for c in DELAY_CHOICES if c.newer]
    assert {20, 120, 600} <= set(newer) and max(newer) == 600
    assert type_for_name("Subscriptions").field("delay").default == "0"


def test_web_traffic_choices_and_conditions() -> None:
    wt = type_for_name("Web Traffic")
    device = wt.field("device")
    assert [(c.value, c.label) for c in device.choices] == [
        ("1", "Desktop"),
        ("2", "Android"),
        ("3", "iOS"),
        ("4", "Mixed Mobile"),
        ("5", "Mixed"),
    ]
    assert [c.value for c in wt.field("type_of_traffic").choices] == ["1", "2", "3"]
    assert wt.field("google_keyword").only_when == ("type_of_traffic", "1")
    assert wt.field("referring_url").only_when == ("type_of_traffic", "2")


def test_dripfeed_fields_only_shown_where_the_service_allows() -> None:
    assert [f.name for f in fields_for(svc("Default"))] == ["link", "quantity"]
    assert [f.name for f in fields_for(svc("Default", dripfeed=True))] == [
        "link",
        "quantity",
        "runs",
        "interval",
    ]
    assert "runs" not in [f.name for f in fields_for(svc("Web Traffic"))]
    assert {n for n, t in SERVICE_TYPES.items() if t.has_dripfeed} == {"default", "web traffic"}


def _real_type_names() -> set[str]:
    names: set[str] = set()
    for path in REALDATA.glob("*services*.json"):
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if isinstance(data, dict):
            data = data["services"]
        names.update(str(item.get("type", "")) for item in data)
    return names


def test_every_type_in_the_real_catalogues_is_known() -> None:
    if not REALDATA.is_dir():
        pytest.skip(f"real panel data not found at {REALDATA}")
    names = _real_type_names()
    assert len(names) >= 10
    unknown = sorted(n for n in names if not type_for_name(n).known)
    assert unknown == []

"""Drafts sent for real: the exact form the local panel receives for every type, over HTTP.

A draft that validates must be accepted by the panel; one that does not must never be sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.answers import parse_services
from core.api import PanelClient
from core.drafts import DraftInvalid, OrderDraft, blocking, build_params, estimate, validate
from core.errors import PanelRefused
from core.local_panel import LocalPanel, default_services
from core.local_panel import catalogue as lp
from core.models import Service
from core.service_types import FieldKind, FieldSpec, type_of

KEY = "drafts-test-key"
TODAY = date.today()
EXPIRY = TODAY + timedelta(days=30)
LINK = "https://instagram.com/p/Cx1_aB/?igsh=1&x=%20"

SERVICES: dict[str, Service] = {s.id: s for s in parse_services(default_services())}


@pytest.fixture(scope="module")
def panel() -> Iterator[LocalPanel]:
    # A balance no example can exhaust: "Not enough funds" would hide a real disagreement.
    p = LocalPanel(key=KEY, balance=Decimal("1000000000")).start()
    yield p
    p.stop()


@pytest.fixture(scope="module")
def client(panel: LocalPanel) -> PanelClient:
    return PanelClient(panel.url, KEY)


def send(client: PanelClient, draft: OrderDraft) -> str:
    """What the order form will do: build (which refuses an invalid draft), then add."""
    return client.add(build_params(draft, today=TODAY)).order_id


# (service id, draft values, the form body the panel must receive, minus key/action/service)
CASES = [
    (lp.SERVICE_DEFAULT, {"link": f" {LINK} ", "quantity": "250"},
     {"link": LINK, "quantity": "250"}),
    (lp.SERVICE_DEFAULT_DRIPFEED,
     {"link": LINK, "quantity": "100", "runs": "3", "interval": "30"},
     {"link": LINK, "quantity": "100", "runs": "3", "interval": "30"}),
    (lp.SERVICE_DEFAULT_DRIPFEED, {"link": LINK, "quantity": "100", "runs": "", "interval": ""},
     {"link": LINK, "quantity": "100"}),
    (lp.SERVICE_DEFAULT_PERSIAN, {"link": "https://instagram.com/ایران", "quantity": "۵۰"},
     {"link": "https://instagram.com/ایران", "quantity": "50"}),
    (lp.SERVICE_PACKAGE, {"link": LINK, "quantity": "999"}, {"link": LINK}),
    (lp.SERVICE_SEO, {"link": "https://example.com", "quantity": "100",
                      "keywords": "best shoes\n\ncheap shoes\r\n"},
     {"link": "https://example.com", "quantity": "100", "keywords": "best shoes\ncheap shoes"}),
    (lp.SERVICE_CUSTOM_COMMENTS,
     {"link": LINK, "comments": ["Nice 😍", "", "Great post!", "Love it", "Wow", "Cool & fun"]},
     {"link": LINK, "comments": "Nice 😍\nGreat post!\nLove it\nWow\nCool & fun"}),
    (lp.SERVICE_CUSTOM_COMMENTS_PACKAGE, {"link": LINK, "comments": "a\nb\nc\nd\ne"},
     {"link": LINK, "comments": "a\nb\nc\nd\ne"}),
    (lp.SERVICE_MENTIONS, {"link": LINK, "quantity": "100", "usernames": "alice\nbob\n"},
     {"link": LINK, "quantity": "100", "usernames": "alice\nbob"}),
    (lp.SERVICE_MENTIONS_HASHTAGS,
     {"link": LINK, "quantity": "200", "usernames": "alice\nbob", "hashtags": "#one\n#two"},
     {"link": LINK, "quantity": "200", "usernames": "alice\nbob", "hashtags": "#one\n#two"}),
    (lp.SERVICE_MENTIONS_CUSTOM_LIST, {"link": LINK, "usernames": [f"u{i}" for i in range(12)]},
     {"link": LINK, "usernames": "\n".join(f"u{i}" for i in range(12))}),
    (lp.SERVICE_MENTIONS_HASHTAG, {"link": LINK, "quantity": "100", "hashtag": " #travel "},
     {"link": LINK, "quantity": "100", "hashtag": "#travel"}),
    (lp.SERVICE_MENTIONS_USER_FOLLOWERS,
     {"link": LINK, "quantity": "100", "username": "https://instagram.com/nasa"},
     {"link": LINK, "quantity": "100", "username": "https://instagram.com/nasa"}),
    (lp.SERVICE_MENTIONS_MEDIA_LIKERS,
     {"link": LINK, "quantity": "100", "media": "https://instagram.com/p/xyz"},
     {"link": LINK, "quantity": "100", "media": "https://instagram.com/p/xyz"}),
    (lp.SERVICE_COMMENT_LIKES, {"link": LINK, "quantity": "20", "username": "owner"},
     {"link": LINK, "quantity": "20", "username": "owner"}),
    (lp.SERVICE_COMMENT_REPLIES, {"link": LINK, "username": "owner", "comments": "Yes!\nAgreed"},
     {"link": LINK, "username": "owner", "comments": "Yes!\nAgreed"}),
    (lp.SERVICE_POLL, {"link": "https://t.me/c/1/2", "quantity": "50", "answer_number": "2"},
     {"link": "https://t.me/c/1/2", "quantity": "50", "answer_number": "2"}),
    (lp.SERVICE_INVITES, {"link": "https://t.me/mygroup", "quantity": "100", "groups": "g1\ng2"},
     {"link": "https://t.me/mygroup", "quantity": "100", "groups": "g1\ng2"}),
    (lp.SERVICE_SUBSCRIPTIONS,
     {"username": "nasa", "min": "50", "max": "100", "posts": "10", "old_posts": "2",
      "delay": "30", "expiry": EXPIRY, "link": "https://not.sent"},
     {"username": "nasa", "min": "50", "max": "100", "posts": "10", "old_posts": "2",
      "delay": "30", "expiry": EXPIRY.strftime("%d/%m/%Y")}),
    (lp.SERVICE_SUBSCRIPTIONS, {"username": "nasa", "min": "50", "max": "50", "delay": "0"},
     {"username": "nasa", "min": "50", "max": "50", "delay": "0"}),
    (lp.SERVICE_WEB_TRAFFIC,
     {"link": "https://shop.example", "quantity": "1000", "country": "US", "device": "1",
      "type_of_traffic": "1", "google_keyword": "buy shoes", "referring_url": "https://x.y"},
     {"link": "https://shop.example", "quantity": "1000", "country": "US", "device": "1",
      "type_of_traffic": "1", "google_keyword": "buy shoes"}),
    (lp.SERVICE_WEB_TRAFFIC,
     {"link": "https://shop.example", "quantity": "500", "runs": "2", "interval": "60",
      "country": "DE", "device": "4", "type_of_traffic": "2", "referring_url": "https://ref.example/a"},
     {"link": "https://shop.example", "quantity": "500", "runs": "2", "interval": "60",
      "country": "DE", "device": "4", "type_of_traffic": "2",
      "referring_url": "https://ref.example/a"}),
    (lp.SERVICE_UNKNOWN_TYPE, {"link": LINK, "quantity": "100", "comments": "not sent"},
     {"link": LINK, "quantity": "100"}),
    (lp.SERVICE_STRING_ID, {"link": "https://tiktok.com/@a/video/1", "quantity": "1000"},
     {"link": "https://tiktok.com/@a/video/1", "quantity": "1000"}),
]  # fmt: skip


def test_cases_cover_every_service_type_of_the_local_panel() -> None:
    covered = {type_of(SERVICES[str(sid)]).key for sid, _, _ in CASES}
    assert covered == {type_of(s).key for s in SERVICES.values()}


@pytest.mark.parametrize(
    "service_id,values,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_valid_draft_sends_exactly_the_type_parameters(
    panel: LocalPanel, client: PanelClient, service_id, values, expected
) -> None:
    service = SERVICES[str(service_id)]
    draft = OrderDraft(service, dict(values))
    assert blocking(validate(draft, today=TODAY)) == []
    order_id = send(client, draft)
    body = {"key": KEY, "action": "add", "service": str(service_id), **expected}
    assert panel.requests[-1] == body
    assert panel.orders[int(order_id)] == {k: v for k, v in body.items() if k != "key"}
    # The estimate agrees with what the panel charged (it rounds to 4 places).
    est = estimate(draft)
    charged = panel.order(order_id).charge
    if est.amount is None:
        assert est.reason_code == "not_estimable" and charged == 0
    else:
        assert est.amount.quantize(Decimal("0.0001"), ROUND_HALF_UP) == charged


def test_not_orderable_service_is_never_sent(panel: LocalPanel, client: PanelClient) -> None:
    draft = OrderDraft(SERVICES[str(lp.SERVICE_MIN_OVER_MAX)], {"link": LINK, "quantity": "700"})
    before = len(panel.requests)
    with pytest.raises(DraftInvalid) as info:
        send(client, draft)
    assert [e.code for e in info.value.errors] == ["not_orderable"]
    assert len(panel.requests) == before


# --- Hypothesis: validation and the panel agree -----------------------------------------------

_LINKS = [
    "https://instagram.com/p/a", "http://t.me/x?a=1&b=2", "https://例え.jp/パス",
    "instagram.com/p/a", "https://", "ftp://x.org", "https://a b.com", "javascript:x",
]  # fmt: skip
_TEXT = st.text(max_size=12)
_LINE = st.one_of(
    st.sampled_from(["alice", "bob", "", "  ", "two words", "#tag", "ok😍", "x\ty"]), _TEXT
)


def _integer(spec: FieldSpec, service: Service) -> st.SearchStrategy[str]:
    edges = [service.min - 1, service.min, service.max, service.max + 1, 0, 1, -1]
    near = st.integers(min_value=-3, max_value=min(service.max + 10, 10**7))
    return st.one_of(
        st.sampled_from(edges).map(str),
        near.map(str),
        st.sampled_from(["", " 12 ", "1e3", "1_000", "۱۲۰", "٣", "12.0", "+5"]),
        _TEXT,
    )


def _value(spec: FieldSpec, service: Service) -> st.SearchStrategy:
    kind = spec.kind
    if kind is FieldKind.LINK:
        return st.one_of(st.sampled_from(_LINKS), _TEXT)
    if kind is FieldKind.INTEGER:
        if spec.dripfeed:
            return st.one_of(st.just(""), st.integers(-1, 4).map(str), _TEXT)
        return _integer(spec, service)
    if kind in (FieldKind.TEXT, FieldKind.USERNAME):
        return st.one_of(_LINE, st.just("a\nb"))
    if spec.is_list:
        near = [n for n in (service.min - 1, service.min, service.max + 1) if 0 <= n <= 15] or [
            0,
            3,
        ]
        counted = st.sampled_from(near).flatmap(lambda n: st.lists(_WORD, min_size=n, max_size=n))
        return st.one_of(counted, counted, st.lists(_LINE, max_size=14), _TEXT)
    if kind is FieldKind.CHOICE:
        near_miss = st.sampled_from(["0", "6", "7", "25", "601", "-5", "1.0", " "])
        return st.one_of(st.sampled_from([c.value for c in spec.choices]), near_miss, _TEXT)
    if kind is FieldKind.DATE:
        return st.one_of(
            st.none(), st.integers(-3, 400).map(lambda d: TODAY + timedelta(days=d)), _TEXT
        )
    raise AssertionError(kind)


# Values the validator should accept: most drafts are built from these, so many reach the panel.
_WORD = st.text(st.characters(blacklist_categories=("Z", "C")), min_size=1, max_size=10)
_PHRASE = st.builds(
    lambda a, b, pad: f"{pad}{a} {b}{pad}", _WORD, _WORD, st.sampled_from(["", " ", "\t"])
)
_GOOD_LINK = st.one_of(
    st.sampled_from(_LINKS[:3]),
    st.text("abcXYZ019-._~/?=&%", max_size=15).map(lambda t: f"https://ex.example/{t}"),
)


def _good_lines(item: st.SearchStrategy[str], lo: int, hi: int) -> st.SearchStrategy:
    lines = st.lists(item, min_size=lo, max_size=hi)
    # blank lines anywhere are dropped before counting, so they must not change the outcome
    return st.builds(
        lambda xs, blanks, joined: "\n".join(xs + [" "] * blanks) if joined else xs + [""] * blanks,
        lines, st.integers(0, 2), st.booleans(),
    )  # fmt: skip


def _good_value(spec: FieldSpec, service: Service) -> st.SearchStrategy:
    kind = spec.kind
    if kind is FieldKind.LINK:
        return _GOOD_LINK
    if kind is FieldKind.INTEGER:
        if spec.dripfeed:
            return st.integers(1, 5 if spec.name == "runs" else 600).map(str)
        if spec.service_bounds:
            lo = max(service.min, 1)
            return st.integers(lo, max(lo, service.max)).map(str)  # min > max: not orderable
        return st.integers(spec.min_value or 0, 10**6).map(str)
    if kind is FieldKind.USERNAME:
        return _WORD
    if kind is FieldKind.TEXT:
        return st.one_of(_WORD, _PHRASE)
    if spec.is_list:
        item = _WORD if kind is FieldKind.USERNAME_LIST else st.one_of(_WORD, _PHRASE)
        lo, hi = (
            (service.min, min(service.max, service.min + 6)) if spec.counts_as_quantity else (1, 6)
        )
        return _good_lines(item, lo, hi)
    if kind is FieldKind.CHOICE:
        return st.sampled_from([c.value for c in spec.choices])
    if kind is FieldKind.DATE:
        return st.one_of(st.none(), st.integers(1, 800).map(lambda d: TODAY + timedelta(days=d)))
    raise AssertionError(kind)


@st.composite
def drafts(draw: st.DrawFn) -> OrderDraft:
    """Good values only, good values but one field anything, or anything in every field."""
    service = draw(st.sampled_from(sorted(SERVICES.values(), key=lambda s: s.id)))
    fields = type_of(service).fields
    mode = draw(st.sampled_from(["clean", "one_bad", "one_bad", "chaos"]))
    bad = draw(st.integers(0, len(fields) - 1)) if mode == "one_bad" else -1
    values = {}
    for i, spec in enumerate(fields):
        good = mode == "clean" or (mode == "one_bad" and i != bad) or draw(st.booleans())
        if good and spec.dripfeed and not service.dripfeed:
            continue
        if good and not spec.required and draw(st.integers(0, 4)) == 0:
            continue  # optional fields are often left out
        if mode == "chaos" and draw(st.integers(0, 9)) == 0:
            continue
        strategy = _good_value(spec, service) if good else _value(spec, service)
        values[spec.name] = draw(strategy)
    return OrderDraft(service, values)


@settings(
    max_examples=800, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(draft=drafts())
def test_valid_drafts_are_accepted_and_invalid_never_sent(
    panel: LocalPanel, client: PanelClient, draft: OrderDraft
) -> None:
    errors = blocking(validate(draft, today=TODAY))
    event("valid" if not errors else f"invalid: {errors[0].code}")
    before = len(panel.requests)
    if errors:
        with pytest.raises(DraftInvalid):
            send(client, draft)
        assert len(panel.requests) == before, "an invalid draft reached the network"
        return
    try:
        order_id = send(client, draft)
    except PanelRefused as exc:
        pytest.fail(f"the panel refused a draft that validated: {exc.panel_text!r} {draft}")
    assert len(panel.requests) == before + 1
    sent = panel.requests[-1]
    assert sent == {"key": KEY, "action": "add", **build_params(draft, today=TODAY)}
    assert panel.orders[int(order_id)]["service"] == draft.service.id

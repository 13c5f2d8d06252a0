"""The answer parsers: every variant of docs/protocol.md, the real panels' answers, fuzzing."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from core import answer_bodies, answers
from core.errors import (
    EmptyAnswer,
    ErrorKind,
    MalformedAnswer,
    NotJson,
    PanelRefused,
    ProtectionPage,
)
from core.local_panel import pages
from core.models import StatusKind, normalise_status
from tests.locations import REALDATA, SEEDS

SEED = SEEDS / "000_f7939d68bfe26f4a.txt"

# The seed's services example, verbatim in shape: missing commas and `"type": default` unquoted.
SEED_SERVICES = """[
  {
      "service": "5",
      "name": "Instagram Followers [15K] ",
      "rate": "1.02",
      "min": "500",
      "max": "10000"
      "type": default
      "desc": usernames
      "dripfeed": 1
  }
]"""


def test_seed_services_example_is_a_malformed_answer_error():
    with pytest.raises(MalformedAnswer) as info:
        answer_bodies.decode_body(SEED_SERVICES.encode())
    assert "malformed" in info.value.message.lower()
    assert info.value.kind is ErrorKind.MALFORMED


@pytest.mark.skipif(not SEED.exists(), reason="the seed document ../shared/seeds is absent")
def test_seed_document_examples_parse():
    text = SEED.read_text(encoding="utf-8")
    start = text.index('{\n      "12"')
    multi = json.loads(text[start : text.index("}\n  }", start) + 5])
    result = answers.parse_statuses(["12", "2", "13"], multi)
    assert result["12"].kind is StatusKind.PROCESSING and result["12"].charge == Decimal("1.2600")
    assert result["2"].error == "Incorrect order ID"
    assert result["13"].kind is StatusKind.PENDING
    assert answers.parse_add({"status": "success", "order": 32}).order_id == "32"
    balance = answers.parse_balance({"status": "success", "balance": "0.03", "currency": "USD"})
    assert balance.amount == Decimal("0.03") and balance.currency == "USD"


def test_service_variants_parse():
    items = [
        {
            "service": 1,
            "name": "A &amp; B",
            "category": " Cat",
            "type": "Default",
            "rate": "0.123456",
            "min": "10",
            "max": 2147483647,
            "dripfeed": True,
            "refill": "1",
            "cancel": 0,
            "desc": "d",
            "average_time": 12,
        },
        {
            "service": "2",
            "name": "x",
            "category": "c",
            "type": "custom_comments",
            "rate": 19,
            "min": 5,
            "max": "5",
            "dripfeed": "0",
            "refill": 1,
            "cancel": "true",
            "description": "long",
        },
        {
            "service": "370",
            "name": "bad bounds",
            "category": "c",
            "type": "default",
            "rate": "1",
            "min": "1000",
            "max": "500",
        },
    ]
    services = answers.parse_services(items)
    first, second, third = services
    assert first.id == "1" and first.name == "A & B" and first.category == "Cat"
    assert first.rate == Decimal("0.123456") and first.min == 10 and first.max == 2147483647
    assert (first.dripfeed, first.refill, first.cancel) == (True, True, False)
    assert first.extra == {"average_time": 12}
    assert second.type_key == "custom comments" and second.rate == Decimal(19)
    assert (second.dripfeed, second.refill, second.cancel) == (False, True, True)
    assert second.description == "long"
    assert not third.orderable and first.orderable


def test_unreadable_items_are_skipped_and_counted():
    services = answers.parse_services([{"service": "1", "name": "ok"}, "junk", {"name": "no id"}])
    assert [s.id for s in services] == ["1"]
    assert len(services.skipped) == 2


def test_wrapped_services_and_wrong_shapes():
    assert len(answers.parse_services({"services": [{"service": 1}], "last_updated": "x"})) == 1
    with pytest.raises(MalformedAnswer):
        answers.parse_services({"foo": 1})
    with pytest.raises(MalformedAnswer):
        answers.parse_balance([1, 2])
    with pytest.raises(MalformedAnswer):
        answers.parse_add({"status": "success"})


REAL_FILES = {
    "smmwiz_services.json": 7230,
    "topsmm_in_services.json": 1325,
    "vtechsmm_services.json": 3947,
    "unknown_panel_services.json": 751,
    "topsmm_uz_services_data.json": 917,
    "rixeysmm_services_EXCERPT.json": 9,
}


@pytest.mark.parametrize("name,count", sorted(REAL_FILES.items()))
def test_real_catalogues_load_completely(name, count):
    path = REALDATA / name
    if not path.exists():
        pytest.skip(f"real panel data not present at {path}")
    services = answers.parse_services(answer_bodies.decode_body(path.read_bytes()))
    assert len(services) == count
    assert services.skipped == []
    assert all(s.rate is not None and s.rate > 0 for s in services)


def test_real_catalogue_quirks():
    path = REALDATA / "topsmm_uz_services_data.json"
    if not path.exists():
        pytest.skip(f"real panel data not present at {path}")
    services = {s.id: s for s in answers.parse_services(json.loads(path.read_bytes()))}
    assert not services["370"].orderable  # min 1000 > max 500 on the real panel
    wiz = REALDATA / "smmwiz_services.json"
    names = [s.name for s in answers.parse_services(json.loads(wiz.read_bytes()))]
    assert not any("&amp;" in n or "&quot;" in n or "&#039;" in n for n in names)


def test_real_status_answers():
    path = REALDATA / "observed_answers_transcribed.jsonl"
    if not path.exists():
        pytest.skip(f"real panel data not present at {path}")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    parsed = [
        answers.parse_status("1", json.loads(r["raw"]))
        for r in rows
        if r["action"].startswith("status")
    ]
    assert parsed, "the file holds status answers"
    child = next(p for p in parsed if p.currency == "NGN")
    assert (
        child.start_count is None and child.remains == 25 and child.kind is StatusKind.IN_PROGRESS
    )
    noisy = next(p for p in parsed if p.currency == "INR")
    assert noisy.charge is not None and str(noisy.charge).startswith("1.945")
    drip = next(p for p in parsed if "runs" in p.extra)
    assert drip.extra["orders"] == ["37595771", "37596003"] and drip.charge is None


def test_real_add_answers_and_html_page():
    path = REALDATA / "topsmm_in_order_forward_log.jsonl"
    if not path.exists():
        pytest.skip(f"real panel data not present at {path}")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    datas = [r["response"]["data"] for r in rows if "response" in r]
    orders = [answers.parse_add(d).order_id for d in datas if isinstance(d, dict) and "order" in d]
    assert "478444" in orders
    error = next(d for d in datas if isinstance(d, dict) and "error" in d)
    with pytest.raises(PanelRefused) as info:
        answers.parse_add(error)
    assert info.value.panel_text == "link is not specfied."
    page = next(d for d in datas if isinstance(d, str))
    with pytest.raises(NotJson) as info:
        answer_bodies.decode_body(page.encode())
    assert info.value.details["html"] is True and "Apache2" in info.value.details["snippet"]


BLOCK_PAGE = (
    "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body>"
    '<div id="cf-error-details"><h1>Sorry, you have been blocked</h1></div></body></html>'
)
ARVAN_PAGE = (
    "<html><head><title>Checking your browser</title></head><body>"
    '<script src="/cdn-cgi/arvancloud/challenge.js"></script>'
    "<p>DDoS protection by ArvanCloud</p></body></html>"
)
UNNAMED_CHALLENGE = (
    "<html><head><title>One moment</title></head><body>"
    "<p>Checking your browser before accessing smm.example.</p></body></html>"
)


@pytest.mark.parametrize(
    "page,service,title",
    [
        (pages.CLOUDFLARE_PAGE.decode(), "Cloudflare", "Just a moment..."),
        (BLOCK_PAGE, "Cloudflare", "Attention Required! | Cloudflare"),
        (ARVAN_PAGE, "ArvanCloud", "Checking your browser"),
        (UNNAMED_CHALLENGE, None, "One moment"),
    ],
)
def test_a_protection_page_is_its_own_error(page, service, title):
    with pytest.raises(ProtectionPage) as info:
        answer_bodies.decode_body(page.encode())
    assert info.value.kind is ErrorKind.PROTECTION_PAGE
    assert info.value.details["service"] == service
    assert info.value.details["snippet"] == title


@pytest.mark.parametrize(
    "page", [pages.SITE_PAGE.decode(), pages.ERROR_500_PAGE.decode(), "<p>Cloudflare</p>"]
)
def test_other_web_pages_are_no_protection_page(page):
    assert answer_bodies.protection_service(page) is None
    with pytest.raises(NotJson):
        answer_bodies.decode_body(page.encode())


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Invalid API key", ErrorKind.BAD_KEY),
        ("Incorrect API key", ErrorKind.BAD_KEY),
        ("Not enough funds on balance", ErrorKind.NOT_ENOUGH_FUNDS),
        ("neworder.error.not_enough_funds", ErrorKind.NOT_ENOUGH_FUNDS),
        ("Quantity less than minimal 100", ErrorKind.QUANTITY_TOO_LOW),
        ("neworder.error.min_quantity", ErrorKind.QUANTITY_TOO_LOW),
        ("Quantity more than maximum 5000", ErrorKind.QUANTITY_TOO_HIGH),
        ("Incorrect service ID", ErrorKind.UNKNOWN_SERVICE),
        ("error.incorrect_service_id", ErrorKind.UNKNOWN_SERVICE),
        (
            "You have active order with this link. Please wait until order being completed.",
            ErrorKind.ACTIVE_ORDER,
        ),
        ("neworder.error.link_duplicate", ErrorKind.ACTIVE_ORDER),
        ("Incorrect order ID", ErrorKind.UNKNOWN_ORDER),
        ("Incorrect request", ErrorKind.UNSUPPORTED_ACTION),
        (" link is not specfied.", ErrorKind.PANEL_OTHER),
    ],
)
def test_panel_error_kinds(text, kind):
    with pytest.raises(PanelRefused) as info:
        answer_bodies.raise_if_error({"error": text})
    assert info.value.kind is kind
    assert info.value.panel_text == text.strip()


def test_quantity_limit_is_kept():
    with pytest.raises(PanelRefused) as info:
        answer_bodies.raise_if_error({"error": "Quantity less than minimal 100"})
    assert info.value.details["limit"] == 100


def test_batch_item_errors_are_data():
    refills = answers.parse_refills(
        ["1", "3"],
        [{"order": 1, "refill": 1}, {"order": 3, "refill": {"error": "Incorrect order ID"}}],
    )
    assert refills[0].refill_id == "1" and refills[1].error == "Incorrect order ID"
    cancels = answers.parse_cancel(
        ["2", "9"],
        [{"order": 2, "cancel": 1}, {"order": 9, "cancel": {"error": "Incorrect order ID"}}],
    )
    assert cancels[0].accepted and not cancels[1].accepted and cancels[1].error
    statuses = answers.parse_refill_statuses(
        ["1", "2"],
        [
            {"refill": 1, "status": "Completed"},
            {"refill": 2, "status": {"error": "Refill not found"}},
        ],
    )
    assert statuses["1"].kind is StatusKind.COMPLETED and statuses["2"].error == "Refill not found"
    single = answers.parse_refill(
        "5", {"success": "Your order will be refilled asap", "refill": 12345}
    )
    assert single.refill_id == "12345" and single.message


def test_status_words_are_normalised():
    assert normalise_status("In progress") is StatusKind.IN_PROGRESS
    assert normalise_status("IN_PROGRESS") is StatusKind.IN_PROGRESS
    assert normalise_status("cancelled") is StatusKind.CANCELED
    assert normalise_status("Refunded").is_final
    assert not normalise_status("awaiting").is_final
    assert normalise_status("whatever") is StatusKind.UNKNOWN


def test_empty_and_plain_text_bodies():
    with pytest.raises(EmptyAnswer):
        answer_bodies.decode_body(b"  \n")
    with pytest.raises(NotJson) as info:
        answer_bodies.decode_body(b"Service temporarily unavailable")
    assert info.value.details["html"] is False


def test_categories_and_types_read_once_per_answer_and_kept_apart_by_kind() -> None:
    # Each category and type text is read once per answer (one shared text object); numbers
    # and flags that are equal as keys (1, 1.0, True) still read as what was sent.
    items = [
        {"service": 1, "name": "a", "category": "Likes &amp; Views", "type": "Default"},
        {"service": 2, "name": "b", "category": "Likes &amp; Views", "type": " Package "},
        {"service": 3, "name": "c", "category": 1, "type": 1},
        {"service": 4, "name": "d", "category": True, "type": True},
        {"service": 5, "name": "e", "category": 1.0, "type": "  "},
        {"service": 6, "name": "f", "category": ["x"]},
    ]
    services = answers.parse_services(items)
    assert [s.category for s in services] == ["Likes & Views"] * 2 + ["1", "True", "1.0", "['x']"]
    assert services[0].category is services[1].category
    assert [s.type for s in services] == ["Default", "Package", "1", "True", "Default", "Default"]
    assert answers.parse_services(items[:1])[0] == services[0]  # another answer reads it afresh

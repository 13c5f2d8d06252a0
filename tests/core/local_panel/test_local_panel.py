"""The local panel answers like a real one: actions, rules, progression, faults and threads."""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests

from core.local_panel import catalogue as cat
from core.local_panel import default_services, generate_services
from tests.core.local_panel.panel_calls import LINK, VALID_ADD, add, call, place, post

# The `panel` and `make_panel` fixtures (also what tests/conftest.py is expected to share).
pytest_plugins = ["panel_fixtures"]


PROTOCOL_TYPES = {
    "default", "package", "seo", "custom comments", "custom comments package", "mentions",
    "mentions with hashtags", "mentions custom list", "mentions hashtag",
    "mentions user followers", "mentions media likers", "comment likes", "comment replies",
    "poll", "invites from groups", "subscriptions", "web traffic",
}  # fmt: skip

# --- catalogue ------------------------------------------------------------------------------


def test_default_catalogue_covers_every_protocol_type_and_real_quirks():
    services = default_services()
    types = {" ".join(s["type"].replace("_", " ").lower().split()) for s in services}
    assert types >= PROTOCOL_TYPES
    assert types - PROTOCOL_TYPES, "one service must carry a type no one knows"
    names = " ".join(s["name"] + s["category"] for s in services)
    for needle in ("&amp;", "&quot;", "&#039;", "اینستاگرام", "🇮🇷", "\t"):
        assert needle in names
    assert {type(s["min"]) for s in services} == {int, str}
    assert {type(s["max"]) for s in services} == {int, str}
    assert {type(s["service"]) for s in services} == {int, str}
    assert any(s["dripfeed"] == "1" for s in services) and any(
        s["refill"] is True for s in services
    )
    for s in services:
        assert 4 <= len(s["rate"].split(".")[1]) <= 5
    assert len({str(s["service"]) for s in services}) == len(services)
    default_dripfeed = [s for s in services if s["type"] == "Default" and s["dripfeed"] is True]
    assert default_dripfeed and [
        s for s in services if s["type"] == "Default" and not s["dripfeed"]
    ]


def test_generate_services_is_varied_and_deterministic():
    services = generate_services(50_000)
    assert len(services) == 50_000
    assert len({str(s["service"]) for s in services}) == 50_000
    assert len({s["category"] for s in services}) > 500
    assert len({s["type"] for s in services}) >= 10
    assert generate_services(50, seed=3) == generate_services(50, seed=3)
    assert generate_services(50, seed=3) != generate_services(50, seed=4)


# --- transport: keys, paths, actions --------------------------------------------------------


def test_services_answer_is_the_catalogue_and_cached(panel):
    first = post(panel, action="services")
    assert first.headers["Content-Type"].startswith("application/json")
    assert first.json() == default_services()
    assert "اینستاگرام" in first.content.decode("utf-8")  # raw UTF-8, not \u escapes
    assert post(panel, action="services").content == first.content
    panel.set_services(generate_services(3))
    assert len(call(panel, action="services")) == 3


def test_balance_and_currency(make_panel):
    p = make_panel(balance=Decimal("1234567.5"), currency="IRR")
    assert call(p, action="balance") == {"balance": "1234567.50000", "currency": "IRR"}
    p.seed_style = True
    assert call(p, action="balance")["status"] == "success"


@pytest.mark.parametrize("key", [None, "", "wrong"])
def test_wrong_or_missing_key_is_refused_with_http_200(panel, key):
    data = {"action": "balance"} if key is None else {"action": "balance", "key": key}
    response = requests.post(panel.url, data=data, timeout=5)
    assert response.status_code == 200
    assert response.json() == {"error": "Invalid API key"}


def test_key_only_counts_in_the_body_and_is_recorded_there(panel):
    in_url = requests.post(panel.url + "?key=test-key", data={"action": "balance"}, timeout=5)
    assert in_url.json() == {"error": "Invalid API key"}
    call(panel, action="balance")
    assert panel.requests[-1] == {"key": "test-key", "action": "balance"}
    assert "key=" not in panel.http_log[-1].target
    assert "key=" in panel.http_log[0].target


def test_unknown_action_and_old_panels(make_panel):
    p = make_panel()
    assert call(p, action="nonsense") == {"error": "Incorrect request"}
    old = make_panel(supports_refill_cancel=False)
    for fields in ({"action": "refill", "order": "1"}, {"action": "refill_status", "refill": "1"},
                   {"action": "cancel", "orders": "1"}):  # fmt: skip
        assert call(old, **fields) == {"error": "Incorrect request"}
    assert call(old, action="balance")["currency"] == "USD"


def test_wrong_path_and_get_answer_an_html_page(panel):
    wrong = requests.post(panel.base_url + "/api/order", data={"key": "k"}, timeout=5)
    assert wrong.status_code == 200
    assert wrong.headers["Content-Type"].startswith("text/html")
    assert 10_000 < len(wrong.content) < 13_000
    got = requests.get(panel.url, timeout=5)
    assert got.status_code == 200 and got.text.lstrip().startswith("<!DOCTYPE html")
    assert panel.requests == []  # neither reached the API


# --- add ------------------------------------------------------------------------------------


@pytest.mark.parametrize("service", sorted(VALID_ADD, key=str))
def test_every_type_can_be_ordered_with_its_form(panel, service):
    order_id = place(panel, service)
    assert panel.orders[order_id]["service"] == str(service)
    assert "key" not in panel.orders[order_id]


def test_add_ids_increase_and_charge_is_deducted(panel):
    first = place(panel, cat.SERVICE_DEFAULT, link=LINK, quantity="1000")
    second = place(panel, cat.SERVICE_DEFAULT, link=LINK, quantity="1000")
    assert (first, second) == (1001, 1002)
    # 0.12345 x 1000 / 1000 = 0.1235 rounded to 4 decimals, twice.
    assert panel.balance == Decimal("100.00") - 2 * Decimal("0.1235")
    assert panel.order_status(first)["charge"] == "0.1235"
    assert panel.orders[first] == {
        "action": "add", "service": "2", "link": LINK, "quantity": "1000",
    }  # fmt: skip


def test_add_charges_per_type(panel):
    place(panel, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000", runs="3", interval="5")
    assert panel.balance == Decimal("100.00") - Decimal("0.95") * 3
    before = panel.balance
    place(panel, cat.SERVICE_PACKAGE)
    assert before - panel.balance == Decimal("45.0000")
    before = panel.balance
    # Custom comments: the five lines are the quantity; blank lines do not count.
    place(panel, cat.SERVICE_CUSTOM_COMMENTS, link=LINK, comments="a\r\nb\n\nc\nd\ne\n")
    assert before - panel.balance == Decimal("12.5") * 5 / 1000
    before = panel.balance
    place(panel, cat.SERVICE_SUBSCRIPTIONS)
    assert panel.balance == before  # charged per post later


@pytest.mark.parametrize(
    ("service", "fields", "error"),
    [
        (999999, {"link": LINK, "quantity": "100"}, "Incorrect service ID"),
        (cat.SERVICE_DEFAULT, {"url": LINK, "quantity": "100"}, " link is not specfied."),
        (cat.SERVICE_DEFAULT, {"link": LINK}, " quantity is not specfied."),
        (cat.SERVICE_DEFAULT, {"link": LINK, "quantity": "9"}, "Quantity less than minimal 10"),
        (cat.SERVICE_DEFAULT, {"link": LINK, "quantity": "100001"},
         "Quantity more than maximum 100000"),
        (cat.SERVICE_DEFAULT, {"link": LINK, "quantity": "ten"}, "Incorrect quantity"),
        (cat.SERVICE_CUSTOM_COMMENTS, {"link": LINK, "comments": "a\nb"},
         "Quantity less than minimal 5"),
        (cat.SERVICE_MIN_OVER_MAX, {"link": LINK, "quantity": "700"},
         "Quantity less than minimal 1000"),
        (cat.SERVICE_DEFAULT, {"link": LINK, "quantity": "100", "runs": "2", "interval": "5"},
         "Drip-feed is not available for this service"),
        (cat.SERVICE_SEO, {"link": LINK, "quantity": "100"}, " keywords is not specfied."),
        (cat.SERVICE_SUBSCRIPTIONS, {"username": "u", "min": "50", "max": "100", "delay": "7"},
         "Incorrect delay"),
        (cat.SERVICE_SUBSCRIPTIONS,
         {"username": "u", "min": "50", "max": "100", "delay": "0", "expiry": "2027-03-05"},
         "Incorrect expiry date"),
        (cat.SERVICE_WEB_TRAFFIC,
         {"link": LINK, "quantity": "500", "country": "US", "device": "1", "type_of_traffic": "1"},
         " google_keyword is not specfied."),
        (cat.SERVICE_WEB_TRAFFIC,
         {"link": LINK, "quantity": "500", "country": "US", "device": "9", "type_of_traffic": "3"},
         "Incorrect device"),
    ],
)  # fmt: skip
def test_add_refusals(panel, service, fields, error):
    assert add(panel, service, **fields) == {"error": error}
    assert panel.orders == {} and panel.balance == Decimal("100.00")


def test_not_enough_funds(make_panel):
    p = make_panel(balance=Decimal("0.9499"))
    assert add(p, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000") == {
        "error": "Not enough funds on balance"
    }
    p.balance = Decimal("0.95")
    assert "order" in add(p, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000")
    assert p.balance == 0


def test_duplicate_link_rejected_only_when_enabled_and_while_active(panel):
    place(panel, cat.SERVICE_DEFAULT)
    place(panel, cat.SERVICE_DEFAULT)  # off by default
    panel.reject_duplicate_links = True
    assert add(panel, cat.SERVICE_DEFAULT, link=LINK, quantity="100") == {
        "error": "You have active order with this link. Please wait until order being completed."
    }
    place(panel, cat.SERVICE_DEFAULT_DRIPFEED)  # same link, other service: fine
    panel.advance(10_000)  # all completed
    place(panel, cat.SERVICE_DEFAULT)


# --- status and progression -----------------------------------------------------------------


def test_status_progresses_with_the_injected_clock(make_panel):
    now = [1000.0]
    p = make_panel(clock=lambda: now[0], pending_seconds=60, progress_seconds=300)
    order_id = place(p, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000")
    first = call(p, action="status", order=str(order_id))
    assert first == {
        "charge": "0.9500", "start_count": "0", "status": "Pending", "remains": "1000",
        "currency": "USD",
    }  # fmt: skip
    now[0] += 59
    assert call(p, action="status", order=str(order_id))["status"] == "Pending"
    p.advance(1 + 30)
    early = call(p, action="status", order=str(order_id))
    p.advance(150)
    later = call(p, action="status", order=str(order_id))
    assert early["status"] == later["status"] == "In progress"
    assert 1000 > int(early["remains"]) > int(later["remains"]) > 0
    assert early["start_count"] == later["start_count"] != "0"
    p.advance(200)
    done = call(p, action="status", order=str(order_id))
    assert (done["status"], done["remains"]) == ("Completed", "0")


def test_status_batch_and_bad_ids(make_panel):
    p = make_panel()
    a, b = place(p), place(p)
    answer = call(p, action="status", orders=f"{a},999,{b},abc")
    assert list(answer) == [str(a), "999", str(b), "abc"]
    assert answer["999"] == {"error": "Incorrect order ID"} == answer["abc"]
    assert answer[str(b)]["status"] == "Pending"
    assert call(p, action="status", order="999") == {"error": "Incorrect order ID"}
    p.status_error_style = "string"
    assert call(p, action="status", orders=f"{a},999")["999"] == "Incorrect order ID"
    too_many = ",".join(str(1001 + i) for i in range(101))
    assert call(p, action="status", orders=too_many) == {"error": "Incorrect request"}


def test_dripfeed_and_subscription_status_fields(panel):
    drip = place(panel, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="100", runs="2",
                 interval="10")  # fmt: skip
    sub = place(panel, cat.SERVICE_SUBSCRIPTIONS)
    answer = call(panel, action="status", orders=f"{drip},{sub}")
    assert answer[str(drip)]["runs"] == "2" and answer[str(drip)]["remains"] == "200"
    assert answer[str(sub)]["expiry"] == "2027-03-05" and answer[str(sub)]["orders"] == []


def test_set_status_partial_and_canceled_refund(panel):
    order_id = place(panel, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000")
    panel.set_status(order_id, "Partial", remains=400)
    status = call(panel, action="status", order=str(order_id))
    assert (status["status"], status["remains"], status["charge"]) == ("Partial", "400", "0.5700")
    assert panel.balance == Decimal("100.00") - Decimal("0.57")
    panel.set_status(order_id, "Canceled")
    assert panel.balance == Decimal("100.00")


def test_status_for_100_ids_with_50k_services(make_panel):
    # Speed is shown by bench/status_refresh.py and bench/services_filter.py, not timed here.
    p = make_panel(services=generate_services(50_000), balance=Decimal(10**9))
    ids = ",".join(str(place(p, 1000, link=LINK, quantity="1000")) for _ in range(100))
    answer = call(p, action="status", orders=ids)
    assert len(answer) == 100
    assert len(post(p, action="services").json()) == 50_000


# --- cancel and refill ----------------------------------------------------------------------


def test_cancel_rules(panel):
    cancellable = place(panel, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000")
    not_cancellable = place(panel, cat.SERVICE_DEFAULT)
    answer = call(panel, action="cancel", orders=f"{cancellable},{not_cancellable},9")
    assert answer == [
        {"order": cancellable, "cancel": 1},
        {"order": not_cancellable, "cancel": {"error": "Order can't be canceled."}},
        {"order": 9, "cancel": {"error": "Incorrect order ID"}},
    ]
    status = call(panel, action="status", order=str(cancellable))
    assert status["status"] == "Canceled" and status["charge"] == "0.0000"
    assert panel.balance == Decimal("100.00") - Decimal("0.0123")  # only the other order
    again = call(panel, action="cancel", orders=str(cancellable))  # final now
    assert again == [{"order": cancellable, "cancel": {"error": "Order can't be canceled."}}]


def test_refill_rules_and_refill_status(panel):
    refillable = place(panel, cat.SERVICE_DEFAULT_DRIPFEED, link=LINK, quantity="1000")
    other = place(panel, cat.SERVICE_DEFAULT)
    not_yet = {"error": "Order not eligible for refill."}
    assert call(panel, action="refill", order=str(refillable)) == not_yet
    panel.advance(3600)
    assert call(panel, action="refill", order=str(other)) == not_yet
    assert call(panel, action="refill", order="77") == {"error": "Incorrect order ID"}
    refill = call(panel, action="refill", order=str(refillable))
    assert refill == {"refill": "501"}
    batch = call(panel, action="refill", orders=f"{refillable},{other},77")
    assert batch == [
        {"order": refillable, "refill": 502},
        {"order": other, "refill": not_yet},
        {"order": 77, "refill": {"error": "Incorrect order ID"}},
    ]
    assert call(panel, action="refill_status", refill="501") == {"status": "Pending"}
    panel.advance(121)
    assert call(panel, action="refill_status", refill="501") == {"status": "Completed"}
    panel.set_refill_status(502, "Rejected")
    assert call(panel, action="refill_status", refills="501,502,9") == [
        {"refill": 501, "status": "Completed"},
        {"refill": 502, "status": "Rejected"},
        {"refill": 9, "status": {"error": "Refill not found"}},
    ]
    assert call(panel, action="refill_status", refill="9") == {"error": "Refill not found"}
    panel.refill_success_text = True
    assert call(panel, action="refill", order=str(refillable)) == {
        "success": "Your order will be refilled asap", "refill": 503,
    }  # fmt: skip

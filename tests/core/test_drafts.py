"""Order drafts: validation per type, the exact parameters built, and the charge estimate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.draft_messages import MESSAGES
from core.drafts import (
    DraftInvalid,
    OrderDraft,
    blocking,
    build_params,
    estimate,
    format_dmy,
    is_http_url,
    lines_of,
    validate,
)
from core.models import Service

TODAY = date(2026, 6, 1)
LINK = "https://instagram.com/p/abc"


def svc(
    type_name: str = "Default",
    min_: int = 10,
    max_: int = 1000,
    rate: str | None = "1.5",
    dripfeed: bool = False,
    sid: str = "7",
) -> Service:
    return Service(
        sid,
        "A service",
        "Cat",
        type_name,
        Decimal(rate) if rate is not None else None,
        min_,
        max_,
        dripfeed=dripfeed,
    )


def codes(draft: OrderDraft) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in validate(draft, today=TODAY)]


def blocking_codes(draft: OrderDraft) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in blocking(validate(draft, today=TODAY))]


# --- quantity, links, drip-feed --------------------------------------------------------------


@pytest.mark.parametrize(
    "quantity,expected",
    [
        ("10", []),
        ("1000", []),
        (" 500 ", []),
        ("9", [("quantity", "out_of_range")]),
        ("1001", [("quantity", "out_of_range")]),
        ("", [("quantity", "required")]),
        ("ten", [("quantity", "not_integer")]),
        ("1e3", [("quantity", "not_integer")]),
        ("1_000", [("quantity", "not_integer")]),
        ("1,000", [("quantity", "not_integer")]),
        ("-50", [("quantity", "not_integer")]),
        ("50.0", [("quantity", "not_integer")]),
    ],
)
def test_quantity_within_service_bounds(quantity: str, expected: list) -> None:
    draft = OrderDraft(svc(), {"link": LINK, "quantity": quantity})
    assert codes(draft) == expected


def test_persian_digits_are_read_and_sent_as_ascii() -> None:
    draft = OrderDraft(svc(), {"link": LINK, "quantity": "۱۲۰"})
    assert codes(draft) == []
    assert build_params(draft, today=TODAY)["quantity"] == "120"


def test_out_of_range_message_names_bounds_and_field() -> None:
    [err] = validate(OrderDraft(svc(), {"link": LINK, "quantity": "5"}), today=TODAY)
    assert err.message == "Quantity must be between 10 and 1000."
    assert err.params == {"label": "Quantity", "min": 10, "max": 1000}
    assert err.template == MESSAGES["out_of_range"]
    assert err.blocking


@pytest.mark.parametrize(
    "link,ok",
    [
        ("https://instagram.com/p/abc", True),
        ("http://t.me/channel", True),
        ("HTTPS://Example.com", True),
        ("instagram.com/p/abc", False),
        ("ftp://x.org/file", False),
        ("https://", False),
        ("https://exa mple.com", False),
        ("javascript:alert(1)", False),
        ("https://[::1", False),
        ("", False),
    ],
)
def test_links_must_be_http_urls(link: str, ok: bool) -> None:
    assert is_http_url(link) is ok
    draft = OrderDraft(svc(), {"link": link, "quantity": "100"})
    want = [] if ok else [("link", "required" if not link else "not_url")]
    assert codes(draft) == want


def test_dripfeed_refused_where_the_service_does_not_offer_it() -> None:
    draft = OrderDraft(svc(), {"link": LINK, "quantity": "100", "runs": "3", "interval": "10"})
    assert codes(draft) == [("runs", "dripfeed_not_allowed"), ("interval", "dripfeed_not_allowed")]


def test_dripfeed_needs_both_runs_and_interval() -> None:
    s = svc(dripfeed=True)
    assert codes(OrderDraft(s, {"link": LINK, "quantity": "100", "runs": "3"})) == [
        ("interval", "dripfeed_incomplete")
    ]
    assert codes(OrderDraft(s, {"link": LINK, "quantity": "100", "interval": "3"})) == [
        ("runs", "dripfeed_incomplete")
    ]
    assert codes(
        OrderDraft(s, {"link": LINK, "quantity": "100", "runs": "0", "interval": "5"})
    ) == [("runs", "too_small")]


def test_dripfeed_total_above_max_is_a_warning_only() -> None:
    draft = OrderDraft(
        svc(dripfeed=True), {"link": LINK, "quantity": "500", "runs": "3", "interval": "15"}
    )
    [warning] = validate(draft, today=TODAY)
    assert (warning.code, warning.severity, warning.params["total"]) == (
        "total_above_max",
        "warning",
        1500,
    )
    assert build_params(draft, today=TODAY) == {
        "service": "7",
        "link": LINK,
        "quantity": "500",
        "runs": "3",
        "interval": "15",
    }


def test_dripfeed_fields_left_out_when_empty() -> None:
    draft = OrderDraft(svc(dripfeed=True), {"link": LINK, "quantity": "100", "runs": " "})
    assert build_params(draft, today=TODAY) == {"service": "7", "link": LINK, "quantity": "100"}


def test_not_orderable_service_says_so_and_nothing_else() -> None:
    draft = OrderDraft(svc(min_=1000, max_=500), {"link": LINK, "quantity": "700"})
    [err] = validate(draft, today=TODAY)
    assert (err.field, err.code) == ("service", "not_orderable")
    assert "cannot be ordered" in err.message and "1000" in err.message
    with pytest.raises(DraftInvalid):
        build_params(draft, today=TODAY)


def test_a_service_whose_bounds_allow_no_quantity_says_so() -> None:
    # min 0, max 0 asked for a quantity "between 1 and 0".
    draft = OrderDraft(svc(min_=0, max_=0), {"link": LINK, "quantity": "1"})
    [err] = validate(draft, today=TODAY)
    assert (err.field, err.code) == ("quantity", "no_allowed_value")
    assert "allows no Quantity" in err.message and "between 1 and 0" not in err.message
    [err] = validate(OrderDraft(svc(min_=0, max_=0), {"link": LINK}), today=TODAY)
    assert err.code == "no_allowed_value"  # said at once, not "Fill in Quantity"


def test_unknown_type_warns_but_orders_link_and_quantity() -> None:
    draft = OrderDraft(svc("Likes Premium"), {"link": LINK, "quantity": "100", "extra": "x"})
    [warning] = validate(draft, today=TODAY)
    assert (warning.code, warning.severity) == ("unknown_type", "warning")
    assert "Likes Premium" in warning.message
    assert build_params(draft, today=TODAY) == {"service": "7", "link": LINK, "quantity": "100"}


# --- lists ------------------------------------------------------------------------------------


def test_lines_of_drops_blank_lines_and_any_line_break() -> None:
    assert lines_of("a\r\n\r\n  b  \n\n c\rd\n") == ["a", "b", "c", "d"]
    assert lines_of(["x", " ", "y\nz"]) == ["x", "y", "z"]
    assert lines_of(None) == []


def test_custom_comments_count_is_the_quantity() -> None:
    s = svc("Custom Comments", min_=3, max_=5)
    ok = OrderDraft(s, {"link": LINK, "comments": "Nice!\n\nGreat\n   \nWow\n"})
    assert codes(ok) == []
    assert build_params(ok, today=TODAY) == {
        "service": "7",
        "link": LINK,
        "comments": "Nice!\nGreat\nWow",
    }
    few = OrderDraft(s, {"link": LINK, "comments": "one\n\ntwo\n"})
    [err] = validate(few, today=TODAY)
    assert err.code == "count_out_of_range"
    assert err.params["count"] == 2 and "2 lines" in err.message and "3 and 5" in err.message
    many = OrderDraft(s, {"link": LINK, "comments": [str(i) for i in range(6)]})
    assert codes(many) == [("comments", "count_out_of_range")]


def test_duplicate_comments_are_a_warning_with_line_numbers() -> None:
    s = svc("Custom Comments", min_=1, max_=10)
    draft = OrderDraft(s, {"link": LINK, "comments": "Nice\nGreat\nNice\n\nGreat"})
    [warning] = validate(draft, today=TODAY)
    assert (warning.code, warning.severity, warning.blocking) == (
        "duplicate_lines",
        "warning",
        False,
    )
    assert warning.params["lines"] == "3, 4"
    assert build_params(draft, today=TODAY)["comments"] == "Nice\nGreat\nNice\nGreat"


def test_usernames_lists_reject_spaces_with_the_line() -> None:
    draft = OrderDraft(
        svc("Mentions"), {"link": LINK, "quantity": "100", "usernames": "alice\n\nbob smith"}
    )
    [err] = validate(draft, today=TODAY)
    assert err.code == "line_has_spaces" and err.params["line"] == 2


def test_mentions_custom_list_counts_usernames() -> None:
    s = svc("Mentions Custom List", min_=2, max_=3)
    assert codes(OrderDraft(s, {"link": LINK, "usernames": "a\nb"})) == []
    assert codes(OrderDraft(s, {"link": LINK, "usernames": "a"})) == [
        ("usernames", "count_out_of_range")
    ]


def test_required_list_empty_after_blank_lines() -> None:
    draft = OrderDraft(svc("SEO"), {"link": LINK, "quantity": "100", "keywords": "\n \n"})
    assert codes(draft) == [("keywords", "required")]


# --- single fields ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "username,expected",
    [("owner_1", []), ("  owner  ", []), ("", [("username", "required")]),
     ("two words", [("username", "has_spaces")]), ("tab\there", [("username", "has_spaces")])],
)  # fmt: skip
def test_username_non_empty_without_spaces(username: str, expected: list) -> None:
    draft = OrderDraft(svc("Comment Likes"), {"link": LINK, "quantity": "50", "username": username})
    assert codes(draft) == expected


def test_hashtag_must_be_one_line() -> None:
    s = svc("Mentions Hashtag")
    assert codes(OrderDraft(s, {"link": LINK, "quantity": "50", "hashtag": "a\nb"})) == [
        ("hashtag", "not_single_line")
    ]


@pytest.mark.parametrize(
    "answer,expected",
    [("1", []), ("4", []), ("0", [("answer_number", "too_small")]),
     ("-1", [("answer_number", "not_integer")]), ("", [("answer_number", "required")])],
)  # fmt: skip
def test_poll_answer_number_positive(answer: str, expected: list) -> None:
    draft = OrderDraft(svc("Poll"), {"link": LINK, "quantity": "100", "answer_number": answer})
    assert codes(draft) == expected


# --- Subscriptions ----------------------------------------------------------------------------


def sub(**values: object) -> OrderDraft:
    base = {"username": "acme", "min": "20", "max": "50", "delay": "30"}
    base.update(values)
    return OrderDraft(svc("Subscriptions", min_=10, max_=1000), base)


def test_subscription_valid_and_sent_with_d_m_y_expiry() -> None:
    draft = sub(posts="5", old_posts="0", expiry=date(2027, 3, 5))
    assert codes(draft) == []
    assert build_params(draft, today=TODAY) == {
        "service": "7",
        "username": "acme",
        "min": "20",
        "max": "50",
        "posts": "5",
        "old_posts": "0",
        "delay": "30",
        "expiry": "05/03/2027",
    }


def test_subscription_optional_fields_left_out() -> None:
    assert build_params(sub(), today=TODAY) == {
        "service": "7",
        "username": "acme",
        "min": "20",
        "max": "50",
        "delay": "30",
    }


@pytest.mark.parametrize(
    "values,expected",
    [
        ({"min": "60", "max": "50"}, [("max", "min_above_max")]),
        ({"min": "5"}, [("min", "out_of_range")]),
        ({"max": "1001"}, [("max", "out_of_range")]),
        ({"delay": "7"}, [("delay", "not_a_choice")]),
        ({"delay": "600"}, []),
        ({"delay": ""}, [("delay", "required")]),
        ({"posts": "-1"}, [("posts", "not_integer")]),
        ({"old_posts": "x"}, [("old_posts", "not_integer")]),
        ({"expiry": date(2026, 6, 1)}, [("expiry", "not_future")]),
        ({"expiry": date(2026, 5, 1)}, [("expiry", "not_future")]),
        ({"expiry": date(2026, 6, 2)}, []),
        ({"expiry": "31/02/2027"}, [("expiry", "not_a_date")]),
        ({"username": ""}, [("username", "required")]),
        ({"link": "https://ignored.example"}, []),
    ],
)
def test_subscription_rules(values: dict, expected: list) -> None:
    assert codes(sub(**values)) == expected


def test_subscription_expiry_typed_as_text_is_understood() -> None:
    assert build_params(sub(expiry="5/3/2027"), today=TODAY)["expiry"] == "05/03/2027"
    assert build_params(sub(expiry="2027-03-05"), today=TODAY)["expiry"] == "05/03/2027"


def test_format_dmy() -> None:
    assert format_dmy(date(2027, 12, 31)) == "31/12/2027"


# --- Web Traffic ------------------------------------------------------------------------------


def wt(**values: str) -> OrderDraft:
    base = {"link": LINK, "quantity": "100", "country": "US", "device": "5", "type_of_traffic": "3"}
    base.update(values)
    return OrderDraft(svc("Web Traffic"), base)


def test_web_traffic_conditional_fields() -> None:
    assert codes(wt(type_of_traffic="1")) == [("google_keyword", "required")]
    assert codes(wt(type_of_traffic="2")) == [("referring_url", "required")]
    assert codes(wt(type_of_traffic="2", referring_url="google.com")) == [
        ("referring_url", "not_url")
    ]
    assert codes(wt(device="6")) == [("device", "not_a_choice")]
    assert codes(wt(type_of_traffic="4")) == [("type_of_traffic", "not_a_choice")]
    assert codes(wt(country="")) == [("country", "required")]


def test_web_traffic_sends_only_the_field_its_traffic_type_needs() -> None:
    draft = wt(type_of_traffic="1", google_keyword="best shoes", referring_url="https://r.example")
    assert build_params(draft, today=TODAY) == {
        "service": "7",
        "link": LINK,
        "quantity": "100",
        "country": "US",
        "device": "5",
        "type_of_traffic": "1",
        "google_keyword": "best shoes",
    }
    blank = wt(google_keyword="ignored")
    assert "google_keyword" not in build_params(blank, today=TODAY)


# --- building ---------------------------------------------------------------------------------


def test_build_refuses_an_invalid_draft() -> None:
    with pytest.raises(DraftInvalid) as info:
        build_params(OrderDraft(svc(), {"link": "nope", "quantity": "5"}), today=TODAY)
    assert [e.code for e in info.value.errors] == ["not_url", "out_of_range"]


def test_build_sends_nothing_extra() -> None:
    draft = OrderDraft(
        svc("Package"), {"link": LINK, "quantity": "100", "key": "SECRET", "action": "cancel"}
    )
    assert build_params(draft, today=TODAY) == {"service": "7", "link": LINK}


# --- estimate ---------------------------------------------------------------------------------


def test_estimate_rate_times_quantity_per_thousand() -> None:
    e = estimate(OrderDraft(svc(rate="1.5"), {"link": LINK, "quantity": "300"}))
    assert e.amount == Decimal("0.45") and e.quantity == 300 and e.reason == ""
    assert isinstance(e.amount, Decimal)


def test_estimate_keeps_precision_of_six_decimal_rates() -> None:
    e = estimate(OrderDraft(svc(rate="1.018973"), {"link": LINK, "quantity": "7"}))
    assert e.amount == Decimal("0.007132811")


def test_estimate_huge_values_exact() -> None:
    s = svc(rate="99999999.00", max_=2147483647)
    e = estimate(OrderDraft(s, {"link": LINK, "quantity": "2147483647"}))
    assert e.amount == Decimal("214748362552516.353")  # (10**8 - 1) x (2**31 - 1) / 1000


def test_estimate_dripfeed_multiplies_by_runs() -> None:
    s = svc(rate="2", dripfeed=True)
    e = estimate(OrderDraft(s, {"link": LINK, "quantity": "100", "runs": "5", "interval": "10"}))
    assert (e.amount, e.quantity) == (Decimal("1"), 500)
    # runs on a service without drip-feed are not sent, so they are not charged either
    e2 = estimate(OrderDraft(svc(rate="2"), {"link": LINK, "quantity": "100", "runs": "5"}))
    assert e2.quantity == 100


def test_estimate_counts_list_lines() -> None:
    s = svc("Custom Comments", rate="10", min_=1)
    e = estimate(OrderDraft(s, {"link": LINK, "comments": "a\n\nb\nc\n"}))
    assert (e.amount, e.quantity) == (Decimal("0.03"), 3)


def test_estimate_package_charged_once_at_its_rate() -> None:
    e = estimate(OrderDraft(svc("Package", rate="4.25", min_=1, max_=1), {"link": LINK}))
    assert (e.amount, e.quantity) == (Decimal("4.25"), 1)
    ccp = svc("Custom Comments Package", rate="3", min_=5, max_=5)
    assert estimate(OrderDraft(ccp, {"link": LINK, "comments": "a\nb"})).amount == Decimal("3")


def test_estimate_subscriptions_not_estimable_with_reason() -> None:
    e = estimate(sub())
    assert e.amount is None and e.reason_code == "not_estimable"
    assert "cannot be known in advance" in e.reason


def test_estimate_incomplete_and_no_rate() -> None:
    e = estimate(OrderDraft(svc(), {"link": LINK, "quantity": "abc"}))
    assert (e.amount, e.reason_code) == (None, "incomplete")
    e2 = estimate(OrderDraft(svc(rate=None), {"link": LINK, "quantity": "100"}))
    assert (e2.amount, e2.reason_code, e2.quantity) == (None, "no_rate", 100)


HUGE = "9" * 5000  # past the 4,300 digits int() accepts from text


@pytest.mark.parametrize(
    "type_name,values,field,code,params",
    [
        ("Default", {"link": LINK, "quantity": HUGE}, "quantity", "out_of_range",
         {"min": 10, "max": 1000}),
        ("Default", {"link": LINK, "quantity": "1" + "0" * 40}, "quantity", "out_of_range",
         {"min": 10, "max": 1000}),
        ("Default", {"link": LINK, "quantity": "۹" * 5000}, "quantity", "out_of_range",
         {"min": 10, "max": 1000}),
        ("Subscriptions", {"username": "a", "min": HUGE, "max": "20", "delay": "0"}, "min",
         "out_of_range", {"min": 10, "max": 1000}),
        ("Subscriptions", {"username": "a", "min": "20", "max": HUGE, "delay": "0"}, "max",
         "out_of_range", {"min": 10, "max": 1000}),
        ("Subscriptions", {"username": "a", "min": "20", "max": "30", "delay": "0",
                           "posts": HUGE}, "posts", "too_large", {"digits": 30}),
        ("Default", {"link": LINK, "quantity": "100", "runs": HUGE, "interval": "5"}, "runs",
         "too_large", {"digits": 30}),
    ],
    ids=["quantity", "quantity 41 digits", "Persian digits", "min", "max", "posts", "runs"],
)  # fmt: skip
def test_a_number_of_any_length_is_told_as_too_large_never_raised(
    type_name, values, field, code, params
):
    draft = OrderDraft(svc(type_name, dripfeed=True), values)
    errors = [e for e in validate(draft, TODAY) if e.field == field]
    assert [(e.code, {k: v for k, v in e.params.items() if k != "label"}) for e in errors] == [
        (code, params)
    ]
    assert errors[0].blocking
    assert "{" not in errors[0].message  # every placeholder filled
    assert estimate(draft).amount is None or field == "runs"  # no cost from an absurd number
    with pytest.raises(DraftInvalid):
        build_params(draft, TODAY)


def test_leading_zeros_do_not_make_a_number_too_large():
    draft = OrderDraft(svc(), {"link": LINK, "quantity": "0" * 5000 + "100"})
    assert validate(draft, TODAY) == []
    assert build_params(draft, TODAY)["quantity"] == "100"


def test_text_that_is_not_digits_is_still_not_a_number():
    draft = OrderDraft(svc(), {"link": LINK, "quantity": "12a" + HUGE})
    assert [e.code for e in validate(draft, TODAY)] == ["not_integer"]


def test_a_link_on_another_platform_is_a_warning_that_names_both() -> None:
    likes = Service("7", "Instagram Likes", "Instagram", "Default", Decimal("1.5"), 10, 1000)
    draft = OrderDraft(likes, {"link": "https://youtu.be/abc", "quantity": "100"})
    [warning] = validate(draft, today=TODAY)
    assert (warning.field, warning.code, warning.severity) == (
        "link",
        "link_other_platform",
        "warning",
    )
    assert (warning.params["link_platform"], warning.params["service_platform"]) == (
        "youtube",
        "instagram",
    )
    assert "link is on youtube, but the service is for instagram" in warning.message
    assert build_params(draft, today=TODAY)["link"] == "https://youtu.be/abc"  # not blocked
    assert validate(OrderDraft(likes, {"link": LINK, "quantity": "100"}), today=TODAY) == []

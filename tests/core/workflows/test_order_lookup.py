"""Tracking orders by id and resolving unknown ones, against the local panel (no Qt)."""

from __future__ import annotations

import pytest

from core.errors import ErrorKind
from core.local_panel.catalogue import SERVICE_DEFAULT
from core.workflows.order_lookup import (
    ResolveCode,
    clean_panel_id,
    link_address,
    read_ids,
    record_found,
    record_not_placed,
    split_ids,
    track_orders,
)
from tests.core.workflows.orders_setting import OrdersSetting, orders_setting


@pytest.fixture
def setting(panel, tmp_path):
    with orders_setting(panel, tmp_path) as made:
        yield made


def placed_elsewhere(s: OrdersSetting, link: str = "https://web.test/x") -> str:
    """An order placed on the panel without this app (its website, another tool)."""
    return s.client.add({"service": str(SERVICE_DEFAULT), "link": link, "quantity": "500"}).order_id


# --- ids and links ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("123", ["123"]),
        (" 1, 2;3\n4\t5  ", ["1", "2", "3", "4", "5"]),
        ("7,7, 8 7", ["7", "8"]),  # each once, in the order given
        ("۱۲۳ ٤٥٦", ["123", "456"]),  # Persian and Arabic-Indic digits
        ("\u2067123\u2069,\u200e456", ["123", "456"]),  # bidi marks of a copied RTL page
        ("abc-1 7", ["7"]),  # panels number their orders: "abc-1" is refused
        ("", []),
        (" ,; \n", []),
    ],
)
def test_split_ids(text, ids):
    assert split_ids(text) == ids


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        (" 42 ", "42"),
        ("۴۲", "42"),
        ("\u200f42\u200f", "42"),
        ("A-7", None),  # panels' ids are digits (issue 14: Track accepted "abc")
        ("abc", None),
        ("12a", None),
        ("²", None),  # a digit int() refuses
        ("1" * 21, None),  # longer than any panel's 64-bit id
        ("12 34", None),
        ("1,2", None),
        ("۱۲٬۳۴", None),  # a grouped number is not an id
        ("", None),
        ("   ", None),
    ],
)
def test_clean_panel_id(text, cleaned):
    assert clean_panel_id(text) == cleaned


def test_typed_ids_say_which_parts_are_refused():
    typed = read_ids("123, abc ۴۵۶;abc\n12a 123")
    assert typed.ids == ("123", "456")
    assert typed.refused == ("abc", "12a")


@pytest.mark.parametrize(
    ("link", "address"),
    [
        ("https://instagram.com/p/xyz", "https://instagram.com/p/xyz"),
        ("HTTP://x.test/a", "HTTP://x.test/a"),
        ("instagram.com/p/xyz", "https://instagram.com/p/xyz"),
        ("  t.me/chan ", "https://t.me/chan"),
        ("@someone", None),  # a username, not a link
        ("someone", None),
        ("someone/photo", None),
        ("two words.com", None),
        ("", None),
    ],
)
def test_link_address(link, address):
    assert link_address(link) == address


# --- tracking ----------------------------------------------------------------------------------


def test_an_order_placed_elsewhere_is_followed_and_its_status_asked_at_once(
    setting: OrdersSetting,
):
    s = setting
    panel_id = placed_elsewhere(s)
    outcome = track_orders(s.journal, s.client, s.profile.id, [f" {panel_id} "])
    (local_id,) = outcome.added
    assert outcome.already == () and outcome.not_found == {} and outcome.status_error is None
    order = s.journal.get(local_id)
    assert order.state == "tracked" and order.panel_order_id == panel_id
    assert order.status == "Pending" and order.last_checked is not None
    assert s.status_requests()[-1] == [panel_id]


def test_an_id_the_panel_does_not_know_is_followed_and_reported(setting: OrdersSetting):
    s = setting
    good = placed_elsewhere(s)
    outcome = track_orders(s.journal, s.client, s.profile.id, [good, "987654"])
    assert len(outcome.added) == 2
    assert outcome.not_found == {"987654": "Incorrect order ID"}
    bad = next(o for o in s.journal.orders(s.profile.id) if o.panel_order_id == "987654")
    assert bad.error == "Incorrect order ID" and bad.status == ""
    good_order = next(o for o in s.journal.orders(s.profile.id) if o.panel_order_id == good)
    assert good_order.status == "Pending"  # not held back by the bad id in its batch


def test_an_id_already_followed_is_not_added_twice(setting: OrdersSetting):
    s = setting
    panel_id = placed_elsewhere(s)
    persian = panel_id.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    first = track_orders(s.journal, s.client, s.profile.id, [panel_id, panel_id, persian])
    assert len(first.added) == 1 and first.already == ()  # the same id three times
    assert s.status_requests()[-1] == [panel_id]
    again = track_orders(s.journal, s.client, s.profile.id, [panel_id, "555"])
    assert again.already == first.added and len(again.added) == 1
    ids = [o.panel_order_id for o in s.journal.orders(s.profile.id)]
    assert sorted(ids) == sorted([panel_id, "555"])
    assert again.followed == again.added + again.already


def test_an_order_placed_here_is_not_tracked_twice(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT, "https://x.test/here", 500)
    outcome = track_orders(s.journal, s.client, s.profile.id, [order.panel_order_id])
    assert outcome.already == (order.local_id,) and outcome.added == ()
    assert s.journal.get(order.local_id).state == "placed"


def test_texts_that_cannot_be_ids_are_skipped(setting: OrdersSetting):
    s = setting
    before = len(s.panel.requests)
    outcome = track_orders(s.journal, s.client, s.profile.id, ["", "  ", "1 2", "3,4", "abc"])
    assert outcome.followed == () and len(s.panel.requests) == before
    assert s.journal.orders(s.profile.id) == []


def test_tracking_without_a_client_asks_nothing(setting: OrdersSetting):
    s = setting
    before = len(s.panel.requests)
    outcome = track_orders(s.journal, None, s.profile.id, ["77"])
    assert len(outcome.added) == 1 and len(s.panel.requests) == before
    assert s.journal.get(outcome.added[0]).status == ""


def test_a_failed_status_after_tracking_is_reported_and_the_orders_stay(setting: OrdersSetting):
    s = setting
    panel_id = placed_elsewhere(s)
    s.panel.inject("html", action="status")
    outcome = track_orders(s.journal, s.client, s.profile.id, [panel_id])
    assert outcome.status_error is not None and outcome.status_error.kind == ErrorKind.NOT_JSON
    assert s.journal.get(outcome.added[0]).state == "tracked"


# --- resolving an unknown order --------------------------------------------------------------


def test_an_unknown_order_found_on_the_panel_is_recorded_and_followed(setting: OrdersSetting):
    s = setting
    local_id = s.unknown("https://x.test/found")
    panel_id = placed_elsewhere(s, "https://x.test/found")  # what the panel did place

    assert record_found(s.journal, local_id, "12 34", s.client).code == ResolveCode.NOT_AN_ID
    assert record_found(s.journal, local_id, "  ", s.client).code == ResolveCode.NOT_AN_ID
    assert s.journal.get(local_id).state == "unknown"

    other = s.journal.track(s.profile.id, "424242")  # already followed in another row
    taken = record_found(s.journal, local_id, "424242", s.client)
    assert (taken.code, taken.panel_order_id) == (ResolveCode.TAKEN, "424242")
    assert s.journal.get(local_id).state == "unknown"
    assert s.journal.get(other).panel_order_id == "424242"

    requests_before = len(s.status_requests())
    outcome = record_found(s.journal, local_id, f" \u200e{panel_id} ", s.client)
    assert (outcome.code, outcome.panel_order_id) == (ResolveCode.RECORDED, panel_id)
    assert outcome.status_error is None
    order = s.journal.get(local_id)
    assert order.state == "placed" and order.panel_order_id == panel_id and order.error is None
    assert s.status_requests()[requests_before:] == [[panel_id]]  # followed at once
    assert order.status == "Pending"

    again = record_found(s.journal, local_id, "999", s.client)
    assert again.code == ResolveCode.NOT_UNKNOWN
    assert s.journal.get(local_id).panel_order_id == panel_id


def test_found_on_the_panel_in_persian_digits(setting: OrdersSetting):
    s = setting
    local_id = s.unknown()
    persian = placed_elsewhere(s).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    outcome = record_found(s.journal, local_id, persian, None)
    assert outcome.code == ResolveCode.RECORDED
    assert s.journal.get(local_id).panel_order_id == outcome.panel_order_id
    assert outcome.panel_order_id.isascii()


def test_found_on_another_panel_than_the_active_one_is_recorded_without_asking(
    setting: OrdersSetting,
):
    s = setting
    local_id = s.unknown()
    before = len(s.panel.requests)
    outcome = record_found(s.journal, local_id, "31337", None)
    assert outcome.code == ResolveCode.RECORDED and len(s.panel.requests) == before
    assert s.journal.get(local_id).state == "placed"


def test_a_failed_status_after_found_is_reported_and_the_id_stays(setting: OrdersSetting):
    s = setting
    local_id = s.unknown()
    panel_id = placed_elsewhere(s)
    s.panel.inject("drop", action="status", times=None)
    outcome = record_found(s.journal, local_id, panel_id, s.client)
    assert outcome.code == ResolveCode.RECORDED and outcome.status_error is not None
    assert s.journal.get(local_id).panel_order_id == panel_id


def test_an_unknown_order_not_on_the_panel_is_marked_not_placed(setting: OrdersSetting):
    s = setting
    local_id = s.unknown("https://x.test/absent")
    other = s.unknown("https://x.test/other")
    outcome = record_not_placed(s.journal, local_id, "Not on the panel, as checked by you")
    assert outcome.code == ResolveCode.RECORDED
    order = s.journal.get(local_id)
    assert order.state == "failed" and order.final
    assert order.error == "Not on the panel, as checked by you"
    assert s.journal.get(other).state == "unknown"  # only that one
    assert record_not_placed(s.journal, local_id, "again").code == ResolveCode.NOT_UNKNOWN
    assert s.journal.get(local_id).error == "Not on the panel, as checked by you"


def test_only_unknown_orders_are_resolved(setting: OrdersSetting):
    s = setting
    placed = s.place(SERVICE_DEFAULT, "https://x.test/placed", 500)
    assert record_not_placed(s.journal, placed.local_id, "no").code == ResolveCode.NOT_UNKNOWN
    assert record_found(s.journal, placed.local_id, "5", None).code == ResolveCode.NOT_UNKNOWN
    assert s.journal.get(placed.local_id).state == "placed"
    service = s.catalogue.by_id(str(SERVICE_DEFAULT))
    sending = s.journal.begin(s.profile.id, service, {"link": "l"}, None, None)
    assert record_not_placed(s.journal, sending, "no").code == ResolveCode.NOT_UNKNOWN
    assert s.journal.get(sending).state == "submitting"  # still in flight: never guessed


def test_a_resolution_that_cannot_be_saved_raises_and_is_never_called_a_state_change(
    setting: OrdersSetting, monkeypatch
):
    # A locked, full or read-only database is an error to show, not "no longer unknown".
    from core.store import StoreReadOnly

    s = setting
    local_id = s.unknown("https://x.test/locked")

    def locked(*_args, **_kwargs):
        raise StoreReadOnly("the data file is open for viewing only")

    monkeypatch.setattr(s.journal, "_transition", locked)
    with pytest.raises(StoreReadOnly):
        record_not_placed(s.journal, local_id, "Not on the panel")
    with pytest.raises(StoreReadOnly):
        record_found(s.journal, local_id, "5", None)
    assert s.journal.get(local_id).state == "unknown"

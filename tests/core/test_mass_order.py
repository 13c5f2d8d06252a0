"""Mass orders: `service_id|link|quantity` lines, checked against the catalogue line by line."""

from __future__ import annotations

from decimal import Decimal

from core.catalog import ServiceCatalog
from core.drafts import OrderDraft, build_params
from core.mass_order import parse_mass_order
from core.models import Service


def catalog() -> ServiceCatalog:
    return ServiceCatalog(
        [
            Service("1", "Likes", "IG", "Default", Decimal("2"), 10, 1000),
            Service("2", "Views", "TT", "default", Decimal("0.5"), 100, 100000, dripfeed=True),
            Service("3", "Comments", "IG", "Custom Comments", Decimal("9"), 1, 10),
            Service("4", "Odd", "IG", "Brand New", Decimal("1"), 1, 100),
            Service("5", "Paused", "IG", "Default", Decimal("1"), 1000, 500),
            Service("6", "No price", "IG", "Default", None, 1, 100),
        ]
    )


MIXED = """\
1|https://instagram.com/p/a|100

2 | https://tiktok.com/@x/video/1 | 2000
1|https://instagram.com/p/b|5
99|https://x.com/y|100
3|https://instagram.com/p/c|5
not a line
1|instagram.com/p/d|100
4|https://example.com/a?x=1|y|50
5|https://example.com|700
1|https://instagram.com/p/e|lots
"""


def test_mixed_good_and_bad_lines_each_error_names_its_line() -> None:
    order = parse_mass_order(MIXED, catalog())
    assert [ln.line_no for ln in order.lines] == [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    got = {ln.line_no: [e.code for e in ln.errors if e.blocking] for ln in order.lines}
    assert got == {
        1: [],
        3: [],
        4: ["out_of_range"],
        5: ["unknown_service"],
        6: ["mass_unsupported_type"],
        7: ["bad_format"],
        8: ["not_url"],
        9: [],
        10: ["not_orderable"],
        11: ["not_integer"],
    }
    for err in order.errors:
        assert err.line is not None
        assert err.message.startswith(f"Line {err.line}: ")
    assert not order.ok


def test_good_lines_become_drafts_with_exact_params() -> None:
    order = parse_mass_order(MIXED, catalog())
    params = [build_params(d) for d in order.drafts]
    assert params == [
        {"service": "1", "link": "https://instagram.com/p/a", "quantity": "100"},
        {"service": "2", "link": "https://tiktok.com/@x/video/1", "quantity": "2000"},
        {"service": "4", "link": "https://example.com/a?x=1|y", "quantity": "50"},
    ]
    # the unknown type is orderable but warned about, on its line
    [warning] = [e for e in order.errors if e.line == 9]
    assert (warning.code, warning.severity) == ("unknown_type", "warning")


def test_total_sums_good_lines() -> None:
    order = parse_mass_order(MIXED, catalog())
    # 2 x 100/1000 + 0.5 x 2000/1000 + 1 x 50/1000
    assert order.total == Decimal("0.2") + Decimal("1") + Decimal("0.05")
    assert order.total_complete


def test_items_pairs_line_numbers_with_draft_or_errors() -> None:
    items = parse_mass_order("1|https://a.example|10\n\n1|https://a.example|1\n", catalog()).items()
    assert [n for n, _ in items] == [1, 3]
    assert isinstance(items[0][1], OrderDraft)
    assert [e.code for e in items[1][1]] == ["out_of_range"]


def test_all_good_and_blank_input() -> None:
    order = parse_mass_order(
        "\r\n1|https://a.example|10\r\n\r\n2|https://b.example|100\r\n", catalog()
    )
    assert order.ok and len(order.drafts) == 2
    assert order.total == Decimal("0.07")
    empty = parse_mass_order("\n  \n\t\n", catalog())
    assert empty.lines == [] and not empty.ok and empty.total == 0


def test_missing_rate_makes_total_incomplete() -> None:
    order = parse_mass_order("6|https://a.example|10\n1|https://a.example|10", catalog())
    assert order.ok and not order.total_complete
    assert order.total == Decimal("0.02")


def test_a_line_whose_link_is_on_another_platform_is_warned_not_stopped() -> None:
    services = ServiceCatalog(
        [Service("1", "Instagram Followers", "Instagram", "Default", Decimal("2"), 10, 1000)]
    )
    order = parse_mass_order(
        "1|https://instagram.com/someone|100\n1|https://t.me/somechannel|100\n", services
    )
    assert [[e.code for e in line.errors] for line in order.lines] == [[], ["link_other_platform"]]
    assert order.ok and not order.lines[1].errors[0].blocking
    assert order.lines[1].errors[0].message.startswith("Line 2: This link is on telegram")


def test_an_id_and_a_quantity_typed_in_persian_digits_are_the_panels() -> None:
    order = parse_mass_order(
        "۱|https://instagram.com/p/a|۱۰۰\n٢|https://tiktok.com/@x|٢٠٠٠\n", catalog()
    )
    assert [ln.draft.service.id for ln in order.lines] == ["1", "2"]
    assert [build_params(ln.draft)["quantity"] for ln in order.lines] == ["100", "2000"]
    assert order.ok

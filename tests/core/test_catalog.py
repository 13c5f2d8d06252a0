"""ServiceCatalog: lookups by id, categories in the panel's order, prepared search text."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from core.answers import parse_services
from core.catalog import ServiceCatalog
from core.local_panel import default_services
from core.models import Service
from core.service_types import type_for_name
from tests.locations import REALDATA


def svc(sid: str, name: str, category: str, type_name: str = "Default") -> Service:
    return Service(sid, name, category, type_name, Decimal("1"), 1, 100)


@pytest.fixture
def catalog() -> ServiceCatalog:
    return ServiceCatalog(
        [
            svc("10", "Instagram Followers 𝗣𝗿𝗲𝗺𝗶𝘂𝗺", "Instagram"),
            svc("3", "TikTok Views", "TikTok"),
            svc("7", "Instagram Likes", "Instagram"),
            svc("42", "Auto Likes", "Instagram Auto", "Subscriptions"),
            svc("5", "Story Something", "Instagram", "Brand New Type"),
            svc("8", "Google Traffic", "Website", "web_traffic"),
        ]
    )


def test_by_id_accepts_int_and_padded_strings(catalog: ServiceCatalog) -> None:
    assert catalog.by_id("7").name == "Instagram Likes"
    assert catalog.by_id(7).name == "Instagram Likes"
    assert catalog.by_id(" 42 ").type == "Subscriptions"
    assert catalog.by_id("99") is None
    assert "3" in catalog and 99 not in catalog and None not in catalog
    assert len(catalog) == 6


def test_categories_in_first_seen_order(catalog: ServiceCatalog) -> None:
    assert catalog.categories == ["Instagram", "TikTok", "Instagram Auto", "Website"]
    assert [s.id for s in catalog.in_category("Instagram")] == ["10", "7", "5"]
    assert catalog.in_category("nope") == []


@pytest.mark.parametrize(
    "words,ids",
    [
        ("", ["10", "3", "7", "42", "5", "8"]),
        ("instagram", ["10", "7", "42", "5"]),
        ("INSTAGRAM likes", ["7", "42"]),
        ("premium", ["10"]),  # math-bold letters fold under NFKC
        ("42", ["42"]),  # ids are searchable
        ("auto", ["42"]),  # so are categories
        ("tiktok zzz", []),
        (["likes", "auto"], ["42"]),
    ],
)
def test_filter_all_words_any_case(catalog: ServiceCatalog, words, ids) -> None:
    assert [s.id for s in catalog.filter(words)] == ids
    positions = catalog.filter_indices(words)
    assert [catalog.services[i].id for i in positions] == ids


def test_filter_within_a_category(catalog: ServiceCatalog) -> None:
    assert [s.id for s in catalog.filter("likes", category="Instagram")] == ["7"]


def test_search_text_prepared_once(catalog: ServiceCatalog) -> None:
    assert catalog.search_text_of(0) == "10 instagram followers premium instagram"


def test_types_present_and_unknown_names(catalog: ServiceCatalog) -> None:
    keys = [t.key for t in catalog.types_present]
    assert keys == ["default", "subscriptions", "", "web traffic"]
    assert catalog.unknown_type_names == ["Brand New Type"]


def test_duplicate_id_keeps_first() -> None:
    cat = ServiceCatalog([svc("1", "first", "a"), svc("1", "second", "a")])
    assert cat.by_id("1").name == "first"


def test_local_panel_catalogue_covers_every_type() -> None:
    cat = ServiceCatalog(parse_services(default_services()))
    known = {t.key for t in cat.types_present if t.known}
    assert len(known) == 17
    assert cat.unknown_type_names == ["Story Poll Custom"]
    assert all(type_for_name(t).key in known for t in ("default", "custom_comments"))


def _load(name: str):
    path = REALDATA / name
    if not path.is_file():
        pytest.skip(f"real panel data not found at {path}")
    return json.loads(path.read_text(encoding="utf-8-sig"))


def test_real_catalogue_smmwiz() -> None:
    cat = ServiceCatalog(parse_services(_load("smmwiz_services.json")))
    assert len(cat) == 7230
    assert len(cat.categories) == 658
    assert cat.unknown_type_names == []
    hits = cat.filter("instagram followers")
    assert hits and all("instagram" in cat.search_text_of(cat.services.index(h)) for h in hits[:20])


def test_real_catalogue_topsmm_uz_keeps_min_over_max_service() -> None:
    cat = ServiceCatalog(parse_services(_load("topsmm_uz_services_data.json")))
    assert cat.by_id(370) is not None and not cat.by_id("370").orderable


def test_persian_digits_and_letter_forms_are_searched_as_typed():
    services = [
        Service("123", "فالوور اینستاگرام", "سرويس‌هاي ويژه", "Default", None, 1, 10),
        Service("7", "Likes", "Other", "Default", None, 1, 10),
    ]
    catalog = ServiceCatalog(services)
    assert [s.id for s in catalog.filter("۱۲۳")] == ["123"]
    assert [s.id for s in catalog.filter("سرویسهای ویژه")] == ["123"]  # ی/ي and ZWNJ folded


def test_search_texts_folded_once_whoever_asks_first() -> None:
    # Folded when first asked for (the Services tab asks on its worker after showing the
    # table); threads asking together get the one list, folded as each text alone would be.
    from concurrent.futures import ThreadPoolExecutor

    from core.models import search_text

    services = [svc(str(i), f"Ｌｉｋｅｓ ۱۲ #{i}", f"Cat {i % 7}") for i in range(2_000)]
    catalog = ServiceCatalog(services)
    with ThreadPoolExecutor(4) as pool:
        lists = list(pool.map(lambda _n: catalog.search_texts, range(8)))
    assert all(texts is lists[0] for texts in lists)
    assert lists[0] == [search_text(s.id, s.name, s.category) for s in services]
    assert catalog.filter("likes 12 cat 3")[0].id == "3"

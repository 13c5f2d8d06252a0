"""Every platform, delivered thing and target core.market can read has words in the app, in
English and in Persian; refill and variants are worded, numbers in the reader's digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from core.market import REFILL_LIFETIME, Delivered, Offer, Platform, Target, Trait
from ui.common import formatting, i18n
from ui.common.platform_names import PLATFORMS
from ui.market.offer_words import (
    DELIVERED,
    TARGETS,
    TRAITS,
    key_text,
    offer_title,
    promises_text,
    refill_word,
    variant_word,
)


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    yield
    installed.uninstall()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install_language(qapp, i18n.ENGLISH, formatting.GREGORIAN)
    yield
    installed.uninstall()


@pytest.mark.parametrize(
    "enum,table",
    [(Platform, PLATFORMS), (Delivered, DELIVERED), (Target, TARGETS), (Trait, TRAITS)],
)
def test_every_code_core_market_reads_has_words(enum, table):
    assert [member.value for member in enum if member.value not in table] == []


def test_english_words(english):
    offer = Offer(Platform.INSTAGRAM, Delivered.FOLLOWERS, Target.ACCOUNT, shape="default")
    assert offer_title(offer) == "Instagram followers · account"
    assert offer_title(Offer(Platform.TIKTOK, Delivered.LIKES, shape="package")) == (
        "TikTok likes · Package"
    )
    assert offer_title(Offer()) == ""
    assert refill_word(None) == "" and refill_word(0) == "no refill"
    assert refill_word(30) == "30 days" and refill_word(REFILL_LIFETIME) == "lifetime"
    assert variant_word("female+from:google") == "female, from Google"
    promised = Offer(traits=frozenset({Trait.REAL, Trait.NON_DROP}), speed_per_day=5000,
                     start_minutes=60)  # fmt: skip
    assert promises_text(promised) == "non-drop · real · 5,000/day · starts within 1 hour"
    assert promises_text(Offer(start_minutes=0)) == "instant start"
    assert promises_text(Offer(start_minutes=30)) == "starts within 30 min"
    assert promises_text(Offer()) == ""


def test_persian_words_and_digits(persian):
    offer = Offer(Platform.INSTAGRAM, Delivered.FOLLOWERS, Target.ACCOUNT, shape="default")
    assert offer_title(offer) == "فالوور اینستاگرام · حساب"
    assert refill_word(30) == "۳۰ روز"
    assert variant_word("30min") == "۳۰ دقیقه"


def test_a_groups_key_is_said_field_by_field_unstated_ones_as_such(english):
    offer = Offer(Platform.INSTAGRAM, Delivered.LIKES, Target.POST, shape="default")
    assert key_text(offer) == (
        "Grouped as one offer: platform Instagram; delivered likes; on post; "
        "audience not stated; order form Default"
    )
    assert key_text(Offer(Platform.INSTAGRAM)).startswith("Not grouped")

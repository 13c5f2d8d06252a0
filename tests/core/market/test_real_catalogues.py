"""The five real panels' catalogues (../shared/realdata, about 14,000 services) grouped.

The invariants are checked on the services' own words, not on the offers the grouping made:
a group of followers holds no name that speaks of likes only, and so on.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from core.market import Delivered, MarketGroup, Target, describe, group_offers, same_offer
from core.market.catalogue_files import load_catalogues
from core.market.reading import fold
from tests.locations import REALDATA

pytestmark = pytest.mark.skipif(
    not any(REALDATA.glob("*services*.json")), reason=f"real panel answers not found at {REALDATA}"
)


@cache
def _groups() -> tuple[MarketGroup, ...]:
    return tuple(group_offers(load_catalogues(REALDATA)))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(text)))


def _keyed() -> list[MarketGroup]:
    return [g for g in _groups() if g.key is not None]


def test_every_service_is_in_exactly_one_group():
    catalogues = load_catalogues(REALDATA)
    placed = [(e.profile_id, e.service.id) for g in _groups() for e in g.entries]
    assert len(placed) == len(set(placed)) == sum(len(s) for _, _, s in catalogues)


def test_members_of_a_group_are_the_same_offer_and_groups_differ():
    keys = set()
    for group in _keyed():
        first = group.entries[0].offer
        assert all(same_offer(first, e.offer) for e in group.entries)
        assert group.key not in keys
        keys.add(group.key)


def test_most_services_are_understood():
    offers = [e.offer for g in _groups() for e in g.entries]
    known = sum(1 for o in offers if o.platform is not None and o.delivered is not None)
    share = known / len(offers)
    print(f"platform and delivered known for {share:.1%} of {len(offers)} real services")
    assert share >= 0.88


FOLLOW = {"followers", "follower", "follow", "obunachi", "subscribers", "members", "subs"}
LIKE = {"likes", "like"}
STORY = {"story", "stories", "istorya", "hikoyalarga"}


def test_followers_never_with_likes():
    for group in _keyed():
        if group.offer.delivered is Delivered.FOLLOWERS:
            for entry in group.entries:
                words = _words(entry.service.name)
                assert not (words & LIKE and not words & FOLLOW), entry.service.name
        if group.offer.delivered is Delivered.LIKES:
            for entry in group.entries:
                words = _words(entry.service.name)
                assert not (words & FOLLOW and not words & LIKE), entry.service.name


def test_comment_likes_never_with_post_likes():
    for group in _keyed():
        if group.offer.delivered is not Delivered.LIKES:
            continue
        on_comments = {
            "comment" in fold(e.service.name) or e.service.type_key == "comment likes"
            for e in group.entries
        }
        assert len(on_comments) == 1, [e.service.name for e in group.entries]
        assert on_comments == {group.offer.target is Target.COMMENT}


def test_story_views_never_with_other_views():
    for group in _keyed():
        if group.offer.delivered is not Delivered.VIEWS:
            continue
        for entry in group.entries:
            says_story = bool(_words(entry.service.name) & STORY)
            if group.offer.target is Target.STORY:
                text = _words(entry.service.name + " " + entry.service.category)
                assert text & STORY, entry.service.name
            else:
                assert not says_story, entry.service.name


COUNTRY_WORDS = {"iran", "iranian", "usa", "india", "indian", "brazil", "turkey", "arab"}


def test_a_group_without_an_audience_holds_no_name_that_states_one():
    for group in _keyed():
        if group.offer.audience is not None:
            continue
        for entry in group.entries:
            name = entry.service.name
            assert not _words(name) & COUNTRY_WORDS, name
            assert not re.search("[\U0001f1e6-\U0001f1ff]{2}", name), name
            assert not _words(name) & {"worldwide", "ww", "global"}, name


def test_groups_never_mix_platform_words():
    platforms = {"instagram", "tiktok", "youtube", "telegram", "facebook", "twitter", "spotify"}
    for group in _keyed():
        if group.offer.platform.value not in platforms:
            continue
        for entry in group.entries:
            # "Social Shares from Facebook": a source, not the platform
            name = re.sub(r"\bfrom \w+", "", fold(entry.service.name))
            named = _words(name) & platforms
            assert named <= {group.offer.platform.value}, entry.service.name


def _entry(groups: tuple[MarketGroup, ...], panel: str, service_id: str):
    for group in groups:
        for entry in group.entries:
            if entry.profile_name.startswith(panel) and entry.service.id == service_id:
                return group, entry
    pytest.skip(f"service {service_id} of {panel} not in the real data")


# Pairs a reader recognises as the same offer on two panels, worded differently.
KNOWN_PAIRS = [
    # "Instagram USA Likes [No Drop] [R30]" / "Instagram ❤️ Yoqtirishlar AQSH" (Uzbek)
    (("smmwiz", "18627"), ("topsmm_uz", "258")),
    # "Instagram ARAB Followers [ AR30 - 100% Real ]" / "Instagram Arab 👥Obunachilar ..."
    (("smmwiz", "7421"), ("topsmm_uz", "235")),
    # "Youtube Short Views [No Drop] [Lifetime Guaranteed]" / "YouTube Shorts Views 🎬 | ..."
    (("smmwiz", "17096"), ("topsmm_in", "4140")),
    # "Tiktok Live Stream Views - 150 Minutes" / "TikTok Live Stream Views | ... | 150 Minutes"
    (("unknown_panel", "1031"), ("topsmm_in", "4813")),
    # "Twitter Comments [RANDOM] [100] [BRAZIL]" / "Twitter Random Comments | Brazil 🇧🇷 | ..."
    (("smmwiz", "8406"), ("vtechsmm", "7234")),
    # "Facebook Live Stream Views - [ Stay 1 Hour ]" / "... Stay Time: 60 Minutes 🕒"
    (("smmwiz", "8303"), ("topsmm_in", "4860")),
    # "India Traffic from Quora" / "India Traffic Website from Quora"
    (("smmwiz", "10571"), ("topsmm_in", "4940")),
]

# Pairs that look alike and are not the same offer.
KNOWN_APART = [
    # a 15-minute live stream and a 240-minute one
    (("smmwiz", "20077"), ("smmwiz", "20083")),
    # "Instagram Story Votes [... First Answer - 1]" / "[... Second Answer - 2]"
    (("vtechsmm", "7937"), ("vtechsmm", "7938")),
    # Spotify plays for Andorra and untargeted Spotify plays
    (("unknown_panel", "1955"), ("topsmm_in", "4248")),
]


@pytest.mark.parametrize("first,second", KNOWN_PAIRS)
def test_known_cross_panel_pairs_group(first, second):
    groups = _groups()
    group_a, entry_a = _entry(groups, *first)
    group_b, entry_b = _entry(groups, *second)
    assert group_a is group_b, (entry_a.service.name, entry_b.service.name)
    assert group_a.key is not None


@pytest.mark.parametrize("first,second", KNOWN_APART)
def test_known_look_alikes_stay_apart(first, second):
    groups = _groups()
    _, entry_a = _entry(groups, *first)
    _, entry_b = _entry(groups, *second)
    assert not same_offer(entry_a.offer, entry_b.offer)
    assert not same_offer(describe(entry_a.service), describe(entry_b.service))

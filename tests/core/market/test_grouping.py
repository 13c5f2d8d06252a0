"""same_offer and group_offers on hand-written catalogues: what must never group, what must."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.market import describe, group_offers, offer_key, same_offer
from core.models import Service


def svc(sid: str, name: str, category: str = "", type_name: str = "Default") -> Service:
    return Service(sid, name, category, type_name, Decimal("1.5"), 10, 1000)


def same(a: str, b: str, type_a: str = "Default", type_b: str = "Default") -> bool:
    return same_offer(describe(svc("1", a, "", type_a)), describe(svc("2", b, "", type_b)))


@pytest.mark.parametrize(
    "a,b",
    [
        # Followers never with Likes
        ("Instagram Followers", "Instagram Likes"),
        ("فالوور اینستاگرام", "لایک اینستاگرام"),
        # Post likes never with Comment likes
        ("Instagram Post Likes", "Instagram Comment Likes"),
        ("Instagram Likes", "Instagram Likes on Comments"),
        ("لایک پست اینستاگرام", "لایک کامنت اینستاگرام"),
        # Story views never with Video views, nor Reel views
        ("Instagram Story Views", "Instagram Video Views"),
        ("Instagram Story Views", "Instagram Reel Views"),
        ("Instagram Story Views", "Instagram Views"),
        ("بازدید استوری اینستاگرام", "بازدید ویدیو اینستاگرام"),
        ("Telegram Story Views", "Telegram Post Views"),
        ("TikTok Live Views", "TikTok Video Views"),
        # Iranian never with worldwide or unstated; unstated never with worldwide
        ("فالوور ایرانی اینستاگرام", "Instagram Followers [Worldwide]"),
        ("فالوور ایرانی اینستاگرام", "Instagram Followers"),
        ("Instagram Followers [Iranian]", "فالوور خارجی اینستاگرام"),
        ("Instagram Followers", "Instagram Followers [Worldwide]"),
        ("Instagram Likes [USA]", "Instagram Likes [Europe]"),
        ("Instagram Likes [USA]", "Instagram Likes [EU/USA]"),
        # different platforms, targets, kinds
        ("Instagram Followers", "TikTok Followers"),
        ("Telegram Channel Members", "Telegram Group Members"),
        ("Facebook Page Likes", "Facebook Post Likes"),
        ("YouTube Shorts Views", "YouTube Video Views"),
        ("Spotify Playlist Followers", "Spotify Artist Followers"),
        ("Instagram Followers [Female]", "Instagram Followers"),
        ("Facebook Post Reaction [Love]", "Facebook Post Reaction [Haha]"),
        ("Telegram Reaction [👍]", "Telegram Reaction [👎]"),
        ("YouTube Live Stream Views [60 Minutes]", "YouTube Live Stream Views [120 Minutes]"),
        ("USA Traffic from Quora", "USA Traffic from Facebook"),
        ("Facebook Video/Reel Views", "Facebook Video Views"),
        ("Telegram Premium Members", "Telegram Members"),
        (
            "Whatsapp Channel Post Emoji Reactions [ 👍 ]",
            "Whatsapp Channel Post Emoji Reactions [ ❤️ ]",
        ),
        ("Clubhouse Room Visitors [10 Minutes]", "Clubhouse Room Visitors [30 Minutes]"),
        ("Canada Traffic from Google Search", "Real Canada Website Visitors"),
        ("Instagram Profile Visits", "Instagram Impressions + Reach + Profile Visits"),
        ("LinkedIn Reaction | Support", "LinkedIn Reaction | Insightful"),
        ("Instagram Impressions [Home]", "Instagram Impressions [Explore]"),
        ("UK Traffic from BBC.co.uk", "UK Traffic from Theguardian.com"),
        ("UK Traffic from BBC.co.uk", "Real UK Website Visitors"),
        ("YouTube Native Ads Views", "YouTube Views"),
        ("LinkedIn Company Followers", "LinkedIn Profile Followers"),
        ("LinkedIn Company Followers", "LinkedIn Followers"),
        ("Facebook Page Followers [India]", "Facebook Profile Followers [India]"),
        ("Spotify Followers [Podcast - Show]", "Spotify Followers"),
        ("Gambling Niche Traffic from USA", "Crypto Niche Traffic from USA"),
        ("Website Traffic From Live.com", "Website Traffic"),
        ("DatPiff Profile Views", "DatPiff Profile Views"),  # a platform not known here
        ("TG Post Views [Last 5 Post]", "Telegram Post Views"),
        ("TG Post Views [Last 5 Post]", "TG Post Views [Last 10 Post]"),
        ("Telegram Views [Future 10 Posts]", "TG Post Views [Last 10 Post]"),
        ("Instagram SPLIT Likes | Last 10 posts", "Instagram Likes"),
        # unknown never groups, not even with the same unknown
        ("Premium Service 1", "Premium Service 1"),
        ("Instagram Followers + Likes", "Instagram Followers + Likes"),
    ],
)
def test_never_the_same_offer(a, b):
    assert not same(a, b)


def test_a_different_order_form_is_a_different_offer():
    assert not same("Instagram Comments", "Instagram Custom Comments", "Default", "Custom Comments")
    assert not same("Instagram Followers", "Instagram Followers", "Default", "Package")


@pytest.mark.parametrize(
    "a,b",
    [
        ("Instagram Followers", "IG Followers | Real | Non Drop"),
        ("Instagram Followers [30 Days Refill]", "Instagram Followers [No Refill]"),
        ("Instagram Followers [R30] 10K/Day", "فالوور اینستاگرام | ریفیل ۳۶۵ روزه"),
        ("Instagram Likes", "لایک اینستاگرام"),
        ("Instagram Likes", "Instagram Post Likes"),
        ("Instagram Likes [Iranian]", "لایک ایرانی اینستاگرام"),
        ("🇮🇳 Instagram Likes", "Instagram Indian Likes"),
        ("Instagram Story Views", "بازدید استوری اینستاگرام"),
        ("Instagram Reel Views", "Instagram Video Views"),  # every Instagram video is a reel
        ("TikTok Views", "Tiktok Video Views [HQ]"),
        ("Telegram Channel Members", "ممبر کانال تلگرام"),
        ("Telegram Members", "Telegram Subscribers"),
        ("Twitter Followers", "X Followers"),
        ("Twitter Tweet Views", "Twitter Views"),
        ("YouTube Subscribers", "سابسکرایبر یوتیوب"),
        ("Instagram Comment Likes", "لایک کامنت اینستاگرام"),
        ("Facebook Live Stream Views [60 Minutes]", "Facebook Live Viewers [Stay 1 Hour]"),
        ("Instagram Followers [Worldwide]", "Instagram Followers WW"),
        ("Indonesia Traffic from Twitch.tv", "Indonesia Traffic from Twitch"),
        ("Japan Traffic from VK.com", "Japan Traffic from VK"),
        ("LinkedIn Company Page Followers", "LinkedIn Company Followers"),
        ("Tiktok Likes [0 Drop Last 60 Days]", "TikTok Likes"),  # 60 days are no posts
        ("Telegram Views [Last 5 Posts]", "Telegram Oxirgi 5 ta postga ko'rishlar"),
        ("Facebook Profile/Page Followers", "Facebook Followers"),
    ],
)
def test_obvious_equivalents_are_the_same_offer(a, b):
    assert same(a, b)


def test_group_offers_puts_each_service_in_one_group():
    panel_a = [
        svc("1", "Instagram Followers [30 Days Refill]"),
        svc("2", "Instagram Likes"),
        svc("3", "Something nobody can read"),
    ]
    panel_b = [
        svc("10", "IG Followers | No Refill"),
        svc("11", "Instagram Likes", "Instagram Followers"),
        svc("12", "Instagram Story Views"),
        svc("13", "Something nobody can read"),
    ]
    groups = group_offers([(1, "Panel A", panel_a), (2, "Panel B", panel_b)])

    placed = [(e.profile_id, e.service.id) for g in groups for e in g.entries]
    assert sorted(placed) == [
        (1, "1"),
        (1, "2"),
        (1, "3"),
        (2, "10"),
        (2, "11"),
        (2, "12"),
        (2, "13"),
    ]
    by_first = {g.entries[0].service.id: g for g in groups}
    followers = by_first["1"]
    assert [(e.profile_name, e.service.id) for e in followers.entries] == [
        ("Panel A", "1"),
        ("Panel B", "10"),
    ]
    assert followers.panel_count == 2 and followers.profile_ids == {1, 2}
    # refill is per entry and not in the shared offer
    assert [e.offer.refill_days for e in followers.entries] == [30, 0]
    assert followers.offer.refill_days is None
    assert followers.key == offer_key(followers.entries[0].offer)
    assert [e.service.id for e in by_first["2"].entries] == ["2", "11"]
    assert by_first["12"].panel_count == 1
    # the unreadable ones stand alone, even with the same name
    assert by_first["3"].key is None and len(by_first["3"].entries) == 1
    assert by_first["13"].key is None and len(by_first["13"].entries) == 1
    # groups in the order their first service appears
    assert [g.entries[0].service.id for g in groups] == ["1", "2", "3", "12", "13"]


def test_group_offers_of_nothing_is_empty():
    assert group_offers([]) == []
    assert group_offers([(1, "Empty", [])]) == []

"""Service catalogues for the local panel: a hand-made one covering every type, and a generator."""

from __future__ import annotations

import random
from typing import Any

#: Ids in `default_services()` that tests pick by meaning.
SERVICE_DEFAULT_DRIPFEED = 1  # Default, dripfeed + refill + cancel
SERVICE_DEFAULT = 2  # Default, no dripfeed/refill/cancel
SERVICE_DEFAULT_PERSIAN = 3  # Default, Persian name, flags as "1"/0
SERVICE_PACKAGE = 4
SERVICE_SEO = 5
SERVICE_CUSTOM_COMMENTS = 6
SERVICE_CUSTOM_COMMENTS_PACKAGE = 7
SERVICE_MENTIONS = 8
SERVICE_MENTIONS_HASHTAGS = 9
SERVICE_MENTIONS_CUSTOM_LIST = 10
SERVICE_MENTIONS_HASHTAG = 11
SERVICE_MENTIONS_USER_FOLLOWERS = 12
SERVICE_MENTIONS_MEDIA_LIKERS = 13
SERVICE_COMMENT_LIKES = 14
SERVICE_COMMENT_REPLIES = 15
SERVICE_POLL = 16
SERVICE_INVITES = 17
SERVICE_SUBSCRIPTIONS = 18
SERVICE_WEB_TRAFFIC = 19
SERVICE_UNKNOWN_TYPE = 20
SERVICE_STRING_ID = "21"  # id sent as a string, lower-case type name
SERVICE_MIN_OVER_MAX = 22  # min > max: not orderable, as on one real panel
SERVICE_CANCEL_ONLY = 23  # Default with cancel but no refill


def _svc(
    sid: int | str,
    type_: str,
    name: str,
    category: str,
    rate: str,
    min_: int | str,
    max_: int | str,
    dripfeed: Any = False,
    refill: Any = False,
    cancel: Any = False,
    **extra: Any,
) -> dict[str, Any]:
    item = {
        "service": sid,
        "name": name,
        "type": type_,
        "rate": rate,
        "min": min_,
        "max": max_,
        "dripfeed": dripfeed,
        "refill": refill,
        "cancel": cancel,
        "category": category,
    }
    item.update(extra)
    return item


def default_services() -> list[dict[str, Any]]:
    """A small catalogue with one service of every type (docs/protocol.md, section 4), shaped
    like real answers."""
    ig = "Instagram Followers ♛ [ Real &amp; Active ]"
    return [
        _svc(
            SERVICE_DEFAULT_DRIPFEED,
            "Default",
            "Instagram Followers [Refill 30D] ♻️ [Max 50K] &quot;HQ&quot;",
            ig,
            "0.9500",
            "100",
            50000,
            True,
            True,
            True,
            desc="Start: 0-1 hour\r\nSpeed: 5K/day\r\nRefill: 30 days",
            average_time=95,  # minutes, as some panels send it; 0 where they have no figure
        ),
        _svc(
            SERVICE_DEFAULT,
            "Default",
            "Instagram Likes [Max 100K] ⚡ Instant",
            "Instagram Likes ❤️",
            "0.12345",
            10,
            "100000",
            average_time=0,
        ),
        _svc(
            SERVICE_DEFAULT_PERSIAN,
            "Default",
            "لایک اینستاگرام ایرانی [سرعت بالا] 🇮🇷",
            "اینستاگرام ایرانی 🇮🇷",
            "1.25000",
            50,
            10000,
            "1",
            0,
            "1",
        ),
        _svc(
            SERVICE_PACKAGE,
            "Package",
            "YouTube Starter Package &quot;1K Subs + 4K Hours&quot;",
            "YouTube Packages 📦",
            "45.0000",
            1,
            1,
        ),
        _svc(
            SERVICE_SEO,
            "SEO",
            "Google SEO Keyword Backlinks [DA 50+]",
            "SEO &amp; Backlinks",
            "3.5000",
            100,
            5000,
        ),
        _svc(
            SERVICE_CUSTOM_COMMENTS,
            "Custom Comments",
            "Instagram Custom Comments [Real] 💬",
            "Instagram Comments",
            "12.5000",
            "5",
            1000,
            False,
            False,
            True,
        ),
        _svc(
            SERVICE_CUSTOM_COMMENTS_PACKAGE,
            "Custom Comments Package",
            "Instagram Custom Comments Package [5 Comments]",
            "Instagram Comments",
            "2.0000",
            5,
            5,
        ),
        _svc(
            SERVICE_MENTIONS,
            "Mentions",
            "Instagram Mentions [Custom Usernames]",
            "Instagram Mentions",
            "1.8000",
            100,
            20000,
        ),
        _svc(
            SERVICE_MENTIONS_HASHTAGS,
            "Mentions with Hashtags",
            "Instagram Mentions + Hashtags #️⃣",
            "Instagram Mentions",
            "2.2500",
            100,
            20000,
        ),
        _svc(
            SERVICE_MENTIONS_CUSTOM_LIST,
            "Mentions Custom List",
            "Instagram Mentions [Your List]",
            "Instagram Mentions",
            "3.0000",
            10,
            5000,
        ),
        _svc(
            SERVICE_MENTIONS_HASHTAG,
            "Mentions Hashtag",
            "Instagram Mentions [Users From Hashtag]",
            "Instagram Mentions",
            "1.9000",
            100,
            50000,
        ),
        _svc(
            SERVICE_MENTIONS_USER_FOLLOWERS,
            "Mentions User Followers",
            "Instagram Mentions [Followers Of A User]",
            "Instagram Mentions",
            "1.9500",
            "100",
            "50000",
        ),
        _svc(
            SERVICE_MENTIONS_MEDIA_LIKERS,
            "Mentions Media Likers",
            "Instagram Mentions [Likers Of A Post]",
            "Instagram Mentions",
            "1.9900",
            100,
            50000,
        ),
        _svc(
            SERVICE_COMMENT_LIKES,
            "Comment Likes",
            "Instagram Comment Likes 👍",
            "Instagram Comments",
            "4.5000",
            20,
            10000,
            False,
            True,
            False,
        ),
        _svc(
            SERVICE_COMMENT_REPLIES,
            "Comment Replies",
            "Instagram Comment Replies [Custom]",
            "Instagram Comments",
            "15.0000",
            1,
            500,
        ),
        _svc(
            SERVICE_POLL,
            "Poll",
            "Telegram Poll Votes [Any Option] 🗳",
            " Telegram",
            "0.75000",
            50,
            100000,
        ),
        _svc(
            SERVICE_INVITES,
            "Invites from Groups",
            "Telegram Members [Invite From Groups]",
            " Telegram",
            "6.4000",
            100,
            30000,
        ),
        _svc(
            SERVICE_SUBSCRIPTIONS,
            "Subscriptions",
            "Instagram Auto Likes [Future Posts] 🔁",
            "Instagram Auto Services",
            "0.1500",
            50,
            5000,
            False,
            False,
            True,
        ),
        _svc(
            SERVICE_WEB_TRAFFIC,
            "Web Traffic",
            "Website Traffic [Worldwide] 🌍 [Google/Referrer]",
            "Website Traffic",
            "0.0350",
            500,
            1000000,
            True,
            False,
            False,
        ),
        _svc(
            SERVICE_UNKNOWN_TYPE,
            "Story Poll Custom",
            "Instagram Story Views [VIP] — new type",
            "Instagram Story ✨",
            "0.0250",
            100,
            100000,
        ),
        _svc(
            SERVICE_STRING_ID,
            "default",
            "TikTok Views [Fast] 🎵\t[Non-Drop]",
            "TikTok Views",
            "0.00450",
            "1000",
            2147483647,
        ),
        _svc(
            SERVICE_MIN_OVER_MAX,
            "Default",
            "TikTok Followers [Paused] &#039;Soon&#039;",
            "TikTok Followers",
            "2.1000",
            "1000",
            "500",
        ),
        _svc(
            SERVICE_CANCEL_ONLY,
            "Default",
            "فالوور اینستاگرام خارجی [کیفیت بالا]",
            "اینستاگرام ایرانی 🇮🇷",
            "1.80000",
            100,
            20000,
            0,
            0,
            1,
        ),
    ]


_PLATFORMS = (
    "Instagram",
    "TikTok",
    "YouTube",
    "Telegram",
    "Facebook",
    "Twitter/X",
    "Spotify",
    "Twitch",
    "Threads",
    "LinkedIn",
    "Discord",
    "SoundCloud",
    "Pinterest",
    "Snapchat",
    "اینستاگرام",
    "Kick",
    "Reddit",
    "Quora",
    "VK",
    "Website",
)
_KINDS = (
    "Followers",
    "Likes",
    "Views",
    "Comments",
    "Shares",
    "Saves",
    "Reach + Impressions",
    "Story Views",
    "Live Stream Views",
    "Subscribers",
    "Members",
    "Plays",
    "Reposts",
    "Votes",
)
_TAGS = (
    "[Refill 30D] ♻️",
    "[No Refill]",
    "[Max 1M]",
    "[Instant]",
    "[HQ &amp; Real]",
    "[Speed: 10K/day]",
    "🔥",
    "[Non-Drop]",
    "[Cheapest]",
    "[Start: 0-6h]",
    "🇮🇷 ایرانی",
    "[&quot;Premium&quot;]",
    "💎",
    "ᴺᴱᵂ",
)
_SERVERS = ("", " ✦ Server 1", " ✦ Server 2", " ✦ Server 3", " [Owner&#039;s Pick]")
# Mostly Default, like real catalogues; the rarer types still appear in large lists.
_TYPES = (
    ("Default", 80),
    ("Custom Comments", 5),
    ("Package", 3),
    ("Subscriptions", 3),
    ("Custom Comments Package", 2),
    ("Poll", 1),
    ("Comment Likes", 1),
    ("Mentions", 1),
    ("SEO", 1),
    ("Mentions with Hashtags", 1),
    ("Invites from Groups", 1),
    ("Web Traffic", 1),
)


def generate_services(n: int, seed: int = 0, start_id: int = 1) -> list[dict[str, Any]]:
    """`n` varied services over many categories, deterministic for a seed; fast enough for 50k."""
    rng = random.Random(seed)
    types = [t for t, weight in _TYPES for _ in range(weight)]
    categories = [
        f"{platform} {kind}{server}"
        for platform in _PLATFORMS
        for kind in _KINDS
        for server in _SERVERS
    ]
    out: list[dict[str, Any]] = []
    maxes = (1000, 5000, 10000, 50000, 100000, 1000000, 2147483647)
    for i in range(n):
        sid = start_id + i
        category = categories[(i // 25 + rng.randrange(3)) % len(categories)]
        type_ = rng.choice(types)
        name = f"{category.split(' ✦')[0]} {rng.choice(_TAGS)} {rng.choice(_TAGS)} #{sid}"
        low = rng.choice((10, 50, 100, 500, 1000))
        high = rng.choice(maxes)
        if type_ in ("Package", "Custom Comments Package"):
            low = high = 1 if type_ == "Package" else 5
        rate = f"{rng.uniform(0.001, 60):.{rng.choice((4, 5))}f}"
        flags = rng.random()
        item = {
            # Ids and bounds come as ints on some panels and strings on others.
            "service": sid if i % 3 else str(sid),
            "name": name,
            "type": type_,
            "rate": rate,
            "min": str(low) if i % 2 else low,
            "max": high,
            "dripfeed": type_ == "Default" and flags < 0.5,
            "refill": flags < 0.2 or (flags > 0.9 and i % 7 == 0),
            "cancel": flags < 0.6,
            "category": category,
        }
        out.append(item)
    return out

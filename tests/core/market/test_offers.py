"""describe(): hand-written names, English and Persian, read into offers; unknown stays None."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.market import REFILL_LIFETIME, Delivered, Platform, Target, Trait, describe
from core.models import Service


def svc(name: str, category: str = "", type_name: str = "Default") -> Service:
    return Service("1", name, category, type_name, Decimal("1"), 10, 1000)


def offer_of(name: str, category: str = "", type_name: str = "Default"):
    return describe(svc(name, category, type_name))


@pytest.mark.parametrize(
    "name,platform,delivered,target",
    [
        ("Instagram Followers", Platform.INSTAGRAM, Delivered.FOLLOWERS, Target.ACCOUNT),
        ("Instagram Likes", Platform.INSTAGRAM, Delivered.LIKES, Target.POST),
        ("Instagram Post Likes", Platform.INSTAGRAM, Delivered.LIKES, Target.POST),
        ("Instagram Comment Likes", Platform.INSTAGRAM, Delivered.LIKES, Target.COMMENT),
        ("IG Story Views", Platform.INSTAGRAM, Delivered.VIEWS, Target.STORY),
        ("Instagram Reels Views", Platform.INSTAGRAM, Delivered.VIEWS, Target.REEL),
        ("TikTok Video Views", Platform.TIKTOK, Delivered.VIEWS, Target.VIDEO),
        ("Tik Tok Views", Platform.TIKTOK, Delivered.VIEWS, Target.VIDEO),
        ("YouTube Shorts Likes", Platform.YOUTUBE, Delivered.LIKES, Target.SHORT),
        ("Youtube Live Stream Views", Platform.YOUTUBE, Delivered.VIEWS, Target.LIVE),
        ("Telegram Channel Members", Platform.TELEGRAM, Delivered.MEMBERS, Target.CHANNEL),
        ("Telegram Post Views", Platform.TELEGRAM, Delivered.VIEWS, Target.POST),
        ("Facebook Page Likes", Platform.FACEBOOK, Delivered.LIKES, Target.ACCOUNT),
        ("Twitter (X) | Followers", Platform.TWITTER, Delivered.FOLLOWERS, Target.ACCOUNT),
        ("X Followers [Real]", Platform.TWITTER, Delivered.FOLLOWERS, Target.ACCOUNT),
        ("Spotify Playlist Plays", Platform.SPOTIFY, Delivered.PLAYS, Target.PLAYLIST),
        ("Threads Likes", Platform.THREADS, Delivered.LIKES, Target.POST),
        ("Twitch Followers", Platform.TWITCH, Delivered.FOLLOWERS, Target.ACCOUNT),
        ("Discord Server Members", Platform.DISCORD, Delivered.MEMBERS, None),
        ("SoundCloud Plays", Platform.SOUNDCLOUD, Delivered.PLAYS, None),
        ("LinkedIn Connections", Platform.LINKEDIN, Delivered.CONNECTIONS, Target.ACCOUNT),
        ("Instagram Saves", Platform.INSTAGRAM, Delivered.SAVES, Target.POST),
        ("Instagram Impressions + Reach", Platform.INSTAGRAM, Delivered.IMPRESSIONS, None),
        ("YouTube Watch Time [4000 hours]", Platform.YOUTUBE, Delivered.WATCH_TIME, None),
        ("Reddit Upvotes", Platform.REDDIT, Delivered.VOTES, None),
        # Persian
        ("فالوور اینستاگرام", Platform.INSTAGRAM, Delivered.FOLLOWERS, Target.ACCOUNT),
        ("فالوئر اینستا", Platform.INSTAGRAM, Delivered.FOLLOWERS, Target.ACCOUNT),
        ("لایک اینستاگرام", Platform.INSTAGRAM, Delivered.LIKES, Target.POST),
        ("لایک کامنت اینستاگرام", Platform.INSTAGRAM, Delivered.LIKES, Target.COMMENT),
        ("بازدید استوری اینستاگرام", Platform.INSTAGRAM, Delivered.VIEWS, Target.STORY),
        ("ویو ریلز اینستاگرام", Platform.INSTAGRAM, Delivered.VIEWS, Target.REEL),
        ("کامنت اینستاگرام", Platform.INSTAGRAM, Delivered.COMMENTS, Target.POST),
        ("ممبر کانال تلگرام", Platform.TELEGRAM, Delivered.MEMBERS, Target.CHANNEL),
        ("بازدید پست تلگرام", Platform.TELEGRAM, Delivered.VIEWS, Target.POST),
        ("سابسکرایبر یوتیوب", Platform.YOUTUBE, Delivered.SUBSCRIBERS, Target.ACCOUNT),
        ("لایک‌های تیک تاک", Platform.TIKTOK, Delivered.LIKES, Target.VIDEO),
        ("سین پست تلگرام", Platform.TELEGRAM, Delivered.VIEWS, Target.POST),
        ("ممبر فیک گروه تلگرام", Platform.TELEGRAM, Delivered.MEMBERS, Target.GROUP),
        ("شیر پست اینستاگرام", Platform.INSTAGRAM, Delivered.SHARES, Target.POST),
        ("بازدید لایو اینستاگرام", Platform.INSTAGRAM, Delivered.VIEWS, Target.LIVE),
        ("ری اکشن پست تلگرام", Platform.TELEGRAM, Delivered.REACTIONS, Target.POST),
        ("فالوور تیک‌تاک", Platform.TIKTOK, Delivered.FOLLOWERS, Target.ACCOUNT),
    ],
)
def test_platform_delivered_and_target_are_read(name, platform, delivered, target):
    offer = offer_of(name)
    assert (offer.platform, offer.delivered, offer.target) == (platform, delivered, target)


def test_emoji_and_decorations_are_ignored():
    offer = offer_of("★ 𝗜𝗻𝘀𝘁𝗮𝗴𝗿𝗮𝗺 | 𝐅𝐨𝐥𝐥𝐨𝐰𝐞𝐫𝐬 ★ [ ♻️ 30D ] ⚡🔥 ᴺᴱᵂ")
    assert (offer.platform, offer.delivered, offer.refill_days) == (
        Platform.INSTAGRAM,
        Delivered.FOLLOWERS,
        30,
    )
    assert offer_of("ɪɢ Followers").platform is Platform.INSTAGRAM  # small capitals


def test_the_name_wins_over_a_disagreeing_category():
    # A real panel files "Instagram Likes" rows under a Followers category: they are likes.
    offer = offer_of("Instagram Likes [Real] [Instant]", "Instagram Followers")
    assert offer.delivered is Delivered.LIKES
    assert offer.target is Target.POST


def test_the_category_fills_what_the_name_leaves_unsaid():
    offer = offer_of("Followers [Max 1M] | 30 Days Refill", "Instagram Followers [Iranian]")
    assert (offer.platform, offer.delivered, offer.audience) == (
        Platform.INSTAGRAM,
        Delivered.FOLLOWERS,
        "ir",
    )
    # ... but not from a category about another platform
    offer = offer_of("TikTok Followers", "Instagram Story Views [USA]")
    assert (offer.platform, offer.delivered, offer.target, offer.audience) == (
        Platform.TIKTOK,
        Delivered.FOLLOWERS,
        Target.ACCOUNT,
        None,
    )


@pytest.mark.parametrize(
    "name",
    [
        "Premium Service 1",  # says nothing
        "wala kang jowa",  # a real panel's first service
        "Instagram / Facebook Likes",  # two platforms: which one is not said
        "Instagram Followers + Likes",  # a combo sells no one thing
        "All-in-one LinkedIn",
        "Spotify Combo [3K Plays 300 Saves 300 Followers]",
    ],
)
def test_what_the_name_does_not_say_stays_unknown(name):
    offer = offer_of(name)
    assert offer.platform is None or offer.delivered is None
    assert not offer.groupable


def test_a_thing_not_read_here_is_not_taken_from_the_category():
    # A Quote Tweet filed under "Twitter Followers" is no follower
    offer = offer_of("Twitter English Quote Tweet From Crypto Accounts", "Twitter Followers")
    assert offer.delivered is None and not offer.groupable
    assert offer_of("Followers [Max 1M]", "Twitter Followers").delivered is Delivered.FOLLOWERS


@pytest.mark.parametrize(
    "name,audience",
    [
        ("Instagram Followers", None),  # not stated is not worldwide
        ("Instagram Followers [Worldwide]", "worldwide"),
        ("Instagram Followers WW", "worldwide"),
        ("فالوور ایرانی اینستاگرام", "ir"),
        ("فالوور خارجی اینستاگرام", "foreign"),
        ("کامنت فارسی اینستاگرام", "ir"),
        ("لایک عربی اینستاگرام", "arab"),
        ("Instagram Likes [Iranian]", "ir"),
        ("🇺🇸 Instagram Likes", "us"),
        ("Instagram Likes [US]", "us"),
        ("Instagram Likes [Turkey]", "tr"),
        ("Instagram Indian Followers", "in"),
        ("Spotify Plays [Brazil]", "br"),
        ("Spotify Plays [Andorra]", "ad"),  # every country, not only the common ones
        ("Instagram Likes [Arab]", "arab"),
        ("Instagram Followers EU/USA", "europe+us"),
        ("Instagram Likes 🇪🇺", "europe"),
    ],
)
def test_audience_is_read_only_where_stated(name, audience):
    assert offer_of(name).audience == audience


@pytest.mark.parametrize(
    "name,days",
    [
        ("Instagram Followers", None),
        ("Instagram Followers [No Refill]", 0),
        ("Instagram Followers | Refill: No", 0),
        ("Instagram Followers [30 Days Refill]", 30),
        ("Instagram Followers [Refill: 45 Days]", 45),
        ("Instagram Followers ♻️ 60D", 60),
        ("Instagram Followers [R30]", 30),
        ("Instagram Arab Followers [AR30]", 30),
        ("Instagram Followers | 365 Days ♻️", 365),
        ("Instagram Followers | 1 Year Guarantee", 365),
        ("Instagram Followers [Lifetime Refill]", REFILL_LIFETIME),
        ("Spotify Plays [Life Time Guarantee]", REFILL_LIFETIME),
        ("Instagram Followers | Refill & Cancel Button", None),  # refill, days not said
        ("فالوور اینستاگرام | ریفیل ۳۰ روزه", 30),
        ("فالوور اینستاگرام | ۳۶۵ روز جبران ریزش", 365),
        ("فالوور اینستاگرام | بدون ریفیل", 0),
        ("فالوور اینستاگرام | گارانتی دائمی", REFILL_LIFETIME),
        ("TIK TOK Obunachi ♻️ 7 kun kafolat", 7),
    ],
)
def test_refill_days(name, days):
    assert offer_of(name).refill_days == days


@pytest.mark.parametrize(
    "name,speed,start",
    [
        ("Instagram Likes | 10K/Day | 0-30 min", 10_000, 30),
        ("Instagram Likes [50k-100k/day] [0-1/H]", 100_000, 60),
        ("TikTok Followers | Day 20K | Start: Instant", 20_000, 0),
        ("Spotify Plays [Speed: 1-10K Daily] [Start Time: 12 Hours]", 10_000, 720),
        ("YouTube Views [Refill: 30 Days] [Start Time: 0-2 Hours] [Speed: 10K/Day]", 10_000, 120),
        ("Instagram Followers | 30 Days Refill", None, None),  # "30 days" is no speed
        ("Instagram Views | Max 1M | Instant Start", None, 0),
        ("لایک اینستاگرام | سرعت روزانه ۵ هزار | شروع فوری", 5_000, 0),
    ],
)
def test_speed_and_start_time(name, speed, start):
    offer = offer_of(name)
    assert (offer.speed_per_day, offer.start_minutes) == (speed, start)


def test_traits():
    offer = offer_of("Instagram Followers | Non-Drop | 100% Real | HQ | Instant")
    assert {Trait.NON_DROP, Trait.REAL, Trait.HIGH_QUALITY, Trait.INSTANT} <= offer.traits
    assert Trait.NON_DROP in offer_of("فالوور اینستاگرام بدون ریزش واقعی").traits
    assert Trait.REAL in offer_of("فالوور اینستاگرام بدون ریزش واقعی").traits
    assert Trait.NON_DROP not in offer_of("Instagram Followers | Low Drop").traits


def test_words_describing_the_sending_accounts_are_not_the_target():
    # "accounts with stories" describes who likes, not what is liked
    offer = offer_of("Instagram Likes | Real Indian Accounts With Story | 10K/Day")
    assert (offer.target, offer.audience) == (Target.POST, "in")


def test_bonus_things_do_not_make_a_combo():
    offer = offer_of("Telegram Reactions 👍 + Free Views | Max 1M")
    assert (offer.delivered, offer.target) == (Delivered.REACTIONS, Target.POST)
    assert offer_of("YouTube Short Views + Bonus Likes").delivered is Delivered.VIEWS


def test_telegram_subscribers_are_members_and_youtube_followers_subscribers():
    assert offer_of("Telegram Subscribers").delivered is Delivered.MEMBERS
    assert offer_of("Telegram Obunachi").delivered is Delivered.MEMBERS
    assert offer_of("YouTube Followers").delivered is Delivered.SUBSCRIBERS


def test_web_traffic_is_a_website_offer_with_its_source():
    offer = offer_of("USA Traffic from Quora")
    assert (offer.platform, offer.delivered, offer.audience) == (
        Platform.WEBSITE,
        Delivered.VISITS,
        "us",
    )
    assert offer.variant == "from:quora"
    # a Facebook share of a web page is a Facebook share, not web traffic
    offer = offer_of("Facebook Website Share")
    assert (offer.platform, offer.delivered) == (Platform.FACEBOOK, Delivered.SHARES)


def test_the_order_form_shape_comes_from_the_type():
    assert offer_of("Instagram Comments").shape == "default"
    assert offer_of("Instagram Custom Comments", type_name="Custom Comments").shape == (
        "custom comments"
    )
    assert offer_of("Instagram Custom Comments", type_name="custom_comments").shape == (
        "custom comments"
    )
    # A package's rate buys its own quantity; a type this app does not know has no known form.
    assert offer_of("1000 Instagram Followers", type_name="Package").shape is None
    assert offer_of("Instagram Followers", type_name="Brand New Type").shape is None
    # Some types say what they deliver whatever the name says
    offer = offer_of("Instagram Likes", type_name="Comment Likes")
    assert (offer.delivered, offer.target) == (Delivered.LIKES, Target.COMMENT)


def test_variant_words():
    assert offer_of("YouTube Live Stream Views [60 Minutes]").variant == "60min"
    assert offer_of("Facebook Live Stream Views - [ Stay 1 Hour ] INSTANT").variant == "60min"
    # the start time is not the stream's length
    assert offer_of("YouTube Live Stream Views [Start: 0-5 Minutes] [90 Minutes]").variant == (
        "90min"
    )
    assert offer_of("Facebook Post Reaction ~ Love 💖").variant == "love"
    assert offer_of("Telegram Story Reaction [🥱]").variant == "🥱"
    assert offer_of("Instagram Followers [Female]").variant == "female"
    assert offer_of("Telegram Premium Members").variant == "premium"
    assert offer_of("Instagram Story Votes [For the First Answer - 1]").variant == "answer:1"
    assert offer_of("Facebook Video/Reel Views").variant == "on:reel+video"
    assert offer_of("Instagram Followers").variant is None


@pytest.mark.parametrize(
    "name",
    [
        "Instagram Live Stream Views start " + "9" * 5000 + " hours",
        "Instagram Live Stream Views " + "9" * 5000 + " minutes",
        "Instagram Likes daily: " + "9" * 5000 + "k",
        "Instagram Likes daily: " + "9" * 400 + ".5k",
        "Instagram Likes refill: " + "9" * 5000 + " days",
    ],
    ids=["start hours", "live minutes", "speed", "speed as a float", "refill"],
)
def test_an_absurd_number_in_a_name_says_nothing_and_raises_nothing(name):
    # int() refuses 4,300 digits and float() of 400 digits is inf: both once raised here.
    offer = offer_of(name)
    assert offer.platform is Platform.INSTAGRAM
    assert offer.start_minutes is None and offer.speed_per_day is None
    assert offer.refill_days is None

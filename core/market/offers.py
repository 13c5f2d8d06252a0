"""An `Offer`: what a service sells, read from its name, category and type.

Every field is None where the text does not say it. `reading.describe()` is the only reader; the
word tables live in `vocabulary.py`.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Platform(str, Enum):
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    TELEGRAM = "telegram"
    FACEBOOK = "facebook"
    TWITTER = "twitter"  # X
    SPOTIFY = "spotify"
    THREADS = "threads"
    TWITCH = "twitch"
    DISCORD = "discord"
    SOUNDCLOUD = "soundcloud"
    LINKEDIN = "linkedin"
    WHATSAPP = "whatsapp"
    SNAPCHAT = "snapchat"
    PINTEREST = "pinterest"
    REDDIT = "reddit"
    KICK = "kick"
    VK = "vk"
    RUMBLE = "rumble"
    APPLE_MUSIC = "apple_music"
    DEEZER = "deezer"
    AUDIOMACK = "audiomack"
    SHAZAM = "shazam"
    GOOGLE = "google"  # maps, reviews
    WEBSITE = "website"  # web traffic (the platforms it comes from are the offer's variant)
    KWAI = "kwai"
    LIKEE = "likee"
    QUORA = "quora"
    TRUSTPILOT = "trustpilot"
    CLUBHOUSE = "clubhouse"
    RUBIKA = "rubika"  # Iranian messenger
    EITAA = "eitaa"
    APARAT = "aparat"
    BOOMPLAY = "boomplay"
    ROBLOX = "roblox"
    TUMBLR = "tumblr"
    ODNOKLASSNIKI = "odnoklassniki"
    RUTUBE = "rutube"
    VIMEO = "vimeo"
    DAILYMOTION = "dailymotion"
    TIDAL = "tidal"
    BLUESKY = "bluesky"
    TROVO = "trovo"
    SHOPEE = "shopee"
    BIGO = "bigo"
    GITHUB = "github"
    MIXCLOUD = "mixcloud"
    DZEN = "dzen"  # Yandex Zen


class Delivered(str, Enum):
    FOLLOWERS = "followers"
    LIKES = "likes"
    DISLIKES = "dislikes"
    VIEWS = "views"
    COMMENTS = "comments"
    MEMBERS = "members"
    SUBSCRIBERS = "subscribers"
    SHARES = "shares"
    SAVES = "saves"
    REACTIONS = "reactions"
    VOTES = "votes"
    PLAYS = "plays"  # streams, listens
    IMPRESSIONS = "impressions"  # impressions and reach
    WATCH_TIME = "watch_time"
    REPOSTS = "reposts"  # retweets too
    MENTIONS = "mentions"
    VISITS = "visits"  # profile visits, website traffic
    LISTENERS = "listeners"  # monthly listeners
    REVIEWS = "reviews"
    FRIENDS = "friends"
    CONNECTIONS = "connections"
    LIVE_VIEWERS = "live_viewers"  # concurrent viewers of a stream
    DOWNLOADS = "downloads"
    ENGAGEMENT = "engagement"  # bundles of several actions


class Target(str, Enum):
    ACCOUNT = "account"  # profile, page, user
    POST = "post"  # photo or post
    REEL = "reel"
    STORY = "story"
    VIDEO = "video"
    SHORT = "short"  # YouTube Shorts
    LIVE = "live"
    COMMENT = "comment"
    CHANNEL = "channel"
    GROUP = "group"
    TRACK = "track"  # song
    PLAYLIST = "playlist"
    TWEET = "tweet"
    IGTV = "igtv"
    POLL = "poll"
    ALBUM = "album"
    SPACE = "space"  # Twitter Spaces
    WEBSITE = "website"


class Trait(str, Enum):
    NON_DROP = "non_drop"
    REAL = "real"
    HIGH_QUALITY = "high_quality"
    PREMIUM = "premium"  # premium accounts: also in the variant
    INSTANT = "instant"
    LOW_QUALITY = "low_quality"
    ACTIVE = "active"
    CHEAPEST = "cheapest"
    FEMALE = "female"  # also in the variant: a female audience is an offer of its own
    MALE = "male"


#: `Offer.refill_days` of a lifetime (unlimited) refill guarantee; sorts after any day count.
REFILL_LIFETIME = 36500


class Offer(NamedTuple):
    """What a service sells. None = the name, category and type do not say.

    Immutable and hashable; a NamedTuple rather than a frozen dataclass because 50,000 are made
    at a time and a frozen dataclass takes four times as long to build (`_replace` makes a
    changed copy).

    `audience`: None not stated; else a code of `vocabulary.AUDIENCE_NAMES` ("ir", "us",
    "arab", "worldwide", ...), several stated ones joined by "+" in sorted order ("eu+us").
    `refill_days`: None not stated, 0 "no refill", REFILL_LIFETIME lifetime, else days.
    `speed_per_day`: the stated units per day. `start_minutes`: the stated start time's upper
    bound in minutes (0 = instant). `shape`: the order form's shape (core/service_types.py),
    None for a type this app does not know.
    """

    platform: Platform | None = None
    delivered: Delivered | None = None
    target: Target | None = None
    audience: str | None = None
    refill_days: int | None = None
    traits: frozenset[Trait] = frozenset()
    speed_per_day: int | None = None
    start_minutes: int | None = None
    shape: str | None = None
    variant: str | None = None

    @property
    def groupable(self) -> bool:
        """An offer whose platform, delivered thing or form is unknown groups with nothing."""
        return self.platform is not None and self.delivered is not None and self.shape is not None

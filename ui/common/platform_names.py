"""The platforms' names in the app's language, by the codes core.market reads (stable enum
values): the Market names its offers' platforms with them, New order a link's and a service's.

Kept apart from ui/market/offer_words.py, which imports core.market: a platform's name is
needed where the market's vocabulary is not (the New order form is built at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "MarketWords"  # where these names were first translated, with the Market's words

PLATFORMS = {
    "instagram": QT_TRANSLATE_NOOP("MarketWords", "Instagram"),
    "tiktok": QT_TRANSLATE_NOOP("MarketWords", "TikTok"),
    "youtube": QT_TRANSLATE_NOOP("MarketWords", "YouTube"),
    "telegram": QT_TRANSLATE_NOOP("MarketWords", "Telegram"),
    "facebook": QT_TRANSLATE_NOOP("MarketWords", "Facebook"),
    "twitter": QT_TRANSLATE_NOOP("MarketWords", "X (Twitter)"),
    "spotify": QT_TRANSLATE_NOOP("MarketWords", "Spotify"),
    "threads": QT_TRANSLATE_NOOP("MarketWords", "Threads"),
    "twitch": QT_TRANSLATE_NOOP("MarketWords", "Twitch"),
    "discord": QT_TRANSLATE_NOOP("MarketWords", "Discord"),
    "soundcloud": QT_TRANSLATE_NOOP("MarketWords", "SoundCloud"),
    "linkedin": QT_TRANSLATE_NOOP("MarketWords", "LinkedIn"),
    "whatsapp": QT_TRANSLATE_NOOP("MarketWords", "WhatsApp"),
    "snapchat": QT_TRANSLATE_NOOP("MarketWords", "Snapchat"),
    "pinterest": QT_TRANSLATE_NOOP("MarketWords", "Pinterest"),
    "reddit": QT_TRANSLATE_NOOP("MarketWords", "Reddit"),
    "kick": QT_TRANSLATE_NOOP("MarketWords", "Kick"),
    "vk": QT_TRANSLATE_NOOP("MarketWords", "VK"),
    "rumble": QT_TRANSLATE_NOOP("MarketWords", "Rumble"),
    "apple_music": QT_TRANSLATE_NOOP("MarketWords", "Apple Music"),
    "deezer": QT_TRANSLATE_NOOP("MarketWords", "Deezer"),
    "audiomack": QT_TRANSLATE_NOOP("MarketWords", "Audiomack"),
    "shazam": QT_TRANSLATE_NOOP("MarketWords", "Shazam"),
    "google": QT_TRANSLATE_NOOP("MarketWords", "Google"),
    "website": QT_TRANSLATE_NOOP("MarketWords", "Website"),
    "kwai": QT_TRANSLATE_NOOP("MarketWords", "Kwai"),
    "likee": QT_TRANSLATE_NOOP("MarketWords", "Likee"),
    "quora": QT_TRANSLATE_NOOP("MarketWords", "Quora"),
    "trustpilot": QT_TRANSLATE_NOOP("MarketWords", "Trustpilot"),
    "clubhouse": QT_TRANSLATE_NOOP("MarketWords", "Clubhouse"),
    "rubika": QT_TRANSLATE_NOOP("MarketWords", "Rubika"),
    "eitaa": QT_TRANSLATE_NOOP("MarketWords", "Eitaa"),
    "aparat": QT_TRANSLATE_NOOP("MarketWords", "Aparat"),
    "boomplay": QT_TRANSLATE_NOOP("MarketWords", "Boomplay"),
    "roblox": QT_TRANSLATE_NOOP("MarketWords", "Roblox"),
    "tumblr": QT_TRANSLATE_NOOP("MarketWords", "Tumblr"),
    "odnoklassniki": QT_TRANSLATE_NOOP("MarketWords", "Odnoklassniki"),
    "rutube": QT_TRANSLATE_NOOP("MarketWords", "Rutube"),
    "vimeo": QT_TRANSLATE_NOOP("MarketWords", "Vimeo"),
    "dailymotion": QT_TRANSLATE_NOOP("MarketWords", "Dailymotion"),
    "tidal": QT_TRANSLATE_NOOP("MarketWords", "Tidal"),
    "bluesky": QT_TRANSLATE_NOOP("MarketWords", "Bluesky"),
    "trovo": QT_TRANSLATE_NOOP("MarketWords", "Trovo"),
    "shopee": QT_TRANSLATE_NOOP("MarketWords", "Shopee"),
    "bigo": QT_TRANSLATE_NOOP("MarketWords", "Bigo Live"),
    "github": QT_TRANSLATE_NOOP("MarketWords", "GitHub"),
    "mixcloud": QT_TRANSLATE_NOOP("MarketWords", "Mixcloud"),
    "dzen": QT_TRANSLATE_NOOP("MarketWords", "Dzen"),
}


def platform_word(code: str | None) -> str:
    """A platform's name; a code this table does not know is shown as it is."""
    if code is None:
        return ""
    english = PLATFORMS.get(code)
    return code if english is None else QCoreApplication.translate(_CTX, english)

"""The words an offer is shown with: platform, what is delivered, on what, to whom, refill.

core.market gives codes (stable enum values); the app's language is chosen here. A code this
table does not know (core.market may add some) is shown as it is, never dropped."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.market import REFILL_LIFETIME, Offer
from core.service_types import SERVICE_TYPES
from core.service_types import TR_CONTEXT as TYPES_CONTEXT
from ui.common import formatting
from ui.common.platform_names import platform_word

_CTX = "MarketWords"
#: The usual order form (link and quantity): not named in an offer's title.
DEFAULT_SHAPE = "default"

DELIVERED = {
    "followers": QT_TRANSLATE_NOOP("MarketWords", "followers"),
    "likes": QT_TRANSLATE_NOOP("MarketWords", "likes"),
    "dislikes": QT_TRANSLATE_NOOP("MarketWords", "dislikes"),
    "views": QT_TRANSLATE_NOOP("MarketWords", "views"),
    "comments": QT_TRANSLATE_NOOP("MarketWords", "comments"),
    "members": QT_TRANSLATE_NOOP("MarketWords", "members"),
    "subscribers": QT_TRANSLATE_NOOP("MarketWords", "subscribers"),
    "shares": QT_TRANSLATE_NOOP("MarketWords", "shares"),
    "saves": QT_TRANSLATE_NOOP("MarketWords", "saves"),
    "reactions": QT_TRANSLATE_NOOP("MarketWords", "reactions"),
    "votes": QT_TRANSLATE_NOOP("MarketWords", "votes"),
    "plays": QT_TRANSLATE_NOOP("MarketWords", "plays"),
    "impressions": QT_TRANSLATE_NOOP("MarketWords", "impressions"),
    "watch_time": QT_TRANSLATE_NOOP("MarketWords", "watch time"),
    "retweets": QT_TRANSLATE_NOOP("MarketWords", "reposts"),
    "reposts": QT_TRANSLATE_NOOP("MarketWords", "reposts"),
    "mentions": QT_TRANSLATE_NOOP("MarketWords", "mentions"),
    "visits": QT_TRANSLATE_NOOP("MarketWords", "visits"),
    "listeners": QT_TRANSLATE_NOOP("MarketWords", "listeners"),
    "reviews": QT_TRANSLATE_NOOP("MarketWords", "reviews"),
    "friends": QT_TRANSLATE_NOOP("MarketWords", "friends"),
    "connections": QT_TRANSLATE_NOOP("MarketWords", "connections"),
    "live_viewers": QT_TRANSLATE_NOOP("MarketWords", "live viewers"),
    "downloads": QT_TRANSLATE_NOOP("MarketWords", "downloads"),
    "engagement": QT_TRANSLATE_NOOP("MarketWords", "engagement"),
}

TARGETS = {
    "account": QT_TRANSLATE_NOOP("MarketWords", "account"),
    "post": QT_TRANSLATE_NOOP("MarketWords", "post"),
    "reel": QT_TRANSLATE_NOOP("MarketWords", "reel"),
    "story": QT_TRANSLATE_NOOP("MarketWords", "story"),
    "video": QT_TRANSLATE_NOOP("MarketWords", "video"),
    "short": QT_TRANSLATE_NOOP("MarketWords", "short"),
    "live": QT_TRANSLATE_NOOP("MarketWords", "live stream"),
    "comment": QT_TRANSLATE_NOOP("MarketWords", "comment"),
    "channel": QT_TRANSLATE_NOOP("MarketWords", "channel"),
    "group": QT_TRANSLATE_NOOP("MarketWords", "group"),
    "track": QT_TRANSLATE_NOOP("MarketWords", "track"),
    "playlist": QT_TRANSLATE_NOOP("MarketWords", "playlist"),
    "tweet": QT_TRANSLATE_NOOP("MarketWords", "tweet"),
    "igtv": QT_TRANSLATE_NOOP("MarketWords", "IGTV"),
    "poll": QT_TRANSLATE_NOOP("MarketWords", "poll"),
    "website": QT_TRANSLATE_NOOP("MarketWords", "website"),
    "album": QT_TRANSLATE_NOOP("MarketWords", "album"),
    "space": QT_TRANSLATE_NOOP("MarketWords", "space"),
}

#: What a service's name promises (core.market Trait values); shown per service, never grouped by.
TRAITS = {
    "non_drop": QT_TRANSLATE_NOOP("MarketWords", "non-drop"),
    "real": QT_TRANSLATE_NOOP("MarketWords", "real"),
    "high_quality": QT_TRANSLATE_NOOP("MarketWords", "high quality"),
    "premium": QT_TRANSLATE_NOOP("MarketWords", "premium"),
    "instant": QT_TRANSLATE_NOOP("MarketWords", "instant"),
    "low_quality": QT_TRANSLATE_NOOP("MarketWords", "low quality"),
    "active": QT_TRANSLATE_NOOP("MarketWords", "active"),
    "cheapest": QT_TRANSLATE_NOOP("MarketWords", "cheapest"),
    "female": QT_TRANSLATE_NOOP("MarketWords", "female"),
    "male": QT_TRANSLATE_NOOP("MarketWords", "male"),
}

#: Words of an offer's variant (what else splits it from a look-alike); others shown as sent.
VARIANTS = {
    "female": QT_TRANSLATE_NOOP("MarketWords", "female"),
    "male": QT_TRANSLATE_NOOP("MarketWords", "male"),
}

#: Regions and the countries panels name most; another country code is shown in capitals.
AUDIENCES = {
    "worldwide": QT_TRANSLATE_NOOP("MarketWords", "worldwide"),
    "foreign": QT_TRANSLATE_NOOP("MarketWords", "foreign"),
    "arab": QT_TRANSLATE_NOOP("MarketWords", "Arab"),
    "europe": QT_TRANSLATE_NOOP("MarketWords", "Europe"),
    "latam": QT_TRANSLATE_NOOP("MarketWords", "Latin America"),
    "asia": QT_TRANSLATE_NOOP("MarketWords", "Asia"),
    "africa": QT_TRANSLATE_NOOP("MarketWords", "Africa"),
    "ir": QT_TRANSLATE_NOOP("MarketWords", "Iran"),
    "us": QT_TRANSLATE_NOOP("MarketWords", "USA"),
    "gb": QT_TRANSLATE_NOOP("MarketWords", "UK"),
    "tr": QT_TRANSLATE_NOOP("MarketWords", "Turkey"),
    "in": QT_TRANSLATE_NOOP("MarketWords", "India"),
    "br": QT_TRANSLATE_NOOP("MarketWords", "Brazil"),
    "ru": QT_TRANSLATE_NOOP("MarketWords", "Russia"),
    "id": QT_TRANSLATE_NOOP("MarketWords", "Indonesia"),
    "de": QT_TRANSLATE_NOOP("MarketWords", "Germany"),
    "fr": QT_TRANSLATE_NOOP("MarketWords", "France"),
    "sa": QT_TRANSLATE_NOOP("MarketWords", "Saudi Arabia"),
    "ae": QT_TRANSLATE_NOOP("MarketWords", "UAE"),
}


def _word(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    english = table.get(code)
    return code if english is None else QCoreApplication.translate(_CTX, english)


def delivered_word(code: str | None) -> str:
    return _word(DELIVERED, code)


def target_word(code: str | None) -> str:
    return _word(TARGETS, code)


def audience_word(code: str | None) -> str:
    """Say "Iran", "Europe + USA"; "" when the offer does not say."""
    if not code:
        return ""
    parts = [
        QCoreApplication.translate(_CTX, AUDIENCES[part]) if part in AUDIENCES else part.upper()
        for part in code.split("+")
    ]
    return " + ".join(parts)


def refill_word(days: int | None) -> str:
    """Say "no refill", "30 days", "lifetime"; "" when the name does not say."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate(_CTX, "no refill")
    if days >= REFILL_LIFETIME:
        return QCoreApplication.translate(_CTX, "lifetime")
    return QCoreApplication.translate(_CTX, "%n day(s)", "", days)


def shape_word(shape: str | None) -> str:
    """The order form's type name ("Package"), in the type table's own translated words."""
    service_type = SERVICE_TYPES.get(shape) if shape else None
    if service_type is None:
        return ""
    return QCoreApplication.translate(TYPES_CONTEXT, service_type.name)


def variant_word(code: str | None) -> str:
    """Say "from Google", "female", "30 minutes"; "" when the offer has no variant."""
    if not code:
        return ""
    words = []
    for part in code.split("+"):
        minutes = part.removesuffix("min")
        if part.startswith("from:"):
            words.append(
                QCoreApplication.translate(_CTX, "from {source}").format(
                    source=platform_word(part.removeprefix("from:"))
                )
            )
        elif part.endswith("min") and minutes.isdecimal():
            words.append(QCoreApplication.translate(_CTX, "%n minute(s)", "", int(minutes)))
        else:
            words.append(_word(VARIANTS, part))
    return ", ".join(words)


def _start_words(minutes: int) -> str:
    if minutes % 60 == 0:
        return QCoreApplication.translate(_CTX, "starts within %n hour(s)", "", minutes // 60)
    return QCoreApplication.translate(_CTX, "starts within %n min", "", minutes)


def promises_text(offer: Offer) -> str:
    """What a service's name promises beside the offer: "non-drop · real · 5,000/day · starts
    within 60 min"; "" when it promises nothing this app reads."""
    words = sorted(_word(TRAITS, _code(trait)) or "" for trait in offer.traits)
    if offer.speed_per_day is not None:
        words.append(
            QCoreApplication.translate(_CTX, "{count}/day").format(
                count=formatting.number(offer.speed_per_day)
            )
        )
    if offer.start_minutes is not None:
        words.append(
            QCoreApplication.translate(_CTX, "instant start")
            if offer.start_minutes == 0
            else _start_words(offer.start_minutes)
        )
    return " · ".join(word for word in words if word)


def key_text(offer: Offer) -> str:
    """What services of a group share, field by field, so a reader can judge the match; a
    field the names do not state is said to be unstated, never filled in."""
    unstated = QCoreApplication.translate(_CTX, "not stated")
    if offer.platform is None or offer.delivered is None or offer.shape is None:
        return QCoreApplication.translate(
            _CTX, "Not grouped with any other service: its name does not say enough."
        )
    return QCoreApplication.translate(
        _CTX,
        "Grouped as one offer: platform {platform}; delivered {delivered}; on {target}; "
        "audience {audience}; order form {form}",
    ).format(
        platform=platform_word(_code(offer.platform)),
        delivered=delivered_word(_code(offer.delivered)),
        target=target_word(_code(offer.target)) or unstated,
        audience=audience_word(offer.audience) or unstated,
        form=shape_word(offer.shape) or offer.shape,
    ) + (f" ({variant_word(offer.variant)})" if offer.variant else "")


def offer_title(offer: Offer) -> str:
    """Say "Instagram followers · account"; the order form is named when it is not the usual
    one (two offers differing only by it look alike otherwise); "" when nothing is known."""
    platform = platform_word(_code(offer.platform))
    delivered = delivered_word(_code(offer.delivered))
    if platform and delivered:
        head = QCoreApplication.translate(_CTX, "{platform} {delivered}").format(
            platform=platform, delivered=delivered
        )
    else:
        head = platform or delivered
    words = [head, target_word(_code(offer.target))]
    if offer.shape is not None and offer.shape != DEFAULT_SHAPE:
        words.append(shape_word(offer.shape))
    elif offer.shape is None and head:
        # A type this app does not know: it groups with nothing, and must not look as if it
        # were the same offer as the group of the same words beside it.
        words.append(QCoreApplication.translate(_CTX, "order form not known"))
    title = " · ".join(word for word in words if word)
    variant = variant_word(offer.variant)
    return f"{title} ({variant})" if variant and title else title


def _code(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))

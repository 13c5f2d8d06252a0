"""Numbers a name states: refill days, speed per day, start time, a live stream's minutes.

Each reader takes the folded name (`reading.fold`: lower case, Persian digits in ASCII, ♻ as
"refill") and returns None when the name does not say. Where a name says it twice, the first
statement counts.

Speed: a pattern that starts with a literal is skipped through at C speed; one that starts with
a digit or a word boundary is tried at every position, twenty times slower. So each reader finds
its keywords ("refill", "day", "start") with a literal-first pattern and reads the few
characters before and after each with small anchored patterns.
"""

from __future__ import annotations

import re

from core.market.offers import REFILL_LIFETIME, Delivered, Platform, Target
from core.whole_numbers import whole_number

_PERIOD = r"(?P<unit>days?|d|روزه|روز|kun|дней|дня|months?|ماهه|ماه|years?|ساله|سال)"
_DAYS_IN = {"m": 30, "ما": 30, "y": 365, "سا": 365}  # by the unit's first letters; else days

_REFILL_KEY = re.compile(
    r"refil\w*|guarante\w*|warrant\w*|life\s*time|forever|unlimited refill|kafolat\w*|r\d"
    r"|ریفیل|جبران ریزش|جبران|گارانتی|ضمانت"
)
_LIFETIME_KEYS = ("life", "forever", "unlimited")
_NO_BEFORE = re.compile(r"(?:\b(?:no|non|without|zero)\s*-?|بدون)\s*$")
_DAYS_BEFORE = re.compile(rf"\b(?P<n>\d+)\s*{_PERIOD}\s*(?:of\s*)?(?:auto\s*)?$")
_SAID_AFTER = re.compile(
    r"\s*[:\-(\[]?\s*(?:(?P<no>no|none|off)\b|(?P<life>life\s*time|دائمی|مادام\s*العمر|لایف\s*تایم)"
    rf"|(?P<n>\d+)\s*{_PERIOD}(?!\w))"
)
_R_CODE = re.compile(r"r(\d{2,3})d?\b")  # R30, AR30 (auto-refill), R365D


def _days(number: str, unit: str) -> int | None:
    days = whole_number(number)  # None past 30 digits: a name's absurd number says nothing
    return None if days is None else days * _DAYS_IN.get(unit[:1], _DAYS_IN.get(unit[:2], 1))


def _word_starts(folded: str, at: int) -> bool:
    return at == 0 or not folded[at - 1].isalnum()


def refill_days(folded: str) -> int | None:
    """0 for "no refill", REFILL_LIFETIME for a lifetime guarantee, else the days; None unsaid."""
    for key in _REFILL_KEY.finditer(folded):
        word, start, end = key.group(), key.start(), key.end()
        if word[0] == "r" and word[1:2].isdigit():
            code = _R_CODE.match(folded, start)
            at = start - 1 if start and folded[start - 1] == "a" else start
            if code and _word_starts(folded, at):
                return int(code.group(1))
            continue
        if word.startswith(_LIFETIME_KEYS):
            return REFILL_LIFETIME
        if word == "kafolatsiz":  # Uzbek "without guarantee"
            return 0
        before = folded[max(start - 24, 0) : start]
        if _NO_BEFORE.search(before):
            return 0
        if said := _DAYS_BEFORE.search(before):
            return _days(said["n"], said["unit"])
        if said := _SAID_AFTER.match(folded, end, end + 24):
            if said["no"]:
                return 0
            if said["life"]:
                return REFILL_LIFETIME
            return _days(said["n"], said["unit"])
    return None


def _number(name: str) -> str:
    return rf"(?P<{name}>\d+(?:[.,]\d+)?)\s*(?P<{name}_x>k|m|к|м|million|هزار)?"


_MULTIPLIER = {"k": 1000, "к": 1000, "هزار": 1000, "m": 1_000_000, "м": 1_000_000}
_MULTIPLIER["million"] = 1_000_000
_RANGE = rf"{_number('low')}(?:\s*-\s*{_number('high')})?"
_SPEED_KEY = re.compile(r"daily|day|/\s*d\b|/\s*24\s*h|per 24\s*h|روزانه|در روز")
_PER_BEFORE = re.compile(rf"{_RANGE}\s*(?P<per>/|per|in a|a)?\s*$")
_AMOUNT_AFTER = re.compile(rf"\s*[:\-]?\s*(?:up\s*to\s*)?{_RANGE}")


def _amount(number: str, suffix: str | None) -> int | None:
    whole, _, _fraction = number.replace(",", ".").partition(".")
    if whole_number(whole) is None:
        return None  # float() of 400 digits is inf, and int(inf) raises
    value = float(number.replace(",", "."))
    return int(value * _MULTIPLIER.get(suffix or "", 1))


def _range_amount(said: re.Match[str]) -> int | None:
    suffix = said["high_x"] or said["low_x"]
    return _amount(said["high"] or said["low"], suffix)


def speed_per_day(folded: str) -> int | None:
    """The stated delivery speed per day (the upper end of a range), or None."""
    for key in _SPEED_KEY.finditer(folded):
        word, start, end = key.group(), key.start(), key.end()
        if word == "day" and folded[end : end + 1].isalpha():
            continue  # "days": a period ("30 days refill"), not a speed
        before = folded[max(start - 24, 0) : start]
        said = _PER_BEFORE.search(before)
        # "10k/day", "1-5k per day"; without "/" or "per" only with k or m ("30 day" is a period)
        if said and (said["per"] or said["low_x"] or said["high_x"] or word[0] == "/"):
            return _range_amount(said)
        if word in ("day", "daily", "روزانه") and (said := _AMOUNT_AFTER.match(folded, end)):
            return _range_amount(said)  # "Day 20K", "Daily: 1-5K"
    return None


_UNITS = r"minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|ساعت|دقیقه|روز|soat|daqiqa|мин|час\w*"
_UNIT = rf"(?P<unit>{_UNITS})"
_MINUTES_IN = {"h": 60, "س": 60, "s": 60, "ч": 60, "d": 1440, "ر": 1440}  # by first letter
_START_KEY = re.compile(r"start|شروع|0\s*-")
_START_AFTER = re.compile(
    r"(?:\s*time)?\s*[:\-]?\s*(?:(?P<instant>instant|immediate|فوری|آنی)"
    rf"|(?P<low>\d+)(?:\s*-\s*(?P<high>\d+))?\s*/?\s*{_UNIT}(?!\w))"
)
_START_BEFORE = re.compile(
    rf"(?:(?P<instant>instant)|(?P<low>\d+)(?:\s*-\s*(?P<high>\d+))?\s*{_UNIT})\s*$"
)
_ZERO_TO = re.compile(rf"0\s*-\s*(?P<high>\d+)\s*/?\s*{_UNIT}(?!\w)")  # "0-1 hr", "0-1/h"


#: A start time anywhere, to tell a live stream's minutes from it.
_ANY_START = re.compile(
    rf"start(?:\s*time)?\s*[:\-]?\s*\d+(?:\s*-\s*\d+)?\s*/?\s*(?:{_UNITS})(?!\w)"
    rf"|(?<![\d.])0\s*-\s*\d+\s*/?\s*(?:{_UNITS})(?!\w)|\d+(?:\s*-\s*\d+)?\s*(?:{_UNITS})\s*start"
)


def _minutes(number: str, unit: str) -> int | None:
    minutes = whole_number(number)  # None past 30 digits, as _days
    return None if minutes is None else minutes * _MINUTES_IN.get(unit[:1], 1)


def start_minutes(folded: str) -> int | None:
    """The upper end of the stated start time in minutes (0 = instant), or None."""
    for key in _START_KEY.finditer(folded):
        start, end = key.start(), key.end()
        if key.group()[0] == "0":
            if start and (folded[start - 1].isdigit() or folded[start - 1] == "."):
                continue  # "10-20k", "1.0-"
            said = _ZERO_TO.match(folded, start)
            if said and said["unit"] != "m":  # "0-1m" may be a million
                return _minutes(said["high"], said["unit"])
            continue
        said = _START_AFTER.match(folded, end) or _START_BEFORE.search(
            folded, max(start - 16, 0), start
        )
        if said:
            return 0 if said["instant"] else _minutes(said["high"] or said["low"], said["unit"])
    return None


_DURATION = re.compile(
    r"(?<![\d\-])(\d+)\s*(minutes?|mins?|hours?|hrs?|hr|h|ساعت|دقیقه|daqiqa|soat)(?!\w)"
)

#: Which answer a poll or story vote goes to ("answer - 1", "2-variant", "option 3").
_ANSWER = re.compile(r"(?:answer|option|variant|javob)\s*[:\-#]?\s*(\d+)\b|\b(\d+)\s*-?\s*variant")

_KIND_WORDS = {
    "love": "love",
    "haha": "haha",
    "wow": "wow",
    "sad": "sad",
    "angry": "angry",
    "care": "care",
    "positive": "positive",
    "مثبت": "positive",
    "ijobiy": "positive",
    "negative": "negative",
    "منفی": "negative",
    "random": "random",
    "رندوم": "random",
    "emoji": "emoji",
    "emojis": "emoji",
    "ایموجی": "emoji",
    "emoticons": "emoji",
    "ai": "ai",
    "english": "english",  # the comments' language
    "انگلیسی": "english",
    # LinkedIn's reactions
    "support": "support",
    "insightful": "insightful",
    "celebrate": "celebrate",
    "funny": "funny",
    "curious": "curious",
}
#: Where impressions are counted (Instagram: from home, explore, the profile...).
_IMPRESSION_SOURCES = re.compile(r"\b(home|explore|profile|hashtag|location)\b")
_NAMED_REACTIONS = frozenset({"love", "haha", "wow", "sad", "angry", "care"})
_KIND_WORD = re.compile("(" + "|".join(_KIND_WORDS) + r")\b")  # literal-first: see _word_starts
#: Emoji that panels use as a reaction's name; decorations (⚡🔥💯🚀) are not among them.
_REACTION_EMOJI = frozenset(
    "👍👎❤🥰👏😁🤔🤯😱🤬😢🎉🤩🤮💩🙏"
    "👌🕊🤡🥱🥴😍🐳🌚🤣🏆💔🤨😐🍓🍾💋"
    "😈😴😭🤓👻👀🎃🙈😇😨🤝🤗🫡🎅🎄🤪"
    "🗿🆒💘🦄😘😎👾😡💖😮😂🥳"
)


#: The delivered things whose names may state a variant (besides a live stream's length).
VARIANT_DELIVERED = frozenset(
    {Delivered.VOTES, Delivered.REACTIONS, Delivered.COMMENTS, Delivered.IMPRESSIONS}
)
#: Words that may make a variant of any other offer ("ads" views, "company" followers).
#: Words that may make a variant of any other offer ("ads" views, "company" followers, "last 10
#: posts"); one literal-first pattern, so most names cost one quick scan.
VARIANT_HINT = re.compile(
    "ads|company|page|profil|podcast|split|last|old|future|next|oxirgi|eski|kelgusi"
)
#: Services spread over several posts ("Last 10 Posts", "Future 5 Posts", Instagram "SPLIT"):
#: their rate buys views on each, not comparable with a single post's.
_SEVERAL_POSTS = re.compile(
    r"(last|old|oxirgi|eski|future|next|kelgusi)\s*(\d+)\s*(?:ta\s*)?"
    r"(?:posts?|postga|postlarga|videos?|reels?)(?!\w)"
)
_FUTURE = frozenset({"future", "next", "kelgusi"})
_ADS = re.compile(r"ads\b|adwords")  # literal-first; the word's start is checked in _says_ads


#: Platforms where a page (company) and a person's profile are followed apart.
_PAGES_APART = frozenset({Platform.FACEBOOK, Platform.LINKEDIN})
_PAGE_OR_PROFILE = re.compile(r"\b(page|company|profile)s?\b")


def _says_ads(folded: str) -> bool:
    return any(_word_starts(folded, m.start()) for m in _ADS.finditer(folded))


def variant_words(
    folded: str, platform: Platform | None, delivered: Delivered | None, target: Target | None
) -> list[str]:
    """What else the name states that makes it a different offer (see `Offer.variant`)."""
    words: list[str] = []
    if target is Target.LIVE:
        unstarted = _ANY_START.sub(" ", folded)
        match = _DURATION.search(unstarted)
        if match and (minutes := _minutes(match.group(1), match.group(2))) is not None:
            words.append(f"{minutes}min")
        if "userlist" in folded:  # Twitch: shown in the viewer list, not a view
            words.append("userlist")
    if delivered is Delivered.VOTES and (match := _ANSWER.search(folded)):
        words.append(f"answer:{match.group(1) or match.group(2)}")
    if match := _SEVERAL_POSTS.search(folded):
        when = "future" if match.group(1) in _FUTURE else "last"
        words.append(f"posts:{when}{match.group(2)}")
    if "split" in folded:
        words.append("split")
    if delivered in (Delivered.VIEWS, Delivered.PLAYS) and _says_ads(folded):
        words.append("ads")  # views or plays bought through ads: a product of their own
    if delivered is Delivered.FOLLOWERS:
        if "podcast" in folded:
            words.append("podcast")  # a Spotify show's followers, not the artist's
        if platform in _PAGES_APART:  # a company page's followers are not a person's
            kinds = {("page" if w == "company" else w) for w in _PAGE_OR_PROFILE.findall(folded)}
            if len(kinds) == 1:
                words += kinds
    if delivered is Delivered.IMPRESSIONS:
        words += {f"from:{w}" for w in _IMPRESSION_SOURCES.findall(folded)}
    if delivered in (Delivered.REACTIONS, Delivered.COMMENTS):
        kinds = {
            _KIND_WORDS[m.group(1)]
            for m in _KIND_WORD.finditer(folded)
            if _word_starts(folded, m.start())
        }
        if delivered is Delivered.REACTIONS:
            # "Emoji Reactions [ 👍 ]" and "[ ❤️ ]" differ by the emoji, not by the word
            emoji = sorted(c for c in set(folded) if c in _REACTION_EMOJI)
            if emoji and not kinds & _NAMED_REACTIONS:  # "Love 💖": the word says it
                kinds.discard("emoji")
                kinds.add("".join(emoji) if len(emoji) <= 3 else "mixed")
        words += kinds
    return words

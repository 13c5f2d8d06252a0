"""Numbers a name states: refill days, speed per day, start time, a live stream's minutes.

Each reader takes the folded name (`reading.fold`: lower case, Persian digits in ASCII, ♻ as
"refill") and returns None when the name does not say. Where a name says it twice, the first
statement counts.
"""

from __future__ import annotations

import re

from core.market.offers import REFILL_LIFETIME, Delivered, Target

_GUARANTEE = (
    r"(?:refill|refil|guarantee[d]?|warranty|ریفیل|جبران ریزش|جبران|گارانتی|ضمانت|kafolat\w*)"
)
_PERIOD = r"(days?|d|روزه|روز|kun|дней|дня|months?|ماهه|ماه|years?|ساله|سال)"
_DAYS_IN = {"m": 30, "ما": 30, "y": 365, "سا": 365}  # by the unit's first letters; else days

_NO_REFILL = re.compile(
    r"\b(?:no|non|without|zero)\s*-?\s*(?:refill|refil|guarantee|warranty)\b"
    r"|\brefill\s*[:\-]?\s*(?:no|none|off)\b|بدون\s*(?:ریفیل|جبران|گارانتی|ضمانت)|\bkafolatsiz\b"
)
_LIFETIME = re.compile(
    r"\blife\s*time\b|\bforever\b|\bunlimited\s*refill"
    r"|(?:ریفیل|جبران ریزش|جبران|گارانتی|ضمانت)\s*(?:دائمی|مادام\s*العمر|لایف\s*تایم)"
)
_DAYS_BEFORE = re.compile(rf"\b(\d+)\s*{_PERIOD}\s*(?:of\s*)?(?:auto\s*)?{_GUARANTEE}")
_DAYS_AFTER = re.compile(rf"{_GUARANTEE}\s*[:\-(\[]?\s*(\d+)\s*{_PERIOD}(?!\w)")
_R_CODE = re.compile(r"\b(?:a?r|rf)(\d{2,3})d?\b")  # R30, AR30 (auto-refill), R365D


def _days(number: str, unit: str) -> int:
    return int(number) * _DAYS_IN.get(unit[:1], _DAYS_IN.get(unit[:2], 1))


def refill_days(folded: str) -> int | None:
    """0 for "no refill", REFILL_LIFETIME for a lifetime guarantee, else the days; None unsaid."""
    found: list[tuple[int, int]] = []  # (position, days)
    if match := _NO_REFILL.search(folded):
        found.append((match.start(), 0))
    if match := _LIFETIME.search(folded):
        found.append((match.start(), REFILL_LIFETIME))
    for pattern in (_DAYS_BEFORE, _DAYS_AFTER):
        if match := pattern.search(folded):
            found.append((match.start(), _days(match.group(1), match.group(2))))
    if match := _R_CODE.search(folded):
        found.append((match.start(), int(match.group(1))))
    return min(found)[1] if found else None


_NUMBER = r"(\d+(?:[.,]\d+)?)\s*(k|m|к|м|million|هزار)?"
_MULTIPLIER = {"k": 1000, "к": 1000, "هزار": 1000, "m": 1_000_000, "м": 1_000_000}
_MULTIPLIER["million"] = 1_000_000
_SPEED_SLASH = re.compile(
    rf"{_NUMBER}(?:\s*-\s*{_NUMBER})?\s*(?:/|per|in a|a)\s*(?:day|d|24\s*h\w*)\b"
)
_SPEED_AFTER_DAY = re.compile(
    rf"\b(?:day|daily|روزانه)\s*[:\-]?\s*(?:up\s*to\s*)?{_NUMBER}(?:\s*-\s*{_NUMBER})?"
)
_SPEED_BEFORE_DAY = re.compile(rf"{_NUMBER}(?:\s*-\s*{_NUMBER})?\s*(?:day|daily|در روز)\b")


def _amount(number: str, suffix: str | None) -> int:
    value = float(number.replace(",", "."))
    return int(value * _MULTIPLIER.get(suffix or "", 1))


def speed_per_day(folded: str) -> int | None:
    """The stated delivery speed per day (the upper end of a range), or None."""
    if "day" not in folded and "روز" not in folded and "/d" not in folded:
        return None  # most names: no regex at all
    found = []
    for pattern in (_SPEED_SLASH, _SPEED_AFTER_DAY, _SPEED_BEFORE_DAY):
        match = pattern.search(folded)
        if match is None:
            continue
        low, low_suffix, high, high_suffix = match.groups()
        if pattern is _SPEED_BEFORE_DAY and not (high_suffix or low_suffix):
            continue  # "30 day" is a period; "10k day" a speed
        number, suffix = (high, high_suffix) if high else (low, low_suffix)
        found.append((match.start(), _amount(number, suffix or low_suffix)))
    return min(found)[1] if found else None


_UNIT = r"(minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|ساعت|دقیقه|روز|soat|daqiqa|мин|час\w*)"
_MINUTES_IN = {"h": 60, "س": 60, "s": 60, "ч": 60, "d": 1440, "ر": 1440}  # by first letter
_START_INSTANT = re.compile(
    r"\bstart(?:\s*time)?\s*[:\-]?\s*(?:instant|immediate)|\binstant\s*start|شروع\s*[:]?\s*(?:فوری|آنی)"
)
_START_STATED = re.compile(
    rf"(?:\bstart(?:\s*time)?|شروع)\s*[:\-]?\s*(\d+)(?:\s*-\s*(\d+))?\s*/?\s*{_UNIT}(?!\w)"
)
_START_RANGE = re.compile(rf"(?<![\d.])0\s*-\s*(\d+)()\s*/?\s*{_UNIT}(?!\w)")  # "0-1 hr"
_START_BEFORE = re.compile(rf"(\d+)(?:\s*-\s*(\d+))?\s*{_UNIT}\s*start")


def _minutes(number: str, unit: str) -> int:
    return int(number) * _MINUTES_IN.get(unit[:1], 1)


def start_minutes(folded: str) -> int | None:
    """The upper end of the stated start time in minutes (0 = instant), or None."""
    found = []
    if match := _START_INSTANT.search(folded):
        found.append((match.start(), 0))
    for pattern in (_START_STATED, _START_RANGE, _START_BEFORE):
        match = pattern.search(folded)
        if match is not None:
            low, high, unit = match.groups()
            if pattern is _START_RANGE and unit == "m":
                continue  # "0-1m" may be a million
            found.append((match.start(), _minutes(high or low, unit)))
    return min(found)[1] if found else None


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
}
_KIND_WORD = re.compile(r"\b(" + "|".join(_KIND_WORDS) + r")\b")
#: Emoji that panels use as a reaction's name; decorations (⚡🔥💯🚀) are not among them.
_REACTION_EMOJI = frozenset(
    "👍👎❤🥰👏😁🤔🤯😱🤬😢🎉🤩🤮💩🙏"
    "👌🕊🤡🥱🥴😍🐳🌚🤣🏆💔🤨😐🍓🍾💋"
    "😈😴😭🤓👻👀🎃🙈😇😨🤝🤗🫡🎅🎄🤪"
    "🗿🆒💘🦄😘😎👾😡💖😮😂🥳"
)


def variant_words(folded: str, delivered: Delivered | None, target: Target | None) -> list[str]:
    """What else the name states that makes it a different offer (see `Offer.variant`)."""
    words: list[str] = []
    if target is Target.LIVE:
        unstarted = _START_STATED.sub(" ", _START_RANGE.sub(" ", folded))
        if match := _DURATION.search(unstarted):
            words.append(f"{_minutes(match.group(1), match.group(2))}min")
    if delivered is Delivered.VOTES and (match := _ANSWER.search(folded)):
        words.append(f"answer:{match.group(1) or match.group(2)}")
    if delivered in (Delivered.REACTIONS, Delivered.COMMENTS):
        kinds = {_KIND_WORDS[w] for w in _KIND_WORD.findall(folded)}
        if not kinds and delivered is Delivered.REACTIONS:
            emoji = sorted(c for c in set(folded) if c in _REACTION_EMOJI)
            if emoji:
                kinds.add("".join(emoji) if len(emoji) <= 3 else "mixed")
        words += kinds
    return words

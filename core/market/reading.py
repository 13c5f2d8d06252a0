"""`describe(service)`: a service's name, category and type read into an `Offer`.

The name and the category are each read into a `_Reading` (what that text states); the name
wins wherever the two disagree ("Instagram Likes" rows under a "Followers" category are likes),
and the category fills only what the name leaves unsaid, and only when it speaks of the same
platform. A text that names two platforms or two delivered things (a combo, "Followers +
Likes") states none: it is left unknown, never guessed.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from core.market import patterns, vocabulary
from core.market.offers import Delivered, Offer, Platform, Target, Trait
from core.models import Service, search_text
from core.service_types import Charge, type_for_name

# --- folding -----------------------------------------------------------------------------------

# What folding changes beyond core.models.search_text, one character at a time: small capitals
# (NFKC keeps them) as letters, dashes as "-", apostrophes and emoji joiners dropped, and the
# refill signs ♻ 🔄 🔁 as the word. A pattern finds them and only they are replaced: str.translate
# would look up every character of the name (5 µs a name; these are few or none).
_FOLDED_CHARS = {
    **dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢғ–—", "abcdefghijklmnoprstuvwyzf--", strict=True)),
    **dict.fromkeys("'ʻʼ‘’`´\ufe0f\u200d", ""),
    **dict.fromkeys("\u267b\U0001f504\U0001f501", " refill "),
}
_TO_FOLD = re.compile("[" + "".join(_FOLDED_CHARS) + "]")
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_TOKEN = re.compile(r"[^\W_]+")
_ASCII_PUNCTUATION_AS_SPACE = bytes.maketrans(
    string.punctuation.encode(), b" " * len(string.punctuation)
)
#: "US" in capitals is the country ("[US]", "EN/US"); "us" is a word, and "by US" the seller.
_US = re.compile(r"(?<!by )\bUS\b")


def fold(text: str) -> str:
    """Lower-case text with decorations folded away: math-bold and small-capital letters as
    plain ones, Persian digits as ASCII, apostrophes dropped, ♻ as the word "refill"."""
    folded = search_text(text)
    if folded.isascii():
        return (
            folded.replace("'", "").replace("`", "") if "'" in folded or "`" in folded else folded
        )
    return _TO_FOLD.sub(_fold_char, folded)


def _fold_char(match: re.Match[str]) -> str:
    return _FOLDED_CHARS[match.group()]


def flag_countries(text: str) -> list[str]:
    """The countries of the flag emoji in `text`, as lower-case ISO codes ("ir", "us")."""
    return ["".join(chr(ord(c) - 0x1F1E6 + 97) for c in flag) for flag in _FLAG.findall(text)]


# --- the lexicon: one dict from a folded word or phrase to what it states ----------------------

_PLATFORM, _DELIVERED, _TARGET, _PAIR, _AUDIENCE, _TRAIT, _MARKER = range(7)
_SOURCE, _WITH, _BONUS, _COMBO, _OTHER = "source", "with", "bonus", "combo", "other"

_LEXICON: dict[str, list[tuple[int, object]]] = {}
for _kind, _table in (
    (_PLATFORM, vocabulary.PLATFORMS),
    (_DELIVERED, vocabulary.DELIVERED),
    (_TARGET, vocabulary.TARGETS),
    (_PAIR, vocabulary.TARGETED),
    (_AUDIENCE, vocabulary.AUDIENCES),
    (_TRAIT, vocabulary.TRAITS),
    (_MARKER, dict.fromkeys(vocabulary.SOURCE_MARKERS, _SOURCE)),
    (_MARKER, dict.fromkeys(vocabulary.WITH_MARKERS, _WITH)),
    (_MARKER, dict.fromkeys(vocabulary.BONUS_MARKERS, _BONUS)),
    (_MARKER, dict.fromkeys(vocabulary.COMBO_MARKERS, _COMBO)),
    (_MARKER, dict.fromkeys(vocabulary.OTHER_THINGS, _OTHER)),
):
    for _phrase, _value in _table.items():
        _LEXICON.setdefault(" ".join(_TOKEN.findall(fold(_phrase))), []).append((_kind, _value))


#: First words of the phrases of two or three words: only these make the reader look ahead.
def _uninflected(token: str) -> str:
    """A Persian plural as its singular when only that is known: لایک‌های -> لایکهای -> لایک."""
    if token in _LEXICON:
        return token
    for ending in ("ها", "های", "هایی"):
        if token.endswith(ending) and token[: -len(ending)] in _LEXICON:
            return token[: -len(ending)]
    return token


#: "X | Followers": a lone "x" names Twitter only as a name's first word (else "2 x", "x10").
_X_FIRST = frozenset({"x"})
_PHRASE_STARTS = frozenset(p.split(" ")[0] for p in _LEXICON if " " in p)
for _start in _PHRASE_STARTS:
    _LEXICON.setdefault(_start, [])  # found with the known words even where alone it says nothing


class _Reading:
    """What one text (a name or a category) states. Sets: a text may name several."""

    __slots__ = (
        "platforms",
        "sources",
        "delivered",
        "targets",
        "pair_target",
        "bare_delivered",
        "source_words",
        "audiences",
        "traits",
        "combo",
    )

    def __init__(self) -> None:
        self.platforms: set[Platform] = set()
        self.sources: set[Platform] = set()
        self.delivered: list[Delivered] = []
        self.targets: set[Target] = set()
        self.pair_target: Target | None = None
        self.bare_delivered: set[Delivered] = set()  # named outside a phrase like "comment likes"
        self.source_words: list[str] = []  # the word after each "from"
        self.audiences: set[str] = set()
        self.traits: set[Trait] = set()
        self.combo = False

    @property
    def platform(self) -> Platform | None:
        return next(iter(self.platforms)) if len(self.platforms) == 1 else None

    @property
    def pair_clash(self) -> bool:
        """A category such as "Likes / Comment Likes" names the thing on two targets (in a name,
        "Comment Likes | 100% Real Likes" is still on comments: only categories ask this)."""
        pair = self.pair_target is not None
        return pair and any(d in self.bare_delivered for d in self.delivered[:1])

    def one_delivered(self, platform: Platform | None) -> Delivered | None:
        """The one thing this text sells; None for none or several (a combo)."""
        named = self.delivered
        if len(named) == 1:
            return None if self.combo else named[0]  # most names
        if self.combo:
            return None
        if platform is not None:  # "upvotes" on a YouTube comment are its likes
            same = vocabulary.SAME_THING
            named = list(dict.fromkeys(same.get((platform, d), d) for d in named))
        if self.pair_target is Target.COMMENT:  # "comment likes": the comment is the target
            named = [d for d in named if d is not Delivered.COMMENTS] or named
        if len(named) > 1:
            side = vocabulary.SIDE_EFFECTS | vocabulary.SIDE_EFFECTS_ON.get(platform, frozenset())
            main = [d for d in named if d not in side]
            if len(main) == 1 and main[0] in vocabulary.MAKE_SIDE_EFFECTS:
                named = main
        return named[0] if len(named) == 1 else None


def _read(folded: str, raw: str) -> _Reading:
    reading = _Reading()
    if folded.isascii():  # bytes.translate + split: five times faster than the pattern
        tokens = folded.encode().translate(_ASCII_PUNCTUATION_AS_SPACE).decode().split()
    else:
        tokens = _TOKEN.findall(folded)
        if "ها" in folded:  # Persian plurals
            tokens = [_uninflected(t) for t in tokens]
    # Most words are decoration ("max", "10k", "day"): find the known ones at C speed first.
    known = [(i, f) for i, f in enumerate(map(_LEXICON.get, tokens)) if f is not None]
    if tokens and tokens[0] in _X_FIRST:
        known.insert(0, (0, [(_PLATFORM, Platform.TWITTER)]))
    source_until = with_until = bonus_until = next_free = -1
    count = len(tokens)
    for i, facts in known:
        if i < next_free:
            continue  # inside a phrase already read
        next_free = i + 1
        if tokens[i] in _PHRASE_STARTS:
            for length in (3, 2):
                if i + length <= count:
                    phrase = _LEXICON.get(" ".join(tokens[i : i + length]))
                    if phrase is not None:
                        facts, next_free = phrase, i + length
                        break
        for kind, value in facts:
            if kind == _PLATFORM:
                (reading.sources if i <= source_until else reading.platforms).add(value)
            elif kind == _DELIVERED:
                if i > bonus_until and i > with_until:
                    reading.bare_delivered.add(value)
                    if value not in reading.delivered:
                        reading.delivered.append(value)
            elif kind == _TARGET:
                if i > with_until:
                    reading.targets.add(value)
            elif kind == _PAIR:
                delivered, target = value
                if delivered not in reading.delivered:
                    reading.delivered.append(delivered)
                reading.pair_target = target
            elif kind == _AUDIENCE:
                reading.audiences.add(value)
            elif kind == _TRAIT:
                reading.traits.add(value)
            elif value == _SOURCE:
                source_until = i + 3
                if i + 1 < count:
                    reading.source_words.append(tokens[i + 1])
            elif value == _WITH:
                with_until = i + 3
            elif value == _BONUS:
                bonus_until = i + 2
            elif value == _COMBO:
                reading.combo = True
            elif value == _OTHER and i > with_until and i > source_until:
                reading.combo = True  # something else is sold, though not a thing known here
    if not raw.isascii():
        flags = vocabulary.FLAG_AUDIENCES
        reading.audiences.update(flags.get(code, code) for code in flag_countries(raw))
    if "US" in raw and _US.search(raw):
        reading.audiences.add("us")
    return reading


@lru_cache(maxsize=4096)
def _read_category(category: str) -> tuple[_Reading, Platform | None, int | None]:
    """Categories repeat (7,230 services in 658 categories): each is read once.

    Returns what the category states, its one platform and its refill days."""
    folded = fold(category)
    reading = _read(folded, category)
    return reading, reading.platform, patterns.refill_days(folded)


# --- putting a name and its category together --------------------------------------------------


def _target(
    platform: Platform | None, delivered: Delivered, reading: _Reading
) -> tuple[Target | None, str | None]:
    """The target, or (None, "on:post+reel") for a name that offers one of several targets."""
    if reading.pair_target is not None:
        return reading.pair_target, None
    if not reading.targets:  # most names
        if delivered in vocabulary.TO_ACCOUNT:
            return Target.ACCOUNT, None
        return vocabulary.IMPLIED_TARGET.get((platform, delivered)), None
    targets = {vocabulary.SAME_TARGET.get((platform, t), t) for t in reading.targets}
    if delivered in vocabulary.TO_ACCOUNT:
        own = targets & vocabulary.OWN_FOLLOWING
        if not own:
            return Target.ACCOUNT, None
        targets = own | (targets & {Target.ACCOUNT})
    else:
        for dominant in (Target.LIVE, Target.STORY):  # "live video views" is a live stream
            if dominant in targets:
                return dominant, None
    if len(targets) == 1:
        return next(iter(targets)), None
    if targets:  # "Video/Reel views": not the same offer as either alone, nor as unstated
        return None, "on:" + "+".join(sorted(t.value for t in targets))
    return vocabulary.IMPLIED_TARGET.get((platform, delivered)), None


#: Types whose form says what they deliver, whatever the name says.
_TYPE_OFFERS: dict[str, tuple[Delivered, Target]] = {
    "comment likes": (Delivered.LIKES, Target.COMMENT),
    "comment replies": (Delivered.COMMENTS, Target.COMMENT),
    "poll": (Delivered.VOTES, Target.POLL),
}


@lru_cache(maxsize=256)
def _read_type(type_name: str) -> tuple[str | None, tuple[Delivered, Target] | None]:
    """The form's shape (None: unknown, or a package) and what the type itself delivers."""
    service_type = type_for_name(type_name)
    # A package's rate buys its own fixed quantity: not comparable with a rate per 1000.
    comparable = service_type.known and service_type.charge is not Charge.ONCE
    return (service_type.key if comparable else None), _TYPE_OFFERS.get(service_type.key)


_NO_TRAITS: frozenset[Trait] = frozenset()


def describe(service: Service) -> Offer:
    """The offer `service` sells, read from its name, category and type."""
    name_folded = fold(service.name)
    name = _read(name_folded, service.name)
    category, category_platform, category_refill = _read_category(service.category)
    shape, type_offer = _read_type(service.type)

    named = name.platforms
    platform = (next(iter(named)) if len(named) == 1 else None) if named else category_platform
    use_category = not category.platforms or category_platform == platform
    name_states = bool(name.delivered) or name.combo
    delivered_from = category if use_category and not name_states else name
    delivered = delivered_from.one_delivered(platform)
    if delivered is None and not name_states and Target.LIVE in name.targets:
        delivered = Delivered.VIEWS  # "YouTube Live Stream [60 minutes]" sells its viewers
    if delivered is not None and platform is not None:
        delivered = vocabulary.SAME_THING.get((platform, delivered), delivered)
    target, several_targets = None, None
    if type_offer is not None:
        delivered, target = type_offer
    elif delivered is not None:
        targets_from = name
        name_silent = not name.targets and not name.pair_target
        if name_silent and use_category and not category.pair_clash:
            category_says = category.one_delivered(platform)
            category_says = vocabulary.SAME_THING.get((platform, category_says), category_says)
            if category_says in (None, delivered):
                targets_from = category
        target, several_targets = _target(platform, delivered, targets_from)

    traits = name.traits | category.traits if use_category and category.traits else name.traits
    variant_words: list[str] = []
    if traits and not traits.isdisjoint(vocabulary.SPLITTING_TRAITS):
        variant_words += [t.value for t in traits & vocabulary.SPLITTING_TRAITS]
    if several_targets:
        variant_words.append(several_targets)
    if delivered is Delivered.VISITS and Target.WEBSITE in name.targets | category.targets:
        # Web traffic: the platforms named are where visitors come from, not the platform.
        sources = {p.value for p in name.platforms | name.sources}
        sources |= vocabulary.TRAFFIC_KINDS.intersection(_TOKEN.findall(name_folded))
        sources.update(
            word
            for word in name.source_words
            if word not in vocabulary.AUDIENCES and not word.isdigit()
        )
        variant_words = [w for w in variant_words if not w.startswith("on:")]  # "Twitch.tv"
        variant_words += [f"from:{source}" for source in sources]
        platform, delivered, target = Platform.WEBSITE, Delivered.VISITS, Target.WEBSITE
    audiences = name.audiences or (category.audiences if use_category else set())
    if (
        target is Target.LIVE
        or delivered in patterns.VARIANT_DELIVERED
        or patterns.VARIANT_HINT.search(name_folded)
    ):
        variant_words += patterns.variant_words(name_folded, platform, delivered, target)

    refill = patterns.refill_days(name_folded)
    if refill is None and use_category:
        refill = category_refill
    if len(audiences) > 1:
        audience: str | None = "+".join(sorted(audiences))
    else:
        audience = next(iter(audiences)) if audiences else None
    return Offer(  # positional: 50,000 of these
        platform,
        delivered,
        target,
        audience,
        refill,
        frozenset(traits) if traits else _NO_TRAITS,
        patterns.speed_per_day(name_folded),
        patterns.start_minutes(name_folded),
        shape,
        "+".join(sorted(set(variant_words))) if variant_words else None,
    )


def platforms_named(service: Service) -> frozenset[Platform]:
    """Every platform the service's name or category names as one it sells on ("threads —
    instagram"); not where its audience comes from ("YouTube shares from Facebook" sells
    on YouTube only)."""
    name = _read(fold(service.name), service.name)
    category = _read_category(service.category)[0]
    return frozenset(name.platforms | category.platforms)

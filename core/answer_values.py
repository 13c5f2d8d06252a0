"""Reading one value of a panel's answer, and making the panel's words safe to keep.

Ids, money, counts, flags and text as panels send them (ints or strings, commas, entities),
bounded: a number no real price or count has is `OutOfRange`, which the parsers turn into an
error of its item. Every panel text bound for a message, the journal or the screen passes
`panel_words` or `snippet` (secrets redacted before anything is cut); `scrub_key` takes the
client's own key out of the raw answer before it is read at all.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any
from urllib.parse import quote, quote_plus

from core.logs import MIN_SECRET_LENGTH, REDACTED, redact

SNIPPET_CHARS = 160
#: The panel's own words are kept up to this length (a 2 MB error is not a message).
PANEL_TEXT_CHARS = 1000
#: A value shown inside an error about it ("rate 1e5000 is out of range") is cut to this.
SHOWN_VALUE_CHARS = 40
#: Money and counts beyond this are no real price, balance or quantity (the real topsmm.in
#: catalogue sends max = 10**12; an IRR balance reaches 10**11), and 16 digits still format.
NUMBER_LIMIT = 10**15
#: Decimal places money is kept to: prices have 4-7, float noise reaches 17; "1e-999999999"
#: must not become a billion zeros when shown.
MONEY_PLACES = 18
#: An id is one token: no panel's order or service id is longer.
ID_MAX_CHARS = 64
# Thousands separators only after a non-zero lead: "0,050" is a decimal comma, not 50.
_THOUSANDS = re.compile(r"[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_MONEY_QUANTUM = Decimal(1).scaleb(-MONEY_PLACES)
_LOOKS_NUMERIC = re.compile(r"\s*[-+]?\.?\d")
_PLAIN_DECIMAL = re.compile(r"[-+]?\d*\.?\d+")
_EXPONENT_FORM = re.compile(r"\s*[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+\s*")


class OutOfRange(ValueError):
    """A number from the panel that no real price, balance or count has (or cannot be one)."""

    def __init__(self, value: Any, name: str = "") -> None:
        self.value, self.name = value, name
        super().__init__(f"{name} {shown_value(value)} is out of range".lstrip())


# --- panel text ------------------------------------------------------------------------------


def scrub_key(raw: bytes, key: str) -> bytes:
    """The raw answer with every form of `key` a panel may echo (as sent, JSON-, URL- or
    HTML-escaped) replaced by ***. Done on the bytes, before anything reads them."""
    from html import escape as html_escape  # html (its entity table) waits for a first answer

    if len(key) < MIN_SECRET_LENGTH:
        return raw  # too short to tell from ordinary text (and no real panel key is)
    forms = {
        key,
        json.dumps(key)[1:-1],
        json.dumps(key)[1:-1].replace("/", "\\/"),  # PHP escapes slashes
        quote_plus(key),
        quote(key, safe=""),
        html_escape(key),
    }
    for form in sorted(forms, key=len, reverse=True):
        encoded = form.encode("utf-8", "surrogatepass")
        if encoded in raw:
            raw = raw.replace(encoded, REDACTED.encode())
    return raw


def panel_words(text: str) -> str:
    """The panel's words, fit to show, log or store: every registered secret and key=...
    value redacted (core.logs.redact), then cut to PANEL_TEXT_CHARS."""
    clean = redact(text)
    if len(clean) > PANEL_TEXT_CHARS:
        clean = clean[:PANEL_TEXT_CHARS] + "…"
    return clean


def shown_value(value: Any) -> str:
    """A value the panel sent, for an error about it: redacted, one line, cut short."""
    if isinstance(value, int) and value.bit_length() > 128:
        return f"<a {int(value.bit_length() * 0.30103)}-digit number>"  # repr() would refuse
    text = value if isinstance(value, str) else repr(value)
    return snippet(text, SHOWN_VALUE_CHARS) or repr(text)


# --- scalars -------------------------------------------------------------------------------


def as_id(value: Any) -> str | None:
    """One id, from an int or a string (a float like 12.0 is an int that lost its type); None
    for anything that is not one id: "5001,5002", text with spaces inside, 2 MB of digits."""
    if type(value) is str and len(value) <= ID_MAX_CHARS and value.isdigit() and value.isascii():
        return value  # the common shape (50,000 of them): digits only, nothing more to check
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value) if -NUMBER_LIMIT <= value <= NUMBER_LIMIT else ""
        return text or None
    if not isinstance(value, str) or len(value) > ID_MAX_CHARS * 4:
        return None
    text = value.strip()
    # isprintable: no control character, no lone surrogate, no space but the ASCII one.
    if not text or len(text) > ID_MAX_CHARS or not text.isprintable():
        return None
    if "," in text or " " in text or "\ufffd" in text:
        return None  # two ids, words, or bytes that were unreadable: not one id
    return text


def _number(value: Any) -> Decimal | None:
    """A string or JSON number as a Decimal (NaN and Infinity included), None when it is no
    number; text too long to be a sane number is OutOfRange before Decimal sees it."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int) and value.bit_length() > 128:
        raise OutOfRange(value)
    if isinstance(value, (int, float)):
        value = repr(value)  # floats through repr to keep what was sent
    if not isinstance(value, str):
        return None
    if len(value) > 64:
        if _LOOKS_NUMERIC.match(value):
            raise OutOfRange(value)
        return None
    if "," in value:
        value = value.strip()
        if _THOUSANDS.fullmatch(value):  # 1,234.5
            value = value.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(value):  # 0,05 (a decimal comma)
            value = value.replace(",", ".")
        else:
            return None
    try:
        return Decimal(value)  # surrounding spaces are allowed
    except InvalidOperation:
        if _EXPONENT_FORM.fullmatch(value):
            raise OutOfRange(value) from None  # "1e9999999999999999999": beyond any exponent
        return None


def as_decimal(value: Any) -> Decimal | None:
    """A finite Decimal from a string or a JSON number, else None (no bounds: see as_money)."""
    try:
        number = _number(value)
    except OutOfRange:
        return None
    return number if number is not None and number.is_finite() else None


def _too_big(number: Decimal) -> bool:
    # copy_abs, not abs(): abs() rounds to the context and overflows on "1e999999999".
    magnitude = number.adjusted()  # the power of ten of the first digit: cheap
    return magnitude > 15 or (magnitude == 15 and number.copy_abs() > NUMBER_LIMIT)


def as_money(value: Any) -> Decimal | None:
    """Money (a rate, a charge, a balance): None when absent or not a number; OutOfRange when
    NaN, infinite or beyond NUMBER_LIMIT. Places beyond MONEY_PLACES are rounded off."""
    if type(value) is str and len(value) <= MONEY_PLACES and _PLAIN_DECIMAL.fullmatch(value):
        # The common shape ("0.0360"; 50,000 rates, 10,000 charges): no exponent, so no more
        # places than characters, and at most 18 digits.
        number = Decimal(value)
        if _too_big(number):
            raise OutOfRange(value)
        return number
    number = _number(value)
    if number is None:
        return None
    if not number.is_finite() or _too_big(number):
        raise OutOfRange(value)
    if number.as_tuple().exponent < -MONEY_PLACES:  # type: ignore[operator]  # finite
        with localcontext() as ctx:
            ctx.prec = 40  # 16 integer digits + 18 places, exactly
            number = number.quantize(_MONEY_QUANTUM)
    return number


def as_count(value: Any) -> int | None:
    """A count (min, max, remains, start_count) from an int, a string or a float: None when
    absent or not a number; OutOfRange when NaN, infinite or beyond NUMBER_LIMIT."""
    # Fast paths for the common shapes: a catalogue has 100,000 of these.
    if type(value) is int:
        if -NUMBER_LIMIT <= value <= NUMBER_LIMIT:
            return value
        raise OutOfRange(value)
    if type(value) is str and len(value) <= 15 and value.isdigit() and value.isascii():
        return int(value)
    number = _number(value)
    if number is None:
        return None
    # Checked before int(): "1e99999999" must not become a 100-million-digit int.
    if not number.is_finite() or _too_big(number):
        raise OutOfRange(value)
    return int(number)


def as_flag(value: Any) -> bool:
    """true/1/"1"/"true"/"yes" are set; anything else is not."""
    if value is True or value is False:
        return value
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(value, (int, float)):
        return value != 0
    return False


def _unescape(text: str) -> str:
    """html.unescape, imported by the first text that needs it (its entity table costs ~1.5 ms
    of the start). The first call puts html's own function in this name's place: an import
    statement run for every escaped name cost 40 ms of a 50,000-service answer."""
    global _unescape
    from html import unescape

    _unescape = unescape
    return unescape(text)


def as_text(value: Any) -> str:
    """Text fields, with HTML entities unescaped as the panel's web page would show them.

    Some panels escape names several times over (`&amp;amp;amp;`); unescape until stable so
    the user sees `&`, not the panel's bookkeeping."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    for _ in range(5):
        if "&" not in value:
            break
        unescaped = _unescape(value)
        if unescaped == value:
            break
        value = unescaped
    return value


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """A short, single-line piece of an answer for an error message, secrets redacted."""
    # Redacted whole before it is cut: a secret cut in half would no longer be found.
    clean = redact(text)
    flat = re.sub(r"\s+", " ", clean[: limit * 64]).strip()
    return flat[:limit] + ("…" if len(flat) > limit or len(clean) > limit * 64 else "")

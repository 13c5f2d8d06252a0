"""The one place numbers, money and counts are formatted for display, and for copying; the
language and calendar every display text follows (dates and durations: ui/common/time_text.py).

Display texts follow the app's language (ui/common/i18n.py calls `configure`): Persian digits
and separators in Persian, and the calendar chosen for dates. Money is formatted from the
Decimal's own digits, never through float. Anything copied to the clipboard or exported uses the
`*_ascii` variants: ASCII digits, no grouping. `isolate`/`ltr` keep ids, links and numbers
readable inside right-to-left sentences (Unicode bidi isolates).

Nothing here raises, whatever a value holds: the journal and the cached catalogue keep values
from older versions and hostile panels ("1e5000", NaN, a text where a number belongs). A value
that is no sane number is shown as `unreadable()` (copies get a short scientific form or "").
A panel's long texts: ui/common/long_text.py.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from core import text_folding
from core.exchange_rates import currency_code
from core.preferences import CALENDARS
from ui.common.long_text import preview
from ui.common.scientific import MAX_WHOLE_DIGITS, NUMBER_TEXT_CHARS, scientific_ascii

JALALI, GREGORIAN = CALENDARS

#: More decimals than this are float noise from a panel (a charge with 52 decimals): rounded.
MAX_PLACES = 8
#: Money with decimals keeps at least this many (1.50, not 1.5) in copies and exports.
MIN_MONEY_PLACES = 2
#: Decimal places money is shown with in a currency not named in _MONEY_PLACES (cents).
DEFAULT_MONEY_PLACES = 2
#: Currencies shown whole: ISO 4217 minor unit 0, plus those whose cents nobody quotes (the
#: Iranian rial and toman, the Indonesian rupiah: panels price them in whole units).
_MONEY_PLACES = {
    code: 0
    for code in ("IRR", "IRT", "TOMAN", "TMN", "IDR", "JPY", "KRW", "VND", "CLP", "ISK", "UGX")
}
#: Rates keep the panel's precision, but a column of them no more than this many places.
MAX_RATE_PLACES = 6
#: A currency code longer than this is cut (the balance button shows it after every amount).
CURRENCY_CHARS = 12

_INT_LIMIT = 10**MAX_WHOLE_DIGITS
# Rounding to MAX_PLACES: precision for every whole digit allowed plus the places, exponents of
# any size (a Decimal can hold 1E-999999999 without being in the default context's range).
_ROUNDING = Context(
    prec=MAX_WHOLE_DIGITS + MAX_PLACES + 4, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN
)
_QUANTUM = Decimal(1).scaleb(-MAX_PLACES)

# Unicode bidi controls: first-strong / left-to-right isolate, pop isolate, LR/RL marks.
FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"
LRM = "\u200e"
RLM = "\u200f"

_CTX = "Formatting"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, "", n)


@dataclass(frozen=True)
class Config:
    """The display choices: "en" or "fa", and "jalali" or "gregorian"."""

    language: str = "en"
    calendar: str = GREGORIAN


_config = Config()
_locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
_to_local = str.maketrans({})


def default_calendar(language: str) -> str:
    """Persian readers expect Solar Hijri dates; everyone else Gregorian."""
    return JALALI if language == "fa" else GREGORIAN


def configure(config: Config) -> None:
    """Set the language and calendar every later call formats for (GUI thread, at start-up)."""
    global _config, _locale, _to_local
    _config = config
    if config.language == "fa":
        _locale = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    else:
        _locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    zero = ord(_locale.zeroDigit()[:1] or "0")
    # The minus sign may carry a direction mark (Persian: LRM + U+2212): keep it whole.
    _to_local = str.maketrans(
        {
            **{str(i): chr(zero + i) for i in range(10)},
            ".": _locale.decimalPoint(),
            ",": _locale.groupSeparator(),
            "-": _locale.negativeSign(),
        }
    )


def current() -> Config:
    """The choices in effect."""
    return _config


def is_rtl() -> bool:
    """True when the app shows Persian (right to left)."""
    return _config.language == "fa"


def locale() -> QLocale:
    """The QLocale numbers and dates are shown in."""
    return QLocale(_locale)


# --- numbers and money -----------------------------------------------------------------------


def localize_digits(ascii_text: str) -> str:
    """ASCII digits, '.', ',' and '-' of a formatted number in the display locale's symbols."""
    return ascii_text.translate(_to_local) if _config.language == "fa" else ascii_text


def digits_only(text: str) -> str:
    """Just the digits of any text in the display locale's digits (ids, line numbers)."""
    if _config.language != "fa":
        return text
    zero = ord(_locale.zeroDigit()[:1] or "0")
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


def to_ascii(text: str) -> str:
    """Persian/Arabic digits and separators to ASCII, bidi controls removed (for copies)."""
    return text_folding.to_ascii(text)


def unreadable() -> str:
    """What a value that is no sane number, date or text is shown as (translated)."""
    return _tr("unreadable")


def as_number(value: object) -> int | float | Decimal | None:
    """The value as a number that compares with any other, or None when it is none (None,
    NaN, a text): for sort keys, which must not raise on what a journal row holds."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    if isinstance(value, Decimal):
        return None if value.is_nan() else value
    return None if value != value else value  # NaN is the one value unequal to itself


def _in_range(value: object) -> Decimal | None:
    """A finite Decimal with at most MAX_WHOLE_DIGITS whole digits, or None (never raises).

    Floats are refused here: money never goes through float."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        return Decimal(value) if -_INT_LIMIT < value < _INT_LIMIT else None
    elif isinstance(value, str):
        text = value.strip()
        if not text or len(text) > NUMBER_TEXT_CHARS:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            return None
    else:
        return None
    if not amount.is_finite():
        return None
    # adjusted() is the power of ten of the first digit: cheap whatever the exponent (0E+9999
    # is zero, though).
    return amount if amount.is_zero() or amount.adjusted() < MAX_WHOLE_DIGITS else None


def whole_number(value: object) -> int | None:
    """A whole number in range (a count), or None (never raises)."""
    if type(value) is int:
        return value if -_INT_LIMIT < value < _INT_LIMIT else None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and abs(value) < _INT_LIMIT else None
    amount = _in_range(value)
    return None if amount is None else int(amount)


def number(value: object) -> str:
    """A whole number with grouping, in the locale's digits ("1,000" / "۱٬۰۰۰"); "" when
    unknown (None), `unreadable()` when it is no sane count."""
    if value is None:
        return ""
    whole = whole_number(value)
    return unreadable() if whole is None else localize_digits(f"{whole:,}")


def number_ascii(value: object) -> str:
    """A whole number as plain ASCII digits, no grouping (copies, exports, the panel); a huge
    one in scientific form, "" when it is none."""
    if value is None:
        return ""
    whole = whole_number(value)
    return scientific_ascii(value) if whole is None else str(whole)


def decimal_ascii(value: object, min_places: int = 0) -> str:
    """A Decimal in plain ASCII: no exponent, the panel's precision kept, noise trimmed.

    Trailing zeros are dropped down to `min_places` (an amount sent whole stays whole), and
    more than MAX_PLACES decimals are rounded away. An amount past MAX_WHOLE_DIGITS is given in
    scientific form; "" when there is no number (None, NaN, a float, a text that is none)."""
    if value is None or isinstance(value, float):
        return ""  # money never goes through float
    amount = _in_range(value)
    if amount is None:
        return scientific_ascii(value)
    return _plain(amount, min_places)


def _plain(amount: Decimal, min_places: int) -> str:
    # Rounded to MAX_PLACES whatever it had (exact for fewer), then the zeros trimmed again.
    text = f"{amount.quantize(_QUANTUM, context=_ROUNDING):f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    if len(frac) < min_places and (frac or _has_places(amount)):
        frac = frac.ljust(min_places, "0")  # 1.5 -> 1.50, and 2.00 stays 2.00; 2 stays 2
    text = f"{whole}.{frac}" if frac else whole
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text  # no "-0"


def _has_places(amount: Decimal) -> bool:
    # Whether its exponent is below zero, without as_tuple() (a tuple of every digit): 2.00
    # and 2 are equal numbers, and the total order puts the one with places first.
    magnitude = amount.copy_abs()
    whole = magnitude.to_integral_value(context=_ROUNDING)
    return magnitude != whole or magnitude.compare_total(whole) < 0


def _grouped(ascii_number: str) -> str:
    sign = "-" if ascii_number.startswith("-") else ""
    whole, dot, frac = ascii_number.lstrip("-").partition(".")
    return f"{sign}{int(whole or '0'):,}{dot}{frac}"


def decimal(value: object, min_places: int = 0) -> str:
    """A Decimal for display: grouped, the panel's precision kept, in the locale's digits;
    "" when unknown (None), `unreadable()` when it is no sane number."""
    if value is None or isinstance(value, float):
        return ""  # money never goes through float
    amount = _in_range(value)
    if amount is None:
        return unreadable()
    return localize_digits(_grouped(_plain(amount, min_places)))


def currency_text(currency: str | None) -> str:
    """A currency code as shown after an amount (cut when a panel sends a long one)."""
    return preview(currency or "", CURRENCY_CHARS)


@functools.lru_cache(maxsize=64)  # a few currencies, asked for every amount shown
def money_places(currency: str | None) -> int:
    """How many decimals an amount in this currency is shown with: 0 for the rial, toman and
    other whole-unit currencies, DEFAULT_MONEY_PLACES otherwise (also when it is unknown)."""
    code = currency_code(currency)  # "تومان" and "toman" are IRT
    return DEFAULT_MONEY_PLACES if code is None else _MONEY_PLACES.get(code, DEFAULT_MONEY_PLACES)


def _fixed(amount: Decimal, places: int) -> str:
    # Exactly `places` decimals, rounded half up; no "-0.00".
    text = f"{amount.quantize(Decimal(1).scaleb(-places), context=_ROUNDING):f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def _with_currency(text: str, currency: str | None) -> str:
    if not currency:
        return text
    # The currency code is Latin: isolated so "USD" stays after the amount in a Persian line.
    code = currency_text(currency)
    return f"{text} {ltr(code)}" if is_rtl() else f"{text} {code}"


def money(value: object, currency: str | None = None) -> str:
    """An amount of money for display, with its currency's precision whatever the panel sent
    ("1,234.50 USD", "150,000 IRR", "۱٬۲۳۴٫۵۰ USD"): balances, charges and estimates alike.

    An amount too small for that precision is "< 0.01", not "0.00" (a charge was taken). ""
    when unknown, `unreadable()` (without the currency) when it is no sane amount."""
    if value is None or isinstance(value, float):
        return ""  # money never goes through float
    amount = _in_range(value)
    if amount is None:
        return unreadable()
    places = money_places(currency)
    text = _fixed(amount, places)
    if amount > 0 and not text.strip("0."):
        smallest = _fixed(Decimal(1).scaleb(-places), places)
        return _with_currency(localize_digits(f"< {smallest}"), currency)
    return _with_currency(localize_digits(_grouped(text)), currency)


def money_ascii(value: object, currency: str | None = None) -> str:
    """An amount in plain ASCII, no grouping, exactly as precise as it is (copies and exports
    keep what the panel charged); currency appended if given."""
    text = decimal_ascii(value, MIN_MONEY_PLACES)
    return f"{text} {currency}" if text and currency else text


def rate_places(rates: Iterable[object]) -> int:
    """The decimals a column of rates needs to show each as precise as the panel sent it
    (trailing zeros aside), at most MAX_RATE_PLACES: one figure for a whole catalogue, so its
    rates line up at the decimal point. About 7 ms for 50,000 rates."""
    places = 0
    for value in rates:
        if not isinstance(value, Decimal):
            continue
        text = str(value)  # read from the text: 2.5x faster than normalize() on 50,000
        dot = text.find(".")
        if "E" in text:  # an exponent form (always a finite number): the Decimal says it
            exponent = value.normalize(_ROUNDING).as_tuple().exponent
            needed = -exponent if isinstance(exponent, int) and not value.is_zero() else 0
        elif dot < 0 or len(text) - dot - 1 <= places:
            # No decimals (NaN and Infinity neither), or no more than the column already
            # needs: most rates, and nothing to strip.
            continue
        else:
            needed = len(text.rstrip("0")) - dot - 1
        if needed > places:
            places = min(needed, MAX_RATE_PLACES)
            if places == MAX_RATE_PLACES:
                break
    return places


def rate(value: object, currency: str | None = None, places: int | None = None) -> str:
    """A price per 1000 as precise as the panel sent it (cents at least), or with exactly `places`
    decimals (a column's, see rate_places); "?" when the panel's could not be read,
    `unreadable()` when it is no sane number."""
    if value is None:
        return "?"
    if places is None or isinstance(value, float):
        text = decimal(value, MIN_MONEY_PLACES)  # money: 12.50, not 12.5
    else:
        amount = _in_range(value)
        text = unreadable() if amount is None else localize_digits(_grouped(_fixed(amount, places)))
    if _in_range(value) is None:
        return text
    return _with_currency(text, currency)


# --- bidi ------------------------------------------------------------------------------------


def isolate(text: str) -> str:
    """Text of unknown direction (a service name, a panel's message) set apart from its line.

    A first-strong isolate lets an English name keep its own order ("[Refill] 30 days") inside
    a Persian sentence, and a Persian name keep its brackets on the right side in the English
    ui: so it applies in both directions (the marks are invisible)."""
    return f"{FSI}{text}{PDI}" if text else text


def ltr(text: object) -> str:
    """Left-to-right text (an id, a link, a key, a number in ASCII) embedded in RTL lines."""
    try:
        value = str(text)
    except ValueError:  # an int past Python's 4,300 digits
        value = scientific_ascii(text)
    return f"{LRI}{value}{PDI}" if value and is_rtl() else value


def strip_bidi(text: str) -> str:
    """The text without bidi controls (what a copy should hold)."""
    return text_folding.strip_bidi(text)

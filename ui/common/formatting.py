"""The one place numbers, money, counts and dates are formatted for display, and for copying.

Display texts follow the app's language (ui/i18n.py calls `configure`): Persian digits and
separators in Persian, dates in the Solar Hijri (Jalali) calendar when that calendar is chosen
(Qt's own QCalendar), Gregorian otherwise. Money is formatted from the Decimal's own digits, never
through float. Anything copied to the clipboard or exported uses the `*_ascii` variants: ASCII
digits, no grouping, ISO Gregorian dates. `isolate`/`ltr` keep ids, links and numbers readable
inside right-to-left sentences (Unicode bidi isolates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale

from core.preferences import CALENDARS

JALALI, GREGORIAN = CALENDARS

#: More decimals than this are float noise from a panel (a charge with 52 decimals): rounded.
MAX_PLACES = 8
#: Money with decimals keeps at least this many (1.50, not 1.5); whole amounts stay whole.
MIN_MONEY_PLACES = 2

# Unicode bidi controls: first-strong / left-to-right isolate, pop isolate, LR/RL marks.
FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"
LRM = "\u200e"
RLM = "\u200f"
_BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_CTX = "Formatting"

# Digits a user or a Persian keyboard may produce: Persian (U+06F0..) and Arabic-Indic (U+0660..)
_TO_ASCII = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        "\u066b": ".",  # Arabic decimal separator
        "\u066c": ",",  # Arabic thousands separator
        "\u2212": "-",  # minus sign
        **{c: None for c in _BIDI_CONTROLS},
    }
)


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
    return text.translate(_TO_ASCII)


def number(value: int | None) -> str:
    """A whole number with grouping, in the locale's digits ("1,000" / "۱٬۰۰۰")."""
    if value is None:
        return ""
    return localize_digits(f"{int(value):,}")


def number_ascii(value: int | None) -> str:
    """A whole number as plain ASCII digits, no grouping (copies, exports, the panel)."""
    return "" if value is None else str(int(value))


def _as_decimal(value: Decimal | int | str | None) -> Decimal | None:
    if value is None or isinstance(value, float):
        return None  # money never goes through float
    try:
        result = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def decimal_ascii(value: Decimal | int | str | None, min_places: int = 0) -> str:
    """A Decimal in plain ASCII: no exponent, the panel's precision kept, noise trimmed.

    Trailing zeros are dropped down to `min_places` (an amount sent whole stays whole), and
    more than MAX_PLACES decimals are rounded away."""
    amount = _as_decimal(value)
    if amount is None:
        return ""
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places > MAX_PLACES:
        amount = amount.quantize(Decimal(1).scaleb(-MAX_PLACES), rounding=ROUND_HALF_UP)
        places = MAX_PLACES
    text = f"{amount:f}"
    if places:
        whole, _, frac = text.partition(".")
        frac = frac.rstrip("0")
        if len(frac) < min_places:
            frac = frac.ljust(min_places, "0")
        text = f"{whole}.{frac}" if frac else whole
    if text in ("-0", "-0.00") or text.startswith("-0") and not text.strip("-0."):
        text = text[1:]
    return text


def _grouped(ascii_number: str) -> str:
    sign = "-" if ascii_number.startswith("-") else ""
    whole, dot, frac = ascii_number.lstrip("-").partition(".")
    return f"{sign}{int(whole or '0'):,}{dot}{frac}"


def decimal(value: Decimal | int | str | None, min_places: int = 0) -> str:
    """A Decimal for display: grouped, the panel's precision kept, in the locale's digits."""
    text = decimal_ascii(value, min_places)
    return localize_digits(_grouped(text)) if text else ""


def money(value: Decimal | int | str | None, currency: str | None = None) -> str:
    """An amount of money for display ("1,234.50 USD" / "۱٬۲۳۴٫۵۰ USD"); "" when unknown."""
    text = decimal(value, MIN_MONEY_PLACES)
    if not text:
        return ""
    if not currency:
        return text
    # The currency code is Latin: isolated so "USD" stays after the amount in a Persian line.
    return f"{text} {ltr(currency)}" if is_rtl() else f"{text} {currency}"


def money_ascii(value: Decimal | int | str | None, currency: str | None = None) -> str:
    """An amount in plain ASCII, no grouping (copies and exports); currency appended if given."""
    text = decimal_ascii(value, MIN_MONEY_PLACES)
    return f"{text} {currency}" if text and currency else text


def rate(value: Decimal | None, currency: str | None = None) -> str:
    """A price per 1000 exactly as precise as the panel sent it ("?" when unreadable)."""
    if value is None:
        return "?"
    text = decimal(value)
    if not currency:
        return text
    return f"{text} {ltr(currency)}" if is_rtl() else f"{text} {currency}"


# --- dates -----------------------------------------------------------------------------------


def _qdate(value: date | datetime | QDate) -> QDate:
    if isinstance(value, QDate):
        return value
    return QDate(value.year, value.month, value.day)


def qcalendar() -> QCalendar:
    """The chosen calendar, for date editors (QDateEdit.setCalendar) and date texts."""
    if _config.calendar == JALALI:
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar(QCalendar.System.Gregorian)


def date_text(value: date | datetime | QDate | None) -> str:
    """A date for display: yyyy/mm/dd in the chosen calendar and the locale's digits."""
    if value is None:
        return ""
    parts = qcalendar().partsFromDate(_qdate(value))
    return localize_digits(f"{parts.year:04d}/{parts.month:02d}/{parts.day:02d}")


def long_date_text(value: date | datetime | QDate | None) -> str:
    """A date with the month's name in the chosen calendar ("15 Mehr 1403" / "۱۵ مهر ۱۴۰۳")."""
    if value is None:
        return ""
    calendar = qcalendar()
    parts = calendar.partsFromDate(_qdate(value))
    month = calendar.monthName(_locale, parts.month, parts.year)
    return localize_digits(f"{parts.day} ") + month + localize_digits(f" {parts.year}")


def _local(value: datetime) -> datetime:
    # Stored times are UTC; a naive one is taken as UTC too, then shown in local time.
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone()


def datetime_text(value: datetime | None) -> str:
    """Local date and time for display: date_text plus HH:MM in the locale's digits."""
    if value is None:
        return ""
    local = _local(value)
    return f"{date_text(local)} {localize_digits(local.strftime('%H:%M'))}"


def date_ascii(value: date | datetime | None) -> str:
    """ISO Gregorian date in ASCII (copies and exports): 2024-10-06."""
    return "" if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def datetime_ascii(value: datetime | None) -> str:
    """ISO Gregorian local date and time in ASCII: 2024-10-06 14:05."""
    return "" if value is None else _local(value).strftime("%Y-%m-%d %H:%M")


def jalali_parts(value: date | datetime | QDate) -> tuple[int, int, int]:
    """(year, month, day) of a date in the Solar Hijri calendar."""
    parts = QCalendar(QCalendar.System.Jalali).partsFromDate(_qdate(value))
    return parts.year, parts.month, parts.day


def age(seconds: float) -> str:
    """How long ago, in words: "just now", "5 minutes ago", "3 hours ago", "2 days ago"."""
    minutes = int(max(seconds, 0) // 60)
    if minutes < 1:
        return _tr("just now")
    if minutes < 60:
        return _tr("%n minute(s) ago", minutes)
    if minutes < 48 * 60:
        return _tr("%n hour(s) ago", minutes // 60)
    return _tr("%n day(s) ago", minutes // (24 * 60))


# --- bidi ------------------------------------------------------------------------------------


def isolate(text: str) -> str:
    """Text of unknown direction (a service name, a panel's message) set apart from its line.

    A first-strong isolate lets an English name keep its own order ("[Refill] 30 days") inside
    a Persian sentence, and a Persian name keep its brackets on the right side in the English
    ui: so it applies in both directions (the marks are invisible)."""
    return f"{FSI}{text}{PDI}" if text else text


def ltr(text: object) -> str:
    """Left-to-right text (an id, a link, a key, a number in ASCII) embedded in RTL lines."""
    value = str(text)
    return f"{LRI}{value}{PDI}" if value and is_rtl() else value


def strip_bidi(text: str) -> str:
    """The text without bidi controls (what a copy should hold)."""
    return "".join(c for c in text if c not in _BIDI_CONTROLS)


def now_utc() -> datetime:
    """The current time in UTC (for ages)."""
    return datetime.now(timezone.utc)

"""Dates, times, ages and durations for display and for copying.

Dates are shown in the chosen calendar (Solar Hijri or Gregorian, Qt's own QCalendar) with the
locale's digits (ui/common/formatting.py configures both); copies and exports get ISO Gregorian
dates in ASCII. Nothing here raises, whatever a value holds: a stored time out of range is shown
as `formatting.unreadable()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from PySide6.QtCore import QCalendar, QCoreApplication, QDate

from ui.common.formatting import (
    JALALI,
    current,
    is_rtl,
    locale,
    localize_digits,
    number,
    unreadable,
    whole_number,
)

# The texts keep the context they were translated in when they lived in formatting.py.
_CTX = "Formatting"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, "", n)


# --- dates -----------------------------------------------------------------------------------


#: What a date that is none raises on its way to a text (a text, an out-of-range moment).
_DATE_FAULTS = (AttributeError, TypeError, ValueError, OverflowError)


def _qdate(value: date | datetime | QDate) -> QDate:
    if isinstance(value, QDate):
        return value
    return QDate(value.year, value.month, value.day)


def qcalendar() -> QCalendar:
    """The chosen calendar, for date editors (QDateEdit.setCalendar) and date texts."""
    if current().calendar == JALALI:
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar(QCalendar.System.Gregorian)


def _parts(calendar: QCalendar, value: object) -> QCalendar.YearMonthDay | None:
    try:
        parts = calendar.partsFromDate(_qdate(value))  # type: ignore[arg-type]
    except _DATE_FAULTS:
        return None
    return parts if parts.isValid() else None


def date_edit_format() -> str:
    """A date editor's display format that reads year first, as every date here is written:
    Qt lays a right-to-left editor's sections out reversed, so there "dd/MM/yyyy" reads
    1405/09/09."""
    return "dd/MM/yyyy" if is_rtl() else "yyyy/MM/dd"


def date_text(value: date | datetime | QDate | None) -> str:
    """A date for display: yyyy/mm/dd in the chosen calendar and the locale's digits."""
    if value is None:
        return ""
    parts = _parts(qcalendar(), value)
    if parts is None:
        return unreadable()
    return localize_digits(f"{parts.year:04d}/{parts.month:02d}/{parts.day:02d}")


def long_date_text(value: date | datetime | QDate | None) -> str:
    """A date with the month's name in the chosen calendar ("15 Mehr 1403" / "۱۵ مهر ۱۴۰۳")."""
    if value is None:
        return ""
    calendar = qcalendar()
    parts = _parts(calendar, value)
    if parts is None:
        return unreadable()
    month = calendar.monthName(locale(), parts.month, parts.year)
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
    try:
        local = _local(value)  # the year 1 or 9999 moved to local time leaves the calendar
    except _DATE_FAULTS:
        return unreadable()
    return f"{date_text(local)} {localize_digits(local.strftime('%H:%M'))}"


def date_ascii(value: date | datetime | None) -> str:
    """ISO Gregorian date in ASCII (copies and exports): 2024-10-06; "" when it is none."""
    try:
        return "" if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    except _DATE_FAULTS:
        return ""


def datetime_ascii(value: datetime | None) -> str:
    """ISO Gregorian local date and time in ASCII: 2024-10-06 14:05; "" when it is none."""
    try:
        return "" if value is None else _local(value).strftime("%Y-%m-%d %H:%M")
    except _DATE_FAULTS:
        return ""


def jalali_parts(value: date | datetime | QDate) -> tuple[int, int, int]:
    """(year, month, day) of a date in the Solar Hijri calendar."""
    parts = QCalendar(QCalendar.System.Jalali).partsFromDate(_qdate(value))
    return parts.year, parts.month, parts.day


#: More days ago than this is no age (a clock or a stored time gone wrong): unreadable.
_MAX_AGE_DAYS = 1_000_000


def age(seconds: float) -> str:
    """How long ago, in words: "just now", "5 minutes ago", "3 hours ago", "2 days ago"."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return unreadable()
    if seconds != seconds or seconds >= _MAX_AGE_DAYS * 86400:  # NaN, infinity, centuries
        return unreadable()
    minutes = int(max(seconds, 0) // 60)
    if minutes < 1:
        return _tr("just now")
    if minutes < 60:
        return _tr("%n minute(s) ago", minutes)
    if minutes < 48 * 60:
        return _tr("%n hour(s) ago", minutes // 60)
    return _tr("%n day(s) ago", minutes // (24 * 60))


def duration(minutes: object) -> str:
    """A length of time given in minutes, in words, to the two largest units: "45 minutes",
    "2 hours 5 minutes", "3 days 4 hours"; "" when it is no positive whole number. A table cell
    says it shorter: `short_duration`."""
    whole = whole_number(minutes)
    if whole is None or whole <= 0 or whole >= _MAX_AGE_DAYS * 1440:
        return ""
    days, rest = divmod(whole, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        parts = [_tr("%n day(s)", days)] + ([_tr("%n hour(s)", hours)] if hours else [])
    elif hours:
        parts = [_tr("%n hour(s)", hours)] + ([_tr("%n minute(s)", mins)] if mins else [])
    else:
        parts = [_tr("%n minute(s)", mins)]
    return " ".join(parts)


@dataclass(frozen=True)
class DurationWords:
    """The templates of a short duration ("3 h 10 min"): translated on the GUI thread
    (`duration_words`) and handed to a worker that words durations (ui/insights)."""

    under_minute: str = "under a minute"
    minutes: str = "{m} min"
    hours: str = "{h} h {m} min"
    whole_hours: str = "{h} h"  # no "0 min" after it
    days: str = "{d} d {h} h"
    whole_days: str = "{d} d"


def duration_words() -> DurationWords:
    """The templates in the UI's language (call on the GUI thread)."""
    return DurationWords(
        under_minute=_tr("under a minute"),
        minutes=_tr("{m} min"),
        hours=_tr("{h} h {m} min"),
        whole_hours=_tr("{h} h"),
        days=_tr("{d} d {h} h"),
        whole_days=_tr("{d} d"),
    )


def short_duration(minutes: object, words: DurationWords | None = None) -> str:
    """Minutes said short, for a table cell or a line: "under a minute", "45 min",
    "3 h 10 min", "3 h", "2 d 4 h", "2 d" (no zero part); "" when it is no whole number of
    minutes >= 0. `words` from `duration_words()` on a worker; on the GUI thread they are
    translated here."""
    whole = whole_number(minutes)
    if whole is None or whole < 0 or whole >= _MAX_AGE_DAYS * 1440:
        return ""
    w = words or duration_words()
    if whole < 1:
        return w.under_minute
    if whole < 60:
        return w.minutes.format(m=number(whole))
    hours, mins = divmod(whole, 60)
    if hours < 24:
        return (w.hours if mins else w.whole_hours).format(h=number(hours), m=number(mins))
    days, hours = divmod(hours, 24)
    return (w.days if hours else w.whole_days).format(d=number(days), h=number(hours))


def now_utc() -> datetime:
    """The current time in UTC (for ages)."""
    return datetime.now(timezone.utc)

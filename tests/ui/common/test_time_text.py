"""ui/common/time_text.py: dates in the chosen calendar, ISO copies, ages."""

from __future__ import annotations

from datetime import date, datetime, timezone

from ui.common import formatting, time_text


def test_jalali_dates(persian: None) -> None:
    assert time_text.jalali_parts(date(2025, 3, 21)) == (1404, 1, 1)  # Nowruz
    assert time_text.date_text(date(2024, 10, 6)) == "۱۴۰۳/۰۷/۱۵"
    assert "مهر" in time_text.long_date_text(date(2024, 10, 6))
    moment = datetime(2024, 10, 6, 12, 0, tzinfo=timezone.utc)
    assert time_text.datetime_text(moment).startswith("۱۴۰۳/۰۷/")
    # exports stay ISO Gregorian ASCII whatever the display calendar
    assert time_text.date_ascii(date(2024, 10, 6)) == "2024-10-06"
    assert time_text.datetime_ascii(moment).startswith("2024-10-0")


def test_gregorian_option_in_persian(qapp: object) -> None:
    formatting.configure(formatting.Config(language="fa", calendar=formatting.GREGORIAN))
    try:
        assert time_text.date_text(date(2024, 10, 6)) == "۲۰۲۴/۱۰/۰۶"
    finally:
        formatting.configure(formatting.Config())
    assert time_text.date_text(date(2024, 10, 6)) == "2024/10/06"


def test_ages(english: None) -> None:
    assert time_text.age(10) == "just now"
    assert time_text.age(5 * 60) == "5 minute(s) ago"
    assert time_text.age(3 * 3600) == "3 hour(s) ago"
    assert time_text.age(3 * 86400) == "3 day(s) ago"


def test_short_durations_say_no_zero_part(english: None) -> None:
    said = [time_text.short_duration(m) for m in (0, 45, 60, 190, 180, 1440, 1560, 2880)]
    assert said == [
        "under a minute", "45 min", "1 h", "3 h 10 min", "3 h", "1 d", "1 d 2 h", "2 d",
    ]  # fmt: skip
    words = time_text.DurationWords()  # a worker's, untranslated: the same choices
    assert time_text.short_duration(120, words) == "2 h"

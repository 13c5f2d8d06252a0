"""ui/common/date_editors.py: a date editor's popup in the chosen calendar, with the locale's
weekend marked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCalendar, Qt
from PySide6.QtWidgets import QDateEdit

from ui.common import i18n
from ui.common.date_editors import use_chosen_calendar

WEEKEND_DAYS = (Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)


@pytest.fixture(params=["en", "fa"])
def language(qapp, request) -> Iterator[str]:
    installed = i18n.install_language(qapp, request.param)
    yield request.param
    installed.uninstall()


def marked(editor: QDateEdit) -> list[Qt.DayOfWeek]:
    popup = editor.calendarWidget()
    workday = popup.weekdayTextFormat(Qt.DayOfWeek.Wednesday).foreground().color()
    return [d for d in WEEKEND_DAYS if popup.weekdayTextFormat(d).foreground().color() != workday]


def test_the_popup_shows_the_chosen_calendar_and_the_locales_weekend(language):
    editor = QDateEdit()
    editor.setCalendarPopup(True)
    use_chosen_calendar(editor)
    jalali = language == "fa"
    expected_system = QCalendar.System.Jalali if jalali else QCalendar.System.Gregorian
    assert editor.calendarWidget().calendar().name() == QCalendar(expected_system).name()
    assert marked(editor) == (
        [Qt.DayOfWeek.Friday] if jalali else [Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday]
    )

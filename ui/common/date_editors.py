"""Date editors in the chosen calendar: the field, and the month its popup shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from ui.common import formatting, time_text


def use_chosen_calendar(editor: QDateEdit) -> None:
    """Show a calendar-popup date editor in the chosen calendar (Solar Hijri in Persian): its
    field and its popup's month, whose weekend is the locale's. Qt marks Saturday and Sunday
    whatever the locale; in Iran the weekend is Friday."""
    calendar = time_text.qcalendar()
    editor.setCalendar(calendar)
    popup = editor.calendarWidget()
    popup.setCalendar(calendar)
    workdays = set(formatting.locale().weekdays())
    weekend_look = popup.weekdayTextFormat(Qt.DayOfWeek.Sunday)  # Qt's red
    workday_look = popup.weekdayTextFormat(Qt.DayOfWeek.Wednesday)  # a workday everywhere
    for day in Qt.DayOfWeek:
        popup.setWeekdayTextFormat(day, workday_look if day in workdays else weekend_look)

"""Orders by date: a range chooser (Today, 7 days, 30 days, All, or from-to days) above the table.

The days are the user's local days, shown in the chosen calendar (Solar Hijri in Persian);
the range handed to the model is a pair of UTC moments, start included, end excluded.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from enum import IntEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ui.common import time_text
from ui.common.date_editors import use_chosen_calendar


class Span(IntEnum):
    """The ranges offered, in the order the chooser lists them."""

    ALL = 0
    TODAY = 1
    WEEK = 2  # today and the 6 days before
    MONTH = 3  # today and the 29 days before
    CUSTOM = 4


#: Days each preset reaches back, today included.
_PRESET_DAYS = {Span.TODAY: 1, Span.WEEK: 7, Span.MONTH: 30}

#: The days the editors offer: orders are no older than the app, and no later than this
#: century (Qt offers up to 9999-12-31, and that day's end overflows a datetime).
FIRST_DAY, LAST_DAY = QDate(2000, 1, 1), QDate(2100, 12, 31)

#: A range of UTC moments: (start, end), start included, end excluded; None = open.
Moments = tuple[datetime | None, datetime | None]


def _local_midnight(day: date) -> datetime:
    """The start of a local day, as an aware UTC moment."""
    return datetime.combine(day, time()).astimezone().astimezone(timezone.utc)


def span_moments(
    span: Span, today: date, first: date | None = None, last: date | None = None
) -> Moments:
    """The UTC moments a span covers, counted in local days ending with `today`; a custom
    span runs from the start of `first` to the end of `last` (swapped when given backwards)."""
    if span in _PRESET_DAYS:
        return _local_midnight(today - timedelta(days=_PRESET_DAYS[span] - 1)), None
    if span == Span.CUSTOM and first is not None and last is not None:
        first, last = min(first, last), max(first, last)
        return _local_midnight(first), _local_midnight(last + timedelta(days=1))
    return None, None


def within(moment: datetime | None, moments: Moments) -> bool:
    """Whether a moment (UTC; naive taken as UTC) is inside the range; an order whose moment
    cannot be read shows only when the range is open on both sides."""
    start, end = moments
    if start is None and end is None:
        return True
    if moment is None:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (start is None or moment >= start) and (end is None or moment < end)


class DateRangeBar(QWidget):
    """The range chooser; `changed` is emitted whenever the range it stands for changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersDateRange")
        self.choice = QComboBox(self)
        self.choice.setObjectName("ordersDateChoice")
        self.choice.setToolTip(self.tr("Show the orders placed in this period"))
        for span, text in (
            (Span.ALL, self.tr("Any date")),
            (Span.TODAY, self.tr("Today")),
            (Span.WEEK, self.tr("Last 7 days")),
            (Span.MONTH, self.tr("Last 30 days")),
            (Span.CUSTOM, self.tr("From – to…")),
        ):
            self.choice.addItem(text, int(span))
        today = QDate.currentDate()
        self.first = self._date_edit("ordersDateFrom", today.addDays(-6))
        self.last = self._date_edit("ordersDateTo", today)
        self.to_label = QLabel(self.tr("to"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice)
        row.addWidget(self.first)
        row.addWidget(self.to_label)
        row.addWidget(self.last)
        self._show_days(False)
        self.choice.currentIndexChanged.connect(self._choice_changed)

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        editor = QDateEdit(self)
        editor.setObjectName(name)
        editor.setCalendarPopup(True)
        # In the chosen calendar (Solar Hijri in Persian), year first like the table's dates.
        use_chosen_calendar(editor)
        editor.setDisplayFormat(time_text.date_edit_format())
        # Days an order can have: Qt allows 9999-12-31, whose end overflows a datetime.
        editor.setDateRange(FIRST_DAY, LAST_DAY)
        editor.setDate(day)
        editor.dateChanged.connect(lambda _d: self.changed.emit())
        return editor

    def _show_days(self, on: bool) -> None:
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(on)

    def _choice_changed(self, _index: int) -> None:
        self._show_days(self.span() == Span.CUSTOM)
        self.changed.emit()

    def span(self) -> Span:
        return Span(self.choice.currentData() or 0)

    def set_span(self, span: Span) -> None:
        self.choice.setCurrentIndex(self.choice.findData(int(span)))

    def set_days(self, first: date, last: date) -> None:
        """Choose a custom range of days (both included)."""
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.set_span(Span.CUSTOM)

    def moments(self) -> Moments:
        """The chosen range as UTC moments, for the model's filter."""
        return span_moments(
            self.span(), date.today(), self.first.date().toPython(), self.last.date().toPython()
        )

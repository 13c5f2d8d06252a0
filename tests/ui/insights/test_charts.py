"""ui/insights/charts.py: a balance line's axis says dates however close its readings are."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import Qt

from ui.insights import charts


def midnights(first: datetime, last: datetime) -> list[tuple[float, str]]:
    """A label at each local midnight from `first`'s day to the day after `last`'s, as the
    Insights rows give them."""
    day, labels = first.date(), []
    while day <= last.date() + timedelta(days=1):
        labels.append((datetime.combine(day, time.min).astimezone().timestamp() * 1000, str(day)))
        day += timedelta(days=1)
    return labels


def axis_labels_of(readings: list[datetime]) -> list[str]:
    points = [
        charts.TimePoint(at.timestamp() * 1000, 5.0, at, Decimal(5), "USD") for at in readings
    ]
    chart = charts.time_lines([("Panel", points)], midnights(readings[0], readings[-1]), print)
    [x_axis] = chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(x_axis, QCategoryAxis)
    return list(x_axis.categoriesLabels())


def test_readings_minutes_apart_get_their_days_date(qapp):
    morning = datetime(2026, 12, 1, 5, 23).astimezone()
    assert axis_labels_of([morning, morning + timedelta(minutes=2)]) == ["2026-12-01"]


def test_one_reading_is_drawn_on_its_day(qapp):
    morning = datetime(2026, 12, 1, 5, 23).astimezone()
    assert axis_labels_of([morning]) == ["2026-12-01"]  # its midnight, half a day to the left


def test_readings_of_a_month_keep_their_own_dates(qapp):
    first = datetime(2026, 11, 1, 12, 0).astimezone()
    labels = axis_labels_of([first, first + timedelta(days=30)])
    assert labels == [str(first.date() + timedelta(days=n)) for n in range(1, 31)]

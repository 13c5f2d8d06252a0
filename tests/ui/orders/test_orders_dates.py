"""Orders by date (issue 14): Today, 7 days, 30 days, any date or a range of days, combined
with the status filters and the search; the days in the chosen calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QDate

from core.local_panel.catalogue import SERVICE_DEFAULT
from core.store.db import utc_text
from tests.data_files import rewrite_rows
from tests.ui.orders.orders_tab_steps import place, ready, reload, unknown_order
from ui.common import formatting, i18n
from ui.orders.date_range import DateRangeBar, Span, span_moments, within
from ui.orders.order_rows import Bucket

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _local_noon(days_ago: int) -> datetime:
    day = date.today() - timedelta(days=days_ago)
    return datetime.combine(day, time(12)).astimezone()


def test_orders_by_date_combine_with_the_status_filter_and_search(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    ages = {0: None, 3: None, 20: None, 100: None}
    for days in ages:
        ages[days] = place(app_window, SERVICE_DEFAULT, f"https://x.test/{days}", 1000).local_id
    old_unknown = unknown_order(app_window, "https://x.test/lost")
    rewrite_rows(
        app_window.harness.data_dir,
        [
            ("UPDATE orders SET created_at = ? WHERE local_id = ?", (utc_text(_local_noon(d)), i))
            for d, i in [*ages.items(), (40, old_unknown)]
        ],
    )
    reload(tab, qtbot)

    def shown() -> set[int]:
        return {o.local_id for o in tab.model.visible_orders()}

    assert shown() == {*ages.values(), old_unknown}
    tab.date_bar.set_span(Span.TODAY)
    assert shown() == {ages[0]}
    assert tab.count_label.text() == "1 of 5 orders"
    tab.date_bar.set_span(Span.WEEK)
    assert shown() == {ages[0], ages[3]}
    tab.date_bar.set_span(Span.MONTH)
    assert shown() == {ages[0], ages[3], ages[20]}
    assert tab.model.bucket_counts()[Bucket.UNKNOWN] == 0  # the tabs count within the dates

    first, last = date.today() - timedelta(days=100), date.today() - timedelta(days=20)
    tab.date_bar.set_days(last, first)  # given backwards: the same range
    assert shown() == {ages[20], ages[100], old_unknown}
    tab.set_bucket(Bucket.UNKNOWN)
    assert shown() == {old_unknown}
    tab.set_bucket(Bucket.ALL)
    tab.search_edit.setText("x.test/100")
    tab.apply_filter()
    assert shown() == {ages[100]}
    tab.search_edit.clear()
    tab.date_bar.set_span(Span.ALL)
    assert len(shown()) == 5

    # New order's "Show" clears a date range that hides the order.
    tab.date_bar.set_span(Span.TODAY)
    tab.show_order(ages[100])
    assert tab.date_bar.span() == Span.ALL and tab.current_order().local_id == ages[100]


def test_a_range_counts_whole_local_days():
    today = date(2026, 3, 20)
    start, end = span_moments(Span.WEEK, today)
    assert end is None and start == datetime(2026, 3, 14).astimezone().astimezone(timezone.utc)
    start, end = span_moments(Span.CUSTOM, today, date(2026, 3, 1), date(2026, 3, 1))
    assert timedelta(hours=23) <= end - start <= timedelta(hours=25)  # one day, DST or not
    assert within(datetime(2026, 3, 1, 23, 59).astimezone(), (start, end))
    assert not within(datetime(2026, 3, 2, 0, 0).astimezone(), (start, end))
    assert within(None, (None, None)) and not within(None, (start, end))


def test_the_days_are_chosen_in_the_solar_hijri_calendar_in_persian(qapp, qtbot):
    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    try:
        bar = DateRangeBar()
        qtbot.addWidget(bar)
        bar.set_days(date(2026, 3, 21), date(2026, 3, 21))  # 1 Farvardin 1405
        assert bar.first.calendar().name() == "Jalali"
        assert bar.first.date() == QDate(2026, 3, 21)  # the value stays a plain date
        assert "۱۴۰۵" in bar.first.text() and "۰۱" in bar.first.text()
        assert bar.choice.currentText() == "از – تا…"
    finally:
        installed.uninstall()


def test_today_moves_on_at_midnight(app_window, panel, qtbot, monkeypatch):
    tab = ready(app_window, qtbot)
    order = place(app_window, SERVICE_DEFAULT, "https://x.test/today", 1000)
    reload(tab, qtbot)
    tab.date_bar.set_span(Span.TODAY)
    assert tab.model.row_of(order.local_id) is not None

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return date.today() + timedelta(days=1)

    monkeypatch.setattr("ui.orders.date_range.date", Tomorrow)
    reload(tab, qtbot)  # the next refresh after midnight
    assert tab.model.row_of(order.local_id) is None


def test_the_last_day_offered_is_a_day_an_order_can_have(qtbot):
    # Qt offered 9999-12-31, whose end overflowed a datetime in the filter (a traceback).
    bar = DateRangeBar()
    qtbot.addWidget(bar)
    bar.choice.setCurrentIndex(Span.CUSTOM)
    bar.last.setDate(QDate(9999, 12, 31))
    assert bar.last.date().year() <= 2100
    start, end = bar.moments()
    assert start is not None and end is not None and start < end

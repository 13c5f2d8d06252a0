"""The Insights tab drawn offscreen from a seeded journal: series values, tooltips, the empty
state, Save as PNG and Export CSV."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QLineSeries, QPieSeries, QStackedBarSeries
from PySide6.QtGui import QImage

from tests.ui.insights.history import noon_days_ago, seed_history
from ui.common import formatting, time_text
from ui.insights.insights_tab import InsightsTab


def _insights(window: Any, qtbot: Any) -> InsightsTab:
    tab = window.tab("insightsTab")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.prepared is not None, timeout=10_000)
    return tab


@pytest.fixture
def seeded_window(app_window: Any) -> Any:
    store = app_window.harness.store
    profile_id = store.profiles.list()[0].id
    app_window.seeded = seed_history(store, profile_id)
    return app_window


def _day_index(tab: InsightsTab, days_ago: int) -> int:
    """The bar of a day (the axis shows every third label of 30: the others are blank)."""
    label = time_text.date_text(noon_days_ago(days_ago).astimezone().date())
    return list(tab.prepared.spending_by_panel.categories).index(label)


def test_spending_per_day_from_the_journal(seeded_window: Any, qtbot: Any) -> None:
    tab = _insights(seeded_window, qtbot)
    chart = tab.spending_card.chart()
    assert chart is not None
    (bars,) = chart.series()
    assert isinstance(bars, QStackedBarSeries)
    (panel_set,) = bars.barSets()  # one panel: one stack
    assert panel_set.label() == "Local panel"
    assert panel_set.count() == 30  # every day of the period, empty ones too
    # The canceled order (4.00, two days ago) is no spending.
    assert panel_set.at(_day_index(tab, 1)) == pytest.approx(3.75)
    assert panel_set.at(_day_index(tab, 2)) == pytest.approx(2.50)
    assert panel_set.at(_day_index(tab, 3)) == pytest.approx(0.75)
    assert panel_set.at(_day_index(tab, 4)) == 0
    assert panel_set.sum() == pytest.approx(9.50)
    assert "Spending (USD)" in tab.spending_card.title_label.text()
    # Eight orders, the canceled one too; it took no money.
    assert tab.status_label.text() == "8 order(s), 9.50 USD spent."


def test_spending_by_service_and_tooltip_with_the_exact_figure(
    seeded_window: Any, qtbot: Any
) -> None:
    tab = _insights(seeded_window, qtbot)
    tab.spending_split.setCurrentIndex(tab.spending_split.findText("by service"))
    tab.spending_split.activated.emit(tab.spending_split.currentIndex())
    (bars,) = tab.spending_card.chart().series()
    by_name = {bar_set.label(): bar_set for bar_set in bars.barSets()}
    assert set(by_name) == {"Instagram Likes", "Instagram Followers"}
    assert by_name["Instagram Likes"].sum() == pytest.approx(7.00)
    assert by_name["Instagram Followers"].sum() == pytest.approx(2.50)
    day = _day_index(tab, 1)
    by_name["Instagram Followers"].hovered.emit(True, day)
    tip = formatting.strip_bidi(tab.spending_card.last_tooltip)
    assert tip.startswith("Instagram Followers\n")
    assert tip.endswith(": 2.50 USD")
    by_name["Instagram Followers"].hovered.emit(False, day)
    assert tab.spending_card.last_tooltip == ""


def test_final_statuses_completion_and_balance(seeded_window: Any, qtbot: Any) -> None:
    tab = _insights(seeded_window, qtbot)
    (pie,) = tab.status_card.chart().series()
    assert isinstance(pie, QPieSeries)
    slices = {s.label(): s.value() for s in pie.slices()}
    assert slices == {"Completed: 6": 6, "Partial: 1": 1, "Canceled: 1": 1}
    # Service 1 has five timed orders, all 3 h 10 min; service 2 one: too thin to draw.
    (bars,) = tab.speed_card.chart().series()
    (median_set,) = bars.barSets()
    assert median_set.count() == 1
    assert median_set.at(0) == pytest.approx(3 + 10 / 60)
    median_set.hovered.emit(True, 0)
    assert "3 h 10 min" in tab.speed_card.last_tooltip
    (line,) = tab.balance_card.chart().series()
    assert isinstance(line, QLineSeries)
    # The seeded readings, then the one the app just made of the panel's 100.00 USD.
    assert [p.y() for p in line.points()] == [100.0, 92.5, 80.25, 100.0]


def test_the_period_and_panel_selectors_ask_again(seeded_window: Any, qtbot: Any) -> None:
    tab = _insights(seeded_window, qtbot)
    tab.period_choice.setCurrentIndex(tab.period_choice.findData("12m"))
    tab.period_choice.activated.emit(tab.period_choice.currentIndex())
    qtbot.waitUntil(lambda: tab.prepared.request.period == "12m", timeout=10_000)
    assert 12 <= len(tab.prepared.spending_by_panel.categories) <= 13  # this month included
    (bars,) = tab.spending_card.chart().series()
    assert bars.barSets()[0].sum() == pytest.approx(9.50)
    other = seeded_window.harness.store.profiles.add("Empty panel", "https://empty.example/api/v2")
    seeded_window.session.profiles = seeded_window.harness.store.profiles.list()
    seeded_window.session.profilesChanged.emit()
    tab.panel_choice.setCurrentIndex(tab.panel_choice.findData(other.id))
    tab.panel_choice.activated.emit(tab.panel_choice.currentIndex())
    qtbot.waitUntil(lambda: tab.prepared.request.profile_id == other.id, timeout=10_000)
    assert all(card.is_empty() for card in tab.cards())


def test_an_empty_history_says_so_instead_of_drawing_axes(app_window: Any, qtbot: Any) -> None:
    tab = _insights(app_window, qtbot)
    for card in tab.cards():
        assert card.is_empty()
        assert card.chart() is None
        assert len(card.empty_label.text()) > 40  # a sentence, not a blank
        assert not card.save_png_button.isEnabled()
        assert not card.export_csv_button.isEnabled()
    assert "No money was spent" in tab.spending_card.empty_label.text()
    assert "5 completed orders" in tab.speed_card.empty_label.text()
    assert tab.status_label.text() == "No orders in this period."


def test_a_thin_history_gets_sentences_where_a_chart_would_mislead(
    app_window: Any, qtbot: Any
) -> None:
    from tests.ui.insights.history import add_balance, add_order

    store = app_window.harness.store
    profile_id = store.profiles.list()[0].id
    add_order(store, profile_id, "1", created=noon_days_ago(1), charge="1.00")
    add_balance(store, profile_id, noon_days_ago(1), "50.00")
    tab = _insights(app_window, qtbot)
    assert not tab.spending_card.is_empty()  # one order is spending all the same
    assert not tab.status_card.is_empty()
    assert tab.speed_card.is_empty()  # one timed order is no median
    assert "too few" in tab.speed_card.empty_label.text().lower()


def test_export_csv_writes_the_data_behind_the_chart(
    seeded_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    tab = _insights(seeded_window, qtbot)
    path = tmp_path / "spending.csv"
    with qtbot.waitSignal(tab.spending_card.saved, timeout=10_000) as said:
        tab.spending_card.export_csv(str(path))
    assert said.args == [f"Exported 5 row(s) to {path}."]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "period_start", "panel", "service_id", "service", "currency", "amount", "orders"
    ]  # fmt: skip
    one_day_ago = noon_days_ago(1).astimezone().date().isoformat()
    assert [one_day_ago, "Local panel", "", "", "USD", "3.75", "2"] in rows[1:]
    status_path = tmp_path / "statuses.csv"
    with qtbot.waitSignal(tab.status_card.saved, timeout=10_000):
        tab.status_card.export_csv(str(status_path))
    text = status_path.read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["status,orders", "completed,6", "partial,1", "canceled,1"]


def test_save_as_png_writes_the_chart_as_drawn(
    seeded_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    tab = _insights(seeded_window, qtbot)
    path = tmp_path / "balance.png"
    tab.balance_card.ask_path = lambda *_args: str(path)  # the file dialog's answer
    with qtbot.waitSignal(tab.balance_card.saved) as said:
        tab.balance_card.save_png_button.click()
    assert said.args == [f"Chart saved to {path}."]
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == tab.balance_card.view.width()


def test_a_file_that_cannot_be_written_is_said(
    seeded_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    tab = _insights(seeded_window, qtbot)
    missing = tmp_path / "no-such-folder" / "x.csv"
    with qtbot.waitSignal(tab.spending_card.saved, timeout=10_000) as said:
        tab.spending_card.export_csv(str(missing))
    assert said.args[0].startswith("A file could not be used")
    assert not missing.parent.exists()
    with qtbot.waitSignal(tab.balance_card.saved) as said:
        assert not tab.balance_card.save_png(str(missing.with_suffix(".png")))
    assert said.args == [f"Could not save the image to {missing.with_suffix('.png')}."]


def test_opening_the_tab_computes_nothing_on_the_gui_thread(app_window: Any, qtbot: Any) -> None:
    import threading

    from ui.insights import insights_tab

    threads: list[str] = []
    original = insights_tab.prepare_charts

    def watched(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args)

    insights_tab.prepare_charts = watched
    try:
        _insights(app_window, qtbot)
    finally:
        insights_tab.prepare_charts = original
    assert threads and threading.main_thread().name not in threads


_JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                  "آذر", "دی", "بهمن", "اسفند")  # fmt: skip
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def test_persian_periods_are_jalali_months_in_persian_digits(app_window: Any, qtbot: Any) -> None:
    from ui.insights.chart_rows import ChartsRequest, prepare_charts

    store = app_window.harness.store
    seed_history(store, store.profiles.list()[0].id)
    words = _insights(app_window, qtbot).words()
    previous = formatting.current()
    formatting.configure(formatting.Config("fa", formatting.JALALI))
    try:
        today = datetime.now().date()
        prepared = prepare_charts(store, ChartsRequest("12m"), {}, words, today)
    finally:
        formatting.configure(previous)
    year, month, _ = time_text.jalali_parts(today)
    labels = prepared.spending_by_panel.categories
    assert labels[-1] == f"{_JALALI_MONTHS[month - 1]} {str(year).translate(_PERSIAN_DIGITS)}"
    assert not any(ch.isascii() and ch.isdigit() for label in labels for ch in label)
    assert sum(prepared.spending_by_panel.series[0].values) == pytest.approx(9.50)
    assert formatting.strip_bidi(prepared.spending_by_panel.series[0].texts[-1]).endswith("USD")


def test_the_chosen_period_and_split_are_remembered(make_app: Any, panel: Any, qtbot: Any) -> None:
    window = make_app(panel).window
    tab = _insights(window, qtbot)
    tab.period_choice.setCurrentIndex(tab.period_choice.findData("12m"))
    tab.spending_split.setCurrentIndex(1)
    window.close()  # saves the window's state
    again = make_app(panel).window
    tab = _insights(again, qtbot)
    assert tab.period_choice.currentData() == "12m"
    assert tab.spending_split.currentText() == "by service"
    assert tab.prepared.request.period == "12m"


def test_the_same_service_name_on_two_panels_gets_two_bars(app_window: Any, qtbot: Any) -> None:
    # A category axis merged equal names: 3 bars for 6 services, values under the wrong names.
    from datetime import timedelta

    from tests.ui.insights.history import add_order

    store = app_window.harness.store
    first = store.profiles.list()[0].id
    second = store.profiles.add("Second panel", "https://second.example/api/v2").id
    hours = {first: 2, second: 5}
    for profile_id, hours_taken in hours.items():
        for day in range(1, 6):
            add_order(
                store, profile_id, "7", created=noon_days_ago(day), charge="1.00",
                completed_after=timedelta(hours=hours_taken), service_name="Instagram Likes",
            )  # fmt: skip
    app_window.session.profiles = store.profiles.list()
    app_window.session.profilesChanged.emit()
    tab = _insights(app_window, qtbot)
    assert tab.panel_choice.currentData() is None  # all panels
    (bars,) = tab.speed_card.chart().series()
    (median_set,) = bars.barSets()
    (axis,) = [a for a in tab.speed_card.chart().axes() if isinstance(a, QBarCategoryAxis)]
    categories = axis.categories()
    assert median_set.count() == len(categories) == 2
    assert len(set(categories)) == 2
    assert sorted(median_set.at(i) for i in range(2)) == pytest.approx([2.0, 5.0])


def test_an_orders_refresh_is_seen_by_the_charts(app_window: Any, qtbot: Any) -> None:
    # Only New order said the journal changed: a refresh, track or hide left the charts old.
    from core.local_panel.catalogue import SERVICE_DEFAULT
    from tests.ui.orders.orders_tab_steps import place, ready

    orders = ready(app_window, qtbot)
    place(app_window, SERVICE_DEFAULT, "https://x.test/insights", 500)
    tab = _insights(app_window, qtbot)
    shown = tab.prepared
    with qtbot.waitSignal(orders.refreshFinished, timeout=10_000):
        orders.refresh()  # while the charts are on screen
    qtbot.waitUntil(lambda: tab.prepared is not shown, timeout=10_000)

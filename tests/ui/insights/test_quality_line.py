"""Delivery quality where a service is chosen: a line in Services and in New order, from the
user's own journal; nothing for a service never ordered."""

from __future__ import annotations

from typing import Any

from tests.ui.insights.history import seed_history
from ui.common import formatting

#: Service 1 of the seeded history: six orders, five completed in 3 h 10 min, one partial.
LINE = "Your 6 order(s): 5 completed, 1 partial, median 3 h 10 min"


def _seeded(window: Any) -> None:
    store = window.harness.store
    seed_history(store, window.session.profile.id)


def test_new_order_says_how_the_service_delivered(app_window: Any, qtbot: Any) -> None:
    _seeded(app_window)
    tab = app_window.order_tab
    app_window.tabs.setCurrentWidget(tab)
    tab.choose_service("1")
    line = tab.quality_line
    qtbot.waitUntil(lambda: line.text() != "", timeout=10_000)
    assert formatting.strip_bidi(line.text()) == LINE
    assert line.isVisible()
    assert "Cost per delivered unit" in line.toolTip()
    tab.choose_service("3")  # never ordered: no line at all
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=10_000)
    assert line.text() == ""


def test_services_details_say_it_too(app_window: Any, qtbot: Any) -> None:
    _seeded(app_window)
    services = app_window.services_tab
    assert services.show_service("1")
    line = services.quality_line
    qtbot.waitUntil(lambda: line.text() != "", timeout=10_000)
    assert formatting.strip_bidi(line.text()) == LINE
    assert services.show_service("2")
    # Service 2: one completed, one canceled: too few completed orders to time it.
    qtbot.waitUntil(lambda: "too few" in line.text(), timeout=10_000)
    assert formatting.strip_bidi(line.text()) == (
        "Your 2 order(s): 1 completed, 1 canceled, too few completed to time"
    )


def test_the_first_order_of_a_service_brings_its_line(app_window: Any, qtbot: Any) -> None:
    # The line is hidden while the service was never ordered, and only a visible line was read
    # again when the journal changed: the first order's line never came.
    from tests.ui.insights.history import add_order, noon_days_ago

    tab = app_window.order_tab
    app_window.tabs.setCurrentWidget(tab)
    tab.choose_service("3")
    line = tab.quality_line
    assert not line.isVisible()
    add_order(app_window.harness.store, app_window.session.profile.id, "3",
              created=noon_days_ago(1), charge="1.00", service_name="Three")  # fmt: skip
    app_window.session.ordersChanged.emit()
    qtbot.waitUntil(line.isVisible, timeout=10_000)
    assert formatting.strip_bidi(line.text()).startswith("Your 1 order(s): 1 completed")


def test_a_cleared_choice_is_not_overwritten_by_a_late_answer(app_window: Any, qtbot: Any) -> None:
    _seeded(app_window)
    line = app_window.order_tab.quality_line
    runner = app_window.session.runner
    line.show_service("1")
    line.show_service(None)  # before service 1's answer comes
    assert runner.is_busy()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)  # its answer came and went
    assert line.text() == "" and line.quality is None

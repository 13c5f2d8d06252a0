"""Lazy main tabs: only the shown tab is made before the first paint, the rest when needed."""

from __future__ import annotations

from ui.shell.main_window import NEW_ORDER_TAB, ORDERS_TAB, SERVICES_TAB

ALL_TABS = (SERVICES_TAB, NEW_ORDER_TAB, ORDERS_TAB)


def made(window) -> set[str]:
    return {name for name in ALL_TABS if window.made_tab(name) is not None}


def test_the_first_paint_needs_only_the_shown_tab(make_app, panel, qtbot):
    harness = make_app(panel, start=False, show=False)
    window = harness.window
    assert made(window) == {SERVICES_TAB}  # the last tab: none saved, so the first
    assert window.tabs.widget(1).objectName() == "newOrderTabPlaceholder"
    window.show()
    # After the first paint, the tabs working in the background (catalogue, orders' refresh).
    qtbot.waitUntil(lambda: made(window) == {SERVICES_TAB, ORDERS_TAB})
    assert window.tabs.currentIndex() == 0
    window.tabs.setCurrentIndex(1)
    assert made(window) == set(ALL_TABS)
    assert window.tabs.currentWidget() is window.made_tab(NEW_ORDER_TAB)
    assert window.tabs.currentWidget().objectName() == "newOrderTab"
    assert window.tabs.tabText(1) == "New order"


def test_the_remembered_tab_is_the_one_made_first(make_app, panel, qtbot):
    first = make_app(panel)
    first.window.tabs.setCurrentIndex(1)
    first.close()
    again = make_app(panel, start=False, show=False)
    assert made(again.window) == {NEW_ORDER_TAB}
    assert again.window.tabs.currentIndex() == 1


def test_a_tab_made_late_catches_up_with_the_catalogue(app_window, qtbot):
    assert app_window.made_tab(NEW_ORDER_TAB) is None
    service = app_window.services_tab.model.service_at(3)
    app_window.session.serviceChosen.emit(service.id)  # "New order with this service"
    order_tab = app_window.made_tab(NEW_ORDER_TAB)
    assert app_window.tabs.currentWidget() is order_tab
    assert order_tab.form.service is not None and order_tab.form.service.id == service.id
    # The catalogue it missed the signal of is in its picker.
    assert order_tab.picker.select(app_window.services_tab.model.service_at(0).id)


def test_show_order_makes_the_orders_tab_and_selects_it(make_app, panel, qtbot):
    harness = make_app(panel, show=False)
    window = harness.window
    qtbot.waitUntil(lambda: window.session.profile is not None)
    assert window.made_tab(ORDERS_TAB) is None  # never painted: nothing preloaded
    window.session.showOrder.emit(12345)
    assert window.tabs.currentWidget() is window.made_tab(ORDERS_TAB)

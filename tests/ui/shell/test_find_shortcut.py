"""Ctrl+F puts the cursor in the current tab's search field; elsewhere in Services' filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    "tab_name,field_name",
    [
        ("servicesTab", "servicesFilter"),
        ("newOrderTab", "serviceSearch"),
        ("ordersTab", "ordersSearch"),
        ("marketTab", "marketFilter"),
    ],
)
def test_ctrl_f_focuses_the_current_tabs_search(app_window, qtbot, tab_name, field_name):
    tab = app_window.tab(tab_name)
    app_window.tabs.setCurrentWidget(tab)
    field = tab.findChild(QLineEdit, field_name)
    assert field is not None
    field.setText("old words")
    app_window.show()
    app_window.activateWindow()
    qtbot.waitUntil(app_window.isActiveWindow)
    QTest.keyClick(app_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app_window.tabs.currentWidget() is tab  # stays on its tab
    qtbot.waitUntil(field.hasFocus)
    assert field.selectedText() == "old words"  # typing replaces the last search


def test_ctrl_f_on_the_mass_order_page_shows_the_service_search(app_window, qtbot):
    tab = app_window.order_tab
    app_window.tabs.setCurrentWidget(tab)
    tab.mode_tabs.setCurrentWidget(tab.mass_panel)
    app_window.activateWindow()
    app_window.find_action.trigger()
    qtbot.waitUntil(tab.picker.search_edit.hasFocus)
    assert tab.mode_tabs.currentWidget() is not tab.mass_panel

"""What the main window makes right after its first paint rather than before it: the alert
list (its dock, its Ctrl+Shift+A action), as it was left; the first paint itself waits for
none of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def alerts_action(window) -> QAction | None:
    return window.findChild(QAction, "actionAlerts")


def test_the_alert_list_comes_after_the_first_paint_and_its_shortcut_opens_it(
    make_app, panel, qtbot
) -> None:
    window = make_app(panel, start=False, show=False).window
    assert alerts_action(window) is None and window.findChild(QDockWidget, "alertsDock") is None
    window.show()
    qtbot.waitUntil(lambda: alerts_action(window) is not None)
    dock = window.findChild(QDockWidget, "alertsDock")
    assert dock is window.alerts.dock and dock.isHidden()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_A, modifiers)
    qtbot.waitUntil(dock.isVisible)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_a_list_left_open_opens_again_after_the_first_paint(make_app, panel, qtbot) -> None:
    first = make_app(panel)
    first.window.alerts.action.trigger()
    qtbot.waitUntil(first.window.alerts.dock.isVisible)
    first.close()  # saves the window's state, the dock's with it

    window = make_app(panel, start=False, show=False).window
    window.show()
    qtbot.waitUntil(lambda: alerts_action(window) is not None)
    dock = window.alerts.dock
    qtbot.waitUntil(dock.isVisible)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert alerts_action(window).isChecked()


def test_asked_for_before_the_paint_the_list_is_made_then_and_lists_the_kept_alerts(
    make_app, panel, qtbot
) -> None:
    # A session started before the window painted (as tests and tools do): the list, made
    # later, reads the kept alerts itself; it missed the profiles' news that would have.
    harness = make_app(panel, show=False)
    window = harness.window
    qtbot.waitUntil(lambda: window.session.profiles != [])
    center = window.alerts
    qtbot.waitUntil(lambda: center._last_id is not None, timeout=10_000)

"""The whole job as a new user does it, against the local panel with an accelerated clock.

Empty data folder -> create the panel profile and enter the key -> services load -> filter ->
choose a service -> place an order -> see it in Orders -> refresh until Completed -> refill it ->
place and cancel another -> close, start again on the same folder: everything is still there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from core.local_panel.catalogue import SERVICE_DEFAULT_DRIPFEED
from tests.ui.orders.orders_tab_steps import answer_next_question
from ui.orders.orders_model import COL_ID, COL_REFILL, COL_STATUS, FRESH_MARK
from ui.services.services_model import COL_NAME, SERVICE_ID_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

STEP_S = 90  # panel seconds per refresh: a 1000-follower order takes a few refreshes


def status_of(tab, local_id: int) -> str:
    row = tab.model.row_of(local_id)
    assert row is not None, f"order {local_id} is not shown"
    return tab.model.index(row, COL_STATUS).data().removeprefix(FRESH_MARK)


def press_f5(window, tab, qtbot) -> None:
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()  # F5 is the window's shortcut: the window has the user's attention
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.waitUntil(lambda: not tab.is_refreshing())
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000) as blocker:
        QTest.keyClick(tab.table, Qt.Key.Key_F5)
    assert blocker.args == [True], tab.status_label.text()


def choose_service(window, qtbot, words: str, service_id: str) -> None:
    """Filter the services and double-click the one wanted: New order opens with it."""
    services = window.services_tab
    window.tabs.setCurrentWidget(services)
    services.filters.filter_edit.clear()
    QTest.keyClicks(services.filters.filter_edit, words)
    qtbot.waitUntil(lambda: services.model.filter.text == words)
    model = services.model
    rows = [model.index(r, COL_NAME).data(SERVICE_ID_ROLE) for r in range(model.rowCount())]
    assert service_id in rows, rows
    index = model.index(rows.index(service_id), COL_NAME)
    services.table.scrollTo(index)
    rect = services.table.visualRect(index)
    viewport = services.table.viewport()
    with qtbot.waitSignal(window.session.serviceChosen) as chosen:
        # A real double-click: press/release, then the double-click event.
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [service_id]
    assert window.tabs.currentWidget() is window.order_tab


def place_order(window, qtbot, link: str, quantity: int):
    order_tab = window.order_tab
    qtbot.waitUntil(lambda: order_tab.form.editor("link") is not None)
    link_edit = order_tab.findChild(QLineEdit, "field_link")
    quantity_edit = order_tab.findChild(QLineEdit, "field_quantity")
    link_edit.clear()
    QTest.keyClicks(link_edit, link)
    quantity_edit.clear()
    QTest.keyClicks(quantity_edit, str(quantity))
    qtbot.waitUntil(order_tab.submit_button.isEnabled)
    with qtbot.waitSignal(order_tab.orderFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(order_tab.submit_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert getattr(outcome, "state", None) == "placed", order_tab.result_label.text()
    return outcome


def test_a_new_user_does_the_whole_job(make_app, panel, qtbot, memory_keyring, monkeypatch):
    # --- first start on an empty folder: the Panels dialog asks for the panel and key --------
    harness = make_app()
    window = harness.window
    qtbot.waitUntil(lambda: window.profiles_dialog is not None)
    dialog = window.profiles_dialog
    dialog.name_edit.setText("My panel")
    dialog.url_edit.setText(panel.url)
    dialog.key_edit.setText(panel.key)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    dialog.close()

    # --- the services load; filter and choose one ---------------------------------------------
    services = window.services_tab
    qtbot.waitUntil(lambda: services.model.total_count() == len(panel.services), timeout=10_000)
    qtbot.waitUntil(lambda: window.session.catalogue is not None)
    orders = window.orders_tab
    qtbot.waitUntil(lambda: not orders.is_refreshing())
    order_tab = window.order_tab
    asked: list[str] = []
    monkeypatch.setattr(order_tab, "ask", lambda kind, title, text: asked.append(kind) or True)
    choose_service(window, qtbot, "refill 30d", str(SERVICE_DEFAULT_DRIPFEED))
    first = place_order(window, qtbot, "https://instagram.com/p/launch", 1000)
    assert asked == ["confirm"]
    assert panel.orders[int(first.panel_order_id)]["link"] == "https://instagram.com/p/launch"

    # --- it shows in Orders, and refreshes until Completed ------------------------------------
    qtbot.waitUntil(lambda: orders.model.row_of(first.local_id) is not None)
    window.tabs.setCurrentWidget(orders)
    row = orders.model.row_of(first.local_id)
    assert orders.model.index(row, COL_ID).data() == first.panel_order_id
    seen = []
    for _ in range(10):
        press_f5(window, orders, qtbot)
        seen.append(status_of(orders, first.local_id))
        if seen[-1] == "Completed":
            break
        panel.advance(STEP_S)
    assert seen[0] == "Pending" and "In progress" in seen and seen[-1] == "Completed", seen
    assert "1 completed" in window.statusBar().currentMessage()

    # --- refill it, and follow the refill ------------------------------------------------------
    orders.select_order(first.local_id)
    assert orders.buttons.refill_button.isEnabled()
    answer_next_question(accept=True)  # "Ask the panel to refill 1 order(s)…?"
    with qtbot.waitSignal(orders.actionFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(orders.buttons.refill_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Refill requested for 1 order(s)."
    assert orders.model.index(orders.model.row_of(first.local_id), COL_REFILL).data() == "Pending"
    panel.advance(150)
    press_f5(window, orders, qtbot)
    assert orders.model.index(orders.model.row_of(first.local_id), COL_REFILL).data() == "Completed"

    # --- place another and cancel it -----------------------------------------------------------
    choose_service(window, qtbot, "refill 30d", str(SERVICE_DEFAULT_DRIPFEED))
    second = place_order(window, qtbot, "https://instagram.com/p/oops", 500)
    window.tabs.setCurrentWidget(orders)
    qtbot.waitUntil(lambda: orders.model.row_of(second.local_id) is not None)
    orders.select_order(second.local_id)
    assert orders.buttons.cancel_button.isEnabled()
    answer_next_question(accept=True)  # "Ask the panel to cancel 1 order(s)…?"
    with qtbot.waitSignal(orders.actionFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(orders.buttons.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Cancel requested for 1 order(s)."
    assert status_of(orders, second.local_id) == "Canceled"
    qtbot.waitUntil(lambda: not harness.runner.is_busy())
    harness.close()

    # --- start again on the same folder: everything is still there ------------------------------
    again = make_app()
    window = again.window
    qtbot.waitUntil(lambda: window.session.profile is not None)
    assert window.session.profile.name == "My panel"
    assert window.profiles_dialog is None  # the key was kept: nothing to ask
    qtbot.waitUntil(lambda: window.services_tab.model.total_count() == len(panel.services))
    orders = window.orders_tab
    qtbot.waitUntil(lambda: orders.model.total_count() == 2, timeout=10_000)
    assert status_of(orders, first.local_id) == "Completed"
    assert status_of(orders, second.local_id) == "Canceled"
    assert orders.model.index(orders.model.row_of(first.local_id), COL_REFILL).data() == "Completed"
    orders.select_order(first.local_id)
    qtbot.waitUntil(lambda: ("Refill status", "Completed") in orders.detail.history_texts())
    whats = [what for what, _ in orders.detail.history_texts()]
    assert whats[-2:] == ["Placed on the panel", "Written down, sending"]
    # Nothing is announced twice after a restart.
    assert orders.model.fresh_ids() == set()
    assert list(memory_keyring.passwords.values()) == [panel.key]

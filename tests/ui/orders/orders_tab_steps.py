"""Steps shared by the Orders tab tests: place an order, reload, refresh, act, read a row."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.local_panel.catalogue import SERVICE_DEFAULT
from core.store import JournalOrder
from ui.orders.orders_model import (
    COL_STATUS,
)

PENDING_S, PROGRESS_S = 60, 300  # the local panel's default pace


def orders_tab(window):
    return window.orders_tab


def place(
    window, service_id: int | str, link: str, quantity: int = 1000, **more: str
) -> JournalOrder:
    """An order as the journal records one: written first, `add` sent, the answer kept. Not
    through the order form, so a link the form would refuse (a bare "instagram.com/p/x", as
    a tracked order can have) can be set up too."""
    session = window.session
    store, client, profile = session.store, session.client, session.profile
    service = session.catalogue.by_id(str(service_id))
    params = {"service": service.id, "link": link, "quantity": str(quantity), **more}
    estimate = service.rate * quantity * int(more.get("runs", 1)) / 1000
    local_id = store.journal.begin(profile.id, service, params, estimate, "USD")
    result = client.add(params)
    store.journal.mark_placed(local_id, result.order_id)
    return store.journal.get(local_id)


def ready(app_window, qtbot):
    """The orders tab of a started app, its first load and refresh done."""
    tab = orders_tab(app_window)
    qtbot.waitUntil(lambda: app_window.session.catalogue is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not tab.is_refreshing())
    return tab


def reload(tab, qtbot) -> None:
    with qtbot.waitSignal(tab.rowsLoaded, timeout=10_000):
        tab.reload()


def refresh(tab, qtbot) -> None:
    qtbot.waitUntil(lambda: not tab.is_refreshing())
    with qtbot.waitSignal(tab.refreshFinished, timeout=10_000) as blocker:
        tab.refresh()
    assert blocker.args == [True], tab.status_label.text()


def act(tab, qtbot, fn) -> str:
    with qtbot.waitSignal(tab.actionFinished, timeout=10_000) as blocker:
        fn()
    return blocker.args[0]


def row_text(tab, local_id: int, col: int) -> str:
    row = tab.model.row_of(local_id)
    assert row is not None, f"order {local_id} not shown"
    return tab.model.index(row, col).data()


def status_requests(panel) -> list[str]:
    return [r["orders"] for r in panel.requests if r.get("action") == "status" and "orders" in r]


def complete(tab, panel, qtbot, *orders: JournalOrder) -> None:
    refresh(tab, qtbot)
    panel.advance(PENDING_S + PROGRESS_S + 1)
    refresh(tab, qtbot)
    for order in orders:
        assert row_text(tab, order.local_id, COL_STATUS).endswith("Completed")


def finish_quietly(app_window, panel, orders) -> None:
    """Complete these orders on the panel and in the journal, without the tab telling anyone."""
    panel.advance(PENDING_S + PROGRESS_S + 1)
    session = app_window.session
    statuses = session.client.statuses([o.panel_order_id for o in orders])
    session.store.journal.apply_statuses(session.profile.id, statuses)


def unknown_order(app_window, link: str) -> int:
    session = app_window.session
    journal, profile = session.store.journal, session.profile
    service = session.catalogue.by_id(str(SERVICE_DEFAULT))
    params = {"service": service.id, "link": link, "quantity": "500"}
    local_id = journal.begin(profile.id, service, params, None, None)
    journal.mark_unknown(local_id, "no answer in time")
    return local_id


def answer_next_question(accept: bool) -> list[str]:
    """Answer the next message box the app opens (Yes or No), as a person would; the list
    receives its text once it was shown."""
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)  # not open yet: look again once events ran
            return
        said.append(box.text())
        button = QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.No
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return said

"""The Orders loader frees the rows it replaces on a worker, not on the GUI thread (issue 13,
defect 7: 20,000 rows take 10-15 ms to free, a freeze of the GUI thread after every refresh)."""

from __future__ import annotations

import threading
import weakref

import pytest

from core.local_panel.catalogue import SERVICE_DEFAULT
from tests.ui.orders.orders_tab_steps import place, ready, reload
from ui.orders import orders_loader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def watch_freeing(rows, freed_on_gui: list[bool]) -> None:
    """Note, for each row's order, whether the GUI thread freed it (no reference kept here)."""

    def freed() -> None:
        freed_on_gui.append(threading.current_thread() is threading.main_thread())

    for row in rows:
        weakref.finalize(row.order, freed)  # each order object dies with its row


def test_replaced_rows_are_freed_off_the_gui_thread(app_window, qtbot, monkeypatch):
    monkeypatch.setattr(orders_loader, "FREE_AFTER_MS", 0, raising=False)  # at once
    tab = ready(app_window, qtbot)
    for i in range(3):
        place(app_window, SERVICE_DEFAULT, f"https://x.test/free{i}", 500)
    reload(tab, qtbot)
    freed_on_gui: list[bool] = []
    watch_freeing(tab.model.rows(), freed_on_gui)
    reload(tab, qtbot)  # new rows replace them
    qtbot.waitUntil(lambda: len(freed_on_gui) == 3)
    assert freed_on_gui == [False, False, False]
    assert len(tab.model.rows()) == 3

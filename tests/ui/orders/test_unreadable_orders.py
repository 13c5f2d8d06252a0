"""Issue 13, defect 2: journal rows holding absurd values are shown as unreadable, never dropped.

An older version (or a hostile panel before the parser bounded numbers) left values such as
charge "1e5000" in the journal; formatting one raised, and the Orders tab then showed 0 orders
at every start, hiding the unknown ones. Here the rows are written with real SQL into the real
data file, as such a version would have left them, and the app is started on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.local_panel.catalogue import SERVICE_DEFAULT
from tests.data_files import rewrite_rows
from tests.ui.orders.orders_tab_steps import place, ready, row_text
from ui.orders.order_rows import Bucket
from ui.orders.orders_model import (
    COL_CHARGE,
    COL_CHECKED,
    COL_QUANTITY,
    COL_REMAINS,
    COL_STATUS,
    COLUMN_COUNT,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

UNREADABLE = "unreadable"


def _journal_with_absurd_values(make_app, panel, qtbot, data_dir: Path) -> dict[str, int]:
    """Five orders placed on the panel, four of them then given values no sane version writes."""
    first = make_app(panel)
    qtbot.waitUntil(lambda: first.session.catalogue is not None, timeout=10_000)
    ids = {
        name: place(first.window, SERVICE_DEFAULT, f"https://t.me/{name}", 500).local_id
        for name in ("huge", "nan", "unknown", "text", "fine")
    }
    qtbot.waitUntil(lambda: not first.runner.is_busy(), timeout=10_000)
    first.close()
    update = "UPDATE orders SET {} WHERE local_id = ?"
    finished = "final = 1, notified = 1, status = "
    rewrite_rows(
        data_dir,
        [
            (update.format(f"charge = '1e5000', {finished} 'Completed'"), (ids["huge"],)),
            # A count past SQLite's integers comes back as REAL infinity; NaN as its text.
            (
                update.format(f"charge = 'NaN', remains = ?, {finished} 'Partial'"),
                ("1" + "0" * 5000, ids["nan"]),
            ),
            # No answer came: no panel id (with one, a refresh would settle it).
            (
                update.format(
                    "state = 'unknown', panel_order_id = NULL, estimate = '1e999999999', "
                    "quantity = 'lots'"
                ),
                (ids["unknown"],),
            ),
            (
                update.format(
                    f"start_count = 'many', remains = '-Infinity', charge = '-Infinity', "
                    f"{finished} 'Completed'"
                ),
                (ids["text"],),
            ),
        ],
    )
    return ids


def test_orders_with_absurd_values_are_all_shown_as_unreadable(
    make_app, panel, qtbot, data_dir, tmp_path
):
    ids = _journal_with_absurd_values(make_app, panel, qtbot, data_dir)

    window = make_app(panel).window
    window.resize(1200, 760)
    tab = ready(window, qtbot)
    qtbot.waitUntil(lambda: tab.model.total_count() == len(ids), timeout=10_000)

    # Every order is there, the unknown one under Unknown: the user is told to check it.
    assert tab.model.visible_count() == len(ids)
    counts = tab.model.bucket_counts()
    assert counts[Bucket.UNKNOWN] == 1 and counts[Bucket.ALL] == len(ids)
    assert tab.model.row_of(ids["unknown"]) is not None
    assert row_text(tab, ids["unknown"], COL_STATUS).startswith("Unknown")

    assert row_text(tab, ids["huge"], COL_CHARGE) == UNREADABLE
    assert row_text(tab, ids["nan"], COL_CHARGE) == UNREADABLE
    assert row_text(tab, ids["nan"], COL_REMAINS) == UNREADABLE
    # An unknown order shows no charge at all (its estimate is no money taken: issue 14).
    assert row_text(tab, ids["unknown"], COL_CHARGE) == ""
    assert row_text(tab, ids["unknown"], COL_QUANTITY) == UNREADABLE
    assert row_text(tab, ids["text"], COL_CHARGE) == UNREADABLE
    assert row_text(tab, ids["text"], COL_REMAINS) == UNREADABLE
    charge = tab.model.index(tab.model.row_of(ids["huge"]), COL_CHARGE)
    assert charge.data(Qt.ItemDataRole.ToolTipRole) == UNREADABLE  # wider than the column
    assert row_text(tab, ids["fine"], COL_QUANTITY) == "500"
    assert row_text(tab, ids["fine"], COL_CHARGE) not in ("", UNREADABLE)

    # Sorting by any column orders the rows and keeps every one (NaN does not compare).
    for col in range(COLUMN_COUNT):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.model.sort(col, order)
            assert tab.model.visible_count() == len(ids), (col, order)
    tab.model.sort(COL_CHECKED, Qt.SortOrder.AscendingOrder)

    # Every cell of every row can be painted, and the detail pane says the same word.
    for row in range(tab.model.rowCount()):
        for col in range(COLUMN_COUNT):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                tab.model.index(row, col).data(role)
    assert tab.select_order(ids["unknown"])
    qtbot.waitUntil(
        lambda: "Estimated cost, if the panel placed it: unreadable" in tab.detail.summary.text()
    )
    assert tab.select_order(ids["huge"])
    qtbot.waitUntil(lambda: "Charged: unreadable" in tab.detail.summary.text())

    window.tabs.setCurrentWidget(tab)
    window.grab().save(str(tmp_path / "orders-unreadable.png"))


def test_money_no_decimal_can_read_loads_as_unreadable_not_a_failed_load(tmp_path):
    # Text an older version or a hand edit left in a money column: the load goes on.
    from decimal import Decimal as D

    from core.models import Service
    from core.store import Store

    with Store(tmp_path) as store:
        profile = store.profiles.add("Local", "http://127.0.0.1:1/api/v2")
        service = Service("1", "Followers", "Instagram", "Default", D("1"), 10, 1000)
        params = {"service": "1", "link": "https://x.test/p", "quantity": "10"}
        local_id = store.journal.begin(profile.id, service, params, D("0.01"), "USD")
        with store.db.write() as conn:
            conn.execute("UPDATE orders SET charge = 'abc' WHERE local_id = ?", (local_id,))
        (order,) = store.journal.orders(profile.id)
    assert order.charge.is_nan()


def test_an_order_whose_params_cannot_be_read_is_shown_and_said(make_app, panel, qtbot, data_dir):
    # A damaged file or an old version's row: journal.get() once raised on its params JSON.
    first = make_app(panel)
    qtbot.waitUntil(lambda: first.session.catalogue is not None, timeout=10_000)
    local_id = place(first.window, SERVICE_DEFAULT, "https://t.me/damaged", 500).local_id
    qtbot.waitUntil(lambda: not first.runner.is_busy(), timeout=10_000)
    first.close()
    rewrite_rows(
        data_dir, [("UPDATE orders SET params = '{\"link\": ' WHERE local_id = ?", (local_id,))]
    )

    window = make_app(panel).window
    tab = ready(window, qtbot)
    qtbot.waitUntil(lambda: tab.model.row_of(local_id) is not None, timeout=10_000)
    assert row_text(tab, local_id, COL_QUANTITY) == "500"
    assert tab.select_order(local_id)
    qtbot.waitUntil(lambda: "Parameters: unreadable" in tab.detail.summary.text())

    order_tab = window.order_tab
    order = window.session.store.journal.get(local_id)
    assert order.params_unreadable
    assert order_tab.repeat_order(order)
    assert order_tab.form.draft().values["link"] == "https://t.me/damaged"

"""Orders figures one reading each (issue 14): a drip-feed order's total is quantity x runs
everywhere, and an order never placed or whose outcome is unknown shows no charge."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.workflows.orders_export import write_csv
from tests.ui.orders.orders_tab_steps import (
    finish_quietly,
    place,
    ready,
    refresh,
    reload,
    row_text,
)
from ui.orders.orders_model import COL_CHARGE, COL_PROGRESS, COL_QUANTITY, COL_REMAINS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_drip_feed_order_reads_quantity_times_runs_everywhere(
    app_window, panel, qtbot, tmp_path: Path
):
    tab = ready(app_window, qtbot)
    drip = place(app_window, SERVICE_DEFAULT_DRIPFEED, "https://x.test/d", 2000,
                 runs="3", interval="30")  # fmt: skip
    refresh(tab, qtbot)
    assert row_text(tab, drip.local_id, COL_QUANTITY) == "6,000"
    assert row_text(tab, drip.local_id, COL_REMAINS) == "6,000"
    assert row_text(tab, drip.local_id, COL_PROGRESS) == "0% (0/6,000)"
    tip = tab.model.index(tab.model.row_of(drip.local_id), COL_QUANTITY).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "Drip-feed: 2,000 in each of 3 runs"

    finish_quietly(app_window, panel, [drip])
    reload(tab, qtbot)
    assert row_text(tab, drip.local_id, COL_PROGRESS) == "100% (6,000/6,000)"
    tab.select_order(drip.local_id)
    qtbot.waitUntil(lambda: "Delivered 6,000 of 6,000" in tab.detail.summary.text())
    assert "Total: 6,000 (2,000 in each of 3 runs)" in tab.detail.summary.text()

    path = tmp_path / "orders.csv"
    journal = app_window.session.store.journal
    write_csv(str(path), [journal.get(drip.local_id)], {})
    with path.open(encoding="utf-8-sig") as f:
        (record,) = list(csv.DictReader(f))
    assert record["quantity"] == "6000" and record["delivered"] == "6000"


def test_orders_not_placed_or_unknown_show_no_charge(app_window, panel, qtbot, tmp_path: Path):
    tab = ready(app_window, qtbot)
    session = app_window.session
    journal, profile = session.store.journal, session.profile
    service = session.catalogue.by_id(str(SERVICE_DEFAULT))
    refused = journal.begin(profile.id, service, {"service": service.id, "link": "x"},
                            service.rate, "USD")  # fmt: skip
    journal.mark_failed(refused, "Not enough funds on balance")
    # Sent with its estimate, as New order sends one; no answer came.
    unknown = journal.begin(profile.id, service, {"service": service.id, "link": "y"},
                            service.rate, "USD")  # fmt: skip
    journal.mark_unknown(unknown, "no answer in time")
    placed = place(app_window, SERVICE_DEFAULT, "https://x.test/p", 1000)  # not checked yet
    reload(tab, qtbot)

    assert row_text(tab, refused, COL_CHARGE) == ""
    assert row_text(tab, unknown, COL_CHARGE) == ""
    estimate = row_text(tab, placed.local_id, COL_CHARGE)
    assert estimate.startswith("≈ ")  # marked as an estimate, not money taken
    tip = tab.model.index(tab.model.row_of(placed.local_id), COL_CHARGE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip.startswith("Estimated")

    tab.select_order(refused)
    qtbot.waitUntil(lambda: "Not placed" in tab.detail.summary.text())
    assert "cost" not in tab.detail.summary.text().lower()
    tab.select_order(unknown)
    qtbot.waitUntil(lambda: "if the panel placed it" in tab.detail.summary.text())

    path = tmp_path / "orders.csv"
    write_csv(str(path), [journal.get(refused), journal.get(unknown)], {})
    with path.open(encoding="utf-8-sig") as f:
        assert [r["charge"] for r in csv.DictReader(f)] == ["", ""]

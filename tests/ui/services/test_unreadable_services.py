"""Issue 13, defect 2: a cached catalogue holding absurd rates and bounds shows every service,
the bad cells reading "unreadable" (formatting one raised in every repaint before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.data_files import rewrite_rows
from ui.services.services_model import COL_MAX, COL_MIN, COL_NAME, COL_RATE, COLUMN_COUNT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

UNREADABLE = "unreadable"


def test_cached_catalogue_with_absurd_values_shows_every_service(
    make_app, panel, qtbot, data_dir, tmp_path
):
    first = make_app(panel)
    qtbot.waitUntil(lambda: first.window.services_tab.model.total_count() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not first.runner.is_busy(), timeout=10_000)
    first.close()
    set_column = "UPDATE catalogue_services SET {} = ? WHERE service_id = ?"
    # As a version without bounds at parse time saved them; a count past SQLite's integers
    # comes back as REAL infinity, a word in a number's column as text.
    rewrite_rows(
        data_dir,
        [
            (set_column.format("rate"), ("1e5000", "2")),
            (set_column.format("rate"), ("-1e999999999", "5")),
            (set_column.format("min"), ("1" + "0" * 5000, "4")),
            (set_column.format("max"), ("plenty", "8")),
        ],
    )
    panel.inject("timeout", action="services", times=None)  # what is cached is what is shown

    window = make_app(panel).window
    window.resize(1200, 760)
    tab = window.services_tab
    model = tab.model
    qtbot.waitUntil(lambda: model.total_count() == len(panel.services), timeout=10_000)
    qtbot.waitUntil(lambda: window.session.balance is not None, timeout=10_000)
    assert model.visible_count() == len(panel.services)

    def cell(service_id: str, col: int) -> str:
        return model.index(model.row_of(service_id), col).data()

    assert cell("2", COL_RATE) == UNREADABLE  # without a currency after it
    assert cell("5", COL_RATE) == UNREADABLE
    assert cell("4", COL_MIN) == UNREADABLE
    tip = model.index(model.row_of("4"), COL_MIN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == UNREADABLE  # wider than the column
    assert cell("8", COL_MAX) == UNREADABLE
    assert cell("1", COL_RATE) == "0.9500"  # the currency is in the header

    # Sorting by any column keeps every service.
    for col in range(COLUMN_COUNT):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(col, order)
            assert model.visible_count() == len(panel.services), (col, order)
            for row in range(model.rowCount()):  # every cell can be painted
                model.index(row, col).data()
                model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)

    tab.table.setCurrentIndex(model.index(model.row_of("2"), COL_NAME))
    assert "Rate per 1000: unreadable" in tab.details.text()
    tab.table.setCurrentIndex(model.index(model.row_of("8"), COL_NAME))
    assert "to unreadable" in tab.details.text()
    window.grab().save(str(tmp_path / "services-unreadable.png"))

    # The New order tab's picker says the same, and the form still opens for the service.
    order_tab = window.order_tab
    window.tabs.setCurrentWidget(order_tab)
    assert order_tab.choose_service("2")
    assert "Rate per 1000: unreadable" in order_tab.picker.details.toPlainText()
    assert order_tab.form.service is not None and order_tab.form.service.id == "2"
    order_tab.form.editor("quantity").setText("100")
    assert order_tab.estimate_label.text().startswith("Estimated charge: —")  # no amount
    window.grab().save(str(tmp_path / "new-order-unreadable.png"))
    panel.clear_faults()

"""Issue 13, defect 8: a 1,000,000-character service name or description is shown cut, the whole
a click away; a lone surrogate in one never raises, shown or copied.

The long texts come from the local panel over HTTP; the lone surrogate is sent as JSON sends it
(an escape), and also handed straight to the panes, as a cache or another path could.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from core.local_panel import default_services
from core.models import Service
from core.store import JournalOrder
from ui.common.long_text import CELL_CHARS, SHOWN_CHARS
from ui.new_order.service_picker import ServicePicker
from ui.orders.order_detail import OrderDetail
from ui.services.service_details import ServiceDetails
from ui.services.services_model import COL_NAME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = 1_000_000
LONG_ID = "900"
SURROGATE_ID = "901"
#: A pane's text: a cut name, a cut description and a few short lines of the app's own.
PANE_CHARS = 2 * SHOWN_CHARS + 500


def _catalogue() -> list[dict]:
    services = default_services()
    base = {"type": "Default", "rate": "1.5", "min": 10, "max": 1000, "category": "Odd"}
    # No space anywhere: wrapping such a line is what froze the details box for minutes.
    services.append(dict(base, service=900, name="N" * LONG, desc="D" * LONG))
    services.append(dict(base, service=901, name="Lone \ud800 name", desc="and \udc00 here"))
    return services


@pytest.fixture
def long_panel(make_panel):
    started = make_panel()
    services = _catalogue()
    # As a PHP panel sends it: ASCII JSON, the surrogate as an escape that UTF-8 cannot carry.
    started.inject("raw", action="services", times=None, body=json.dumps(services))
    return started


def test_a_megabyte_name_and_description_are_shown_cut_with_the_whole_a_click_away(
    make_app, long_panel, qtbot, tmp_path
):
    window = make_app(long_panel).window
    window.resize(1200, 760)
    tab = window.services_tab
    model = tab.model
    qtbot.waitUntil(lambda: model.total_count() == len(_catalogue()), timeout=20_000)

    name_cell = model.index(model.row_of(LONG_ID), COL_NAME)
    assert len(name_cell.data()) <= CELL_CHARS + 3
    assert len(name_cell.data(Qt.ItemDataRole.ToolTipRole)) <= CELL_CHARS + 3
    tab.table.setCurrentIndex(name_cell)
    shown = tab.details.text()
    assert shown.startswith("N" * 100) and "…" in shown and "D" * 100 in shown
    assert len(shown) <= PANE_CHARS
    assert tab.details.show_all_button.isVisible()
    window.grab().save(str(tmp_path / "services-long.png"))

    dialog = tab.details.show_all()
    assert dialog.isVisible()
    assert "N" * LONG in dialog.text and "D" * LONG in dialog.text
    assert dialog.view.toPlainText().replace("\n", "").count("D" * LONG) == 1  # in blocks
    dialog.grab().save(str(tmp_path / "show-all.png"))
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text
    dialog.close()
    qtbot.waitUntil(lambda: tab.details.dialog is None)

    # The picker's list and its details pane, in the New order tab.
    order_tab = window.order_tab
    window.tabs.setCurrentWidget(order_tab)
    assert order_tab.choose_service(LONG_ID)
    picker = order_tab.picker
    row_text = picker.model.index(picker.model.row_of(LONG_ID), 0).data()
    assert len(row_text) <= 2 * CELL_CHARS
    assert len(picker.details.toPlainText()) <= PANE_CHARS
    assert picker.details_pane.show_all_button.isVisible()
    assert order_tab.form.service is not None and order_tab.form.service.id == LONG_ID
    window.grab().save(str(tmp_path / "new-order-long.png"))

    # Short texts leave the button hidden.
    assert order_tab.choose_service("1")
    assert not picker.details_pane.show_all_button.isVisible()


def test_a_lone_surrogate_from_the_panel_is_shown_replaced(make_app, long_panel, qtbot):
    window = make_app(long_panel).window
    tab = window.services_tab
    qtbot.waitUntil(lambda: tab.model.total_count() == len(_catalogue()), timeout=20_000)
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(SURROGATE_ID), COL_NAME))
    assert "Lone \ufffd name" in tab.details.text()
    assert window.order_tab.choose_service(SURROGATE_ID)
    assert "and \ufffd here" in window.order_tab.picker.details.toPlainText()


def _odd_service(name: str, description: str) -> Service:
    return Service("7", name, "Cat \ud800", "Default", None, 1, 10, description=description)


def test_lone_surrogates_never_raise_when_shown_or_copied(qtbot):
    odd = _odd_service("A\ud800B" * 1000, "x\udc00" * 2000)  # cut, and behind Show all
    details = ServiceDetails()
    qtbot.addWidget(details)
    details.show_service(odd, "Default", "USD")
    assert "A\ufffdB" in details.text()
    dialog = details.show_all()
    assert "\ud800" not in dialog.text and dialog.text.count("A\ufffdB") == 1000
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text
    dialog.close()

    picker = ServicePicker()
    qtbot.addWidget(picker)
    picker._show_details(odd)
    assert "A\ufffdB" in picker.details.toPlainText()


def test_the_order_detail_cuts_a_long_service_name_and_error(qtbot):
    detail = OrderDetail()
    qtbot.addWidget(detail)
    order = JournalOrder(
        local_id=1, profile_id=1, state="placed", panel_order_id="5", service_id="900",
        service_name="N" * LONG, service_type="Default", link="https://x.test/\ud800",
        quantity=100, params={"link": "https://x.test/", "quantity": "1" + "0" * 5000},
        error="E" * LONG,
    )  # fmt: skip
    detail.show_order(order, [])
    assert len(detail.summary.text()) <= 4 * SHOWN_CHARS
    assert detail.show_all_button.isVisibleTo(detail)
    assert "unreadable" in detail.summary.text()  # the 5,001-digit quantity
    assert "https://x.test/\ufffd" in detail.summary.text()
    dialog = detail.show_all()
    assert dialog.text.count("N") >= LONG and dialog.text.count("E") == LONG
    dialog.close()

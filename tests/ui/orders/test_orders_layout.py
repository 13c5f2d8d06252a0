"""The Orders tab at the default 1200 x 760 window, in English and Persian: nothing cut that
must be read whole, no horizontal scrollbar, a history that shows its rows (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from tests.ui.orders.orders_tab_steps import finish_quietly, place, ready, reload, unknown_order
from ui.common import formatting, i18n
from ui.orders.orders_model import (
    COL_CHECKED,
    COL_ID,
    COL_LINK,
    COL_PANEL,
    COL_PROGRESS,
    COL_SERVICE,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG_LINK = "https://www.instagram.com/p/CwZ8xYzAbCdEfGhIjKlMnOp/?utm_source=ig_web_copy_link"


@pytest.fixture(params=["en", "fa"])
def language(request, qapp):
    installed = i18n.install_language(qapp, request.param)
    yield request.param
    installed.uninstall()


def _text_width(table, text: str, bold: bool = False) -> int:
    font = QFont(table.font())
    font.setBold(bold)
    return QFontMetrics(font).horizontalAdvance(text)


def _orders_window(make_app, panel, qtbot):
    harness = make_app(panel)
    window = harness.window
    window.resize(1200, 760)
    tab = ready(window, qtbot)
    window.tabs.setCurrentWidget(tab)
    done = place(window, SERVICE_DEFAULT, "https://instagram.com/nasa", 2000)
    drip = place(window, SERVICE_DEFAULT_DRIPFEED, LONG_LINK, 2000, runs="3", interval="30")
    finish_quietly(window, panel, [done, drip])
    unknown_order(window, "https://instagram.com/esa")
    window.session.store.journal.track(window.session.profile.id, "99999")
    reload(tab, qtbot)
    tab.model.mark_fresh([done.local_id])  # its id and status bold, as after a refresh
    qtbot.waitUntil(lambda: tab.table.viewport().width() > 1100)  # laid out at 1200 px
    QApplication.processEvents()
    return window, tab, done


def test_columns_fit_the_default_window_and_nothing_is_cut(make_app, panel, qtbot, language):
    window, tab, done = _orders_window(make_app, panel, qtbot)
    table, header = tab.table, tab.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0  # no horizontal scrollbar
    assert header.length() <= table.viewport().width()
    padding = 8
    for row in range(tab.model.rowCount()):
        order_id = tab.model.index(row, COL_ID).data()
        assert _text_width(table, order_id, bold=True) + padding <= header.sectionSize(COL_ID)
        progress = tab.model.index(row, COL_PROGRESS).data()
        assert _text_width(table, progress) + padding <= header.sectionSize(COL_PROGRESS), progress
    # "100% (2,000/2,000)" in this language's digits, whole.
    row = tab.model.row_of(done.local_id)
    assert formatting.number(2000) in tab.model.index(row, COL_PROGRESS).data()
    checked = tab.model.headerData(COL_CHECKED, header.orientation())
    assert _text_width(table, checked) + padding <= header.sectionSize(COL_CHECKED)
    for col in (COL_SERVICE, COL_LINK):
        assert header.sectionSize(col) >= 120  # room to read, not a sliver
    track = tab.buttons.track_edit
    assert track.fontMetrics().horizontalAdvance(track.placeholderText()) + 8 <= track.width()


def test_links_read_left_to_right_in_a_persian_table_and_detail(make_app, panel, qtbot, language):
    if language != "fa":
        pytest.skip("a bidi isolate is only needed in a right-to-left language")
    window, tab, done = _orders_window(make_app, panel, qtbot)
    cell = tab.model.index(tab.model.row_of(done.local_id), COL_LINK).data()
    assert cell == "\u2066instagram.com/nasa\u2069"  # isolated: never "/https://…"
    tab.select_order(done.local_id)
    qtbot.waitUntil(lambda: "\u2066https://instagram.com/nasa\u2069" in tab.detail.summary.text())


def test_the_history_shows_a_useful_number_of_rows(make_app, panel, qtbot, language):
    window, tab, done = _orders_window(make_app, panel, qtbot)
    history = tab.detail.history
    rows = history.viewport().height() // history.verticalHeader().defaultSectionSize()
    assert rows >= 7, rows  # was about 3, under the summary


def test_the_users_column_widths_and_hidden_columns_come_back(make_app, panel, qtbot):
    first = make_app(panel)
    first.window.resize(1200, 760)
    tab = ready(first.window, qtbot)
    first.window.tabs.setCurrentWidget(tab)
    header = tab.table.horizontalHeader()
    header.resizeSection(COL_SERVICE, 321)  # as a drag of the user's does
    tab.columns.show_column(COL_PROGRESS, False)
    first.close()
    again = make_app(panel)
    again.window.resize(1200, 760)
    tab = ready(again.window, qtbot)
    again.window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tab.table.horizontalHeader().sectionSize(COL_SERVICE) == 321
    assert tab.table.isColumnHidden(COL_PROGRESS)
    menu = tab.columns.column_menu()
    shown = {action.text(): action.isChecked() for action in menu.actions()}
    assert shown[tab.model.headerData(COL_PROGRESS, header.orientation())] is False


def test_all_panels_brings_its_column_and_the_widths_still_fit(make_app, panel, qtbot):
    window, tab, done = _orders_window(make_app, panel, qtbot)
    tab.all_panels_check.setChecked(True)
    qtbot.waitUntil(lambda: not tab.table.isColumnHidden(COL_PANEL))
    QApplication.processEvents()
    assert not tab.columns.own  # still fitted, not taken for the user's widths
    assert tab.table.horizontalScrollBar().maximum() == 0

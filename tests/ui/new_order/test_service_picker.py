"""New order's service picker: a category, then its services with price, bounds, average time
and offers; a search over ids, names and categories; the keyboard throughout."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.answers import parse_services
from core.catalog import ServiceCatalog
from core.local_panel import catalogue as lp
from core.local_panel import generate_services
from core.models import Service, search_text
from tests.locations import REALDATA
from ui.common import i18n
from ui.common.formatting import strip_bidi
from ui.new_order.service_picker import ServicePicker
from ui.new_order.service_table import COL_BOUNDS, COL_FLAGS, COL_PRICE, COL_TIME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def cell(picker: ServicePicker, row: int, column: int) -> str:
    return strip_bidi(picker.model.index(row, column).data())


def shown_ids(picker: ServicePicker) -> list[str]:
    return [picker.model.service_at(r).id for r in range(picker.model.rowCount())]


@pytest.fixture
def tab(app_window):
    app_window.tabs.setCurrentWidget(app_window.order_tab)
    return app_window.order_tab


def test_a_category_then_its_services_each_with_price_bounds_and_offers(tab):
    picker = tab.picker
    combo = picker.category_combo
    assert strip_bidi(combo.itemText(0)) == "All categories"
    telegram = combo.findData("Telegram")
    assert telegram > 0 and strip_bidi(combo.itemText(telegram)) == "Telegram (2)"
    combo.setCurrentIndex(telegram)
    assert shown_ids(picker) == [str(lp.SERVICE_POLL), str(lp.SERVICE_INVITES)]
    assert picker.count_label.text().startswith("2 of ")
    row = shown_ids(picker).index(str(lp.SERVICE_POLL))
    assert cell(picker, row, COL_PRICE) == "0.75000"  # the catalogue's places: aligned
    assert cell(picker, row, COL_BOUNDS) == "50 – 100,000"
    assert picker.model.headerData(COL_PRICE, Qt.Orientation.Horizontal) == "Per 1000 (USD)"
    combo.setCurrentIndex(0)
    first = picker.model.row_of(str(lp.SERVICE_DEFAULT_DRIPFEED))
    assert cell(picker, first, COL_FLAGS) == "refill, cancel, drip-feed"


def test_a_package_shows_its_price_never_a_rate_per_1000(tab):
    picker = tab.picker
    assert tab.choose_service(str(lp.SERVICE_PACKAGE))
    details = strip_bidi(picker.details.toPlainText())
    assert "Rate per 1000" not in details and "Quantity:" not in details
    assert "Price: 45.00 USD" in details
    row = picker.model.row_of(str(lp.SERVICE_PACKAGE))
    assert cell(picker, row, COL_PRICE) == "45.00 / order"
    assert cell(picker, row, COL_BOUNDS) == "—"
    facts = strip_bidi(tab.facts_label.text())
    assert facts == "Price: 45.00 USD" and "Rate per 1000" not in facts
    tab.choose_service(str(lp.SERVICE_DEFAULT))
    assert strip_bidi(tab.facts_label.text()).startswith("Rate per 1000: 0.12345 USD")


def test_an_id_typed_whole_comes_first(tab):
    picker = tab.picker
    QTest.keyClicks(picker.search_edit, "1")
    assert shown_ids(picker)[0] == "1"
    picker.search_edit.clear()
    QTest.keyClicks(picker.search_edit, str(lp.SERVICE_POLL))
    assert shown_ids(picker)[0] == str(lp.SERVICE_POLL)


def test_the_keyboard_searches_moves_and_opens_the_form(tab, qtbot):
    picker = tab.picker
    tab.window().activateWindow()
    picker.search_edit.setFocus()
    qtbot.waitUntil(picker.search_edit.hasFocus)
    QTest.keyClicks(picker.search_edit, "instagram mentions")
    ids = shown_ids(picker)
    assert len(ids) >= 3
    QTest.keyClick(picker.search_edit, Qt.Key.Key_Down)  # into the list, on the first service
    assert picker.table.hasFocus() and picker.current.id == ids[0]
    QTest.keyClick(picker.table, Qt.Key.Key_Down)
    assert picker.current.id == ids[1] and tab.form.service.id == ids[1]
    QTest.keyClick(picker.table, Qt.Key.Key_Return)  # Enter: on to the form's first field
    assert tab.form.editor("link").hasFocus()
    picker.table.setFocus()
    QTest.keyClicks(picker.table, " x")  # typing in the list goes on with the search
    assert picker.search_edit.hasFocus() and picker.search_edit.text().endswith(" x")


def _service(sid: str, category: str, minutes: object) -> Service:
    return Service(sid, f"Service {sid}", category, "Default", Decimal("1.5"), 10, 1000,
                   extra={"average_time": minutes})  # fmt: skip


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """English as the app installs it (its plural forms: "8 minutes", not "8 minute(s)")."""
    installed = i18n.install_language(qapp, i18n.ENGLISH)
    yield
    installed.uninstall()


def test_average_time_where_the_panel_measures_it(english, tab, app_window):
    services = [_service("1", "A", 8), _service("2", "A", 190), _service("3", "B", 0),
                _service("4", "B", 3000), _service("5", "B", "junk")]  # fmt: skip
    app_window.session.set_catalogue(ServiceCatalog(services))
    picker = tab.picker
    assert not picker.table.isColumnHidden(COL_TIME)
    times = [cell(picker, r, COL_TIME) for r in range(5)]
    assert times == ["8 min", "3 h 10 min", "", "2 d 2 h", ""]  # short: a narrow column
    tips = [picker.model.index(r, COL_TIME).data(Qt.ItemDataRole.ToolTipRole) for r in range(5)]
    assert tips == ["8 minutes", "3 hours 10 minutes", None, "2 days 2 hours", None]
    tab.choose_service("2")
    assert "Average time: 3 hours 10 minutes" in strip_bidi(picker.details.toPlainText())
    assert "Average time: 3 hours 10 minutes" in strip_bidi(tab.facts_label.text())
    tab.choose_service("3")  # 0: not measured, nothing said
    assert "Average time" not in picker.details.toPlainText() + tab.facts_label.text()


def test_no_average_time_column_when_the_panel_gives_none(tab, app_window):
    assert not tab.picker.table.isColumnHidden(COL_TIME)  # the local panel's service 1 has one
    services = [_service("1", "A", 0), _service("2", "A", None)]
    app_window.session.set_catalogue(ServiceCatalog(services))
    assert tab.picker.table.isColumnHidden(COL_TIME)


@pytest.mark.skipif(not (REALDATA / "topsmm_in_services.json").exists(), reason="no real data")
def test_real_average_times_are_read_as_minutes(qtbot):
    raw = json.loads((REALDATA / "topsmm_in_services.json").read_text(encoding="utf-8"))
    services = list(parse_services(raw))
    measured = [s for s in services if s.average_minutes is not None]
    assert measured and all(s.extra["average_time"] == s.average_minutes for s in measured)
    assert len(measured) == sum(1 for s in services if s.extra.get("average_time"))
    picker = ServicePicker()
    qtbot.addWidget(picker)
    picker.set_catalog(ServiceCatalog(services))
    assert not picker.table.isColumnHidden(COL_TIME)


def test_narrowing_as_you_type_finds_exactly_what_a_fresh_search_finds(qtbot):
    """Letters added, words added, backspaces, a category: always the brute-force answer."""
    catalog = ServiceCatalog(parse_services(generate_services(3000, seed=7)))
    picker = ServicePicker()
    qtbot.addWidget(picker)
    picker.set_catalog(catalog)
    rng = random.Random(3)
    phrases = ["instagram followers", "youtube views 30", "tiktok  likes", "telegram members"]
    for phrase in phrases:
        category = rng.choice([None, *catalog.categories[:5]])
        index = picker.category_combo.findData(category) if category else 0
        picker.category_combo.setCurrentIndex(index)
        typed = [phrase[:i] for i in range(1, len(phrase) + 1)] + [phrase[:-3], "", phrase[:4]]
        for text in typed:
            picker.search_edit.setText(text)
            needles = [search_text(w) for w in text.split()]
            expected = [
                s.id
                for i, s in enumerate(catalog)
                if (category is None or s.category == category)
                and all(n in catalog.search_text_of(i) for n in needles)
            ]
            got = shown_ids(picker)
            if text.strip() in {s.id for s in catalog}:  # an id typed whole comes first
                expected.remove(text.strip())
                expected.insert(0, text.strip())
            assert got == expected, (text, category)


def test_bounds_where_they_apply(tab):
    picker = tab.picker
    subscriptions = picker.model.row_of(str(lp.SERVICE_SUBSCRIPTIONS))  # bounds per new post
    assert cell(picker, subscriptions, COL_BOUNDS) == "50 – 5,000"
    tiktok = picker.model.row_of("21")  # max 2147483647: no real limit
    assert picker.model.service_at(tiktok).max == 2147483647
    assert cell(picker, tiktok, COL_BOUNDS) == "1,000 or more"
    tab.choose_service(str(lp.SERVICE_SUBSCRIPTIONS))
    assert "Quantity: 50 to 5,000" in strip_bidi(picker.details.toPlainText())


def test_absurd_cached_values_are_shown_sorted_and_painted(tab, app_window, tmp_path):
    """What a cached catalogue of an older version may hold: no exception in a paint or sort."""
    odd = [
        Service("1", "Huge rate", "X", "Default", Decimal("1e5000"), 10, 100),
        Service("2", "Huge min", "X", "Default", Decimal("1"), 10**5000, 100),
        Service("3", "Text max", "X", "Default", Decimal("1"), 10, "plenty"),  # type: ignore[arg-type]
        Service("4", "Infinite max", "X", "Default", None, 10, float("inf")),  # type: ignore[arg-type]
        Service("5", "Odd package", "X", "Package", Decimal("-1e999999999"), 1, 1),
    ]
    app_window.session.set_catalogue(ServiceCatalog(odd))
    picker, model = tab.picker, tab.picker.model
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert model.rowCount() == len(odd)
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    model.index(row, col).data()
                    model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
    assert cell(picker, picker.model.row_of("3"), COL_BOUNDS) == "10 – unreadable"
    tab.choose_service("1")  # (a 5,000-digit minimum breaks core.drafts.validate: not here)
    assert "Rate per 1000: unreadable" in picker.details.toPlainText()
    app_window.grab().save(str(tmp_path / "picker-absurd.png"))


def test_a_cut_cell_says_all_of_it_in_its_tooltip(tab):
    model = tab.picker.model
    row = model.row_of(str(lp.SERVICE_DEFAULT_DRIPFEED))
    tip = strip_bidi(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))
    service = model.service_at(row)
    assert tip == f"{service.name}\nCategory: {service.category}"
    assert (
        model.index(row, COL_FLAGS).data(Qt.ItemDataRole.ToolTipRole) == "refill, cancel, drip-feed"
    )


def test_the_table_model_keeps_qts_rules(tab, qtmodeltester):
    model = tab.picker.model
    qtmodeltester.check(model)
    tab.picker.search_edit.setText("instagram")
    qtmodeltester.check(model)


def test_a_painted_cell_keeps_nothing_of_the_cell_painted_before(tab):
    """The view hands the same roles from cell to cell: a name painted after a price is still
    left-aligned (it was right-aligned, like the price before it)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    model, delegate = tab.picker.model, tab.picker.table.itemDelegate()
    left = Qt.AlignmentFlag.AlignLeft
    for column in (COL_PRICE, 1, COL_FLAGS, COL_BOUNDS, 1):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(0, column))
        numeric = column in model.numeric_columns
        assert bool(option.displayAlignment & left) != numeric, column
        assert option.text == model.index(0, column).data()

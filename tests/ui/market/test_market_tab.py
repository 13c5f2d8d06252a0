"""The Market tab against local panels over HTTP: every panel's saved catalogue grouped, priced
in one currency with converted prices marked, filtered, empty states, and "Order this"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from core import preferences
from core.api import PanelClient
from core.currency import CurrencySettings, save_currency_settings
from core.exchange_rates import exchange_rate
from core.workflows.catalogue_refresh import refresh_catalogue
from tests.ui.insights.history import add_order, noon_days_ago, seed_history
from ui.common import time_text
from ui.common.formatting import strip_bidi
from ui.market.market_list import (
    E_ID,
    E_PANEL,
    E_PRICE,
    E_TIME,
    G_CHEAPEST,
    G_OFFER,
    MarketFilter,
)
from ui.market.price_words import CONVERTED_MARK
from ui.services.service_rows import FLAG_REFILL

RATE_DAY = date(2026, 11, 28)


def _service(sid: int, name: str, rate: str, refill: bool = False) -> dict:
    return {"service": sid, "name": name, "type": "Default", "rate": rate, "min": 10,
            "max": 5000, "category": "Instagram", "refill": refill, "cancel": False}  # fmt: skip


TOMAN_SERVICES = [
    _service(501, "Instagram Followers [Refill 30 Days]", "50000", refill=True),  # 0.8333 USD
    # 0.05 USD: cheaper than the demo's 0.12345; the panel measures its average time
    {**_service(502, "Instagram Post Likes", "3000"), "average_time": 95},
    _service(503, "Instagram Story Views", "600"),
]


def _save_catalogue(store, name: str, panel, currency: str) -> int:
    profile = store.profiles.add(name, panel.url)
    client = PanelClient(panel.url, panel.key)
    try:
        refresh_catalogue(store, client, profile.id)
    finally:
        client.close()
    store.preferences.set(preferences.PANEL_CURRENCY, currency, profile.id)
    return profile.id


@pytest.fixture
def market(app_window, make_panel, qtbot):
    """The app on the local panel (USD, its catalogue saved), a second panel billing in toman
    with its catalogue saved, a third never fetched, a dated USD->IRT rate, and the Market tab
    shown."""
    window, harness = app_window, app_window.harness
    store = harness.store
    toman = make_panel(services=TOMAN_SERVICES, currency="IRT")
    toman_id = _save_catalogue(store, "Toman panel", toman, "IRT")
    store.profiles.add("Never fetched", "https://never.example/api/v2")
    rate = exchange_rate("USD", "IRT", "60000", RATE_DAY)
    save_currency_settings(store.preferences, CurrencySettings("USD", (rate,)))
    tab = window.tab("marketTab")
    with qtbot.waitSignal(tab.marketShown, timeout=20_000):
        window.tabs.setCurrentWidget(tab)
    tab.harness, tab.toman_id, tab.panel_id = harness, toman_id, window.session.profile.id
    return tab


def _select_group_with(tab, profile_id: int, service_id: str) -> None:
    model = tab.groups_model
    rows = model.rows
    for row in range(model.rowCount()):
        group = model.group_at(row)
        members = [rows.entries[i].entry for i in model.passing_entries(group)]
        if any((e.profile_id, e.service.id) == (profile_id, service_id) for e in members):
            tab.groups_table.setCurrentIndex(model.index(row, G_OFFER))
            return
    raise AssertionError(f"no group holds {service_id} of profile {profile_id}")


def _entry_rows(tab) -> list[tuple[str, str, str]]:
    model = tab.entries_model
    return [
        (
            strip_bidi(model.index(r, E_PANEL).data()),
            strip_bidi(model.index(r, E_ID).data()),
            model.index(r, E_PRICE).data(),
        )
        for r in range(model.rowCount())
    ]


def test_the_same_offer_on_two_panels_cheapest_first_converted_marked_with_its_date(market):
    _select_group_with(market, market.toman_id, "502")
    rows = _entry_rows(market)
    assert [(panel, sid) for panel, sid, _ in rows][:2] == [
        ("Toman panel", "502"),
        ("Local panel", "2"),
    ]
    converted, quoted = rows[0][2], rows[1][2]
    assert (
        converted.startswith(CONVERTED_MARK) and "0.05" in converted and converted.endswith("USD")
    )
    assert not quoted.startswith(CONVERTED_MARK) and "0.12345" in quoted
    tip = market.entries_model.index(0, E_PRICE).data(Qt.ItemDataRole.ToolTipRole)
    assert "60,000" in tip and "2026" in tip  # the rate and its date, beside the figure
    assert "1 USD = 60,000 IRT" in market.currency_label.text()
    assert "Never fetched" in market.panels_label.text()


def test_offers_come_cheapest_first_in_the_display_currency(market):
    model = market.groups_model
    rows = model.rows
    amounts = [
        rows.entries[model.passing_entries(model.group_at(r))[0]].price.amount
        for r in range(model.rowCount())
    ]
    known = [a for a in amounts if a is not None]
    assert known == sorted(known) and known
    cheapest_text = model.index(0, G_CHEAPEST).data()
    assert cheapest_text.endswith("USD")


def test_filters_show_only_matching_services_and_typing_on_narrows_the_same(market, qtbot):
    bar = market.filters
    QTest.keyClicks(bar.filter_edit, "lik")
    market.apply_filter()
    QTest.keyClicks(bar.filter_edit, "es")
    market.apply_filter()
    typed = list(market.groups_model._passing)
    fresh = type(market.groups_model)()
    fresh.set_rows(market.groups_model.rows)
    fresh.set_filter(MarketFilter(text="likes"))
    assert typed == fresh._passing and typed
    rows = market.groups_model.rows
    assert all("likes" in rows.entry_search[i] for i in typed)
    bar.filter_edit.clear()
    bar.refill_check.setChecked(True)  # applied at once
    passing = market.groups_model._passing
    assert passing and all(rows.entry_flags[i] & FLAG_REFILL for i in passing)
    bar.refill_check.setChecked(False)
    bar.cross_panel_check.setChecked(True)
    shown = [market.groups_model.group_at(r) for r in range(market.groups_model.rowCount())]
    assert shown and all(rows.group_panels[g] >= 2 for g in shown)
    platform = bar.platform_combo.findData("tiktok")
    bar.cross_panel_check.setChecked(False)
    bar.platform_combo.setCurrentIndex(platform)
    shown = [market.groups_model.group_at(r) for r in range(market.groups_model.rowCount())]
    assert shown and {rows.group_platforms[g] for g in shown} == {"tiktok"}
    bar.filter_edit.setText("no such words anywhere")
    market.apply_filter()
    assert market.groups_model.rowCount() == 0
    assert market.status_label.text() == "No offer matches the filter."
    assert not market.order_button.isEnabled()


def test_order_this_on_another_panel_switches_panel_and_opens_new_order_on_it(market, qtbot):
    window = market.harness.window
    _select_group_with(market, market.toman_id, "502")
    market.entries_table.setCurrentIndex(market.entries_model.index(0, E_ID))
    assert strip_bidi(market.entries_model.index(0, E_ID).data()) == "502"
    market.order_button.click()
    order_tab = window.order_tab
    qtbot.waitUntil(lambda: window.session.profile.id == market.toman_id, timeout=10_000)
    qtbot.waitUntil(
        lambda: order_tab.picker.current is not None and order_tab.picker.current.id == "502",
        timeout=10_000,
    )
    assert window.tabs.currentWidget() is order_tab
    assert order_tab.picker.current.rate == Decimal("3000")


def test_order_this_on_the_active_panel_opens_new_order_at_once(market, qtbot):
    window = market.harness.window
    _select_group_with(market, market.panel_id, "2")
    row = next(
        r for r in range(market.entries_model.rowCount()) if _entry_rows(market)[r][1] == "2"
    )
    market.entries_table.setCurrentIndex(market.entries_model.index(row, E_ID))
    market.order_button.click()
    assert window.tabs.currentWidget() is window.order_tab
    assert window.order_tab.picker.current.id == "2"
    assert window.session.profile.id == market.panel_id


def test_without_any_saved_catalogue_the_tab_says_why(make_app, qtbot):
    harness = make_app(start=False)
    harness.store.profiles.add("Mine", "https://panel.example/api/v2")
    window = harness.window
    tab = window.tab("marketTab")
    with qtbot.waitSignal(tab.marketShown, timeout=10_000):
        window.tabs.setCurrentWidget(tab)
    assert tab.pages.currentWidget() is tab.empty_label
    assert "refresh each panel's services" in tab.empty_label.text()
    assert tab.currency_label.isHidden() and not tab.order_button.isEnabled()


def test_the_models_pass_qts_model_checks(market, qtmodeltester):
    qtmodeltester.check(market.groups_model)
    _select_group_with(market, market.toman_id, "502")
    qtmodeltester.check(market.entries_model)


def test_a_painted_cell_shows_what_the_model_says(market):
    # Painting asks each cell once for all its roles (multiData), answered by place and with
    # the alignment as an int: the delegate must still get the text and the alignment data() has.
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    _select_group_with(market, market.toman_id, "502")
    delegate = QStyledItemDelegate()
    for model in (market.groups_model, market.entries_model):
        for column in range(model.columnCount()):
            index = model.index(0, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == index.data()
            assert option.displayAlignment == index.data(Qt.ItemDataRole.TextAlignmentRole)
    assert market.entries_model.index(0, E_PRICE).data(Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_shown_again_after_a_rate_changed_the_prices_follow(market, qtbot):
    window = market.harness.window
    store = market.harness.store
    window.tabs.setCurrentWidget(window.services_tab)
    cheaper = exchange_rate("USD", "IRT", "30000", date(2026, 11, 30))
    save_currency_settings(store.preferences, CurrencySettings("USD", (cheaper,)))
    with qtbot.waitSignal(market.marketShown, timeout=20_000):
        window.tabs.setCurrentWidget(market)
    _select_group_with(market, market.toman_id, "502")
    price = next(text for _panel, sid, text in _entry_rows(market) if sid == "502")
    assert price == f"{CONVERTED_MARK} 0.10 USD"  # 3000 IRT at 30,000 IRT a dollar
    assert "1 USD = 30,000 IRT" in market.currency_label.text()


def test_shown_again_with_nothing_changed_it_is_not_built_again(market, qtbot):
    window = market.harness.window
    built = []
    market.marketShown.connect(built.append)
    window.tabs.setCurrentWidget(window.services_tab)
    window.tabs.setCurrentWidget(market)
    qtbot.waitUntil(lambda: market.reload_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.session.runner.is_busy(), timeout=10_000)
    assert built == []


def test_a_services_refresh_while_the_market_is_shown_reaches_it_once_saved(market, panel, qtbot):
    # The catalogue is shown before it is saved: the Market must not stop at the old cache.
    added = _service(777, "TikTok Video Views [Refill 30 Days] fresh", "0.002")
    panel.set_services([*panel.services, added])
    window = market.harness.window
    window.services_tab.refresh()

    def shows_the_new_service() -> bool:
        rows = market.groups_model.rows
        return rows is not None and any(
            (e.entry.profile_id, e.entry.service.id) == (market.panel_id, "777")
            for e in rows.entries
        )

    qtbot.waitUntil(shows_the_new_service, timeout=20_000)


def test_the_offer_looked_at_stays_chosen_while_typing_keeps_it(market):
    _select_group_with(market, market.toman_id, "502")
    model = market.groups_model
    chosen = model.group_at(market.groups_table.currentIndex().row())
    assert model.group_at(0) != chosen or model.rowCount() == 1
    market.filters.filter_edit.setText("instagram")
    market.apply_filter()
    assert model.group_at(market.groups_table.currentIndex().row()) == chosen


def test_typing_that_leaves_the_offers_services_as_they_were_keeps_the_service_chosen(market):
    _select_group_with(market, market.toman_id, "502")
    assert market.entries_model.rowCount() >= 2
    market.entries_table.setCurrentIndex(market.entries_model.index(1, E_ID))
    chosen = market.entries_model.entry_at(1)
    market.filters.filter_edit.setText("instagram")  # every service of this offer says it
    market.apply_filter()
    assert market.entries_model.rowCount() >= 2
    assert market.entries_model.entry_at(market.entries_table.currentIndex().row()) is chosen


def _choose_entry(tab, profile_id: int, service_id: str) -> None:
    _select_group_with(tab, profile_id, service_id)
    model = tab.entries_model
    row = next(
        r
        for r in range(model.rowCount())
        if (model.entry_at(r).entry.profile_id, model.entry_at(r).entry.service.id)
        == (profile_id, service_id)
    )
    tab.entries_table.setCurrentIndex(model.index(row, E_ID))


def test_the_chosen_service_says_how_it_delivered_your_orders_on_its_own_panel(market, qtbot):
    store = market.harness.store
    seed_history(store, market.panel_id)  # the active panel's service 1: six orders
    # The toman panel's 502, not the active panel's: two orders, one canceled.
    add_order(store, market.toman_id, "502", created=noon_days_ago(2), charge="3000",
              currency="IRT")  # fmt: skip
    add_order(store, market.toman_id, "502", created=noon_days_ago(1), charge="3000",
              status="Canceled", currency="IRT")  # fmt: skip
    line = market.quality_line
    _choose_entry(market, market.panel_id, "1")
    qtbot.waitUntil(lambda: line.isVisible(), timeout=10_000)
    assert strip_bidi(line.text()) == "Your 6 order(s): 5 completed, 1 partial, median 3 h 10 min"
    assert "Cost per delivered unit" in line.toolTip()
    _choose_entry(market, market.toman_id, "502")  # another panel: its own history
    qtbot.waitUntil(lambda: "canceled" in line.text(), timeout=10_000)
    assert strip_bidi(line.text()) == (
        "Your 2 order(s): 1 completed, 1 canceled, too few completed to time"
    )
    _choose_entry(market, market.toman_id, "503")  # never ordered: no line at all
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=10_000)
    assert line.text() == ""
    _choose_entry(market, market.panel_id, "1")
    qtbot.waitUntil(lambda: line.isVisible(), timeout=10_000)
    market.filters.filter_edit.setText("no offer has these words")
    market.apply_filter()  # nothing chosen any more: nothing said
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=10_000)


def _unnamed_interactive_widgets(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTabBar,
    )

    kinds = (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QAbstractSpinBox)
    containers = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)

    def internal(widget) -> bool:  # a part Qt builds inside another widget
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, containers):
                return True
            parent = parent.parentWidget()
        return False

    bad = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, kinds) and not internal(widget):
            name = widget.objectName()
            if not name or not name[0].islower() or " " in name:
                bad.append(f"{type(widget).__name__} {name!r}")
    return bad


def test_every_interactive_widget_has_an_object_name(market, qtbot):
    from ui.market.currency_settings import CurrencySettingsSection

    assert _unnamed_interactive_widgets(market) == []
    section = CurrencySettingsSection()
    qtbot.addWidget(section)
    section.add_rate()
    assert _unnamed_interactive_widgets(section) == []
    dates = section.rates_table.cellWidget(0, 3)  # inside the table, yet ours
    assert dates.objectName() == "exchangeRateDate"


def test_an_average_time_reads_as_in_new_order(market):
    # It read a bare "95" (the panel's minutes, unit unsaid) where New order says "1 h 35 min".
    _select_group_with(market, market.toman_id, "502")
    model = market.entries_model
    times = {
        strip_bidi(model.index(r, E_ID).data()): model.index(r, E_TIME).data()
        for r in range(model.rowCount())
    }
    assert times["502"] == "1 h 35 min"
    row = next(
        r for r in range(model.rowCount()) if strip_bidi(model.index(r, E_ID).data()) == "502"
    )
    tip = model.index(row, E_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == time_text.duration(95) and tip.startswith("1 hour")  # the whole words

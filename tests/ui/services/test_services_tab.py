"""Services tab against the local panel: load, filters, sort, favourites, changes, hand-over."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.catalog import ServiceCatalog
from core.local_panel import default_services
from core.models import Service
from core.store import CatalogueChanges
from ui.services.service_rows import FLAG_DRIPFEED, prepare_rows
from ui.services.services_model import (
    COL_FAV,
    COL_ID,
    COL_MAX,
    COL_MIN,
    COL_NAME,
    COL_RATE,
    SERVICE_ID_ROLE,
    ServiceFilter,
    ServicesModel,
)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def visible_ids(tab) -> list[str]:
    model = tab.model
    return [model.index(r, COL_ID).data(SERVICE_ID_ROLE) for r in range(model.rowCount())]


def type_filter(tab, text: str) -> None:
    tab.filters.filter_edit.clear()
    QTest.keyClicks(tab.filters.filter_edit, text)
    tab.apply_filter()  # skip the debounce pause


def expected_ids(panel, predicate) -> list[str]:
    return [str(s["service"]) for s in panel.services if predicate(s)]


def test_catalogue_loads_from_the_panel(app_window, panel):
    tab = app_window.services_tab
    total = len(panel.services)
    assert tab.count_label.text() == f"{total} of {total} services"
    assert tab.updated_label.text() == "Updated just now"
    assert visible_ids(tab) == [str(s["service"]) for s in panel.services]
    assert len(app_window.session.catalogue) == total
    # The currency of the balance is named once, in the header; the rates line up below it
    # with as many decimals as the catalogue's most precise rate (issue 14 item 10).
    assert tab.model.headerData(COL_RATE, Qt.Orientation.Horizontal) == "Rate per 1000 (USD)"
    rates = [tab.model.index(r, COL_RATE).data() for r in range(tab.model.rowCount())]
    assert tab.model.index(tab.model.row_of("1"), COL_RATE).data() == "0.95000"
    assert {len(rate.partition(".")[2]) for rate in rates} == {5}
    assert not any("USD" in rate for rate in rates)


def test_text_filter_needs_every_word_in_name_category_or_id(app_window, panel, qtbot):
    tab = app_window.services_tab
    type_filter(tab, "instagram MENTIONS")
    want = expected_ids(
        panel,
        lambda s: all(
            w in fold(f"{s['service']} {s['name']} {s['category']}")
            for w in ("instagram", "mentions")
        ),
    )
    assert len(want) >= 3
    assert visible_ids(tab) == want
    assert tab.count_label.text() == f"{len(want)} of {len(panel.services)} services"
    type_filter(tab, "instagram mentions zzzz-nothing")
    assert visible_ids(tab) == []
    type_filter(tab, "16")  # an id
    assert "16" in visible_ids(tab)


def test_filter_box_is_debounced(app_window, qtbot):
    tab = app_window.services_tab
    QTest.keyClicks(tab.filters.filter_edit, "poll")
    assert tab.model.visible_count() == tab.model.total_count()  # not yet: still typing
    qtbot.waitUntil(lambda: tab.model.visible_count() < tab.model.total_count())


def test_search_folds_math_bold_letters(make_panel, make_app, qtbot):
    fancy = dict(default_services()[0], service=900, name="𝗙𝗼𝗹𝗹𝗼𝘄𝗲𝗿𝘀 𝗣𝗿𝗲𝗺𝗶𝘂𝗺", category="Fancy")
    panel = make_panel(services=[*default_services(), fancy])
    window = make_app(panel).window
    tab = window.services_tab
    qtbot.waitUntil(lambda: tab.model.total_count() > 0)
    type_filter(tab, "followers premium")
    assert visible_ids(tab) == ["900"]


def test_category_type_and_flag_filters(app_window, panel):
    tab = app_window.services_tab
    index = tab.filters.category_combo.findText("Instagram Mentions")
    tab.filters.category_combo.setCurrentIndex(index)
    assert visible_ids(tab) == expected_ids(panel, lambda s: s["category"] == "Instagram Mentions")
    tab.filters.category_combo.setCurrentIndex(0)

    tab.filters.type_combo.setCurrentIndex(tab.filters.type_combo.findText("Poll"))
    assert visible_ids(tab) == expected_ids(panel, lambda s: s["type"].lower() == "poll")
    tab.filters.type_combo.setCurrentIndex(0)

    def flag(value) -> bool:
        return value in (True, 1, "1", "true")

    for check, name in (
        (tab.filters.dripfeed_check, "dripfeed"),
        (tab.filters.refill_check, "refill"),
        (tab.filters.cancel_check, "cancel"),
    ):
        check.setChecked(True)
        want = expected_ids(panel, lambda s, name=name: flag(s.get(name)))
        assert 0 < len(want) < len(panel.services)
        assert visible_ids(tab) == want, name
        check.setChecked(False)
    assert tab.model.visible_count() == len(panel.services)


def test_sort_numbers_as_numbers(app_window):
    tab = app_window.services_tab
    header = tab.table.horizontalHeader()
    header.setSortIndicator(COL_RATE, Qt.SortOrder.AscendingOrder)
    rates = [tab.model.service_at(r).rate for r in range(tab.model.rowCount())]
    known = [r for r in rates if r is not None]
    assert known == sorted(known) and known[0] < known[-1]
    header.setSortIndicator(COL_ID, Qt.SortOrder.AscendingOrder)
    ids = visible_ids(tab)
    assert ids.index("9") < ids.index("10") < ids.index("21")
    header.setSortIndicator(COL_ID, Qt.SortOrder.DescendingOrder)
    assert visible_ids(tab) == ids[::-1]
    header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [tab.model.service_at(r).name.casefold() for r in range(tab.model.rowCount())]
    assert names == sorted(names)


def test_sort_keeps_the_selected_service(app_window):
    tab = app_window.services_tab
    tab._select("14")
    tab.table.horizontalHeader().setSortIndicator(COL_RATE, Qt.SortOrder.DescendingOrder)
    assert tab._selected_id() == "14"


def click_star(tab, service_id: str) -> None:
    row = tab.model.row_of(service_id)
    index = tab.model.index(row, COL_FAV)
    tab.table.scrollTo(index)
    rect = tab.table.visualRect(index)
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_favourites_are_kept_across_a_restart(make_app, panel, qtbot):
    harness = make_app(panel)
    tab = harness.window.services_tab
    qtbot.waitUntil(lambda: tab.model.total_count() > 0)
    click_star(tab, "5")
    click_star(tab, "12")
    assert tab.model.favourites() == {"5", "12"}
    tab.filters.favourites_check.setChecked(True)
    assert visible_ids(tab) == ["5", "12"]
    qtbot.waitUntil(lambda: not harness.runner.is_busy())
    harness.close()

    again = make_app(panel)
    tab2 = again.window.services_tab
    qtbot.waitUntil(lambda: tab2.model.total_count() > 0)
    assert tab2.model.favourites() == {"5", "12"}
    assert tab2.model.index(tab2.model.row_of("5"), COL_FAV).data() == "★"
    # Unstarring under "favourites only" hides the row and is saved too.
    tab2.filters.favourites_check.setChecked(True)
    click_star(tab2, "5")
    assert visible_ids(tab2) == ["12"]
    qtbot.waitUntil(lambda: not again.runner.is_busy())
    assert again.store.favourites.list(again.session.profile.id) == {"12"}


def test_cached_catalogue_shows_at_once_after_a_restart(make_app, panel, qtbot):
    first = make_app(panel)
    qtbot.waitUntil(lambda: first.window.services_tab.model.total_count() > 0)
    first.close()
    fetches = sum(1 for r in panel.requests if r.get("action") == "services")
    panel.inject("timeout", action="services", times=None)  # the panel is now unusable
    again = make_app(panel)
    tab = again.window.services_tab
    qtbot.waitUntil(lambda: tab.model.total_count() == len(panel.services))
    assert sum(1 for r in panel.requests if r.get("action") == "services") == fetches
    assert tab.updated_label.text().startswith("Updated")
    panel.clear_faults()


def test_refresh_marks_new_services_and_rate_changes(app_window, panel, qtbot):
    tab = app_window.services_tab
    services = panel.services
    services[0] = dict(services[0], rate=str(Decimal(services[0]["rate"]) + 1))
    services[1] = dict(services[1], rate=str(Decimal(services[1]["rate"]) / 2))
    services.append(dict(services[2], service=777, name="Brand new service"))
    panel.set_services(services)
    with qtbot.waitSignal(tab.catalogueShown):
        app_window.refresh_services_action.trigger()
    model = tab.model
    first, second = str(services[0]["service"]), str(services[1]["service"])
    assert model.index(model.row_of(first), COL_RATE).data().startswith("▲")
    assert model.index(model.row_of(second), COL_RATE).data().startswith("▼")
    new_row = model.row_of("777")
    assert model.index(new_row, COL_NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert "1 new" in tab.filters.changes_label.text()
    tab.filters.changed_check.setChecked(True)
    assert sorted(visible_ids(tab)) == sorted([first, second, "777"])
    # The catalogue and its changes are saved after the table is shown, in the background.
    store, profile_id = app_window.session.store, app_window.session.profile.id

    def saved():
        cached = store.catalog.load(profile_id)
        return cached is not None and any(s.id == "777" for s in cached.services)

    qtbot.waitUntil(saved)
    assert store.catalog.load(profile_id).changes.new == frozenset({"777"})


def test_a_failed_refresh_says_what_went_wrong(app_window, panel, qtbot):
    tab = app_window.services_tab
    panel.inject("html", action="services")
    with qtbot.waitSignal(tab.refreshFailed):
        tab.refresh()
    assert "web page" in tab.status_label.text()
    assert tab.details_button.isVisible()
    assert tab.model.total_count() == len(panel.services)  # the old list stays


def test_double_click_and_enter_hand_the_service_to_new_order(app_window, qtbot):
    tab = app_window.services_tab
    row = tab.model.row_of("6")
    index = tab.model.index(row, COL_NAME)
    rect = tab.table.visualRect(index)
    viewport = tab.table.viewport()
    with qtbot.waitSignal(app_window.session.serviceChosen) as chosen:
        # A real double-click: press/release, then the double-click event.
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == ["6"]
    assert app_window.tabs.currentWidget() is app_window.order_tab

    app_window.tabs.setCurrentWidget(tab)
    tab._select("8")
    with qtbot.waitSignal(app_window.session.serviceChosen) as chosen:
        QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert chosen.args == ["8"]


def test_ctrl_f_focuses_the_filter(app_window, qtbot):
    # From a tab with no search of its own (tests/ui/shell/test_find_shortcut.py: the others).
    app_window.tabs.setCurrentWidget(app_window.tab("insightsTab"))
    app_window.activateWindow()
    app_window.find_action.trigger()
    assert app_window.tabs.currentWidget() is app_window.services_tab
    qtbot.waitUntil(lambda: app_window.services_tab.filters.filter_edit.hasFocus())
    assert app_window.find_action.shortcut().toString() == "Ctrl+F"


# --- the model on its own ------------------------------------------------------------------


def make_model(qtbot, services: list[Service] | None = None) -> ServicesModel:
    from core.answers import parse_services

    parsed = services if services is not None else list(parse_services(default_services()))
    model = ServicesModel()
    catalog = ServiceCatalog(parsed)
    rows = prepare_rows(catalog, CatalogueChanges(new=frozenset({"3"})), model.flag_texts())
    model.set_rows(rows, {"2"})
    return model


def test_model_passes_qtmodeltester(qtbot, qtmodeltester):
    model = make_model(qtbot)
    qtmodeltester.check(model)
    model.set_filter(ServiceFilter(text="instagram", flags=FLAG_DRIPFEED))
    qtmodeltester.check(model)
    model.sort(COL_RATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(ServiceFilter())
    model.set_favourite("7", True)
    qtmodeltester.check(model)


def test_typing_on_narrows_within_the_previous_result(qtbot):
    model = make_model(qtbot)
    model.set_filter(ServiceFilter(text="inst"))
    broad = model.visible_count()
    model.set_filter(ServiceFilter(text="instagram com"))
    narrow = [model.service_at(r).id for r in range(model.rowCount())]
    fresh = make_model(qtbot)
    fresh.set_filter(ServiceFilter(text="instagram com"))
    assert narrow == [fresh.service_at(r).id for r in range(fresh.rowCount())]
    assert 0 < len(narrow) < broad


def test_refresh_button_comes_back_when_a_panel_switch_supersedes_the_refresh(
    make_app, panel, make_panel, qtbot
):
    harness = make_app(panel)
    window = harness.window
    tab = window.services_tab
    qtbot.waitUntil(lambda: tab.model.total_count() > 0, timeout=10_000)
    other = make_panel(key="other-key", services=panel.services[:4])
    profile_b = harness.store.profiles.add("Other panel", other.url)
    harness.credentials.set(profile_b.id, "other-key")
    from core.answers import parse_services

    harness.store.catalog.save(profile_b.id, parse_services(other.services))  # fetched before
    panel.inject("latency", action="services", delay=60)  # held until released
    try:
        tab.refresh_button.click()
        assert not tab.refresh_button.isEnabled()
        with qtbot.waitSignal(tab.catalogueShown, timeout=10_000):
            window.session.activate_profile(profile_b.id)
        assert tab.model.total_count() == 4
        assert tab.refresh_button.isEnabled()
    finally:
        panel.release()
    with qtbot.waitSignal(tab.catalogueShown, timeout=10_000):
        tab.refresh_button.click()
    assert tab.model.total_count() == 4


def test_a_new_minimum_or_maximum_is_shown_and_counts_as_changed(app_window, panel, qtbot):
    tab = app_window.services_tab
    services = panel.services
    dearer, bounds = str(services[0]["service"]), str(services[2]["service"])
    services[0] = dict(services[0], rate=str(Decimal(services[0]["rate"]) + 1), min=1)
    services[2] = dict(services[2], max=int(services[2]["max"]) + 5)
    panel.set_services(services)
    with qtbot.waitSignal(tab.catalogueShown):
        tab.refresh()
    model = tab.model
    text = tab.filters.changes_label.text()
    assert "1 rate(s) up" in text and "2 with a new minimum or maximum" in text
    for service_id in (dearer, bounds):
        row = model.row_of(service_id)
        for col in (COL_MIN, COL_MAX):
            tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
            assert tip == "The minimum or maximum changed at the last refresh"
    unchanged = model.row_of(str(services[1]["service"]))
    assert model.index(unchanged, COL_MIN).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(model.row_of(dearer), COL_RATE).data().startswith("▲")  # rate first
    tab.filters.changed_check.setChecked(True)
    assert sorted(visible_ids(tab)) == sorted([dearer, bounds])


def test_a_slow_fetch_counts_its_seconds_then_gives_way_to_the_answer(app_window, panel, qtbot):
    # A panel that takes minutes to send its catalogue: the wait is seen, not a frozen line.
    tab = app_window.services_tab
    tab._fetch_note._timer.setInterval(20)  # a second's tick, quicker for the test
    tab._fetch_note._interval_s = 1.0
    panel.inject("latency", action="services", delay=60)  # held until released
    try:
        tab.refresh()
        qtbot.waitUntil(lambda: "2 s" in tab.status_label.text(), timeout=5_000)
        assert tab.status_label.text().startswith("Fetching the services…")
        qtbot.waitUntil(lambda: "slow to answer" in tab.status_label.text(), timeout=5_000)
    finally:
        panel.release()
    with qtbot.waitSignal(tab.catalogueShown, timeout=10_000):
        pass
    assert tab.status_label.text() == ""  # the counting stopped with the answer
    assert not tab._fetch_note.running


def test_a_cell_takes_no_colour_from_the_cell_painted_before_it(app_window):
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    model = app_window.services_tab.model
    foreground = QModelRoleData(int(Qt.ItemDataRole.ForegroundRole.value))
    span = QModelRoleDataSpan(foreground)  # the view reuses one span from cell to cell
    model.multiData(model.index(0, COL_FAV), span)
    assert foreground.data() is not None  # the star is gold
    model.multiData(model.index(0, COL_NAME), span)
    assert foreground.data() is None  # a name is not

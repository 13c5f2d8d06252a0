"""Orders to CSV and back: columns, exact numbers, names kept, nothing half-written (no Qt)."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.store import JournalOrder
from core.workflows.order_refresh import refresh_orders
from core.workflows.orders_export import CSV_HEADER, csv_record, write_csv
from tests.core.workflows.orders_setting import PENDING_S, OrdersSetting, orders_setting


@pytest.fixture
def setting(panel, tmp_path):
    with orders_setting(panel, tmp_path / "data") as made:
        yield made


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_HEADER
    return [dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]]


def test_orders_round_trip_through_csv(setting: OrdersSetting, tmp_path: Path):
    s = setting
    a = s.place(SERVICE_DEFAULT, "https://x.test/ä", 1000)
    b = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/b", 2000)
    tracked = s.journal.track(s.profile.id, "987654")
    s.panel.advance(PENDING_S + 30)
    refresh_orders(s.journal, s.client, s.profile.id)
    orders = s.journal.orders(s.profile.id)
    path = tmp_path / "all.csv"
    assert write_csv(str(path), orders, {s.profile.id: "Local ☕"}) == 3
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read UTF-8

    by_id = {r["order_id"]: r for r in read_back(path)}
    assert list(by_id) == [o.panel_order_id for o in orders]  # newest first, as given
    first = by_id[a.panel_order_id]
    panel_says = s.panel.order_status(a.panel_order_id)
    assert first["link"] == "https://x.test/ä" and first["panel"] == "Local ☕"
    assert first["service_id"] == str(SERVICE_DEFAULT)
    assert first["service"] == s.catalogue.by_id(str(SERVICE_DEFAULT)).name
    assert first["quantity"] == "1000" and first["remains"] == panel_says["remains"]
    assert first["delivered"] == str(1000 - int(panel_says["remains"]))
    assert first["start_count"] == panel_says["start_count"]
    assert first["charge"] == panel_says["charge"]
    assert first["status"] == "In progress" and first["state"] == "placed"
    assert first["currency"] == "USD" and first["error"] == ""
    assert first["placed_at"] and first["last_checked"]
    assert by_id[b.panel_order_id]["charge"] == "1.9000"
    bad = by_id["987654"]
    assert bad["state"] == "tracked" and bad["error"] == "Incorrect order ID"
    assert bad["quantity"] == "" and bad["charge"] == ""
    assert s.journal.get(tracked).panel_order_id == "987654"
    for row in by_id.values():  # plain ASCII numbers: no grouping, no exponent
        for name in ("quantity", "charge", "start_count", "remains", "delivered"):
            assert row[name] == "" or all(ch in "0123456789." for ch in row[name]), (name, row)


def test_an_estimate_stands_in_for_a_charge_not_known_yet(setting: OrdersSetting):
    s = setting
    order = s.place(SERVICE_DEFAULT_DRIPFEED, "https://x.test/e", 1000)
    assert order.charge is None
    record = dict(zip(CSV_HEADER, csv_record(order, {}), strict=True))
    assert record["charge"] == f"{order.estimate:f}" and "E" not in record["charge"]
    assert record["panel"] == "" and record["status"] == "" and record["last_checked"] == ""


def test_a_placed_time_carries_its_utc_offset(setting: OrdersSetting):
    s = setting
    order = s.place()
    placed_at = csv_record(order, {})[0]
    assert placed_at[-6] in "+-" and placed_at[-3] == ":"  # e.g. 2026-01-02T10:00:00+03:30


def test_delivered():
    base = JournalOrder(1, 1, "placed", "5", "1", "s", "Default", "l", 1000, {})
    assert base.delivered is None  # remains not known yet
    assert replace(base, remains=250).delivered == 750
    assert replace(base, remains=1200).delivered == 0  # never negative
    assert replace(base, quantity=None, remains=0).delivered is None


def test_an_unwritable_place_raises_and_leaves_nothing(setting: OrdersSetting, tmp_path: Path):
    s = setting
    orders = [s.place()]
    with pytest.raises(OSError):
        write_csv(str(tmp_path / "missing" / "o.csv"), orders, {})
    assert not (tmp_path / "missing").exists()


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_half_file(
    setting: OrdersSetting, tmp_path: Path
):
    s = setting
    orders = [s.place(link=f"https://x.test/{i}") for i in range(3)]
    path = tmp_path / "orders.csv"
    path.write_text("the old export\n", encoding="utf-8")

    def orders_then_a_failure():
        yield orders[0]
        raise RuntimeError("the journal went away")

    with pytest.raises(RuntimeError):
        write_csv(str(path), orders_then_a_failure(), {})
    assert path.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "orders.csv"]
    assert write_csv(str(path), orders, {}) == 3  # and the same place works afterwards
    assert len(read_back(path)) == 3


def test_a_link_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(
    setting: OrdersSetting, tmp_path: Path
):
    # A link is typed by the user, a service name comes from the panel: either can start with "=".
    s = setting
    s.place(SERVICE_DEFAULT, '=HYPERLINK("https://evil.test","x")', 1000)
    orders = s.journal.orders(s.profile.id)
    path = tmp_path / "formula.csv"
    write_csv(str(path), orders, {s.profile.id: "@panel"})
    (row,) = read_back(path)
    assert row["link"] == '\'=HYPERLINK("https://evil.test","x")'
    assert row["panel"] == "'@panel"
    assert row["quantity"] == "1000"  # numbers are left alone

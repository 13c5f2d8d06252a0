"""Alerts: each raised exactly once per occurrence, and again after it is re-armed; carried as
data by the workflows that see their data (balance read, order refresh, catalogue refresh)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from core import preferences
from core.insights import (
    AlertKind,
    AlertTarget,
    OrderWatch,
    WatchReason,
    check_catalogue,
    recent_alerts,
)
from core.insights import alerts as alert_list
from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.models import OrderStatus
from core.store import CatalogueChanges, Store
from core.workflows.catalogue_refresh import refresh_catalogue
from core.workflows.order_refresh import refresh_orders
from core.workflows.panel_account import read_and_record_balance
from tests.core.insights.journal_builder import T0, JournalBuilder, hours
from tests.core.workflows.orders_setting import OrdersSetting, orders_setting


@pytest.fixture
def setting(panel, tmp_path):
    with orders_setting(panel, tmp_path) as made:
        yield made


class Clock:
    """The watch's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def kinds(found) -> list[AlertKind]:
    return [a.kind for a in found]


# --- the balance -------------------------------------------------------------------------------


def test_low_balance_once_per_fall_below_the_threshold_and_a_snapshot_each_read(
    setting: OrdersSetting,
):
    s, pid = setting, setting.profile.id
    read = lambda: read_and_record_balance(s.client, s.store, pid)  # noqa: E731
    assert read().alerts == ()  # no threshold set: no alert
    s.store.preferences.set(preferences.ALERT_BALANCE_BELOW, Decimal("50"), pid)
    assert read().alerts == ()  # 100.00 is above

    s.panel.balance = Decimal("40")
    reading = read()
    [alert] = reading.alerts
    assert reading.balance.amount == Decimal("40")
    assert (alert.kind, alert.target, alert.target_id) == (
        AlertKind.LOW_BALANCE, AlertTarget.PANEL, str(pid),
    )  # fmt: skip
    assert (alert.amount, alert.threshold, alert.currency) == (Decimal("40"), Decimal("50"), "USD")
    assert read().alerts == ()  # still low: the same occurrence
    s.panel.balance = Decimal("39")
    assert read().alerts == ()

    s.panel.balance = Decimal("50")  # back at the threshold: re-armed
    assert read().alerts == ()
    s.panel.balance = Decimal("12.5")
    assert kinds(read().alerts) == [AlertKind.LOW_BALANCE]

    s.store.preferences.set(preferences.ALERT_LOW_BALANCE, False)
    s.panel.balance = Decimal("60")
    read()
    s.panel.balance = Decimal("1")
    assert read().alerts == ()  # switched off

    assert [a.amount for a in recent_alerts(s.store)] == [Decimal("12.5"), Decimal("40")]
    snapshots = s.store.db.connection().execute("SELECT count(*) FROM balance_snapshots")
    # 100, 40, 39, 50, 12.5, 60, 1: each reading once; the equal ones within a minute not again.
    assert snapshots.fetchone()[0] == 7


# --- orders ------------------------------------------------------------------------------------


def test_an_order_with_no_progress_alerts_once_and_again_after_it_moved(setting: OrdersSetting):
    s, clock = setting, Clock()
    watch = lambda: OrderWatch(s.store, clock=clock)  # noqa: E731
    refresh = lambda: refresh_orders(s.journal, s.client, s.profile.id, watch=watch())  # noqa: E731
    order = s.place(SERVICE_DEFAULT, quantity=1000)  # the panel's clock stands: Pending
    assert refresh().alerts == ()

    clock.now += hours(25)  # default: 24 hours without progress
    [alert] = refresh().alerts
    assert (alert.kind, alert.target, alert.target_id) == (
        AlertKind.ORDER_STALLED, AlertTarget.ORDER, str(order.local_id),
    )  # fmt: skip
    assert alert.remains == 1000 and alert.hours == 24
    assert alert.panel_order_id == order.panel_order_id and alert.service_id == order.service_id
    assert alert.since == order.created_at  # nothing delivered since it was written down
    assert recent_alerts(s.store) == [alert]  # kept in the list as raised, id and all
    clock.now += hours(1)
    assert refresh().alerts == ()  # the same occurrence

    s.panel.set_status(order.panel_order_id, "In progress", remains=400)
    clock.now += hours(1)
    assert refresh().alerts == ()  # it moved: re-armed
    clock.now += hours(23)
    assert refresh().alerts == ()
    clock.now += hours(2)
    assert kinds(refresh().alerts) == [AlertKind.ORDER_STALLED]

    s.panel.set_status(order.panel_order_id, "Completed", remains=0)
    clock.now += hours(48)
    assert refresh().alerts == ()  # final: no longer watched
    watched = s.store.db.connection().execute("SELECT count(*) FROM order_watch").fetchone()[0]
    assert watched == 0
    assert len(recent_alerts(s.store)) == 2


def test_the_hours_and_the_switch_come_from_the_preferences(setting: OrdersSetting):
    s, clock = setting, Clock()
    s.store.preferences.set(preferences.ALERT_STALLED_HOURS, 2)
    s.place(SERVICE_DEFAULT)
    clock.now += hours(3)
    s.store.preferences.set(preferences.ALERT_STALLED_ORDER, False)
    watch = OrderWatch(s.store, clock=clock)
    assert refresh_orders(s.journal, s.client, s.profile.id, watch=watch).alerts == ()
    s.store.preferences.set(preferences.ALERT_STALLED_ORDER, True)
    watch = OrderWatch(s.store, clock=clock)
    found = refresh_orders(s.journal, s.client, s.profile.id, watch=watch).alerts
    assert kinds(found) == [AlertKind.ORDER_STALLED] and found[0].hours == 2


def test_an_order_the_panel_cannot_read_alerts_after_n_refreshes_in_a_row(setting: OrdersSetting):
    s = setting
    # Tracked by an id the panel does not know (yet): "Incorrect order ID" at each refresh.
    local_id = s.journal.track(s.profile.id, "1001")
    refresh = lambda: refresh_orders(  # noqa: E731
        s.journal, s.client, s.profile.id, watch=OrderWatch(s.store)
    )
    assert refresh().alerts == ()
    assert refresh().alerts == ()
    [alert] = refresh().alerts  # default: 3 refreshes
    assert (alert.kind, alert.target_id, alert.failures) == (
        AlertKind.ORDER_UNREADABLE, str(local_id), 3,
    )  # fmt: skip
    assert alert.error == "Incorrect order ID" and alert.panel_order_id == "1001"
    assert recent_alerts(s.store) == [alert]
    assert refresh().alerts == ()  # the same occurrence
    s.client.add({"service": str(SERVICE_DEFAULT), "link": "https://x.test/b", "quantity": "100"})
    assert refresh().alerts == ()  # readable now: id 1001 exists
    failures = s.store.db.connection().execute(
        "SELECT failures FROM order_watch WHERE local_id = ?", (local_id,)
    )
    assert failures.fetchone()[0] == 0


def test_unreadable_again_after_a_readable_refresh_alerts_again(tmp_path):
    with Store(tmp_path) as store:
        build = JournalBuilder(store, store.profiles.add("A", "https://a.example/api/v2").id)
        local_id, panel_id = build.place(build.service("1"))
        store.preferences.set(preferences.ALERT_UNREADABLE_REFRESHES, 2)

        def refresh(status: OrderStatus):
            # What refresh_orders does with each batch, without a panel.
            store.journal.apply_statuses(build.profile_id, {panel_id: status})
            watch = OrderWatch(store)
            watch.observe(build.profile_id, {panel_id: status})
            return watch.finish(build.profile_id)

        bad = OrderStatus(panel_id, error="Incorrect order ID")
        good = OrderStatus(panel_id, "In progress", None, None, 500)
        assert [kinds(refresh(st)) for st in (bad, bad, bad)] == [
            [], [AlertKind.ORDER_UNREADABLE], [],
        ]  # fmt: skip
        assert refresh(good) == ()
        assert [kinds(refresh(st)) for st in (bad, bad)] == [[], [AlertKind.ORDER_UNREADABLE]]
        assert [a.target_id for a in recent_alerts(store)] == [str(local_id)] * 2


# --- the catalogue -----------------------------------------------------------------------------


def _with_rate(services: list[dict], service_id: int, rate: str) -> list[dict]:
    return [{**s, "rate": rate} if s["service"] == service_id else s for s in services]


def test_a_favourite_s_rate_increase_alerts_once_and_again_after_a_decrease(
    setting: OrdersSetting,
):
    store, panel, pid = setting.store, setting.panel, setting.profile.id
    store.favourites.set(pid, str(SERVICE_DEFAULT), True)
    refresh = lambda: refresh_catalogue(store, setting.client, pid).alerts  # noqa: E731
    assert refresh() == ()  # the first catalogue: nothing to compare with
    original = panel.services
    old_rate = Decimal(next(s["rate"] for s in original if s["service"] == SERVICE_DEFAULT))
    store.preferences.set(preferences.PANEL_CURRENCY, "USD", pid)

    panel.set_services(_with_rate(original, SERVICE_DEFAULT, "9.99"))
    [alert] = refresh()
    assert (alert.kind, alert.target, alert.target_id) == (
        AlertKind.RATE_INCREASE, AlertTarget.SERVICE, str(SERVICE_DEFAULT),
    )  # fmt: skip
    assert (alert.old_rate, alert.new_rate, alert.currency) == (old_rate, Decimal("9.99"), "USD")
    assert alert.reasons == frozenset({WatchReason.FAVOURITE}) and alert.service_name
    assert recent_alerts(store) == [alert] and alert.id > 0
    assert refresh() == ()  # unchanged since

    panel.set_services(original)  # down again: re-armed
    assert refresh() == ()
    panel.set_services(_with_rate(original, SERVICE_DEFAULT, "9.99"))
    assert kinds(refresh()) == [AlertKind.RATE_INCREASE]

    # A rate increase of a service nobody watches says nothing.
    panel.set_services(_with_rate(panel.services, SERVICE_DEFAULT_DRIPFEED, "99"))
    assert refresh() == ()


def test_the_same_change_seen_twice_is_one_alert(tmp_path):
    with Store(tmp_path) as store:
        build = JournalBuilder(store, store.profiles.add("A", "https://a.example/api/v2").id)
        svc = build.service("5", "Views", rate="2.00")
        store.favourites.set(build.profile_id, "5", True)
        dearer = build.service("5", "Views", rate="3.00")
        change = CatalogueChanges(rate_up=frozenset({"5"}))
        assert kinds(check_catalogue(store, build.profile_id, [dearer], change)) == [
            AlertKind.RATE_INCREASE
        ]
        # Not saved (a refresh that failed to save): the same change comes again.
        assert check_catalogue(store, build.profile_id, [dearer], change) == ()
        dearest = build.service("5", "Views", rate="4.00")
        [again] = check_catalogue(store, build.profile_id, [dearest], change)
        assert again.new_rate == Decimal("4.00")  # a further increase is a new occurrence
        assert svc.rate == Decimal("2.00")


def test_removal_of_a_recently_ordered_service_alerts_once_until_it_returns(setting):
    s = setting
    pid = s.profile.id
    refresh = lambda: refresh_catalogue(s.store, s.client, pid).alerts  # noqa: E731
    refresh()
    s.place(SERVICE_DEFAULT)  # ordered today
    original = s.panel.services
    without = [x for x in original if x["service"] != SERVICE_DEFAULT]
    s.panel.set_services(without)
    [alert] = refresh()
    assert (alert.kind, alert.target_id) == (AlertKind.SERVICE_REMOVED, str(SERVICE_DEFAULT))
    assert alert.reasons == frozenset({WatchReason.RECENTLY_ORDERED}) and alert.old_rate
    assert refresh() == ()
    s.panel.set_services(original)  # back: re-armed
    assert refresh() == ()
    s.panel.set_services(without)
    assert kinds(refresh()) == [AlertKind.SERVICE_REMOVED]
    s.store.preferences.set(preferences.ALERT_SERVICE_REMOVED, False)
    s.panel.set_services(original)
    refresh()
    s.panel.set_services(without)
    assert refresh() == ()


def test_an_order_older_than_thirty_days_does_not_make_a_service_watched(tmp_path):
    with Store(tmp_path) as store:
        build = JournalBuilder(store, store.profiles.add("A", "https://a.example/api/v2").id)
        build.place(build.service("5"), at=T0)
        gone = CatalogueChanges(removed=frozenset({"5"}))
        now = T0 + timedelta(days=31)
        assert check_catalogue(store, build.profile_id, [], gone, now=now) == ()
        now = T0 + timedelta(days=29)
        assert kinds(check_catalogue(store, build.profile_id, [], gone, now=now)) == [
            AlertKind.SERVICE_REMOVED
        ]


# --- the alert list ----------------------------------------------------------------------------


def test_the_list_keeps_the_newest_alerts_and_a_read_only_view_raises_none(
    setting: OrdersSetting, monkeypatch, tmp_path
):
    s = setting
    monkeypatch.setattr(alert_list, "KEEP_ALERTS", 3)
    s.store.preferences.set(preferences.ALERT_BALANCE_BELOW, Decimal("50"), s.profile.id)
    for amount in ("40", "60", "30", "60", "20", "60", "10"):
        s.panel.balance = Decimal(amount)
        read_and_record_balance(s.client, s.store, s.profile.id)
    listed = recent_alerts(s.store)
    assert [a.amount for a in listed] == [Decimal("10"), Decimal("20"), Decimal("30")]
    assert recent_alerts(s.store, after_id=listed[1].id) == listed[:1]

    with Store(s.store.data_dir, read_only=True) as view:
        s.panel.balance = Decimal("60")
        assert read_and_record_balance(s.client, view, s.profile.id).alerts == ()
        s.panel.balance = Decimal("5")
        assert read_and_record_balance(s.client, view, s.profile.id).alerts == ()

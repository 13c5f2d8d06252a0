"""Render the app's screens from the demo panel into docs/screenshots/ (no screen needed).

Each screen is a small function registered with `@screen("name")`: it gets a `Shot` (the main
window running against a fresh demo panel, plus helpers) and returns the widget to grab.
Other tabs add theirs here. Run: python scripts/screenshots.py [name ...]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


OUT_DIR = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1200, 760)  # the default window (issue 14)

ScreenFn = Callable[["Shot"], Any]
SCREENS: dict[str, ScreenFn] = {}
#: The app language of each screen ("en" unless registered with another).
LANGUAGES: dict[str, str] = {}


def screen(name: str, language: str = "en") -> Callable[[ScreenFn], ScreenFn]:
    """Register a screen function; the PNG is saved as docs/screenshots/<name>.png.

    `language` "fa" renders it in Persian, right to left, as a user who chose Persian sees it."""

    def register(fn: ScreenFn) -> ScreenFn:
        SCREENS[name] = fn
        LANGUAGES[name] = language
        return fn

    return register


class Shot:
    """The running demo app a screen function works with."""

    def __init__(self, window: Any, panel: Any, app: Any) -> None:
        self.window = window
        self.session = window.session
        self.panel = panel
        self.app = app
        #: Panels a screen started beside the demo one; stopped after the screen.
        self.extra_panels: list[Any] = []

    def wait_until(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        """Run the event loop until `condition()` holds (TimeoutError after `timeout` s)."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not get ready in time")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def settle(self) -> None:
        """Let pending events, tasks and paints finish."""
        self.wait_until(lambda: not self.session.runner.is_busy())
        self.wait_until(lambda: True)


@screen("services")
def services_screen(shot: Shot) -> Any:
    tab = shot.window.services_tab
    shot.wait_until(lambda: tab.model.total_count() > 0)
    shot.wait_until(lambda: shot.session.balance is not None)
    for service_id in ("1", "4", "1007"):
        if tab.model.row_of(service_id) is not None:
            tab.model.set_favourite(service_id, True)
    tab.filters.filter_edit.setText("instagram")
    tab.apply_filter()
    row = 2 if tab.model.rowCount() > 2 else 0
    tab.table.selectRow(row)
    tab._current_changed(tab.model.index(row, 2), tab.model.index(row, 2))
    shot.settle()
    return shot.window


def _order_form(shot: Shot, service_id: str, values: dict[str, Any]) -> Any:
    """The New order tab with `service_id` chosen and `values` typed in (by field name)."""
    tab = shot.window.order_tab
    shot.wait_until(lambda: shot.session.catalogue is not None)
    shot.wait_until(lambda: shot.session.balance is not None)
    shot.window.tabs.setCurrentWidget(tab)
    tab.choose_service(service_id)
    tab.form.set_values(values)
    shot.settle()
    return shot.window


@screen("order-default-dripfeed")
def order_default_dripfeed_screen(shot: Shot) -> Any:
    link = "https://instagram.com/nasa"
    values = {"link": link, "quantity": "1000", "runs": "5", "interval": "30"}
    return _order_form(shot, "1", values)


@screen("order-custom-comments")
def order_custom_comments_screen(shot: Shot) -> Any:
    comments = "Amazing shot! 😍\nWhere is this?\nLove the colours\nWow\nAmazing shot! 😍"
    return _order_form(shot, "6", {"link": "https://instagram.com/p/Cx1_aB/", "comments": comments})


@screen("order-subscriptions")
def order_subscriptions_screen(shot: Shot) -> Any:
    from datetime import date, timedelta

    values = {"username": "nasa", "min": "100", "max": "250", "posts": "20", "delay": "30",
              "expiry": date.today() + timedelta(days=60)}  # fmt: skip
    return _order_form(shot, "18", values)


@screen("order-mentions-hashtags")
def order_mentions_hashtags_screen(shot: Shot) -> Any:
    values = {"link": "https://instagram.com/p/Cx1_aB/", "quantity": "500",
              "usernames": "natgeo\nnasa\nbbcearth", "hashtags": "#travel\n#space"}  # fmt: skip
    return _order_form(shot, "9", values)


@screen("services-fa", language="fa")
def services_fa_screen(shot: Shot) -> Any:
    return services_screen(shot)


@screen("new-order-fa", language="fa")
def new_order_fa_screen(shot: Shot) -> Any:
    values = {"link": "https://instagram.com/nasa", "quantity": "1000", "runs": "5",
              "interval": "30"}  # fmt: skip
    return _order_form(shot, "1", values)


def _mass_order_sent(shot: Shot) -> Any:
    """New order's mass page after a run: the sent lines gone from the text, their results in
    the table, the problem lines left to fix."""
    tab = shot.window.order_tab
    shot.wait_until(lambda: shot.session.catalogue is not None)
    shot.wait_until(lambda: shot.session.balance is not None)
    shot.window.tabs.setCurrentWidget(tab)
    tab.mode_tabs.setCurrentIndex(1)
    mass = tab.mass_panel
    mass.text_edit.setPlainText(
        "1|https://instagram.com/p/Cx1_aB/|10000\n2|https://instagram.com/p/Dy2/|500\n"
        "999|https://instagram.com/p/Ez3/|100\n1|instagram.com/nasa|50"
    )
    mass.pace_seconds = 0
    mass.ask = lambda kind, title, text: True  # type: ignore[method-assign]
    ended: list[Any] = []
    mass.finished.connect(ended.append)
    mass.send()
    shot.wait_until(lambda: bool(ended))
    shot.settle()
    return shot.window


@screen("new-order-mass")
def new_order_mass_screen(shot: Shot) -> Any:
    return _mass_order_sent(shot)


@screen("new-order-mass-fa", language="fa")
def new_order_mass_fa_screen(shot: Shot) -> Any:
    return _mass_order_sent(shot)


def _orders_mix(shot: Shot) -> Any:
    """Orders in every state a reseller meets, one selected with its history.

    Placed through the New order tab, then moved on by the demo panel's clock and by hand:
    In progress, Completed, Partial, Canceled, Pending (placed last), a status word the app
    does not know ("On hold", shown as it came), an order whose answer was lost (unknown: check
    on the panel) and an id tracked by mistake (the panel's "Incorrect order ID")."""
    tab = shot.window.order_tab
    shot.wait_until(lambda: shot.session.catalogue is not None)
    shot.wait_until(lambda: shot.session.balance is not None)
    tab.ask = lambda *_args: True  # the confirmation a person would accept

    def place(service_id: str, link: str, quantity: str, **more: str) -> Any:
        tab.choose_service(service_id)
        tab.form.set_values({"link": link, "quantity": quantity, **more})
        tab.submit()
        shot.settle()
        return tab.last_outcome

    placed = [
        place(service_id, link, quantity)
        for service_id, link, quantity in (
            ("1", "https://instagram.com/nasa", "1000"),
            ("2", "https://instagram.com/p/Cx1_aB/", "500"),
            ("1", "https://instagram.com/natgeo", "2500"),
            ("2", "https://instagram.com/p/Dy7_kQ/", "800"),
            ("23", "https://youtube.com/watch?v=dQw4w9WgXcQ", "2000"),
            ("1", "https://instagram.com/bbcearth", "1500"),
        )
    ]
    orders = shot.window.orders_tab
    shot.window.tabs.setCurrentWidget(orders)
    orders.refresh()
    shot.settle()
    shot.panel.advance(200)
    shot.panel.set_status(placed[1].panel_order_id, "Completed")
    shot.panel.set_status(placed[3].panel_order_id, "Partial", remains=120)
    shot.panel.set_status(placed[4].panel_order_id, "Canceled")
    shot.panel.set_status(placed[5].panel_order_id, "On hold")
    place("2", "https://instagram.com/p/Ez3_mN/", "300")  # just placed: still pending
    # The panel takes this one, then the connection drops before its answer arrives.
    shot.panel.inject("drop", action="add", after_processing=True)
    place("1", "https://instagram.com/esa", "1200")
    shot.panel.clear_faults()
    # Drip-feed: 2,000 in each of 3 runs, a total of 6,000; and a long link.
    place("1", "https://www.instagram.com/p/CwZ8xYzAbCdEfGhIjKlMnOp/?utm_source=ig_web_copy_link",
          "2000", runs="3", interval="30")  # fmt: skip
    shot.window.tabs.setCurrentWidget(orders)
    orders.track(["99999"])
    shot.settle()
    orders.refresh()
    shot.settle()
    orders.splitter.setSizes([420, 250])
    orders.select_order(placed[0].local_id)
    shot.settle()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the detail's posted re-layout, before the grab
    return shot.window


@screen("orders-fa", language="fa")
def orders_fa_screen(shot: Shot) -> Any:
    return _orders_mix(shot)


@screen("orders")
def orders_screen(shot: Shot) -> Any:
    return _orders_mix(shot)


#: Two more demo panels for the Market view: (name, currency, [(name, category, rate), ...]).
_MARKET_PANELS = (
    (
        "Tehran SMM",
        "IRT",
        [
            ("فالوور اینستاگرام ایرانی ♻️ ریفیل ۳۰ روزه", "فالوور اینستاگرام", "95000"),
            ("Instagram Followers [Refill 30 Days] [Real]", "Instagram Followers", "54000"),
            ("Instagram Followers [No Refill] Instant", "Instagram Followers", "38000"),
            ("لایک پست اینستاگرام سریع", "لایک اینستاگرام", "9500"),
            ("Instagram Post Likes [Non Drop]", "Instagram Likes", "7200"),
            ("Instagram Story Views", "Instagram Views", "3100"),
            ("Telegram Channel Members [Refill 30 Days]", "Telegram", "71000"),
            ("YouTube Views [Lifetime Refill]", "YouTube", "118000"),
            ("TikTok Video Views", "TikTok", "900"),
        ],
    ),
    (
        "Lira Boost",
        "TRY",
        [
            ("Instagram Followers [Refill 365 Days]", "Instagram", "41.5"),
            ("Instagram Post Likes", "Instagram", "4.2"),
            ("TikTok Video Views [Instant]", "TikTok", "0.35"),
            ("YouTube Views", "YouTube", "52"),
        ],
    ),
)


def _market_demo(shot: Shot) -> Any:
    """The demo panel and two more panels (toman, lira) with their catalogues saved, a fourth
    panel never fetched, USD chosen with a dated toman rate (no lira rate: shown as missing)."""
    from datetime import date

    from core import preferences
    from core.api import PanelClient
    from core.currency import CurrencySettings, save_currency_settings
    from core.exchange_rates import exchange_rate
    from core.local_panel import LocalPanel
    from core.workflows.catalogue_refresh import refresh_catalogue

    store = shot.session.store
    shot.wait_until(lambda: shot.session.catalogue is not None)
    for name, currency, items in _MARKET_PANELS:
        services = [
            {"service": 100 + n, "name": title, "category": category, "type": "Default",
             "rate": rate, "min": 50, "max": 100000, "refill": "Refill" in title,
             "cancel": n % 2 == 0, "dripfeed": False, "average_time": 20 + 7 * n}
            for n, (title, category, rate) in enumerate(items)
        ]  # fmt: skip
        panel = LocalPanel(services=services, currency=currency).start()
        shot.extra_panels.append(panel)
        profile = store.profiles.add(name, panel.url)
        client = PanelClient(panel.url, panel.key)
        try:
            refresh_catalogue(store, client, profile.id)
        finally:
            client.close()
        store.preferences.set(preferences.PANEL_CURRENCY, currency, profile.id)
    store.profiles.add("Fresh panel", "https://panel.example/api/v2")
    rate = exchange_rate("USD", "IRT", "61500", date(2026, 11, 28))
    save_currency_settings(store.preferences, CurrencySettings("USD", (rate,)))
    window = shot.window
    window.resize(1200, 760)
    tab = window.tab("marketTab")
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    shot.settle()
    tab.filters.filter_edit.setText("instagram")
    tab.filters.cross_panel_check.setChecked(True)
    tab.apply_filter()
    shot.settle()
    return window


def _insights(shot: Shot) -> Any:
    """The Insights tab over a seeded journal: 4,000 orders of two panels over 120 days (the
    demo panel's own history is too short to chart), one panel chosen."""
    sys.path.insert(0, str(ROOT / "bench"))
    from insights_seed import seed_journal

    window = shot.window
    window.resize(1200, 760)
    shot.wait_until(lambda: shot.session.balance is not None)
    store = shot.session.store
    first, _second = seed_journal(store, 4_000, profiles=2, services=12, days=120, seed=3)
    shot.session.profiles = store.profiles.list()
    shot.session.profilesChanged.emit()
    tab = window.tab("insightsTab")
    tab.panel_choice.setCurrentIndex(tab.panel_choice.findData(first))
    tab.period_choice.setCurrentIndex(tab.period_choice.findData("13w"))
    window.tabs.setCurrentWidget(tab)
    shot.wait_until(lambda: tab.prepared is not None and tab.prepared.request.profile_id == first)
    shot.settle()
    return window


@screen("market")
def market_screen(shot: Shot) -> Any:
    return _market_demo(shot)


@screen("market-fa", language="fa")
def market_fa_screen(shot: Shot) -> Any:
    return _market_demo(shot)


@screen("insights")
def insights_screen(shot: Shot) -> Any:
    return _insights(shot)


@screen("insights-fa", language="fa")
def insights_fa_screen(shot: Shot) -> Any:
    return _insights(shot)


def run(names: list[str], out_dir: Path = OUT_DIR) -> list[Path]:
    """Render the named screens (all when empty) into `out_dir`; returns the files written."""
    from keyring.backends import null
    from PySide6.QtWidgets import QApplication

    import main as app_main
    from core.credentials import CredentialStore
    from core.store import Store
    from ui.common import i18n
    from ui.shell.main_window import MainWindow
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in names or list(SCREENS):
        fn = SCREENS[name]
        panel = app_main.start_demo_panel()
        # The language is installed before the window is built, as main.py does.
        installed = i18n.install_language(app, LANGUAGES.get(name, "en"))
        with tempfile.TemporaryDirectory(prefix="smm-shots-") as tmp:
            store = Store(Path(tmp))
            credentials = CredentialStore(backend=null.Keyring())
            app_main.use_demo_profile(store, credentials, panel.url)
            session = AppSession(store, credentials, TaskRunner())
            window = MainWindow(session)
            window.resize(*WINDOW_SIZE)
            window.show()
            session.start()
            shot = Shot(window, panel, app)
            try:
                widget = fn(shot)
                path = out_dir / f"{name}.png"
                if not widget.grab().save(str(path)):
                    raise OSError(f"could not write {path}")
                written.append(path)
                print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
            finally:
                window.close()
                session.runner.shutdown()
                store.close()
                panel.stop()
                for extra in shot.extra_panels:
                    extra.stop()
                installed.uninstall()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"screens to render (all: {', '.join(SCREENS)})")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in SCREENS]
    if unknown:
        parser.error(f"unknown screens: {', '.join(unknown)}")
    run(args.names, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

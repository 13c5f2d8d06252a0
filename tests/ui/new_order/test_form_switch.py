"""Choosing another service: what of the last form stays (link, quantity) and what does not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from core.drafts import estimate
from core.local_panel import catalogue as lp

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LINK = "https://instagram.com/p/Cx1_aB/"


@pytest.fixture
def tab(app_window):
    app_window.tabs.setCurrentWidget(app_window.order_tab)
    return app_window.order_tab


def type_into(tab, values: dict[str, str]) -> None:
    for name, value in values.items():
        editor = tab.form.editor(name)
        assert isinstance(editor, QLineEdit), name
        editor.setText(value)


@pytest.mark.parametrize(
    "other", [lp.SERVICE_DEFAULT, lp.SERVICE_WEB_TRAFFIC, lp.SERVICE_SEO],
    ids=["not drip-feed", "another drip-feed service", "another type"],
)  # fmt: skip
def test_runs_and_interval_of_a_drip_feed_order_do_not_follow_to_another_service(tab, other):
    assert tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    type_into(tab, {"link": LINK, "quantity": "1200", "runs": "3", "interval": "30"})
    assert estimate(tab.form.draft()).quantity == 3600

    assert tab.choose_service(str(other))
    values = tab.form.draft().values
    assert not values.get("runs") and not values.get("interval")
    assert values["link"] == LINK  # the post being promoted is still the post
    assert estimate(tab.form.draft()).quantity in (None, 1200)
    assert "3,600" not in tab.estimate_label.text()


def test_the_quantity_stays_only_within_the_new_services_bounds(tab):
    assert tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    type_into(tab, {"link": LINK, "quantity": "1200"})
    assert tab.choose_service(str(lp.SERVICE_DEFAULT))
    assert tab.form.draft().values["quantity"] == "1200"  # a quantity the new service takes


def test_a_quantity_the_new_service_does_not_take_is_not_kept(tab):
    assert tab.choose_service(str(lp.SERVICE_DEFAULT))
    type_into(tab, {"link": LINK, "quantity": "60"})
    assert tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))  # 100 to 50,000
    assert tab.form.draft().values["quantity"] == ""
    assert tab.form.draft().values["link"] == LINK
    assert "100" in tab.form.editor("quantity").placeholderText()


def test_the_same_service_chosen_again_keeps_its_drip_feed(tab):
    assert tab.choose_service(str(lp.SERVICE_DEFAULT_DRIPFEED))
    type_into(tab, {"link": LINK, "quantity": "1200", "runs": "3", "interval": "30"})
    tab.form.set_service(tab.form.service)  # as a catalogue reload redraws it
    assert estimate(tab.form.draft()).quantity == 3600


def test_a_repeated_drip_feed_order_keeps_its_runs(tab, app_window):
    assert tab.choose_service(str(lp.SERVICE_DEFAULT))
    type_into(tab, {"link": LINK, "quantity": "500"})

    class Order:  # the fields of a JournalOrder that repeat_order reads
        service_id = str(lp.SERVICE_DEFAULT_DRIPFEED)
        params_unreadable = False
        link = LINK
        params = {"service": service_id, "link": LINK, "quantity": "1200", "runs": "3",
                  "interval": "30"}  # fmt: skip

    assert tab.repeat_order(Order())
    assert estimate(tab.form.draft()).quantity == 3600

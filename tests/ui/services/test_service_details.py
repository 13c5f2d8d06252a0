"""The description pane under the services table (issue 14 item 14 and the resellers' list): a
useful height at the default window size, a package's price (not a rate per 1000), the
panel's average time where it gives one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED, SERVICE_PACKAGE
from core.models import Service
from ui.common import time_text
from ui.services.service_details import ServiceDetails
from ui.services.services_model import COL_NAME


@pytest.fixture
def english(qapp):
    """The English catalogue, which gives "%n minute(s)" its two forms, as the app has it."""
    from ui.common import i18n

    installed = i18n.install_language(qapp, i18n.ENGLISH)
    yield
    installed.uninstall()


def select(tab, service_id) -> str:
    tab.table.setCurrentIndex(tab.model.index(tab.model.row_of(str(service_id)), COL_NAME))
    return tab.details.text()


def test_a_package_shows_its_price_not_a_rate_per_1000(app_window):
    text = select(app_window.services_tab, SERVICE_PACKAGE)
    assert "Price: " in text and "USD" in text
    assert "Rate per 1000" not in text
    assert "Quantity:" not in text  # a package has none to choose
    text = select(app_window.services_tab, SERVICE_DEFAULT)
    assert "Rate per 1000: 0.12345 USD" in text and "Quantity: 10 to 100,000" in text


def test_the_average_time_is_shown_where_the_panel_gives_one(english, app_window):
    tab = app_window.services_tab
    assert "Average time: 1 hour 35 minutes" in select(tab, SERVICE_DEFAULT_DRIPFEED)
    assert "Average time" not in select(tab, SERVICE_DEFAULT)  # 0: the panel has no figure


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        (45, "45 minutes"),
        ("1440", "1 day"),
        (3 * 1440 + 4 * 60 + 5, "3 days 4 hours"),
        (0, ""),
        (-5, ""),
        ("soon", ""),
        (10**30, ""),
        (None, ""),
    ],
)
def test_average_times_of_any_shape(english, sent, shown):
    service = Service("1", "S", "C", "Default", Decimal("1"), 1, 10, extra={"average_time": sent})
    assert time_text.duration(service.average_minutes) == shown
    pane = ServiceDetails()
    pane.show_service(service, "Default", "USD")
    assert ("Average time" in pane.text()) == bool(shown)


def test_the_description_pane_has_a_useful_height(app_window, qtbot):
    app_window.resize(1200, 760)
    qtbot.waitUntil(lambda: app_window.services_tab.details.height() > 0)
    lines = app_window.services_tab.details.height() / app_window.fontMetrics().lineSpacing()
    assert lines >= 8  # about 4 lines before

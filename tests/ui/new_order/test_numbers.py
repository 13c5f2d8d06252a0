"""Counts and money in New order as the app shows them in English and Persian: every count
grouped in the locale's way, estimates with the currency's precision."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.local_panel import catalogue as lp
from ui.common import formatting, i18n

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LINK = "https://instagram.com/p/Cx1_aB/"


@pytest.fixture(params=[i18n.ENGLISH, i18n.PERSIAN])
def language(request, qapp) -> Iterator[str]:
    """The language installed before the window is built, as main.py does."""
    installed = i18n.install_language(qapp, request.param)
    yield request.param
    installed.uninstall()


@pytest.fixture
def tab(language, app_window):
    app_window.tabs.setCurrentWidget(app_window.order_tab)
    return app_window.order_tab


def test_a_line_count_is_grouped_like_every_other_count(tab, language):
    tab.choose_service(str(lp.SERVICE_CUSTOM_COMMENTS))
    tab.form.editor("comments").setPlainText("\n".join(f"c{i}" for i in range(10_000)))
    count = tab.form.findChild(type(tab.title_label), "count_comments").text()
    expected = "10,000 lines" if language == i18n.ENGLISH else "۱۰٬۰۰۰ خط"
    assert formatting.strip_bidi(count).startswith(expected), count


def test_an_estimate_has_the_currencys_precision(tab, language):
    tab.choose_service(str(lp.SERVICE_DEFAULT))  # 0.12345 per 1000
    tab.form.set_values({"link": LINK, "quantity": "1234"})
    text = formatting.strip_bidi(tab.estimate_label.text())
    amount = "0.15 USD" if language == i18n.ENGLISH else "۰٫۱۵ USD"
    assert text.endswith(amount), text  # not 0.1523373 USD

"""ui/common/error_text.py: a panel's failure becomes the words that say what happened."""

from __future__ import annotations

import pytest

from core.api import PanelClient
from core.errors import PanelError
from core.local_panel import pages
from ui.common.error_text import describe, one_line


@pytest.mark.parametrize("status", [503, 403])
def test_a_protection_page_is_said_to_be_in_the_way(qapp, panel, status):
    # Issue 14 item 8: Cloudflare's page in answer to `add` read "server error, HTTP 503".
    client = PanelClient(panel.url, panel.key, retries=0)
    panel.inject("raw", action="add", body=pages.CLOUDFLARE_PAGE, status=status)
    with pytest.raises(PanelError) as info:
        client.add({"service": "1", "link": "https://x.test/p", "quantity": "100"})
    title, message, details = describe(info.value)
    assert title == "A protection page is in the way"
    assert "127.0.0.1" in message and "check on the panel whether it was placed" in message
    assert "HTTP" not in one_line(info.value)
    assert "Just a moment..." in details and "Cloudflare" in details


def test_a_failed_read_gives_no_advice_about_orders(qapp, panel):
    # A catalogue fetch behind a protection page is no order: nothing to check on the panel.
    client = PanelClient(panel.url, panel.key, retries=0)
    panel.inject("raw", action="services", body=pages.CLOUDFLARE_PAGE, status=503)
    with pytest.raises(PanelError) as info:
        client.services()
    title, message, _details = describe(info.value)
    assert title == "A protection page is in the way"
    assert "127.0.0.1" in message and "order" not in message


def test_an_order_refusal_in_answer_to_a_read_is_said_in_the_panels_words(qapp, panel):
    # Some panels answer every request alike: "Incorrect order ID" to `services` is no order.
    client = PanelClient(panel.url, panel.key, retries=0)
    panel.inject("raw", action="services", body='{"error": "Incorrect order ID"}')
    with pytest.raises(PanelError) as info:
        client.services()
    title, message, _details = describe(info.value)
    assert title == "The panel refused"
    assert "Incorrect order ID" in message and "does not know this order" not in message
    panel.inject("raw", action="status", body='{"error": "Incorrect order ID"}')
    with pytest.raises(PanelError) as info:
        client.status("123")
    assert describe(info.value)[0] == "Unknown order"  # a status read does name an order

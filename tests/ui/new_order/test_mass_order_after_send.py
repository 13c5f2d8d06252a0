"""Mass order after a run: sent lines leave the list, nothing stale is offered for sending;
the lines read right in Persian (links left to right, Persian digits and separators)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from core.local_panel import catalogue as lp
from tests.ui.new_order.order_tab_steps import adds, send
from ui.common import formatting, i18n
from ui.new_order.mass_order_panel import COL_LINK, COL_QUANTITY, COL_RESULT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOD_1 = f"{lp.SERVICE_DEFAULT}|https://instagram.com/p/a|100"
BAD = "999|https://instagram.com/p/b|100"
GOOD_2 = f"{lp.SERVICE_DEFAULT}|https://instagram.com/p/c|10000"


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """English as the app installs it: its plural forms, its locale's digit grouping."""
    installed = i18n.install_language(qapp, i18n.ENGLISH)
    yield
    installed.uninstall()


def test_sent_lines_leave_the_list_and_send_waits_for_something_new(english, mass, panel, qtbot):
    mass.text_edit.setPlainText("\n".join([GOOD_1, BAD, GOOD_2]))
    qtbot.waitUntil(lambda: "2 orders to send" in mass.total_label.text())
    send(mass, qtbot)
    assert len(adds(panel)) == 2
    assert mass.text_edit.toPlainText() == BAD  # only the line with a problem is left
    assert not mass.send_button.isEnabled()
    assert "to send," not in mass.total_label.text()  # no stale "2 orders to send"
    assert mass.total_label.text().startswith("No line is ready to send")
    assert "taken out of the list" in mass.result_label.text()
    assert mass.table.item(0, COL_RESULT).text().startswith("Placed")  # the run stays in sight
    # A click on the disabled button, or another send, sends nothing more.
    mass.send()
    assert len(adds(panel)) == 2
    mass.text_edit.setPlainText(GOOD_1.replace("/p/a", "/p/new"))  # something new
    qtbot.waitUntil(mass.send_button.isEnabled)
    assert "1 order to send" in mass.total_label.text()


def test_lines_not_sent_stay_and_can_be_sent_again(english, mass, panel, qtbot):
    panel.balance = Decimal("0.05")
    third = f"{lp.SERVICE_DEFAULT}|https://a.example/3|100"
    refused = f"{lp.SERVICE_DEFAULT_DRIPFEED}|https://a.example/2|1000"
    mass.text_edit.setPlainText("\n".join([GOOD_1, refused, third]))
    result = send(mass, qtbot)
    assert result.stopped == "funds"
    assert mass.text_edit.toPlainText() == "\n".join([refused, third])
    assert mass.send_button.isEnabled() and "2 orders to send" in mass.total_label.text()


def test_undo_in_the_text_puts_the_sent_lines_back(mass, qtbot):
    mass.text_edit.setPlainText("\n".join([GOOD_1, BAD]))
    send(mass, qtbot)
    assert mass.text_edit.toPlainText() == BAD
    mass.text_edit.undo()
    assert mass.text_edit.toPlainText() == "\n".join([GOOD_1, BAD])


@pytest.fixture
def persian(qapp) -> Iterator[None]:
    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    yield
    installed.uninstall()


def test_persian_table_links_left_to_right_persian_digits_and_separator(persian, mass, qtbot):
    bad_twice = f"{lp.SERVICE_DEFAULT_DRIPFEED}|not a link|5"  # two problems on one line
    mass.text_edit.setPlainText("\n".join([GOOD_2, bad_twice]))
    qtbot.waitUntil(lambda: mass.table.rowCount() == 2)
    link = mass.table.item(0, COL_LINK).text()
    assert link == f"{formatting.LRI}https://instagram.com/p/c{formatting.PDI}"
    assert mass.table.item(0, COL_QUANTITY).text() == "۱۰٬۰۰۰"
    problems = mass.table.item(1, COL_RESULT).text()
    assert problems.count("خط ۲:") == 2 and "; " not in problems  # two sentences, no Latin ";"
    assert "؛ " in mass.total_label.text() and "; " not in mass.total_label.text()

"""Mass orders in the New order tab, over real HTTP: per-line checks, sending, stopping."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from core.local_panel import catalogue as lp
from tests.ui.new_order.order_tab_steps import adds, send
from ui.new_order.mass_order_panel import COL_ESTIMATE, COL_LINE, COL_RESULT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOD_AND_BAD = "\n".join(
    [
        f"{lp.SERVICE_DEFAULT}|https://instagram.com/p/a|100",  # 1 good: 0.012345
        "not a mass order line",  # 2 bad format
        "",  # 3 blank: skipped, numbering kept
        "999|https://instagram.com/p/b|100",  # 4 unknown service
        f"{lp.SERVICE_DEFAULT_DRIPFEED}|https://instagram.com/p/c|50",  # 5 below the minimum
        f"{lp.SERVICE_CUSTOM_COMMENTS}|https://instagram.com/p/d|10",  # 6 needs comments
        f"{lp.SERVICE_DEFAULT_DRIPFEED}|https://x.example/a|b|200",  # 7 good, link with |: 0.19
    ]
)


def cell(mass, row: int, col: int) -> str:
    return mass.table.item(row, col).text()


def line_results(mass) -> dict[int, str]:
    return {
        int(cell(mass, r, COL_LINE)): cell(mass, r, COL_RESULT)
        for r in range(mass.table.rowCount())
    }


def test_each_line_is_checked_with_its_line_number(mass, qtbot):
    mass.text_edit.setPlainText(GOOD_AND_BAD)
    qtbot.waitUntil(lambda: mass.table.rowCount() == 6)
    results = line_results(mass)
    assert results[1] == "OK" and results[7] == "OK"
    assert results[2].startswith("Line 2: Write the service id, the link and the quantity")
    assert results[4] == "Line 4: This panel has no service 999: check the id."
    assert results[5] == "Line 5: Quantity must be between 100 and 50,000."
    assert 'Line 6: Service 6 is of type "Custom Comments"' in results[6]
    assert cell(mass, 0, COL_ESTIMATE) == "0.01 USD"  # money with its currency's precision
    assert "estimated total 0.20 USD" in mass.total_label.text()
    assert "with problems will be skipped" in mass.total_label.text()


def test_good_lines_are_sent_one_by_one_through_the_journal(mass, panel, qtbot, app_window):
    mass.text_edit.setPlainText(GOOD_AND_BAD)
    result = send(mass, qtbot)
    assert result.stopped == ""
    assert [kind for kind, _ in mass.asked] == ["confirm"]
    assert mass.asked[0][1].startswith("Send 2 order") and "4 line" in mass.asked[0][1]
    assert [(r["service"], r["link"], r["quantity"]) for r in adds(panel)] == [
        (str(lp.SERVICE_DEFAULT), "https://instagram.com/p/a", "100"),
        (str(lp.SERVICE_DEFAULT_DRIPFEED), "https://x.example/a|b", "200"),
    ]
    results = line_results(mass)
    ids = sorted(panel.orders)
    assert results[1] == f"Placed: order {ids[0]}" and results[7] == f"Placed: order {ids[1]}"
    assert results[4].startswith("Line 4:")  # bad lines keep their check
    journal = app_window.harness.store.journal
    assert sorted((o.state, o.panel_order_id) for o in journal.orders()) == [
        ("placed", str(ids[0])),
        ("placed", str(ids[1])),
    ]
    assert mass.progress.value() == 2 and mass.progress.maximum() == 2
    assert mass.result_label.text().startswith("2 placed, 0 failed, 0 unknown.")


def test_it_stops_at_not_enough_funds(mass, panel, qtbot):
    panel.balance = Decimal("0.05")
    mass.text_edit.setPlainText(
        "\n".join(
            [
                f"{lp.SERVICE_DEFAULT}|https://a.example/1|100",  # 0.0123: placed
                f"{lp.SERVICE_DEFAULT_DRIPFEED}|https://a.example/2|1000",  # 0.95: refused
                f"{lp.SERVICE_DEFAULT}|https://a.example/3|100",  # would fit: never sent
            ]
        )
    )
    result = send(mass, qtbot)
    assert result.stopped == "funds"
    assert len(adds(panel)) == 2 and len(panel.orders) == 1
    results = line_results(mass)
    assert results[1].startswith("Placed") and "Not enough funds" in results[2]
    assert results[3] == "Not sent"  # never reached: not the "OK" of the check
    assert "Stopped: not enough funds" in mass.result_label.text()


def test_cancel_stops_between_lines_and_an_unanswered_line_is_unknown(
    mass, panel, qtbot, app_window
):
    mass.text_edit.setPlainText(
        "\n".join(f"{lp.SERVICE_DEFAULT}|https://b.example/{i}|100" for i in range(3))
    )
    panel.inject("timeout", action="add")  # the first line gets no answer until released
    mass.pace_seconds = 60  # a pause that would be noticed: Stop must not wait for it
    qtbot.waitUntil(mass.send_button.isEnabled)
    with qtbot.waitSignal(mass.finished, timeout=15_000) as blocker:
        qtbot.mouseClick(mass.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.held_total == 1)
        assert mass.cancel_button.isVisible() and not mass.send_button.isEnabled()
        qtbot.mouseClick(mass.cancel_button, Qt.MouseButton.LeftButton)
        panel.release()  # the connection closes without an answer
    result = blocker.args[0]
    # Stop was pressed, but what matters more is said: the line in flight ended unknown.
    assert result.stopped == "unknown"
    assert len(adds(panel)) == 1  # lines 2 and 3 were never sent
    assert result.outcomes[1].state == "unknown"
    assert "check on the panel" in line_results(mass)[1]
    journal = app_window.harness.store.journal
    assert [o.state for o in journal.orders()] == ["unknown"]
    assert "answer to the last line never came" in mass.result_label.text()


def test_stop_during_the_pause_between_lines_sends_nothing_more(mass, panel, qtbot):
    mass.text_edit.setPlainText(
        "\n".join(f"{lp.SERVICE_DEFAULT}|https://p.example/{i}|100" for i in range(3))
    )
    mass.pace_seconds = 60  # Stop must end this pause at once
    qtbot.waitUntil(mass.send_button.isEnabled)
    with qtbot.waitSignal(mass.finished, timeout=15_000) as blocker:
        qtbot.mouseClick(mass.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(adds(panel)) == 1)
        qtbot.mouseClick(mass.cancel_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.stopped == "cancelled"
    assert len(adds(panel)) == 1 and result.outcomes[1].state == "placed"
    assert "Stopped as you asked" in mass.result_label.text()


def test_recent_duplicates_are_asked_about_first(mass, panel, qtbot):
    text = f"{lp.SERVICE_DEFAULT}|https://c.example/1|100"
    mass.text_edit.setPlainText(text)
    send(mass, qtbot)
    mass.text_edit.setPlainText(text)  # the sent line was taken out: typed again
    send(mass, qtbot)
    assert [kind for kind, _ in mass.asked] == ["confirm", "duplicate", "confirm"]
    assert "ordered in the last hour: 1." in mass.asked[1][1]


THREE_LINES = "\n".join(f"{lp.SERVICE_DEFAULT}|https://s.example/{i}|100" for i in range(3))


@pytest.mark.parametrize(
    ("fault", "stopped", "words"),
    [
        ("drop", "unknown", "answer to the last line never came"),
        ("rate_limit", "rate_limited", "too many requests"),
    ],
)
def test_it_stops_when_a_lines_fate_is_unknown_or_the_panel_limits_the_rate(
    mass, panel, qtbot, fault, stopped, words
):
    mass.text_edit.setPlainText(THREE_LINES)
    panel.inject(fault, action="add")
    result = send(mass, qtbot)
    assert result.stopped == stopped
    assert len(adds(panel)) == 1  # lines 2 and 3 were never sent
    assert list(result.outcomes) == [1]
    assert words in mass.result_label.text()
    assert "remaining lines were not sent" in mass.result_label.text()
    assert line_results(mass)[2] == "Not sent"


def test_it_stops_when_the_panel_refuses_the_key(mass, panel, qtbot):
    mass.text_edit.setPlainText(THREE_LINES)
    qtbot.waitUntil(mass.send_button.isEnabled)
    panel.key = "another-key"  # the key was changed on the panel meanwhile
    result = send(mass, qtbot)
    assert result.stopped == "bad_key"
    assert len(adds(panel)) == 1 and panel.orders == {}
    assert "refused the API key" in mass.result_label.text()


def test_lines_are_paced_and_stop_ends_the_pause_at_once(mass, panel, qtbot):
    mass.text_edit.setPlainText(THREE_LINES)
    mass.pace_seconds = 60
    qtbot.waitUntil(mass.send_button.isEnabled)
    with qtbot.waitSignal(mass.finished, timeout=5_000) as blocker:
        qtbot.mouseClick(mass.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: mass.progress.value() == 1)  # line 1 placed, now pausing
        assert len(adds(panel)) == 1
        qtbot.mouseClick(mass.cancel_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.stopped == "cancelled" and len(adds(panel)) == 1
    assert line_results(mass)[1].startswith("Placed")


def test_an_answer_that_cannot_be_saved_is_shown_and_stops_the_run(
    mass, panel, qtbot, app_window, monkeypatch
):
    from core.store import StoreError

    def disk_full(local_id: int, panel_order_id: str) -> None:
        raise StoreError("database or disk is full")

    monkeypatch.setattr(app_window.harness.store.journal, "mark_placed", disk_full)
    mass.text_edit.setPlainText(THREE_LINES)
    result = send(mass, qtbot)
    assert result.stopped == "journal" and len(adds(panel)) == 1
    (panel_id,) = panel.orders
    assert line_results(mass)[1].startswith(f"Placed: order {panel_id} (not saved on this")
    text = mass.result_label.text()
    assert f"order {panel_id} was placed, but it could not be saved on this computer" in text


def test_lines_warned_of_are_named_in_the_confirmation_and_sent(mass, panel, qtbot):
    mass.text_edit.setPlainText(
        f"{lp.SERVICE_DEFAULT}|https://instagram.com/p/ok|100\n"
        f"{lp.SERVICE_DEFAULT}|https://youtu.be/abc|100\n"  # Instagram likes, a YouTube link
        f"{lp.SERVICE_DEFAULT}|https://t.me/somechannel|100"
    )
    send(mass, qtbot)
    [(kind, text)] = mass.asked
    assert kind == "confirm"
    assert text.splitlines()[-1] == "⚠ 2 line(s) with a warning will be sent all the same: 2, 3."
    assert [r["link"] for r in adds(panel)] == [
        "https://instagram.com/p/ok",
        "https://youtu.be/abc",
        "https://t.me/somechannel",
    ]

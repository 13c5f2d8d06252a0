"""The mass-order send loop against the local panel over HTTP and a real store: each stop rule,
a stop midway, pacing between lines."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.api import PanelClient
from core.catalog import ServiceCatalog
from core.local_panel import catalogue as lp
from core.mass_order import parse_mass_order
from core.store import Store, StoreError
from core.store.journal import JournalState
from core.workflows.mass_sending import (
    MassSendResult,
    SentLine,
    StopCode,
    lines_ordered_recently,
    send_mass_order,
)


@pytest.fixture
def setting(panel, tmp_path):
    """(store, profile id, client, catalogue) of one profile on the local panel."""
    store = Store(tmp_path)
    profile = store.profiles.add("Local", panel.url)
    client = PanelClient(panel.url, panel.key, timeout=(2.0, 0.5))
    yield store, profile.id, client, ServiceCatalog(client.services())
    store.close()


def lines(*links: str, service: int = lp.SERVICE_DEFAULT, quantity: int = 100) -> str:
    return "\n".join(f"{service}|{link}|{quantity}" for link in links)


THREE = lines("https://s.example/1", "https://s.example/2", "https://s.example/3")


def send(setting, text: str, journal=None, **options) -> MassSendResult:
    store, profile_id, client, catalogue = setting
    order = parse_mass_order(text, catalogue)
    options.setdefault("pace_seconds", 0)
    return send_mass_order(journal or store.journal, client, profile_id, order, "USD", **options)


def adds(panel) -> list[dict]:
    return [r for r in panel.requests if r.get("action") == "add"]


def test_good_lines_are_sent_in_order_and_bad_ones_skipped(setting, panel):
    store, profile_id, _, _ = setting
    text = "\n".join(
        [
            lines("https://g.example/1"),
            "not a line",
            "",
            lines("https://g.example/4", service=lp.SERVICE_DEFAULT_DRIPFEED, quantity=200),
            lines("https://g.example/5", quantity=1),  # below the minimum
        ]
    )
    seen: list[tuple[int, int, SentLine]] = []
    result = send(
        setting, text, progress=lambda done, total, sent: seen.append((done, total, sent))
    )
    assert result.stopped == StopCode.NONE and not result.stopped
    assert result.not_reached == () and result.error is None
    assert [r["link"] for r in adds(panel)] == ["https://g.example/1", "https://g.example/4"]
    assert list(result.outcomes) == [1, 4]
    assert [(done, total, sent.line_no) for done, total, sent in seen] == [(1, 2, 1), (2, 2, 4)]
    assert [sent.outcome for _, _, sent in seen] == [result.outcomes[1], result.outcomes[4]]
    assert result.counts == {"placed": 2, "failed": 0, "unknown": 0}
    placed = {o.local_id: o.panel_order_id for o in result.outcomes.values()}
    for local_id, panel_id in placed.items():
        row = store.journal.get(local_id)
        assert row.state == JournalState.PLACED and row.panel_order_id == panel_id
        assert int(panel_id) in panel.orders


def test_it_stops_at_not_enough_funds(setting, panel):
    panel.balance = Decimal("0.05")
    text = "\n".join(
        [
            lines("https://a.example/1"),  # 0.0123: placed
            lines("https://a.example/2", service=lp.SERVICE_DEFAULT_DRIPFEED, quantity=1000),
            lines("https://a.example/3"),  # would fit, but is never sent
        ]
    )
    result = send(setting, text)
    assert result.stopped == StopCode.FUNDS == "funds"
    assert len(adds(panel)) == 2 and len(panel.orders) == 1
    assert result.outcomes[2].state == JournalState.FAILED.value
    assert result.not_reached == (3,)
    assert result.counts == {"placed": 1, "failed": 1, "unknown": 0}


@pytest.mark.parametrize(
    ("fault", "stopped", "state"),
    [
        ("drop", StopCode.UNKNOWN, "unknown"),  # sent, no answer: the panel may have placed it
        ("rate_limit", StopCode.RATE_LIMITED, "failed"),  # turned away before the panel acted
    ],
)
def test_it_stops_when_a_lines_fate_is_unknown_or_the_rate_is_limited(
    setting, panel, fault, stopped, state
):
    panel.inject(fault, action="add")
    result = send(setting, THREE)
    assert result.stopped == stopped
    assert len(adds(panel)) == 1
    assert list(result.outcomes) == [1] and result.outcomes[1].state == state
    assert result.not_reached == (2, 3)


def test_it_stops_when_the_panel_refuses_the_key(setting, panel):
    panel.key = "another-key"  # the key was changed on the panel meanwhile
    result = send(setting, THREE)
    assert result.stopped == StopCode.BAD_KEY
    assert len(adds(panel)) == 1 and panel.orders == {}
    assert result.not_reached == (2, 3)


class JournalFailing:
    """The real journal, with one method failing from its `after`-th call on (a full disk)."""

    def __init__(self, journal, method: str, after: int = 1) -> None:
        self._journal, self._method, self._after, self.calls = journal, method, after, 0

    def __getattr__(self, name):
        real = getattr(self._journal, name)
        if name != self._method:
            return real

        def call(*args):
            self.calls += 1
            if self.calls >= self._after:
                raise StoreError("database or disk is full")
            return real(*args)

        return call


def test_an_answer_that_cannot_be_recorded_stops_the_run(setting, panel):
    store, *_ = setting
    result = send(setting, THREE, journal=JournalFailing(store.journal, "mark_placed"))
    assert result.stopped == StopCode.JOURNAL
    assert len(adds(panel)) == 1
    outcome = result.outcomes[1]
    assert outcome.state == JournalState.PLACED.value
    assert int(outcome.panel_order_id) in panel.orders
    assert isinstance(outcome.journal_error, StoreError)
    assert result.not_reached == (2, 3)


def test_a_line_that_cannot_be_written_down_is_not_sent_nor_the_rest(setting, panel):
    store, *_ = setting
    journal = JournalFailing(store.journal, "begin", after=2)
    result = send(setting, THREE, journal=journal)
    assert result.stopped == StopCode.ERROR and isinstance(result.error, StoreError)
    assert len(adds(panel)) == 1 and list(result.outcomes) == [1]
    assert result.not_reached == (2, 3)
    assert [o.state for o in store.journal.orders()] == [JournalState.PLACED]


def test_a_stop_asked_during_a_line_ends_the_run_after_it(setting, panel):
    asked = []
    result = send(
        setting,
        THREE,
        should_stop=lambda: bool(asked),
        progress=lambda done, total, sent: asked.append(sent.line_no),
    )
    assert result.stopped == StopCode.CANCELLED
    assert len(adds(panel)) == 1 and result.outcomes[1].state == JournalState.PLACED.value
    assert result.not_reached == (2, 3)


def test_a_stop_asked_before_the_first_line_sends_nothing(setting, panel):
    result = send(setting, THREE, should_stop=lambda: True)
    assert result.stopped == StopCode.CANCELLED and result.outcomes == {}
    assert adds(panel) == [] and result.not_reached == (1, 2, 3)


def test_an_unknown_outcome_wins_over_a_stop_asked_meanwhile(setting, panel):
    panel.inject("drop", action="add")
    asked = []
    result = send(
        setting,
        THREE,
        should_stop=lambda: bool(asked),
        progress=lambda done, total, sent: asked.append(sent.line_no),
    )
    assert asked == [1]
    assert result.stopped == StopCode.UNKNOWN  # must be seen, not hidden behind "cancelled"


def test_lines_are_paced_by_the_wait_given(setting, panel):
    pauses: list[tuple[float, int]] = []

    def wait(seconds: float) -> bool:
        pauses.append((seconds, len(adds(panel))))
        return False

    result = send(setting, THREE, pace_seconds=0.75, wait=wait)
    assert result.stopped == StopCode.NONE and len(adds(panel)) == 3
    # One pause between two lines, none before the first or after the last.
    assert pauses == [(0.75, 1), (0.75, 2)]


def test_a_stop_during_the_pause_sends_nothing_more(setting, panel):
    pauses = []

    def wait(seconds: float) -> bool:
        pauses.append(seconds)
        return True  # the stop came while pausing: the pause ends at once

    result = send(setting, THREE, pace_seconds=60, wait=wait)
    assert pauses == [60]
    assert result.stopped == StopCode.CANCELLED
    assert len(adds(panel)) == 1 and result.outcomes[1].state == JournalState.PLACED.value
    assert result.not_reached == (2, 3)


def test_a_negative_pace_is_no_pause(setting, panel):
    pauses = []
    send(setting, THREE, pace_seconds=-5, wait=lambda s: pauses.append(s) or False)
    assert pauses == [0.0, 0.0]


def test_lines_ordered_in_the_last_hour_are_found(setting, panel):
    store, profile_id, _, catalogue = setting
    send(setting, lines("https://d.example/1"))
    panel.balance = Decimal(0)
    send(setting, lines("https://d.example/2"))  # refused: a failed order is no double
    links = ("https://d.example/0", "https://d.example/1", "x", "https://d.example/2")
    again = parse_mass_order("\n".join(lines(x) if "/" in x else x for x in links), catalogue)
    assert lines_ordered_recently(store.journal, profile_id, again) == [2]
    other = store.profiles.add("Other", panel.url)
    assert lines_ordered_recently(store.journal, other.id, again) == []

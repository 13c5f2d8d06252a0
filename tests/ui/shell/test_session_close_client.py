"""Dropping the session's client: a panel switch lets an order in flight finish; closing cuts it."""

from __future__ import annotations

import threading

import pytest

from core.drafts import OrderDraft
from core.local_panel.catalogue import SERVICE_DEFAULT
from core.store.journal import JournalState
from core.workflows.order_placing import place_order


def send_slowly(window, panel, qtbot) -> tuple[threading.Thread, dict]:
    """An order sent to a panel that takes 2 s to answer, on a thread, its request received."""
    session = window.session
    draft = OrderDraft(
        session.catalogue.by_id(str(SERVICE_DEFAULT)),
        {"link": "https://x.test/p", "quantity": "100"},
    )
    panel.inject("latency", action="add", delay=2.0)
    client, journal, profile_id = session.client, session.store.journal, session.profile.id
    result: dict = {}

    def run() -> None:
        result["outcome"] = place_order(journal, client, profile_id, draft, "USD")

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: any(r.get("action") == "add" for r in panel.requests))
    return thread, result


@pytest.mark.parametrize(
    "finish_in_flight,expected",
    [(True, JournalState.PLACED.value), (False, JournalState.UNKNOWN.value)],
    ids=["panel switch: the answer still counts", "app closing: cut, kept unknown"],
)
def test_dropping_the_client_with_an_order_in_flight(
    app_window, panel, qtbot, finish_in_flight, expected
):
    thread, result = send_slowly(app_window, panel, qtbot)
    app_window.session.close_client(finish_in_flight=finish_in_flight)
    thread.join(timeout=15)
    assert not thread.is_alive()
    outcome = result["outcome"]
    assert outcome.state == expected
    assert app_window.session.store.journal.get(outcome.local_id).state == expected
    assert sum(r.get("action") == "add" for r in panel.requests) == 1  # never resent

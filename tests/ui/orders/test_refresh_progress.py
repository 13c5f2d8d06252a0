"""A refresh of many orders says its progress a few times a second, not once per batch."""

from __future__ import annotations

import time

from tests.ui.orders.orders_tab_steps import ready, refresh
from ui.orders.refresh_action import PROGRESS_EVERY_S

ORDERS = 1000  # ten batches of 100


def test_progress_is_said_at_most_a_few_times_a_second(app_window, panel, qtbot):
    tab = ready(app_window, qtbot)
    profile_id = app_window.session.profile.id
    journal = app_window.session.store.journal
    for n in range(ORDERS):
        journal.track(profile_id, str(9_000_000 + n))
    said: list[str] = []
    set_status = tab.set_status

    def recording(text: str, error: bool = False) -> None:
        said.append(text)
        set_status(text, error)

    tab.set_status = recording
    started = time.monotonic()
    refresh(tab, qtbot)
    elapsed = time.monotonic() - started
    progress = [text for text in said if text.startswith("Checking orders:")]
    assert progress[0] == f"Checking orders: 0 of {ORDERS:,}…"
    assert progress[-1] == f"Checking orders: {ORDERS:,} of {ORDERS:,}…"  # the end is said
    assert len(progress) <= 2 + elapsed / PROGRESS_EVERY_S
    assert said[-1] == "Checked just now"

"""A refresh's work in the journal does not grow with the journal: the same running orders of
the local panel are refreshed in an empty journal and in one holding 20,000 finished orders,
and the SQLite instructions of each phase (what to ask, each batch saved, the refill
follow-up) are counted, never timed (issue 13, defect 7)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.local_panel.catalogue import SERVICE_DEFAULT, SERVICE_DEFAULT_DRIPFEED
from core.workflows.order_actions import refill_orders
from core.workflows.order_refresh import refresh_orders
from tests.core.store.sqlite_steps import counted_steps
from tests.core.workflows.orders_setting import PENDING_S, PROGRESS_S, OrdersSetting, orders_setting

FINISHED = 20_000
RUNNING = 130  # two batches: 100 and 30
LEEWAY = 1.05  # a scan of the journal costs a hundred times more here


def pad(s: OrdersSetting, finished: int) -> None:
    """Finished orders of the same panel, written directly (they are never asked about)."""
    with s.store.db.write() as conn:
        conn.executemany(
            "INSERT INTO orders (profile_id, state, panel_order_id, created_at, status, final,"
            " notified) VALUES (?, 'placed', ?, '2026-01-01T00:00:00.000000+00:00',"
            " 'Completed', 1, 1)",
            [(s.profile.id, f"done-{i}") for i in range(finished)],
        )


@pytest.fixture
def settings(panel, tmp_path) -> Iterator[tuple[OrdersSetting, OrdersSetting]]:
    """An empty journal and a 20,000-order one following the same orders and refill."""
    with (
        orders_setting(panel, tmp_path / "small") as small,
        orders_setting(panel, tmp_path / "large") as large,
    ):
        pad(large, FINISHED)

        def follow(service: int, link: str, quantity: int) -> None:
            """An order placed on the panel, followed by both journals alike."""
            params = {"service": service, "link": link, "quantity": str(quantity)}
            order_id = small.client.add(params).order_id
            for s in (small, large):
                s.journal.track(s.profile.id, order_id)

        follow(SERVICE_DEFAULT_DRIPFEED, "https://x.test/refilled", 1000)
        panel.advance(PENDING_S + PROGRESS_S + 1)  # completed: a refill can be asked
        for s in (small, large):
            refresh_orders(s.journal, s.client, s.profile.id)
            order = s.journal.orders(s.profile.id)[0]
            refill_orders(s.journal, s.client, s.profile.id, [order])
            assert s.journal.get(order.local_id).refill_id is not None
        for i in range(RUNNING):
            follow(SERVICE_DEFAULT, f"https://x.test/run{i}", 100)
        yield small, large


def test_each_batch_costs_the_same_in_an_empty_and_a_20000_order_journal(settings):
    phases: dict[int, list[int]] = {}
    for s in settings:
        marks: list[int] = []
        with counted_steps(s.store.db.connection()) as steps:
            outcome = refresh_orders(
                s.journal,
                s.client,
                s.profile.id,
                # Called before the first request and after each batch is saved.
                progress=lambda _done, _total, steps=steps: marks.append(steps.count),
            )
        marks.append(steps.count)
        assert (outcome.asked, outcome.answered) == (RUNNING, RUNNING)
        assert outcome.refills.answered == 1 and outcome.refills.error is None
        running = [o for o in s.journal.orders(s.profile.id) if o.status == "Pending"]
        assert len(running) == RUNNING
        # what to ask, batch of 100, batch of 30, the refill follow-up
        phases[len(s.journal.orders(s.profile.id))] = [
            marks[0],
            *(after - before for before, after in zip(marks, marks[1:], strict=False)),
        ]
    assert [len(p) for p in phases.values()] == [4, 4]
    small, large = phases.values()
    assert min(small) > 0  # every phase did read the journal, and was counted
    for phase_small, phase_large in zip(small, large, strict=True):
        assert phase_large <= phase_small * LEEWAY, phases

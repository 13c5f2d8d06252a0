"""The loading worker hands a catalogue over, then folds its search texts once it is painted."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

from core.catalog import ServiceCatalog
from core.models import Service
from core.store import CatalogueChanges
from core.workflows.catalogue_refresh import CatalogueSnapshot
from ui.common import paint_gate
from ui.services.service_rows import prepare_rows
from ui.services.services_model import ServicesModel
from ui.services.services_tab import Handover
from ui.shell.task_runner import TaskRunner


class WatchedCatalog(ServiceCatalog):
    """Tells when its search texts are asked for (folded)."""

    def __init__(self, services: list[Service], events: list[str]) -> None:
        super().__init__(services)
        self.events = events

    @property
    def search_texts(self):  # noqa: ANN201
        self.events.append(f"folded on {threading.current_thread().name}")
        return super().search_texts


def snapshot_of(events: list[str]) -> CatalogueSnapshot:
    services = [Service(str(i), f"Likes {i}", "Likes", "Default", None, 1, 10) for i in range(5)]
    catalog = WatchedCatalog(services, events)
    return CatalogueSnapshot(
        1, catalog, CatalogueChanges(), frozenset(), datetime.now(timezone.utc)
    )


def test_search_texts_are_folded_on_the_worker_after_the_table_is_shown(qtbot):
    events: list[str] = []
    snapshot = snapshot_of(events)
    rows = prepare_rows(snapshot.catalog, None, ServicesModel().flag_texts())
    assert events == []  # preparing the rows does not fold them
    handover = Handover(lambda prepared: events.append(f"shown {len(prepared[1])} rows"))
    runner = TaskRunner(workers=1)
    done: list[bool] = []
    try:
        runner.submit(
            lambda ctx: handover.hand_over(ctx, snapshot, rows),
            done.append,
            on_progress=lambda _d, _t, prepared: handover.shown(prepared),
            with_context=True,
        )
        qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    finally:
        runner.shutdown()
    assert events[0] == "shown 5 rows"
    assert events[1].startswith("folded on") and threading.main_thread().name not in events[1]


def test_a_handover_never_shown_waits_only_briefly(qtbot, monkeypatch):
    # A superseded load is never shown: its worker goes on after PAINT_WAIT_S all the same.
    monkeypatch.setattr(paint_gate, "PAINT_WAIT_S", 0.05)
    events: list[str] = []
    snapshot = snapshot_of(events)

    class Unheard:
        def progress(self, *_args: object) -> None:
            pass

    Handover(lambda _prepared: events.append("shown")).hand_over(Unheard(), snapshot, [])
    assert len(events) == 1 and events[0].startswith("folded on")

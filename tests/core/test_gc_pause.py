"""Cyclic garbage collection paused around bulk allocations: nested, restored, unfrozen."""

from __future__ import annotations

import gc

from core.gc_pause import bulk_allocation


def test_bulk_allocation_pauses_collection_and_restores_it():
    assert gc.isenabled()
    with bulk_allocation():
        assert not gc.isenabled()
        with bulk_allocation():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_frozen_objects_are_handed_back_now_and_then(monkeypatch):
    import core.gc_pause as gc_pause

    unfrozen: list[int] = []
    real_unfreeze = gc.unfreeze
    monkeypatch.setattr(gc_pause, "FREEZE_AFTER", 0)
    monkeypatch.setattr(gc_pause, "UNFREEZE_EVERY", 2)
    monkeypatch.setattr(gc_pause, "_freezes", 0)
    monkeypatch.setattr(gc, "unfreeze", lambda: unfrozen.append(1) or real_unfreeze())
    try:
        with bulk_allocation():
            pass
        assert gc.get_freeze_count() > 0 and unfrozen == []  # frozen after the block
        with bulk_allocation():
            pass
        assert unfrozen == [1]  # every 2nd freeze hands the old ones back to the collector
    finally:
        real_unfreeze()

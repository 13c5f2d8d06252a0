"""Piecewise JSON equals json.loads/json.dumps, and bad documents fail the same way."""

from __future__ import annotations

import gc
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import json_pieces
from core.gc_pause import bulk_allocation

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=values, spaced=st.booleans())
def test_same_value_as_json(value, spaced):
    text = json.dumps(value, indent=2 if spaced else None, ensure_ascii=False)
    assert json_pieces.loads(text) == json.loads(text)
    assert json.loads(json_pieces.dumps(value)) == value
    assert json_pieces.dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("bad", ["[1,2", '{"a":[1,]}', "[1 2]", "", "{}x", "[,]", '{"a" 1}'])
def test_bad_documents_raise_value_error(bad):
    with pytest.raises(ValueError):
        json_pieces.loads(bad)


def test_large_lists_are_written_in_chunks_and_read_back():
    data = {"name": [f"service {i}" for i in range(5001)], "n": 1, "empty": []}
    assert json_pieces.loads(json_pieces.dumps(data)) == data


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

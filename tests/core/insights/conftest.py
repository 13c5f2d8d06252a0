"""What the insights tests share: a real Store in a temporary folder, and a journal builder for
one panel ("Panel A") on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.store import Store
from tests.core.insights.journal_builder import JournalBuilder


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path) as s:
        yield s


@pytest.fixture
def build(store: Store) -> JournalBuilder:
    return JournalBuilder(store, store.profiles.add("Panel A", "https://a.example/api/v2").id)

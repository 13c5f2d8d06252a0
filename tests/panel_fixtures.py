"""pytest fixtures around the local panel, shared through tests/conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from core.local_panel import LocalPanel


@pytest.fixture
def panel() -> Iterator[LocalPanel]:
    """A started LocalPanel with the default catalogue, key "test-key" and 100.00 USD."""
    with LocalPanel() as started:
        yield started


@pytest.fixture
def make_panel() -> Iterator[Callable[..., LocalPanel]]:
    """A factory of started panels taking LocalPanel's keywords; all are stopped after the test."""
    made: list[LocalPanel] = []

    def factory(**options: Any) -> LocalPanel:
        started = LocalPanel(**options).start()
        made.append(started)
        return started

    yield factory
    for started in made:
        started.stop()

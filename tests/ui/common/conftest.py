"""Fixtures of the ui/common tests: the display language every formatter follows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.common import formatting


@pytest.fixture
def persian(qapp: object) -> Iterator[None]:
    formatting.configure(formatting.Config(language="fa", calendar=formatting.JALALI))
    yield
    formatting.configure(formatting.Config())


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    formatting.configure(formatting.Config())
    yield

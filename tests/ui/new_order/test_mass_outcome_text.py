"""The words of a mass order's end: one sentence per stop code, counts in the reader's digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.store import StoreError
from core.workflows.mass_sending import MassSendResult, StopCode
from core.workflows.order_placing import PlaceOutcome
from ui.common import formatting, i18n
from ui.new_order.mass_outcome_text import line_outcome_text, run_summary_text


def ended(code: StopCode, *outcomes: PlaceOutcome, error: BaseException | None = None):
    counts = {"placed": 0, "failed": 0, "unknown": 0}
    for outcome in outcomes:
        counts[outcome.state] += 1
    return MassSendResult(dict(enumerate(outcomes, 1)), code, (), error, counts)


PLACED = PlaceOutcome(1, "placed", panel_order_id="501")


@pytest.mark.parametrize("code", [c for c in StopCode if c is not StopCode.NONE])
def test_every_early_stop_is_said_and_only_a_real_problem_is_a_warning(qapp, code):
    error = StoreError("database is locked") if code is StopCode.ERROR else None
    text, warning = run_summary_text(ended(code, PLACED, error=error))
    assert text.startswith("1 placed, 0 failed, 0 unknown. Stopped")
    assert warning == (code is not StopCode.CANCELLED)


def test_a_finished_run_says_only_the_counts(qapp):
    assert run_summary_text(ended(StopCode.NONE, PLACED, PLACED)) == (
        "2 placed, 0 failed, 0 unknown.",
        False,
    )


def test_an_unrecorded_placed_line_names_its_order_id(qapp):
    lost = PlaceOutcome(3, "placed", panel_order_id="777", journal_error=OSError("disk full"))
    text, warning = run_summary_text(ended(StopCode.JOURNAL, PLACED, lost))
    assert "Line 2: order 777 was placed, but it could not be saved" in formatting.strip_bidi(text)
    assert warning
    line_text, _ = line_outcome_text(lost)
    assert line_text.startswith("Placed: order 777 (not saved on this computer")


@pytest.fixture
def persian(qapp) -> Iterator[None]:
    installed = i18n.install_language(qapp, i18n.PERSIAN, formatting.JALALI)
    yield
    installed.uninstall()


def test_counts_are_in_the_readers_digits(persian):
    text, _ = run_summary_text(ended(StopCode.NONE, PLACED, PLACED))
    assert text.startswith("۲ ") and "۰" in text and "2" not in text

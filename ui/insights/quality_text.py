"""Delivery quality in words: durations ("3 h 10 min") and the one-line summary of a service
("your 12 orders: 10 completed, median 3 h 10 min") shown in Services and New order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from ui.common import formatting, time_text

_CTX = "QualityText"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, "", n)


@dataclass(frozen=True)
class QualityWords:
    """A quality line's templates, translated on the GUI thread (`quality_words`) for a
    worker's use: the durations' (ui/common/formatting) and the timed-orders line."""

    durations: time_text.DurationWords = field(default_factory=time_text.DurationWords)
    timed: str = "median {median} ({count} timed orders)"

    def timed_line(self, median: str, count: int) -> str:
        return self.timed.format(median=median, count=formatting.number(count))


def quality_words() -> QualityWords:
    """The templates in the UI's language (call on the GUI thread)."""
    return QualityWords(
        durations=time_text.duration_words(),
        timed=_tr("median {median} ({count} timed orders)"),
    )


def duration_text(value: timedelta | None, words: QualityWords) -> str:
    """A duration in whole minutes, said short ("3 h 10 min"; "" for None)."""
    if value is None:
        return ""
    return time_text.short_duration(int(max(value.total_seconds(), 0) // 60), words.durations)


def quality_line(quality: object | None) -> str:
    """One service's history in a line (GUI thread): how many orders, how they ended, how fast.

    `quality` is a core.insights.quality.ServiceQuality; None (never ordered) gives ""."""
    if quality is None or not getattr(quality, "orders", 0):
        return ""
    q = quality
    parts = [_tr("%n completed", q.completed)]  # type: ignore[attr-defined]
    if q.partial:  # type: ignore[attr-defined]
        parts.append(_tr("%n partial", q.partial))  # type: ignore[attr-defined]
    if q.canceled:  # type: ignore[attr-defined]
        parts.append(_tr("%n canceled", q.canceled))  # type: ignore[attr-defined]
    if q.running:  # type: ignore[attr-defined]
        parts.append(_tr("%n running", q.running))  # type: ignore[attr-defined]
    words = quality_words()
    if q.median_completion is not None:  # type: ignore[attr-defined]
        speed = _tr("median {time}").format(
            time=duration_text(q.median_completion, words)  # type: ignore[attr-defined]
        )
    else:
        speed = _tr("too few completed to time")
    head = _tr("Your %n order(s)", q.orders)  # type: ignore[attr-defined]
    return _tr("{head}: {counts}, {speed}").format(head=head, counts=", ".join(parts), speed=speed)

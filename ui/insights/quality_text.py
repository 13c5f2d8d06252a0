"""Delivery quality in words: durations ("3 h 10 min") and the one-line summary of a service
("your 12 orders: 10 completed, median 3 h 10 min") shown in Services and New order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from ui.common import formatting

_CTX = "QualityText"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, "", n)


@dataclass(frozen=True)
class QualityWords:
    """Duration templates, translated on the GUI thread (`quality_words`) for a worker's use."""

    under_minute: str = "under a minute"
    minutes: str = "{m} min"
    hours: str = "{h} h {m} min"
    days: str = "{d} d {h} h"
    timed: str = "median {median} ({count} timed orders)"

    def timed_line(self, median: str, count: int) -> str:
        return self.timed.format(median=median, count=formatting.number(count))


def quality_words() -> QualityWords:
    """The templates in the UI's language (call on the GUI thread)."""
    return QualityWords(
        under_minute=_tr("under a minute"),
        minutes=_tr("{m} min"),
        hours=_tr("{h} h {m} min"),
        days=_tr("{d} d {h} h"),
        timed=_tr("median {median} ({count} timed orders)"),
    )


def duration_text(value: timedelta | None, words: QualityWords) -> str:
    """A duration rounded to what matters: minutes under a day, hours beyond ("" for None)."""
    if value is None:
        return ""
    minutes = int(max(value.total_seconds(), 0) // 60)
    if minutes < 1:
        return words.under_minute
    number = formatting.number
    if minutes < 60:
        return words.minutes.format(m=number(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return words.hours.format(h=number(hours), m=number(minutes))
    days, hours = divmod(hours, 24)
    return words.days.format(d=number(days), h=number(hours))


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

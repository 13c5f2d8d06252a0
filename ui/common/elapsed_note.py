"""A "working…" text that counts the seconds, so a user waiting on a slow panel sees that the
app is still waiting (a catalogue may take minutes to arrive) rather than stuck."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ui.common import formatting

#: After this many seconds the text also says the panel is slow.
SLOW_AFTER_SECONDS = 15


class ElapsedNote(QObject):
    """Shows `text` through `show`, then once a second `text` with the seconds waited so far,
    until `stop()` (or its parent goes)."""

    def __init__(self, show: Callable[[str], None], parent: QObject, interval_ms: int = 1000):
        super().__init__(parent)
        self._show = show
        self._text = ""
        self._seconds = 0
        self._interval_s = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, text: str) -> None:
        self._text, self._seconds = text, 0
        self._show(text)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self._seconds += 1
        waited = formatting.number(round(self._seconds * self._interval_s))
        translate = QCoreApplication.translate
        if self._seconds * self._interval_s < SLOW_AFTER_SECONDS:
            line = translate("ElapsedNote", "{text} {seconds} s").format(
                text=self._text, seconds=waited
            )
        else:
            line = translate(
                "ElapsedNote", "{text} {seconds} s: the panel is slow to answer, still waiting."
            ).format(text=self._text, seconds=waited)
        self._show(line)

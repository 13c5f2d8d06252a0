"""Holding a worker's next step until the GUI thread has painted what it just handed over.

A worker running Python while the GUI thread paints makes the GUI thread wait for the
interpreter lock at each of its calls into Qt (measured: 20-40 ms more before a table of
50,000 services, or of 20,000 just-finished orders, appeared). Work that can come a moment
later (folding search texts, saving, marking orders announced) waits at the gate, for the
paint or PAINT_WAIT_S, whichever comes first.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer

#: The longest a worker waits at a gate: a hand-over may be dropped and never painted.
PAINT_WAIT_S = 0.25


class PaintGate:
    """Opened on the GUI thread once the paint it asked for is done; waited at on a worker."""

    def __init__(self) -> None:
        self._painted = threading.Event()

    def open_after_paint(self, context: QObject | None = None) -> None:
        """On the GUI thread, after changing what is shown: open once the repaint that change
        asked for is done (a call queued behind it). A `context` destroyed first leaves the
        gate to time out."""
        if context is None:
            QTimer.singleShot(0, self._painted.set)
        else:
            QTimer.singleShot(0, context, self._painted.set)

    def wait(self) -> None:
        """On a worker: go on once the gate is open, or after PAINT_WAIT_S."""
        self._painted.wait(PAINT_WAIT_S)

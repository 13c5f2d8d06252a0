"""The running app's side of "a second launch shows the first window": requests arrive on a
listening thread (core.single_instance) and are handled on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from core.single_instance import ShowRequests


def bring_to_front(widget: QWidget) -> None:
    """Show `widget` un-minimised, on top and active (as far as the window system allows)."""
    if widget.isMinimized():
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    widget.raise_()
    widget.activateWindow()


class WindowRaiser(QObject):
    """Brings the app to the front when a later launch on the same data folder asks.

    Until `window` is set (the start-up dialogs), the active modal dialog is raised instead.
    """

    showRequested = Signal()  # emitted on the GUI thread, after the window was raised

    _requested = Signal()  # from the listening thread; queued to this object's thread

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowRaiser")
        self.window: QWidget | None = None
        self._requested.connect(self._bring_to_front, Qt.ConnectionType.QueuedConnection)
        self._requests = ShowRequests(data_dir, self._requested.emit)

    def listen(self) -> bool:
        """Start listening (call while holding the data folder's lock)."""
        return self._requests.start()

    def stop(self) -> None:
        """Stop listening; later launches then find no one to ask."""
        self._requests.stop()

    def _bring_to_front(self) -> None:
        target = self.window if self.window is not None else QApplication.activeModalWidget()
        if target is not None:
            bring_to_front(target)
        self.showRequested.emit()

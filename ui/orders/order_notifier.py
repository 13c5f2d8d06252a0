"""Telling the user that orders finished: a tray message, a status-bar summary, a row mark.

The tray is optional: offscreen, on some Linux desktops and in tests there is none, and the
status bar summary then carries the news alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from core.models import StatusKind
from core.store import JournalOrder
from ui.shell.session import AppSession

TRAY_MESSAGE_MS = 8_000
_ORDER = (StatusKind.COMPLETED, StatusKind.PARTIAL, StatusKind.CANCELED, StatusKind.REFUNDED)


class OrderNotifier(QObject):
    """Announces orders that reached a final state."""

    #: (summary text, local ids) after an announcement.
    announced = Signal(str, list)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tray: QSystemTrayIcon | None = None
        self.last_summary = ""

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    @staticmethod
    def count_kinds(orders: Sequence[JournalOrder]) -> dict[StatusKind, int]:
        """How many orders of each status kind (pure Python: a worker can do it for 10,000)."""
        return dict(Counter(o.status_kind for o in orders))

    def summary(
        self, orders: Sequence[JournalOrder], counts: Mapping[StatusKind, int] | None = None
    ) -> str:
        """The summary, e.g. "3 completed, 1 partial" (translated), kinds in a fixed order."""
        counts = self.count_kinds(orders) if counts is None else counts
        words = {
            StatusKind.COMPLETED: lambda n: self.tr("%n completed", "", n),
            StatusKind.PARTIAL: lambda n: self.tr("%n partial", "", n),
            StatusKind.CANCELED: lambda n: self.tr("%n canceled", "", n),
            StatusKind.REFUNDED: lambda n: self.tr("%n refunded", "", n),
        }
        parts = [words[kind](counts[kind]) for kind in _ORDER if counts.get(kind)]
        others = sum(n for kind, n in counts.items() if kind not in words)
        if others:
            parts.append(self.tr("%n finished", "", others))
        return ", ".join(parts)

    def announce(
        self, orders: Sequence[JournalOrder], counts: Mapping[StatusKind, int] | None = None
    ) -> str:
        """Tell the user about these newly final orders; returns the summary ("" for none).

        `counts` (from `count_kinds`, computed off the GUI thread) saves counting here."""
        if not orders:
            return ""
        text = self.summary(orders, counts)
        self.last_summary = text
        self.session.statusMessage.emit(self.tr("Orders finished: {summary}").format(summary=text))
        if self.tray_available():
            self._tray_message(orders, text)
        self.announced.emit(text, [o.local_id for o in orders])
        return text

    def _tray_message(self, orders: Sequence[JournalOrder], text: str) -> None:
        if self.tray is None:
            from ui.common.icons import app_icon

            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setObjectName("ordersTray")
            self.tray.setToolTip(self.tr("SMM Desk"))
            self.tray.activated.connect(self._raise_window)
        self.tray.show()
        if len(orders) == 1:
            order = orders[0]
            body = self.tr("Order {id}: {status}").format(
                id=order.panel_order_id or "?", status=order.status
            )
        else:
            body = text
        self.tray.showMessage(
            self.tr("Orders finished"),
            body,
            QSystemTrayIcon.MessageIcon.Information,
            TRAY_MESSAGE_MS,
        )

    def _raise_window(self, _reason: object = None) -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow":
                widget.showNormal()
                widget.raise_()
                widget.activateWindow()
                return

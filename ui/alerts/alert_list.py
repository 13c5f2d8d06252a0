"""The alert list: a dock keeping the last alerts with their time, newest first; a click (or
Enter) shows what an alert is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.alerts.alert_text import alert_sentence
from ui.common import time_text

#: More alerts than this are not kept in the list (the oldest go first).
SHOWN_ALERTS = 200
_ALERT_ROLE = Qt.ItemDataRole.UserRole


class AlertList(QDockWidget):
    """The last alerts; `chosen` tells which one the user clicked."""

    #: The alert (core's) the user wants to see.
    chosen = Signal(object)
    #: The user asked to forget the shown alerts.
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Alerts"), parent)
        self.setObjectName("alertsDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        body = QWidget(self)
        self.list = QListWidget(body)
        self.list.setObjectName("alertsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.empty_label = QLabel(self.tr("No alerts yet. Set what to watch in Preferences."), body)
        self.empty_label.setObjectName("alertsEmpty")
        self.empty_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear"), body)
        self.clear_button.setObjectName("alertsClear")
        self.clear_button.setToolTip(self.tr("Forget the alerts listed here"))
        self.clear_button.clicked.connect(self.clearRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._update_empty()

    def set_alerts(self, alerts: Sequence[Any], names: dict[int, str]) -> None:
        """Show these alerts (oldest first in `alerts`), newest at the top."""
        self.list.clear()
        for alert in list(alerts)[-SHOWN_ALERTS:]:
            self._insert(alert, names)
        self._update_empty()

    def add_alerts(self, alerts: Sequence[Any], names: dict[int, str]) -> None:
        """Put newly raised alerts at the top, dropping the oldest past SHOWN_ALERTS."""
        for alert in alerts:
            self._insert(alert, names)
        while self.list.count() > SHOWN_ALERTS:
            self.list.takeItem(self.list.count() - 1)
        self._update_empty()

    def _insert(self, alert: Any, names: dict[int, str]) -> None:
        sentence = alert_sentence(alert, names.get(alert.profile_id, ""))
        item = QListWidgetItem(f"{time_text.datetime_text(alert.at)}  {sentence}")
        item.setData(_ALERT_ROLE, alert)
        item.setToolTip(self.tr("Click to show it"))
        self.list.insertItem(0, item)

    def alerts(self) -> list[Any]:
        """The alerts shown, newest first."""
        return [self.list.item(i).data(_ALERT_ROLE) for i in range(self.list.count())]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def choose(self, row: int) -> None:
        """As a click on row `row` does."""
        item = self.list.item(row)
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        alert = item.data(_ALERT_ROLE)
        if alert is not None:
            self.chosen.emit(alert)

    def _update_empty(self) -> None:
        empty = self.list.count() == 0
        self.empty_label.setVisible(empty)
        self.clear_button.setEnabled(not empty)

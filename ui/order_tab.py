"""New order tab (stub until the order forms land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.session import AppSession


class NewOrderTab(QWidget):
    """Places orders of every service type."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newOrderTab")
        self.session = session
        QVBoxLayout(self).addWidget(QLabel(self.tr("New order"), self))

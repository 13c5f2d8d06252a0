"""Orders tab (stub until the status tracker lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.session import AppSession


class OrdersTab(QWidget):
    """Tracks placed orders."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersTab")
        self.session = session
        QVBoxLayout(self).addWidget(QLabel(self.tr("Orders"), self))

"""The Delivered column's bar: the delivered fraction painted under the text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.orders.orders_model import PROGRESS_ROLE


class ProgressDelegate(QStyledItemDelegate):
    """Paints the delivered fraction as a thin bar under the text: cheap, no widgets per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = QColor(46, 125, 50, 70)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(PROGRESS_ROLE)
        if isinstance(fraction, float) and not (option.state & QStyle.StateFlag.State_Selected):
            rect: QRect = option.rect.adjusted(3, 3, -3, -3)
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawRoundedRect(
                QRect(rect.left(), rect.top(), int(rect.width() * fraction), rect.height()), 3, 3
            )
            painter.restore()
        super().paint(painter, option, index)

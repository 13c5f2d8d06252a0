"""The main window's status bar: a message never runs under the labels on its right.

QStatusBar cuts a long message wherever the space ends, mid-word, and the whole of it cannot be
read anywhere. Here a message too long for the room left of the permanent labels (the key
warning, the panel) is cut at a word where one is near and ends in "…"; the whole text is the
bar's tooltip. `currentMessage()` still gives the whole message.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QStatusBar, QWidget

ELLIPSIS = "…"
#: Room kept between the message and the first permanent label, and at the bar's edge (px).
_GAP = 8
#: A cut at a space is taken when it keeps at least this share of what fits.
_WORD_SHARE = 0.6


def elide_at_word(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` on one line in `width` pixels: whole when it fits, else cut at the last space
    that keeps most of what fits (at the character otherwise), followed by "…"."""
    line = " ".join(text.split())
    if metrics.horizontalAdvance(line) <= width:
        return line
    cut = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
    kept = cut[:-1] if cut.endswith(ELLIPSIS) else cut
    space = kept.rstrip().rfind(" ")
    if space > 0 and space >= len(kept) * _WORD_SHARE:
        kept = kept[:space]
    return kept.rstrip(" ,;:-") + ELLIPSIS if kept.strip() else ELLIPSIS


class StatusLine(QStatusBar):
    """A status bar whose messages are cut at a word, with the whole text as the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def message_rect(self) -> QRect:
        """Where the message is drawn: the room beside the first visible permanent label."""
        left, right = _GAP, self.width() - _GAP
        shown = [w for w in self._permanent if w.isVisible()]
        if shown:
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                left = max(left, max(w.geometry().right() for w in shown) + 1 + _GAP)
            else:
                right = min(right, min(w.geometry().left() for w in shown) - _GAP)
        return QRect(left, 0, max(right - left, 0), self.height())

    def shown_message(self) -> str:
        """The message as drawn now: whole, or cut to fit with "…"."""
        message = self.currentMessage()
        if not message:
            return ""
        return elide_at_word(message, self.fontMetrics(), self.message_rect().width())

    def _message_changed(self, message: str) -> None:
        self.setToolTip(" ".join(message.split()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        # Imported here: the first paint has no message, and making Python's QStyle type
        # (its many enums) costs the start ~4 ms.
        from PySide6.QtWidgets import QStyle, QStyleOption

        # QStatusBar would draw the message itself, cut mid-word: the panel and the text here.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.message_rect(),
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextSingleLine),
            self.shown_message(),
        )

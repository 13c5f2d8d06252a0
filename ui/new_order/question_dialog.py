"""A yes/no question whose text may be long (an order's 1,000 comments): the text scrolls inside a
dialog that fits the screen, and the buttons stay in sight.

A QMessageBox grows with its text without limit (18,116 px for 1,000 comments), which put its
buttons off every screen; this dialog is the New order tab's and the mass order's question.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

#: The share of the screen's free height and width the dialog may take at most.
SCREEN_SHARE = 0.8
#: Width of the text when the screen leaves room for it (about 70 characters).
PREFERRED_TEXT_WIDTH = 560


class QuestionDialog(QDialog):
    """Title, the question's text in a read-only scrolling box, then Accept and Cancel."""

    def __init__(
        self,
        kind: str,
        title: str,
        text: str,
        accept_text: str,
        accept_is_default: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Question")
        self.setWindowTitle(title)
        self.setModal(True)
        icon = QLabel(self)
        icon.setObjectName("questionIcon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(size)
        )
        heading = QLabel(title, self)
        heading.setObjectName("questionHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.text_box = QTextEdit(self)
        self.text_box.setObjectName("questionText")
        self.text_box.setReadOnly(True)
        self.text_box.setPlainText(text)
        self.text_box.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.text_box.setAcceptRichText(False)
        # Each line in the app's direction (right to left in Persian), as a message box's
        # label shows it, whatever letter the line starts with.
        option = self.text_box.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)  # right in a right-to-left layout
        self.text_box.document().setDefaultTextOption(option)
        # Tab leaves the text for the buttons, as in a message box.
        self.text_box.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("questionButtons")
        self.accept_button = self.buttons.addButton(
            accept_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("questionAcceptButton")
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.cancel_button.setObjectName("questionCancelButton")
        default = self.accept_button if accept_is_default else self.cancel_button
        default.setDefault(True)
        default.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        head_row = QHBoxLayout()
        head_row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head_row.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head_row)
        layout.addWidget(self.text_box, 1)
        layout.addWidget(self.buttons)
        self.resize(self._fitting_size(text))

    def _available(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry().size() if screen is not None else QSize(800, 600)
        return QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))

    def _fitting_size(self, text: str) -> QSize:
        """As tall as the text needs, never taller or wider than the screen's share."""
        bound = self._available()
        self.setMaximumSize(bound)
        width = min(PREFERRED_TEXT_WIDTH, bound.width())
        metrics = self.text_box.fontMetrics()
        # Lines the text wraps into at this width (a cheap count: no layout of a huge text).
        chars_per_line = max(width // max(metrics.averageCharWidth(), 1), 1)
        wrapped = sum(max(1, -(-len(line) // chars_per_line)) for line in text.split("\n"))
        text_height = (wrapped + 1) * metrics.lineSpacing() + 12
        chrome = self.sizeHint().height() - self.text_box.sizeHint().height()
        return QSize(width + 40, min(bound.height(), chrome + text_height))


def ask_question(
    parent: QWidget, kind: str, title: str, text: str, accept_text: str, accept_is_default: bool
) -> bool:
    """Show the question modally; True when the user accepted."""
    dialog = QuestionDialog(kind, title, text, accept_text, accept_is_default, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

"""The banner a read-only start shows across the main window: nothing is saved in this run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QStyle, QToolBar


class ReadOnlyNotice(QToolBar):
    """A fixed strip at the top of the main window saying the data is open read-only."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyNotice")
        self.setMovable(False)
        self.setFloatable(False)
        # Not in the toolbars' context menu: the notice cannot be hidden by mistake.
        self.toggleViewAction().setVisible(False)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon.pixmap(self.iconSize()))
        self.addWidget(self.icon_label)
        self.label = QLabel(
            self.tr("Read-only: nothing is saved and no order can be placed in this run."),
            self,
        )
        self.label.setObjectName("readOnlyNoticeText")
        self.label.setToolTip(
            self.tr(
                "SMM Desk could not use its data file and shows a copy of it for viewing. "
                "Restart SMM Desk once the problem is solved."
            )
        )
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.label)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)

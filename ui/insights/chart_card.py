"""One chart of the Insights tab: its title, the chart or an honest sentence, Save as PNG and
Export CSV of the data behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.workflows.table_export import write_table
from ui.common.error_text import one_line
from ui.common.icons import icon
from ui.insights.charts import render_hints
from ui.shell.task_runner import TaskRunner


@dataclass(frozen=True)
class ChartTable:
    """The data behind a chart as a CSV holds it: stable English column names, ASCII values."""

    header: tuple[str, ...]
    rows: Sequence[Sequence[str]]


class ChartCard(QFrame):
    """A titled chart that can be saved as an image or exported as a table."""

    #: A file was written (its path) or could not be (the error's one line), for the status bar.
    saved = Signal(str)

    def __init__(
        self, name: str, title: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.runner = runner
        self.setObjectName(f"{name}Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.table: ChartTable | None = None
        #: The exact figure the pointer last rested on (what the tooltip showed).
        self.last_tooltip = ""
        #: Ask where to save (title, suggested file name, filter); "" when cancelled. Tests
        #: replace it.
        self.ask_path: Callable[[str, str, str], str] = self._ask_path
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName(f"{name}Title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setMinimumWidth(40)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.controls = QHBoxLayout()  # a chart's own selectors go here
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.save_png_button = self._button(
            f"{name}SavePng", self.tr("Save as PNG…"), "export", self.save_png
        )
        self.export_csv_button = self._button(
            f"{name}ExportCsv", self.tr("Export CSV…"), "export", self.export_csv
        )
        self.view = QChartView(self)
        self.view.setObjectName(f"{name}Chart")
        self.view.setRenderHint(render_hints())
        self.view.setMinimumHeight(180)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName(f"{name}Empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(16)
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addLayout(self.controls)
        # Below the chart, so a long title (longer still in Persian) keeps the top row.
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_png_button)
        bottom.addWidget(self.export_csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.show_empty(self.tr("Loading…"))

    def _button(self, name: str, text: str, icon_name: str, slot: Callable) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        # Never squeezed into "Save as P…" by a long title: the title gives way instead.
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: slot())
        return button

    # --- what it shows -----------------------------------------------------------------------

    def show_chart(self, chart: QChart, table: ChartTable) -> None:
        """Draw `chart`; `table` is what Export CSV writes."""
        old = self.view.chart()
        self.view.setChart(chart)  # the view takes ownership of the new chart
        if old is not None and old is not chart:
            old.deleteLater()
        self.table = table
        self.stack.setCurrentWidget(self.view)
        self._enable(True)

    def show_empty(self, sentence: str) -> None:
        """Say in words why there is no chart (no axes over nothing)."""
        self.empty_label.setText(sentence)
        self.table = None
        self.stack.setCurrentWidget(self.empty_label)
        self._enable(False)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def chart(self) -> QChart | None:
        return None if self.is_empty() else self.view.chart()

    def _enable(self, on: bool) -> None:
        self.save_png_button.setEnabled(on)
        self.export_csv_button.setEnabled(on)

    def show_tooltip(self, text: str) -> None:
        """The exact figure under the pointer (charts.HoverFn)."""
        self.last_tooltip = text
        if not self.view.underMouse():
            return  # the pointer left meanwhile: no tooltip where it no longer is
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()

    # --- saving ------------------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path

    def save_png(self, path: str | None = None) -> bool:
        """Save the chart as it is drawn, as a PNG image; says the outcome by `saved`."""
        if self.is_empty():
            return False
        path = path or self.ask_path(
            self.tr("Save chart as PNG"), f"{self.name}.png", self.tr("PNG images (*.png)")
        )
        if not path:
            return False
        if not self.view.grab().save(path, "PNG"):
            self.saved.emit(self.tr("Could not save the image to {path}.").format(path=path))
            return False
        self.saved.emit(self.tr("Chart saved to {path}.").format(path=path))
        return True

    def export_csv(self, path: str | None = None) -> None:
        """Write the data behind the chart to a CSV file, in the background."""
        table = self.table
        if table is None:
            return
        path = path or self.ask_path(
            self.tr("Export chart data"), f"{self.name}.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return

        def done(count: int) -> None:
            self.saved.emit(self.tr("Exported %n row(s) to {path}.", "", count).format(path=path))

        def failed(exc: BaseException) -> None:
            self.saved.emit(one_line(exc))

        self.runner.submit(
            lambda: write_table(path, table.header, table.rows), done, failed, owner=self
        )

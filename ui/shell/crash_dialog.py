"""The dialog that says an unexpected error happened (made by the crash hook,
ui/shell/crash_hook.py, on the GUI thread): where the log is, and the report to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.crash_report import CrashReport
from ui.common import formatting
from ui.shell.help_menu import open_folder


class CrashDialog(QDialog):
    """Says that an unexpected error happened, where the log is, and copies the report."""

    def __init__(
        self, report: CrashReport, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        # Above any other dialog the app may be running, and answerable while that one waits.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_path = log_path
        self.reports: list[CrashReport] = [report]

        self.headline = QLabel(self.tr("Something went wrong inside SMM Desk."), self)
        self.headline.setObjectName("crashHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("crashExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(
            self.tr(
                "What you were doing may not have finished. Orders already sent are in the "
                "Orders tab. If something looks wrong, restart the app."
            ),
            self,
        )
        self.advice.setObjectName("crashAdvice")
        self.advice.setWordWrap(True)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("crashMoreErrors")
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self.log_label = QLabel(self)
        self.log_label.setObjectName("crashLogLocation")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_path is not None:
            self.log_label.setText(
                self.tr("The details were written to the log file:\n{path}").format(
                    path=formatting.ltr(log_path)
                )
            )
        else:
            self.log_label.setText(self.tr("No log file is kept in this run."))
        self.report_view = QPlainTextEdit(self)
        self.report_view.setObjectName("crashReport")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # A traceback reads left to right in every language.
        self.report_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("crashCopied")
        self.copied_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("crashButtons")
        self.copy_button = self.buttons.addButton(
            self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyCrashReport")
        self.open_log_button: QPushButton | None = None
        if log_path is not None:
            self.open_log_button = self.buttons.addButton(
                self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_log_button.setObjectName("openCrashLogFolder")
            self.open_log_button.clicked.connect(self._open_log_folder)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closeCrashDialog")
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (
            self.headline,
            self.explanation,
            self.advice,
            self.more_label,
            self.log_label,
            self.report_view,
            self.copied_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._show_reports()
        self.resize(640, 460)

    def add_report(self, report: CrashReport) -> None:
        """Another crash while this dialog is open: counted and added, no second dialog."""
        self.reports.append(report)
        self._show_reports()

    def report_text(self) -> str:
        """Every report shown, oldest first: what Copy puts on the clipboard."""
        return "\n".join(r.text for r in self.reports)

    def copy_report(self) -> None:
        """Put the report on the clipboard (it holds no key: core redacted it)."""
        QApplication.clipboard().setText(self.report_text())
        self.copied_label.setText(
            self.tr(
                "The report is on the clipboard. API keys are removed from it; paste it into "
                "your message to the developers."
            )
        )

    def _show_reports(self) -> None:
        first = self.reports[0]
        what = f"{first.exception_type}: {first.message}" if first.message else first.exception_type
        self.explanation.setText(
            self.tr("An error the app did not expect: {error}").format(
                error=formatting.isolate(what)
            )
        )
        more = len(self.reports) - 1
        self.more_label.setVisible(more > 0)
        if more:
            self.more_label.setText(
                self.tr(
                    "%n more error(s) happened after this one; all are in the report.", "", more
                )
            )
        self.report_view.setPlainText(self.report_text())

    def _open_log_folder(self) -> None:
        if self.log_path is not None:
            open_folder(self.log_path.parent)

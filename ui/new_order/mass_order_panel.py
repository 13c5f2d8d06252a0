"""Mass orders: `service_id|link|quantity` lines, checked per line, then sent one by one.

The sending is core.workflows.mass_sending (each line through place_order, the journal
protocol the single-order form uses too, with its stop rules), run by the task runner; this
panel shows the lines, asks, and reports. Nothing here ever resends an order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.mass_order import MassOrder, parse_mass_order
from core.store.journal import JournalState
from core.workflows.mass_sending import (
    PACE_SECONDS,
    MassSendResult,
    SentLine,
    lines_ordered_recently,
    lines_to_send,
    send_mass_order,
)
from core.workflows.order_placing import PlaceOutcome
from ui.common import formatting
from ui.common.error_text import describe
from ui.common.long_text import CELL_CHARS, preview
from ui.new_order.draft_text import ERROR_COLOUR, WARNING_COLOUR, field_error_text, money_text
from ui.new_order.mass_outcome_text import line_outcome_text, not_sent_text, run_summary_text
from ui.new_order.question_dialog import ask_question
from ui.shell.session import AppSession

CHECK_DELAY_MS = 150
COL_LINE, COL_SERVICE, COL_LINK, COL_QUANTITY, COL_ESTIMATE, COL_RESULT = range(6)


class MassOrderPanel(QWidget):
    """Type or paste lines, see each line checked, send the good ones through the journal."""

    #: Emitted when a send ends (MassSendResult) or fails before sending anything (the
    #: exception).
    finished = Signal(object)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("massOrderPanel")
        self.session = session
        self.parsed: MassOrder | None = None
        self._running = False
        self._task_id = 0
        #: Seconds between two lines sent (tests set 0).
        self.pace_seconds = PACE_SECONDS
        self._rows: dict[int, int] = {}  # line number -> table row
        self._build()
        session.catalogueChanged.connect(lambda _c: self.check())
        session.balanceChanged.connect(lambda _b: self._update_total())
        session.profileChanged.connect(lambda _p: self.check())

    def _build(self) -> None:
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("massOrderText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr(
                "One order per line: service id|link|quantity\n"
                "e.g. 123|https://instagram.com/p/abc|1000"
            )
        )
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("massOrderLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Service"),
                self.tr("Link"),
                self.tr("Quantity"),
                self.tr("Estimate"),
                self.tr("Check / result"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, width in ((COL_LINE, 50), (COL_SERVICE, 220), (COL_LINK, 220),
                           (COL_QUANTITY, 80), (COL_ESTIMATE, 110)):  # fmt: skip
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("massOrderSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.text_edit)
        splitter.addWidget(self.table)
        splitter.setSizes([200, 300])
        self.total_label = QLabel(self)
        self.total_label.setObjectName("massOrderTotal")
        self.total_label.setWordWrap(True)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("massOrderWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warning_label.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("massOrderProgress")
        self.progress.setVisible(False)
        self.send_button = QPushButton(self.tr("Send orders…"), self)
        self.send_button.setObjectName("massOrderSendButton")
        self.send_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Stop after this line"), self)
        self.cancel_button.setObjectName("massOrderCancelButton")
        self.cancel_button.setVisible(False)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("massOrderResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check)
        self.text_edit.textChanged.connect(self.check_timer.start)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel)

    # --- checking --------------------------------------------------------------------------

    def check(self) -> None:
        """Read every line against the catalogue and show what each will do."""
        self.check_timer.stop()
        if self._running:
            return
        catalogue = self.session.catalogue
        text = self.text_edit.toPlainText()
        self.parsed = parse_mass_order(text, catalogue) if catalogue is not None else None
        self.table.setRowCount(0)
        self._rows = {}
        if self.parsed is None:
            self.total_label.setText(
                self.tr("The services are not loaded yet.") if text.strip() else ""
            )
            self._update_buttons()
            return
        currency = self.session.currency
        self.table.setRowCount(len(self.parsed.lines))
        for row, line in enumerate(self.parsed.lines):
            self._rows[line.line_no] = row
            draft = line.draft
            service_text = line.text.split("|", 1)[0].strip()
            if draft is not None:
                name = formatting.isolate(preview(draft.service.name, CELL_CHARS))
                service_text = f"{formatting.ltr(draft.service.id)} · {name}"
            values = draft.values if draft is not None else {}
            if line.estimate is not None and line.estimate.amount is not None:
                est = money_text(line.estimate.amount, currency)
            else:
                est = "—"
            problems = [field_error_text(e) for e in line.errors]
            # Whole sentences, each ending with its full stop: a space between them.
            check = " ".join(problems) if problems else self.tr("OK")
            # A link is Latin, left to right even in a Persian table (never "/https://...").
            link = formatting.ltr(values["link"]) if values.get("link") else ""
            cells = (formatting.number(line.line_no), service_text, link,
                     _count_text(values.get("quantity", "")), est, check)  # fmt: skip
            for col, text_ in enumerate(cells):
                item = QTableWidgetItem(text_.replace("\n", " "))
                if col == COL_RESULT and problems:
                    item.setToolTip("\n".join(problems))
                self.table.setItem(row, col, item)
            colour = ERROR_COLOUR if not line.ok else (WARNING_COLOUR if problems else None)
            if colour is not None:
                self.table.item(row, COL_RESULT).setForeground(_brush(colour))
        self._update_total()
        self._update_buttons()

    def _update_total(self) -> None:
        parsed = self.parsed
        if parsed is None or not parsed.lines:
            self.total_label.setText("")
            self.warning_label.setVisible(False)
            return
        good = len(parsed.drafts)
        bad = len(parsed.lines) - good
        total = money_text(parsed.total, self.session.currency)
        if good:
            text = self.tr("%Ln order(s) to send, estimated total {total}", "", good).format(
                total=total
            )
        else:  # after a run took the sent lines out, or when every line has a problem
            text = self.tr("No line is ready to send")
        if not parsed.total_complete:
            text += " " + self.tr("(some lines have no price: the total is incomplete)")
        if bad:
            text += self._separator() + self.tr(
                "%Ln line(s) with problems will be skipped", "", bad
            )
        self.total_label.setText(text)
        balance = self.session.balance
        over = balance is not None and parsed.total > balance.amount
        self.warning_label.setVisible(over)
        if over:
            self.warning_label.setText(
                self.tr(
                    "The estimated total is more than your balance ({balance}): the panel will "
                    "stop accepting orders when the funds run out."
                ).format(balance=money_text(balance.amount, balance.currency))
            )

    def _update_buttons(self) -> None:
        ready = (
            not self._running
            and self.parsed is not None
            and bool(self.parsed.drafts)
            and self.session.client is not None
        )
        self.send_button.setEnabled(ready)

    # --- sending ---------------------------------------------------------------------------

    def ask(self, kind: str, title: str, text: str) -> bool:
        """Ask the user a yes/no question ("confirm" or "duplicate"); tests replace this."""
        return ask_question(
            self, kind, title, text, self.tr("Send"), accept_is_default=kind == "confirm"
        )

    def send(self) -> None:
        """Check the lines again, ask about recent duplicates and confirm, then send."""
        if self._running:
            return
        self.check()
        parsed, session = self.parsed, self.session
        if parsed is None or not parsed.drafts or session.client is None or session.profile is None:
            return
        to_send = len(lines_to_send(parsed))
        journal, profile_id = session.store.journal, session.profile.id
        self._set_running(True)

        def find_recent() -> list[int]:
            return lines_ordered_recently(journal, profile_id, parsed)

        def checked(recent: list[int]) -> None:
            self._set_running(False)
            if recent and not self.ask(
                "duplicate",
                self.tr("Ordered recently"),
                self.tr(
                    "These lines repeat a service and link ordered in the last hour: {lines}. "
                    "Send them again anyway?"
                ).format(
                    lines=self.tr(", ", "list separator").join(formatting.number(n) for n in recent)
                ),
            ):
                return
            skipped = len(parsed.lines) - to_send
            summary = self.tr("Send %Ln order(s), one by one?", "", to_send)
            summary += "\n" + self.tr("Estimated total: {total}").format(
                total=money_text(parsed.total, session.currency)
            )
            if skipped:
                summary += "\n" + self.tr("%Ln line(s) with problems will be skipped.", "", skipped)
            # What the table warned of, once more where the sending is decided (a link on
            # another platform than its service's...): those lines are sent.
            warned = [ln.line_no for ln in parsed.lines if ln.ok and ln.errors]
            if warned:
                summary += "\n⚠ " + self.tr(
                    "%Ln line(s) with a warning will be sent all the same: {lines}.",
                    "",
                    len(warned),
                ).format(
                    lines=self.tr(", ", "list separator").join(formatting.number(n) for n in warned)
                )
            if self.ask("confirm", self.tr("Send the orders"), summary):
                self._run(parsed, journal, profile_id)

        session.runner.submit(find_recent, checked, self._failed, owner=self)

    def _run(self, parsed: MassOrder, journal: Any, profile_id: int) -> None:
        client, currency = self.session.client, self.session.currency
        pace = float(self.pace_seconds)
        self._set_running(True, sending=True)
        self.progress.setRange(0, len(lines_to_send(parsed)))
        self.progress.setValue(0)
        self.result_label.clear()
        self.result_label.setStyleSheet("")

        def job(ctx: Any) -> MassSendResult:
            # The task's stop both ends a pause at once and is asked between lines.
            return send_mass_order(
                journal, client, profile_id, parsed, currency,
                pace_seconds=pace, wait=ctx.wait, should_stop=ctx.cancelled,
                progress=ctx.progress,
            )  # fmt: skip

        self._task_id = self.session.runner.submit(
            job,
            self._done,
            self._failed,
            owner=self,
            on_progress=self._progressed,
            with_context=True,
        )

    def cancel(self) -> None:
        """Stop after the line being sent now (an order in flight is never abandoned)."""
        self.session.runner.stop(self._task_id)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int, sent: SentLine) -> None:
        self.progress.setValue(done)
        self._show_outcome(sent.line_no, sent.outcome)
        self.session.ordersChanged.emit()

    def _show_outcome(self, line_no: int, outcome: PlaceOutcome) -> None:
        row = self._rows.get(line_no)
        if row is None:
            return
        text, colour = line_outcome_text(outcome)
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if colour is not None:
            item.setForeground(_brush(colour))
        self.table.setItem(row, COL_RESULT, item)

    def _done(self, result: MassSendResult) -> None:
        self._set_running(False)
        # Lines the run never reached say so, instead of the "OK" of the check before it.
        for line_no in result.not_reached:
            row = self._rows.get(line_no)
            if row is not None:
                item = QTableWidgetItem(not_sent_text())
                item.setForeground(_brush(WARNING_COLOUR))
                self.table.setItem(row, COL_RESULT, item)
        text, warning = run_summary_text(result)
        taken_out = self._take_out_sent_lines(result)
        if taken_out:
            text += " " + self.tr(
                "The %Ln sent line(s) were taken out of the list (Undo in the text puts them "
                "back).",
                "",
                taken_out,
            )
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {WARNING_COLOUR};" if warning else "")
        self.session.ordersChanged.emit()
        self.session.refresh_balance()
        self.finished.emit(result)

    def _take_out_sent_lines(self, result: MassSendResult) -> int:
        """Remove the lines that were sent (placed, or perhaps placed) from the text, so that
        "Send orders…" offers only what is left: failed, unreached and problem lines. The run's
        results stay in the table until the text is edited. Returns how many were taken out."""
        sent = {n for n, o in result.outcomes.items() if o.state != JournalState.FAILED.value}
        if not sent:
            return 0
        lines = self.text_edit.toPlainText().splitlines()
        kept = [line for number, line in enumerate(lines, 1) if number not in sent]
        self.text_edit.blockSignals(True)  # the table keeps showing this run's results
        cursor = self.text_edit.textCursor()
        cursor.beginEditBlock()  # one step for Undo
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText("\n".join(kept))
        cursor.endEditBlock()
        self.text_edit.blockSignals(False)
        catalogue = self.session.catalogue
        remaining = "\n".join(kept)
        self.parsed = parse_mass_order(remaining, catalogue) if catalogue is not None else None
        self._update_total()
        self._update_buttons()
        return len(lines) - len(kept)

    def _separator(self) -> str:
        """Between two parts of one line: "; " in English, the Persian "؛ " in Persian."""
        return self.tr("; ", "list separator")

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        title, message, _ = describe(exc)
        self.result_label.setText(f"{title}: {message}")
        self.result_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.finished.emit(exc)

    def _set_running(self, running: bool, sending: bool = False) -> None:
        self._running = running
        self.text_edit.setReadOnly(running)
        self.progress.setVisible(running or self.progress.value() > 0)
        self.cancel_button.setVisible(running and sending)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Stop after this line"))
        if running:
            self.result_label.setStyleSheet("")
        self._update_buttons()


def _count_text(value: object) -> str:
    """A quantity as typed: grouped in the reader's digits when it is a number."""
    text = str(value).strip()
    return formatting.number(int(text)) if text.isdigit() and len(text) < 19 else text


def _brush(colour: str) -> Any:
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))

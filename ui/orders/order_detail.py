"""The order detail pane: what was ordered, what the panel says, and everything that happened."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.store import HistoryEntry, JournalOrder, JournalState
from ui.common import formatting
from ui.common.full_text import FullTextDialog
from ui.common.long_text import CELL_CHARS, SHOWN_CHARS, is_cut, preview
from ui.new_order.order_form import parameter_lines
from ui.orders.order_rows import StatusTexts, local_time_text, money_text


class OrderDetail(QWidget):
    """Shows one order: its parameters, the panel's figures and its status history."""

    def __init__(self, parent: QWidget | None = None, texts: StatusTexts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.texts = texts  # status words in the app's language (raw panel words without)
        self.summary = QLabel(self)
        self.summary.setObjectName("orderSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # panel text is never HTML here
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A line too long to lay out (a megabyte name or error) is cut; this opens the whole.
        self.show_all_button = QPushButton(self.tr("Show all…"), self)
        self.show_all_button.setObjectName("orderSummaryShowAll")
        self.show_all_button.setToolTip(self.tr("Open the whole text, with a button to copy it"))
        self.show_all_button.setVisible(False)
        self.show_all_button.clicked.connect(self.show_all)
        self.dialog: FullTextDialog | None = None
        self._whole = ""
        self.history = QTableWidget(0, 3, self)
        self.history.setObjectName("orderHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Detail")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(False)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.history.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, 130)
        header.resizeSection(1, 170)
        # The summary beside the history, not above it: the history gets the pane's whole
        # height (about 8 rows at the default window, where it used to show about 3).
        summary_pane = QWidget(self)
        summary_column = QVBoxLayout(summary_pane)
        summary_column.setContentsMargins(0, 0, 0, 0)
        summary_column.addWidget(self.summary)
        summary_column.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeading)
        summary_column.addStretch(1)
        scroller = QScrollArea(self)
        scroller.setObjectName("orderSummaryScroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(summary_pane)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.viewport().setAutoFillBackground(False)  # the window's own background
        summary_pane.setAutoFillBackground(False)
        self.panes = QSplitter(Qt.Orientation.Horizontal, self)
        self.panes.setObjectName("orderDetailSplitter")
        self.panes.addWidget(scroller)
        self.panes.addWidget(self.history)
        self.panes.setStretchFactor(0, 2)
        self.panes.setStretchFactor(1, 3)
        self.panes.setSizes([440, 660])  # scaled to the pane's width when it is laid out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panes, 1)
        self.clear()

    def clear(self) -> None:
        self.summary.setText(self.tr("Select an order to see its details and history."))
        self._set_whole("")
        self.history.setRowCount(0)

    def show_order(self, order: JournalOrder, history: Sequence[HistoryEntry]) -> None:
        """Fill the pane with this order and its history (oldest first)."""
        lines = self._summary_lines(order)
        self.summary.setText("\n".join(preview(line) for line in lines))
        self._set_whole("\n".join(lines) if any(is_cut(line) for line in lines) else "")
        self.history.setRowCount(len(history))
        for row, entry in enumerate(reversed(history)):  # newest on top
            what, detail = self.describe(entry)
            for col, text in enumerate((local_time_text(entry.at), what, detail)):
                item = QTableWidgetItem(preview(text, CELL_CHARS))
                item.setToolTip(preview(text, SHOWN_CHARS))
                self.history.setItem(row, col, item)

    def _set_whole(self, whole: str) -> None:
        self._whole = whole
        self.show_all_button.setVisible(bool(whole))

    def show_all(self) -> FullTextDialog:
        """The whole summary (lines cut in the pane) in its own window, with Copy."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = FullTextDialog(self.tr("Order details"), self._whole, self)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def history_texts(self) -> list[tuple[str, str]]:
        """(what, detail) of every history row as shown, newest first (for tests)."""
        out = []
        for row in range(self.history.rowCount()):
            what, detail = self.history.item(row, 1), self.history.item(row, 2)
            out.append((what.text() if what else "", detail.text() if detail else ""))
        return out

    def _summary_lines(self, order: JournalOrder) -> list[str]:
        name = order.service_name or self.tr("Service {id}").format(id=order.service_id or "?")
        lines = [
            self.tr("Order {id}: {service}").format(
                id=formatting.ltr(order.panel_order_id)
                if order.panel_order_id
                else self.tr("(no id)"),
                service=formatting.isolate(name),
            )
        ]
        if order.link:
            lines.append(self.tr("Link: {link}").format(link=formatting.ltr(order.link)))
        # The service and the link are said above.
        lines += self._parameter_lines(order)
        if order.charge is not None:
            lines.append(
                self.tr("Charged: {charge}").format(charge=money_text(order.charge, order.currency))
            )
        elif order.estimate is not None and order.estimate_applies:
            lines.append(
                self.tr("Estimated cost: {cost}").format(
                    cost=money_text(order.estimate, order.currency)
                )
            )
        elif order.estimate is not None and order.state == JournalState.UNKNOWN.value:
            lines.append(
                self.tr("Estimated cost, if the panel placed it: {cost}").format(
                    cost=money_text(order.estimate, order.currency)
                )
            )
        lines += self._quantity_lines(order)
        if order.state == JournalState.UNKNOWN.value:
            lines.append(
                self.tr(
                    "The answer to this order never came: it may or may not have been placed. "
                    "Look for it on the panel before ordering again. If you find it there, "
                    "choose “Found on the panel…” below and enter its id; if it is not there, "
                    "choose “Not placed…”."
                )
            )
        elif order.state == JournalState.FAILED.value:
            lines.append(self.tr("Not placed: {reason}").format(reason=order.error or ""))
        elif order.error:
            lines.append(self.tr("The panel says: {error}").format(error=order.error))
        if order.refill_id is not None:
            lines.append(
                self.tr("Refill {id}: {status}").format(
                    id=formatting.ltr(order.refill_id),
                    status=self._word(order.refill_status or "") or self.tr("requested"),
                )
            )
        return lines

    def _quantity_lines(self, order: JournalOrder) -> list[str]:
        """The drip-feed total and what was delivered of it (one reading: quantity x runs)."""
        lines = []
        if order.runs and type(order.quantity) is int:
            lines.append(
                self.tr("Total: {total} ({quantity} in each of {runs} runs)").format(
                    total=formatting.number(order.total_quantity),
                    quantity=formatting.number(order.quantity),
                    runs=formatting.number(order.runs),
                )
            )
        done = _delivered(order)
        if done is not None:
            lines.append(
                self.tr("Delivered {done} of {quantity}").format(
                    done=formatting.number(done),
                    quantity=formatting.number(order.total_quantity),
                )
            )
        return lines

    def _parameter_lines(self, order: JournalOrder) -> list[str]:
        if order.params_unreadable:  # the stored row is damaged: said, not shown as none
            return [self.tr("Parameters: {value}").format(value=formatting.unreadable())]
        try:
            return parameter_lines(order.service_type, order.params, skip=("service", "link"))
        except (AttributeError, TypeError, ValueError):  # a journal row of an old version
            return [self.tr("Parameters: {value}").format(value=formatting.unreadable())]

    def describe(self, entry: HistoryEntry) -> tuple[str, str]:
        """A history entry in words: (what happened, detail)."""
        what, detail = entry.what, entry.detail
        words = {
            "submitting": self.tr("Written down, sending"),
            "placed": self.tr("Placed on the panel"),
            "failed": self.tr("Not placed"),
            "unknown": self.tr("No answer: outcome unknown"),
            "tracked": self.tr("Tracked by its id"),
            "status": self.tr("Status"),
            "error": self.tr("The panel reported"),
            "refill": self.tr("Refill requested"),
            "refill_refused": self.tr("Refill refused"),
            "refill_status": self.tr("Refill status"),
            "cancel": self.tr("Cancel requested"),
            "cancel_refused": self.tr("Cancel refused"),
            "hidden": self.tr("Hidden from the list (no longer checked)"),
            "shown": self.tr("Shown in the list again"),
        }
        if what in ("status", "refill_status"):
            detail = self._word(detail)
        return words.get(what, what), detail

    def _word(self, panel_word: str) -> str:
        return self.texts.word(panel_word) if self.texts is not None else panel_word


def _delivered(order: JournalOrder) -> int | None:
    try:
        return order.delivered
    except TypeError:  # a count the journal row holds as text: the figures say unreadable
        return None

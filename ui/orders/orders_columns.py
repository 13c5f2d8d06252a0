"""The orders table's column widths: fitted to the window from what the cells hold, the user's
own widths remembered.

Each figure column is as wide as the widest value it shows in practice (measured on sample
texts in the app's language and digits, never over all rows), the Order ID as wide as the
longest id loaded (it is never cut), and Service and Link share what is left, so the table
fits the default window with no horizontal scrollbar, in English and Persian alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from core.models import StatusKind
from ui.common import formatting, time_text
from ui.orders.order_rows import StatusTexts, money_text, percent_text
from ui.orders.orders_model import (
    COL_CHARGE,
    COL_CHECKED,
    COL_ID,
    COL_LINK,
    COL_PANEL,
    COL_PLACED,
    COL_PROGRESS,
    COL_QUANTITY,
    COL_REFILL,
    COL_REMAINS,
    COL_SERVICE,
    COL_START,
    COL_STATUS,
    FRESH_MARK,
)

#: The share of the room left that Service gets (Link gets the rest).
SERVICE_SHARE = 0.5
#: Service and Link are never made narrower than this (with the Panel column shown too, they
#: are near it at 1200 px).
MIN_TEXT_WIDTH = 80
#: The Panel column (All panels) is never fitted wider than this: a long name is cut.
PANEL_MAX = 110
#: Columns a new user does not see until they choose them in the header's menu: Delivered
#: says the same as Remains ("467/1,000"), and the room goes to Service and Link.
HIDDEN_AT_FIRST = frozenset({COL_REMAINS})
#: The state key: "orders/columns" (not the former "orders/header", whose narrower
#: widths would bring the cut columns back).
STATE_KEY = "orders/columns"


def _samples(texts: StatusTexts) -> dict[int, list[str]]:
    """The widest texts each figure column shows in practice, as this language writes them
    (a wider value is shown cut, whole in its tooltip)."""
    kinds = texts.kinds
    refill_words = [kinds.get(k.value, "") for k in (StatusKind.PENDING, StatusKind.COMPLETED)]
    return {
        COL_PLACED: [time_text.datetime_text(datetime(2026, 12, 28, 23, 58).astimezone())],
        COL_QUANTITY: [formatting.number(100_000)],
        COL_CHARGE: [texts.estimated.format(amount=money_text(Decimal("999.99")))],
        COL_START: [formatting.number(1_000_000)],
        COL_REMAINS: [formatting.number(100_000)],
        COL_STATUS: [texts.unknown, texts.unknown_order, texts.not_placed, texts.not_checked],
        COL_PROGRESS: [
            f"{percent_text(1.0)} ({formatting.number(9999)}/{formatting.number(9999)})"
        ],
        COL_REFILL: [texts.refill_asked, *refill_words],
        COL_CHECKED: [time_text.age(59 * 60)],
    }


def _bold_samples(texts: StatusTexts) -> dict[int, list[str]]:
    """Texts shown bold: a just-finished order's status, with its mark."""
    return {COL_STATUS: [FRESH_MARK + word for word in texts.kinds.values()]}


def _cell_padding(table: QTableView) -> int:
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    return 2 * (margin + 1) + 6


def _header_width(table: QTableView, col: int) -> int:
    """A header's own words with its margins and room for the sort arrow's usual share."""
    header = table.horizontalHeader()
    text = str(table.model().headerData(col, Qt.Orientation.Horizontal) or "")
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin + 12


def _bold_metrics(table: QTableView) -> QFontMetrics:
    font = QFont(table.font())
    font.setBold(True)
    return QFontMetrics(font)


def id_width(table: QTableView, ids: Iterable[str]) -> int:
    """The width the Order ID column needs to show the longest of these ids whole (in bold,
    as a just-finished order's id is)."""
    longest = max(ids, key=len, default="") or "0" * 10
    width = _bold_metrics(table).horizontalAdvance(longest) + _cell_padding(table)
    return max(_header_width(table, COL_ID), width)


def fit_columns(table: QTableView, texts: StatusTexts, ids: Iterable[str]) -> None:
    """Set every column's width for the table's current width (see the module docstring)."""
    header = table.horizontalHeader()
    metrics, bold, padding = table.fontMetrics(), _bold_metrics(table), _cell_padding(table)
    bold_samples = _bold_samples(texts)
    for col, samples in _samples(texts).items():
        widths = [_header_width(table, col)]
        widths += [metrics.horizontalAdvance(t) + padding for t in samples]
        widths += [bold.horizontalAdvance(t) + padding for t in bold_samples.get(col, [])]
        header.resizeSection(col, max(widths))
    header.resizeSection(COL_ID, id_width(table, ids))
    model = table.model()
    shown = range(min(model.rowCount(), 200))  # a sample of names, never every row
    names = {str(model.index(row, COL_PANEL).data() or "") for row in shown}
    widest = max((metrics.horizontalAdvance(n) for n in names), default=0) + padding
    header.resizeSection(COL_PANEL, max(_header_width(table, COL_PANEL), min(widest, PANEL_MAX)))
    used = sum(
        header.sectionSize(col)
        for col in range(header.count())
        if col not in (COL_SERVICE, COL_LINK) and not table.isColumnHidden(col)
    )
    room = table.viewport().width() - used - 2
    service = max(MIN_TEXT_WIDTH, int(room * SERVICE_SHARE))
    header.resizeSection(COL_SERVICE, service)
    header.resizeSection(COL_LINK, max(MIN_TEXT_WIDTH, room - service))


def keep_ids_whole(table: QTableView, ids: Iterable[str]) -> None:
    """Widen the Order ID column when a loaded id is longer than it shows (an id is never cut),
    taking the width from Service while it has more than its minimum."""
    header = table.horizontalHeader()
    need = id_width(table, ids)
    short = need - header.sectionSize(COL_ID)
    if short <= 0:
        return
    header.resizeSection(COL_ID, need)
    service = header.sectionSize(COL_SERVICE)
    header.resizeSection(COL_SERVICE, max(MIN_TEXT_WIDTH, service - short))


class ColumnWidths(QObject):
    """Keeps the table's columns fitted to its width until the user sets a width by hand;
    the user's widths, order and shown columns are saved in the ui state and restored at the
    next start.

    A width is the user's when it differs from the one the last fit gave: read from the
    header itself, not inferred from its signals (Qt resizes sections for its own reasons,
    hiding a column among them)."""

    def __init__(
        self, table: QTableView, texts: StatusTexts, ids: Callable[[], Iterable[str]]
    ) -> None:
        super().__init__(table)
        self.table, self.texts, self.ids = table, texts, ids
        self._fitted: dict[int, int] = {}  # column -> the width the last fit gave it
        #: The user arranged the columns: restored from the last run, moved or shown/hidden.
        self.arranged = False
        header = table.horizontalHeader()
        for col in HIDDEN_AT_FIRST:
            table.setColumnHidden(col, True)
        table.viewport().installEventFilter(self)
        header.sectionMoved.connect(self._moved)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._offer_columns)
        self.menu: QMenu | None = None

    @property
    def own(self) -> bool:
        """Whether the widths are the user's own (set by hand, or restored from the last run)."""
        if self.arranged and not self._fitted:
            return True  # restored: never fitted since
        header, last = self.table.horizontalHeader(), self.table.model().columnCount() - 1
        return any(
            header.sectionSize(col) != width
            for col, width in self._fitted.items()
            # The last one stretches; a column hidden at the fit or now has no width to keep.
            if col != last and width > 0 and not self.table.isColumnHidden(col)
        )

    def column_menu(self) -> QMenu:
        """A menu with one checkable entry per column (the Panel column follows All panels)."""
        menu = QMenu(self.table)
        menu.setObjectName("ordersColumnsMenu")
        model = self.table.model()
        for col in range(model.columnCount()):
            if col == COL_PANEL:
                continue
            action = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(col != COL_ID)  # the one column every row is known by
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))
        return menu

    def _offer_columns(self, at: QPoint) -> None:
        self.menu = self.column_menu()
        self.menu.popup(self.table.horizontalHeader().mapToGlobal(at))

    def show_column(self, col: int, on: bool) -> None:
        """Show or hide a column (from the header's menu); widths are fitted again unless the
        user set them."""
        own = self.own
        self.arranged = True
        self.table.setColumnHidden(col, not on)
        if not own:
            self.fit()

    def refit(self) -> None:
        """Fit the widths again (a column was shown or hidden) unless they are the user's."""
        if not self.own:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and not self.own:
            self.fit()
        return False

    def fit(self) -> None:
        fit_columns(self.table, self.texts, self.ids())
        self._remember_fit()

    def rows_loaded(self) -> None:
        """New rows: an id longer than its column widens it."""
        own = self.own
        keep_ids_whole(self.table, self.ids())
        if not own:
            self._remember_fit()

    def _remember_fit(self) -> None:
        header = self.table.horizontalHeader()
        self._fitted = {col: header.sectionSize(col) for col in range(header.count())}

    def _moved(self, *_args: object) -> None:
        self.arranged = True  # an order of columns the user chose is kept with their widths

    def save(self, state: QSettings) -> None:
        if self.arranged or self.own:
            state.setValue(STATE_KEY, self.table.horizontalHeader().saveState())

    def restore(self, state: QSettings) -> bool:
        """Bring back the user's columns of an earlier run (False when there are none)."""
        saved = state.value(STATE_KEY)
        if saved is None or not self.table.horizontalHeader().restoreState(saved):
            return False
        self.arranged = True
        self._fitted = {}
        keep_ids_whole(self.table, self.ids())
        return True

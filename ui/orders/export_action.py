"""Export CSV: the selected orders, or all shown, written by core.workflows.orders_export on a
worker to a file the user chooses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from core.workflows.orders_export import write_csv
from ui.common.error_text import one_line

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab


class ExportAction(QObject):
    """Asks where to save, writes the file in the background, says how many were written."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        #: Asks where to save a CSV file ("" = cancelled).
        self.ask_save_path: Callable[[], str] = self._ask_save_path

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.tab, self.tr("Export orders"), "orders.csv", self.tr("CSV files (*.csv)")
        )
        return path

    def export(self, selected_only: bool, path: str | None = None) -> None:
        """Write the selected (or all shown) orders to a CSV file, in the background."""
        tab = self.tab
        orders = tab.selected_orders() if selected_only else tab.model.visible_orders()
        if not orders:
            return
        path = path or self.ask_save_path()
        if not path:
            return
        names = {p.id: p.name for p in tab.session.profiles}

        def done(count: int) -> None:
            message = self.tr("Exported %n order(s) to {path}.", "", count).format(path=path)
            tab.set_status(message)
            tab.actionFinished.emit(message)

        def failed(exc: BaseException) -> None:
            tab.show_failure(exc)
            tab.actionFinished.emit(one_line(exc))

        tab.set_status(self.tr("Exporting…"))
        tab.session.runner.submit(lambda: write_csv(path, orders, names), done, failed, owner=self)

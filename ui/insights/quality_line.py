"""A one-line label of how a service delivered the user's own orders, for where a service is
chosen (Services' details, New order): "Your 12 orders: 10 completed, median 3 h 10 min"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ui.common import formatting
from ui.insights.quality_text import duration_text, quality_line, quality_words
from ui.shell.session import AppSession

if TYPE_CHECKING:
    from core.insights import ServiceQuality


class QualityLine(QLabel):
    """Read on a worker for each chosen service; hidden while the service was never ordered."""

    def __init__(self, session: AppSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.session = session
        self.setWordWrap(True)
        self.quality: ServiceQuality | None = None
        self._service_id: str | None = None
        self._profile_id: int | None = None
        self._asked: tuple[str | None, int | None] | None = None
        self.setVisible(False)
        session.ordersChanged.connect(self._orders_changed)
        session.journalRead.connect(self._orders_changed)

    def show_service(self, service_id: str | None, profile_id: int | None = None) -> None:
        """Show the line of this service of the panel `profile_id` (None: the active panel;
        the Market shows every panel's), or hide it (service None)."""
        self._service_id, self._profile_id = service_id, profile_id
        store, profile = self.session.store, self.session.profile
        if profile_id is None and profile is not None:
            profile_id = profile.id
        asked = self._asked = (service_id, profile_id)
        if service_id is None or store is None or profile_id is None:
            self._show(None)
            return
        # Imported at the first service chosen: the first paint of Services goes without it.
        from core.insights import quality_of

        def done(quality: ServiceQuality | None) -> None:
            if self._asked == asked:  # not a service left (or a cleared choice) meanwhile
                self._show(quality)

        self.session.runner.submit(
            lambda: quality_of(store, profile_id, service_id),
            done,
            lambda _exc: self._show(None),  # the history is extra: its absence is no error
            owner=self,
            key=f"quality-{self.objectName()}",
        )

    def _orders_changed(self) -> None:
        # Hidden or not: a line is hidden precisely while its service has no order yet.
        if self._service_id is not None:
            self.show_service(self._service_id, self._profile_id)

    def _show(self, quality: ServiceQuality | None) -> None:
        self.quality = quality
        text = quality_line(quality)
        self.setText(text)
        self.setToolTip(self._details(quality) if quality is not None else "")
        self.setVisible(bool(text))

    def _details(self, q: ServiceQuality) -> str:
        lines = []
        if q.p90_completion is not None:
            lines.append(
                self.tr("9 in 10 completed within {time}").format(
                    time=duration_text(q.p90_completion, quality_words())
                )
            )
        elif q.thin:
            lines.append(self.tr("Too few completed orders to tell how fast it is."))
        refills = q.refills
        if refills.requested or refills.refused:
            lines.append(
                self.tr(
                    "Refills: {asked} asked, {done} completed, {rejected} rejected, "
                    "{refused} refused"
                ).format(
                    asked=formatting.number(refills.requested),
                    done=formatting.number(refills.completed),
                    rejected=formatting.number(refills.rejected),
                    refused=formatting.number(refills.refused),
                )
            )
        if q.cost_per_unit is not None:
            lines.append(
                self.tr("Cost per delivered unit: {cost}").format(
                    cost=formatting.money(q.cost_per_unit, q.currency)
                )
            )
        return "\n".join(lines)

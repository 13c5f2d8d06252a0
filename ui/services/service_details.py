"""The pane under the services table: the selected service's terms and the panel's description."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.models import Service
from core.service_types import Charge, type_of
from ui.common import formatting, time_text
from ui.common.full_text import CutTextPane
from ui.services.services_model import rate_text


class ServiceDetails(CutTextPane):
    """The selected service in words, as plain text: never the panel's HTML. A name or a
    description too long to lay out is cut, the whole of it behind "Show all…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("serviceDetails", parent)
        self.browser.setPlaceholderText(self.tr("Select a service to see its description."))

    def show_service(self, service: Service | None, type_name: str, currency: str | None) -> None:
        """Describe `service` (its type shown as `type_name`); None clears the pane."""
        if service is None:
            self.clear()
            return
        rate = rate_text(service.rate, currency)
        service_type = type_of(service)
        lines = [
            service.name,
            self.tr("Category: {category}").format(category=service.category),
            self.tr("Type: {type}").format(type=type_name),
        ]
        if service_type.charge == Charge.ONCE:  # a package: its rate is the price of it all
            lines.append(self.tr("Price: {price}").format(price=rate))
        else:
            lines.append(self.tr("Rate per 1000: {rate}").format(rate=rate))
        if service_type.quantity_field is not None or not service_type.known:
            lines.append(
                self.tr("Quantity: {min} to {max}").format(
                    min=formatting.number(service.min), max=formatting.number(service.max)
                )
            )
        average = time_text.duration(service.average_minutes)
        if average:
            lines.append(self.tr("Average time: {duration}").format(duration=average))
        if not _orderable(service):
            lines.append(
                self.tr("This service cannot be ordered: its minimum is above its maximum.")
            )
        if service.description.strip():
            lines += ["", service.description.strip()]
        self.set_lines(lines, title=service.name)

    def text(self) -> str:
        """What the pane shows (for tests and copies)."""
        return self.browser.toPlainText()


def _orderable(service: Service) -> bool:
    try:
        return service.orderable
    except TypeError:  # bounds a cached catalogue holds as text: said as unreadable above
        return True

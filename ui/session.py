"""AppSession: the state every tab shares (active profile, its key, client, catalogue, balance).

Widgets read it and listen to its signals; they never reach for the store, keyring or network
themselves but go through `session.runner`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.tasks import TaskRunner


class AppSession(QObject):
    """Shared state of the running app; lives on the GUI thread."""

    profileChanged = Signal(object)  # core.store Profile | None
    catalogueChanged = Signal(object)  # core.catalog.ServiceCatalog | None
    balanceChanged = Signal(object)  # core.models.Balance | None
    ordersChanged = Signal()  # the journal changed (placed, refreshed, tracked...)
    serviceChosen = Signal(str)  # a service id picked for a new order
    repeatOrder = Signal(object)  # a JournalOrder to reopen in New order

    def __init__(self, store: object, credentials: object, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.credentials = credentials
        self.runner = runner
        self.profile = None
        self.catalogue = None
        self.balance = None

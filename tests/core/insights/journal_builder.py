"""A journal with known timings, written through the journal's own API: orders are begun,
placed and given statuses at explicit moments (`apply_statuses(checked_at=...)`); only the
moment an order was written down is pinned afterwards, as the journal takes it from the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from core.models import OrderStatus, RefillStatus, Service
from core.store import Store

#: A fixed moment the built journals start from (UTC).
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


@dataclass
class JournalBuilder:
    """Orders of one panel of `store`, placed at chosen moments with chosen histories."""

    store: Store
    profile_id: int
    currency: str = "USD"
    _next_id: int = field(default=9000)

    def service(self, service_id: str, name: str = "", rate: str = "1.00") -> Service:
        return Service(service_id, name or f"Service {service_id}", "Instagram", "Default",
                       Decimal(rate), 10, 100_000)  # fmt: skip

    def place(
        self,
        service: Service,
        quantity: int = 1000,
        *,
        at: datetime = T0,
        runs: int | None = None,
        estimate: str | None = None,
    ) -> tuple[int, str]:
        """An order written down and placed at `at`; returns (local id, panel id)."""
        params = {"service": service.id, "link": f"https://x.example/{self._next_id}",
                  "quantity": str(quantity)}  # fmt: skip
        if runs is not None:
            params.update(runs=str(runs), interval="10")
        journal = self.store.journal
        local_id = journal.begin(
            self.profile_id, service, params,
            None if estimate is None else Decimal(estimate), self.currency,
        )  # fmt: skip
        panel_id = str(self._next_id)
        self._next_id += 1
        journal.mark_placed(local_id, panel_id)
        self.pin_created(local_id, at)
        return local_id, panel_id

    def pin_created(self, local_id: int, at: datetime) -> None:
        from core.store.db import utc_text

        with self.store.db.write() as conn:
            conn.execute(
                "UPDATE orders SET created_at = ? WHERE local_id = ?", (utc_text(at), local_id)
            )

    def status(
        self,
        panel_id: str,
        word: str,
        at: datetime,
        *,
        remains: int | None = None,
        charge: str | None = None,
        error: str | None = None,
    ) -> None:
        """A refresh at `at` saw this order with this status."""
        if error is not None:
            seen = OrderStatus(panel_id, error=error)
        else:
            seen = OrderStatus(
                panel_id, word, None if charge is None else Decimal(charge), None, remains,
                self.currency,
            )  # fmt: skip
        self.store.journal.apply_statuses(self.profile_id, {panel_id: seen}, checked_at=at)

    def completed(
        self, service: Service, taken: timedelta, *, quantity: int = 1000, charge: str = "1.00",
        at: datetime = T0, word: str = "Completed",
    ) -> int:  # fmt: skip
        """An order placed at `at`, seen in progress, then completed `taken` later."""
        local_id, panel_id = self.place(service, quantity, at=at)
        self.status(panel_id, "In progress", at + taken / 2, remains=quantity // 2, charge=charge)
        self.status(panel_id, word, at + taken, remains=0, charge=charge)
        return local_id

    def refill(self, local_id: int, refill_id: str | None, outcome: str | None = None) -> None:
        """A refill requested (None: refused); `outcome` the status the panel then gave."""
        journal = self.store.journal
        journal.record_refill(local_id, refill_id, None if refill_id else "Refill not allowed")
        if refill_id is not None and outcome is not None:
            journal.apply_refill_statuses(
                self.profile_id, {refill_id: RefillStatus(refill_id, outcome)}
            )

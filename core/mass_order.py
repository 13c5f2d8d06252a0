"""Mass orders in the panels' own format: one `service_id|link|quantity` per line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.catalog import ServiceCatalog
from core.drafts import (
    Estimate,
    FieldError,
    OrderDraft,
    estimate,
    make_error,
    validate,
)
from core.service_types import ServiceType, type_of


@dataclass(frozen=True)
class MassLine:
    """One non-blank line: its number (from 1), its draft if it could be read, its problems."""

    line_no: int
    text: str
    draft: OrderDraft | None
    errors: list[FieldError] = field(default_factory=list)
    estimate: Estimate | None = None

    @property
    def ok(self) -> bool:
        return self.draft is not None and not any(e.blocking for e in self.errors)


@dataclass(frozen=True)
class MassOrder:
    """The parsed lines; `total` sums the estimates of the lines that can be ordered."""

    lines: list[MassLine]

    @property
    def drafts(self) -> list[OrderDraft]:
        """The drafts of the good lines, in order."""
        return [ln.draft for ln in self.lines if ln.ok and ln.draft is not None]

    @property
    def errors(self) -> list[FieldError]:
        """Every problem of every line; each carries its line number."""
        return [e for ln in self.lines for e in ln.errors]

    @property
    def ok(self) -> bool:
        """True when there is at least one line and every line can be ordered."""
        return bool(self.lines) and all(ln.ok for ln in self.lines)

    @property
    def total(self) -> Decimal:
        """The sum of the good lines' estimates (lines without an amount add nothing)."""
        return sum(
            (
                ln.estimate.amount
                for ln in self.lines
                if ln.ok and ln.estimate and ln.estimate.amount
            ),
            Decimal(0),
        )

    @property
    def total_complete(self) -> bool:
        """False when some good line has no estimate (its service has no readable rate)."""
        return all(ln.estimate is not None and ln.estimate.amount is not None
                   for ln in self.lines if ln.ok)  # fmt: skip

    def items(self) -> list[tuple[int, OrderDraft | list[FieldError]]]:
        """(line number, draft) for a good line, (line number, its errors) for a bad one."""
        return [
            (ln.line_no, ln.draft if ln.ok and ln.draft is not None else ln.errors)
            for ln in self.lines
        ]


def _link_and_quantity_only(stype: ServiceType) -> bool:
    """Types whose order needs nothing beyond a link and a quantity (drip-feed stays off)."""
    needed = {f.name for f in stype.fields if f.required and not f.dripfeed}
    return needed == {"link", "quantity"}


def parse_mass_order(text: str, catalog: ServiceCatalog, today: date | None = None) -> MassOrder:
    """Read every line against the catalogue; blank lines are skipped but keep the numbering."""
    lines: list[MassLine] = []
    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        lines.append(_parse_line(line_no, line, catalog, today))
    return MassOrder(lines)


def _parse_line(line_no: int, line: str, catalog: ServiceCatalog, today: date | None) -> MassLine:
    def fail(*errors: FieldError) -> MassLine:
        return MassLine(line_no, line, None, [e.on_line(line_no) for e in errors])

    parts = line.split("|")
    if len(parts) < 3:
        return fail(make_error("line", "bad_format"))
    # A link may itself contain "|": the id is the first part, the quantity the last.
    service_id, link, quantity = parts[0].strip(), "|".join(parts[1:-1]).strip(), parts[-1].strip()
    service = catalog.by_id(service_id)
    if service is None:
        return fail(make_error("service", "unknown_service", service=service_id))
    stype = type_of(service)
    if stype.known and not _link_and_quantity_only(stype):
        return fail(
            make_error("service", "mass_unsupported_type", service=service.id, type=service.type)
        )
    draft = OrderDraft(service, {"link": link, "quantity": quantity})
    errors = [e.on_line(line_no) for e in validate(draft, today)]
    est = estimate(draft) if not any(e.blocking for e in errors) else None
    return MassLine(line_no, line, draft, errors, est)

"""The confirmation of one order: everything that will be sent, in the form's words, and the
charge it is estimated at."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.drafts import OrderDraft, estimate, validate
from ui.common import formatting
from ui.common.long_text import CELL_CHARS, preview
from ui.new_order.draft_text import estimate_reason_text, field_error_text, money_text
from ui.new_order.order_form import parameter_lines

# These are the New order tab's texts, translated in its context.
_CTX = "NewOrderTab"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def confirmation_text(draft: OrderDraft, params: dict[str, str], currency: str | None) -> str:
    """What the user confirms: service, link, every other parameter as sent, the estimate."""
    service = draft.service
    lines = [
        _tr("Service: {id} · {name}").format(
            id=formatting.ltr(service.id),
            name=formatting.isolate(preview(service.name, CELL_CHARS)),
        )
    ]
    if params.get("link"):
        lines.append(_tr("Link: {link}").format(link=formatting.ltr(params["link"])))
    # What the form warned of, once more where the order is decided (a link on another
    # platform, a repeated comment...): blocking problems never get this far.
    lines += [f"⚠ {field_error_text(error)}" for error in validate(draft) if not error.blocking]
    # The charge and the total before the parameters: a long list (1,000 comments) scrolls,
    # and what it costs stays in sight at the top.
    est = estimate(draft)
    if est.amount is not None:
        lines.append(
            _tr("Estimated charge: {amount}").format(amount=money_text(est.amount, currency))
        )
    else:
        lines.append(estimate_reason_text(est))
    if est.quantity is not None and est.quantity != _int_or_none(params.get("quantity")):
        # Counted from the lines, or quantity x runs for a drip-feed.
        lines.append(
            _tr("Total quantity: {quantity}").format(quantity=formatting.number(est.quantity))
        )
    # Everything else exactly as it will be sent: runs, interval, delay, expiry, lists...
    lines += parameter_lines(service.type, params, skip=("service", "link"))
    return "\n".join(lines)


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdecimal() else None

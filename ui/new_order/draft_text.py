"""Words and colours for drafts: a draft's problems, why it has no estimate, money, type labels.

Shared by the single-order form and the mass-order lines; every text comes from core's tables
(core/service_types.py, core/drafts.py), translated in their own contexts.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from core.draft_messages import ESTIMATE_REASONS, LINE_PREFIX, TR_CONTEXT
from core.drafts import Estimate, FieldError
from core.service_types import TR_CONTEXT as TYPES_CONTEXT
from ui.common import formatting
from ui.common.platform_names import platform_word

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"
OK_COLOUR = "#1b6e2d"


def tr_type(text: str) -> str:
    """A label, hint or choice label of the type table, translated."""
    return QCoreApplication.translate(TYPES_CONTEXT, text) if text else ""


class _Params(dict):
    """format_map source that leaves an unknown placeholder visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def field_error_text(error: FieldError) -> str:
    """The translated words of a draft problem (with its mass-order line when it has one)."""
    # Numbers in the reader's digits (۱۰۰ in Persian), like every other number on screen.
    params = _Params(
        {
            key: formatting.number(value)
            if isinstance(value, int) and not isinstance(value, bool)
            else value
            for key, value in error.params.items()
        }
    )
    if "label" in params:
        params["label"] = tr_type(str(params["label"]))
    for key in ("link_platform", "service_platform"):  # codes ("youtube"): their names
        if key in params:
            params[key] = platform_word(str(params[key]))
    text = QCoreApplication.translate(TR_CONTEXT, error.template).format_map(params)
    if error.line is not None:
        text = QCoreApplication.translate(TR_CONTEXT, LINE_PREFIX).format(
            line=formatting.number(error.line), message=text
        )
    return text


def estimate_reason_text(est: Estimate) -> str:
    """Why an estimate has no amount, translated."""
    english = ESTIMATE_REASONS.get(est.reason_code, est.reason)
    return QCoreApplication.translate(TR_CONTEXT, english)


def money_text(amount: Decimal, currency: str | None) -> str:
    """An amount for display, then the currency when known (ui/common/formatting.money)."""
    return formatting.money(amount, currency)

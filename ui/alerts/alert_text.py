"""Alerts in words: one sentence per alert, in the UI's language, digits and calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.insights import Alert, AlertKind
from ui.common import formatting

_CTX = "AlertText"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, "", n)


def _service(alert: Alert) -> str:
    name = alert.service_name or alert.service_id or "?"
    return formatting.isolate(name)


def _order(alert: Alert) -> str:
    return formatting.ltr(alert.panel_order_id or alert.target_id)


def alert_sentence(alert: Alert, panel_name: str = "") -> str:
    """What happened, in one sentence; `panel_name` names the alert's panel."""
    panel = formatting.isolate(panel_name or "?")
    kind = alert.kind
    if kind == AlertKind.LOW_BALANCE:
        return _tr("{panel}: the balance is {amount}, below {threshold}.").format(
            panel=panel,
            amount=formatting.money(alert.amount, alert.currency),
            threshold=formatting.money(alert.threshold, alert.currency),
        )
    if kind == AlertKind.ORDER_STALLED:
        return _tr(
            "{panel}: order {order} ({service}) has made no progress for %n hour(s).",
            alert.hours or 0,
        ).format(panel=panel, order=_order(alert), service=_service(alert))
    if kind == AlertKind.ORDER_UNREADABLE:
        return _tr(
            "{panel}: the status of order {order} ({service}) could not be read in %n "
            "refresh(es) in a row.",
            alert.failures or 0,
        ).format(panel=panel, order=_order(alert), service=_service(alert))
    if kind == AlertKind.RATE_INCREASE:
        return _tr("{panel}: {service} now costs {new} per 1000 (was {old}).").format(
            panel=panel,
            service=_service(alert),
            new=formatting.rate(alert.new_rate, alert.currency),
            old=formatting.rate(alert.old_rate, alert.currency),
        )
    if kind == AlertKind.SERVICE_REMOVED:
        return _tr("{panel}: {service} was removed from the panel's services.").format(
            panel=panel, service=_service(alert)
        )
    return _tr("{panel}: an alert of a kind this version does not know.").format(panel=panel)


def alert_title(alert: Alert) -> str:
    """A short title for a desktop notification."""
    titles = {
        AlertKind.LOW_BALANCE: _tr("Low balance"),
        AlertKind.ORDER_STALLED: _tr("Order without progress"),
        AlertKind.ORDER_UNREADABLE: _tr("Order status unreadable"),
        AlertKind.RATE_INCREASE: _tr("Rate increase"),
        AlertKind.SERVICE_REMOVED: _tr("Service removed"),
    }
    return titles.get(alert.kind, _tr("Alert"))

"""What the order history teaches (issue 16): delivery quality per service, chart series,
balance snapshots and alerts. Qt-free; SQL over the journal; nothing is sent anywhere."""

from __future__ import annotations

from core.insights.alert_checks import RECENT_DAYS, OrderWatch, check_balance, check_catalogue
from core.insights.alerts import (
    KEEP_ALERTS,
    Alert,
    AlertKind,
    AlertTarget,
    WatchReason,
    clear_alerts,
    recent_alerts,
)
from core.insights.balance import (
    SAME_READING_GAP,
    BalanceSeries,
    BalanceSnapshot,
    balance_history,
    record_balance,
)
from core.insights.quality import (
    MIN_TIMED_ORDERS,
    RefillOutcomes,
    ServiceQuality,
    most_used,
    quality_of,
    service_quality,
)
from core.insights.report import InsightsReport, compute_insights
from core.insights.scope import EVERYTHING, InsightsFilter
from core.insights.series import (
    BucketStart,
    Granularity,
    SeriesKey,
    SpendingBy,
    SpendingPoint,
    SpendingSeries,
    count_final_statuses,
    final_status_counts,
    local_offset,
    monday_week,
    month_start,
    spending,
)

__all__ = [
    "EVERYTHING",
    "KEEP_ALERTS",
    "MIN_TIMED_ORDERS",
    "RECENT_DAYS",
    "SAME_READING_GAP",
    "Alert",
    "AlertKind",
    "AlertTarget",
    "BalanceSeries",
    "BalanceSnapshot",
    "BucketStart",
    "Granularity",
    "InsightsFilter",
    "InsightsReport",
    "OrderWatch",
    "RefillOutcomes",
    "SeriesKey",
    "ServiceQuality",
    "SpendingBy",
    "SpendingPoint",
    "SpendingSeries",
    "WatchReason",
    "balance_history",
    "check_balance",
    "check_catalogue",
    "clear_alerts",
    "compute_insights",
    "count_final_statuses",
    "final_status_counts",
    "local_offset",
    "monday_week",
    "month_start",
    "most_used",
    "quality_of",
    "recent_alerts",
    "record_balance",
    "service_quality",
    "spending",
]

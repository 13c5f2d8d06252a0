"""What the order history teaches (issue 16): delivery quality per service, chart series,
balance snapshots and alerts. Qt-free; SQL over the journal; nothing is sent anywhere.

The names below are loaded on first use (PEP 562): the workflows that raise alerts run at
start-up and need only the alert modules, not the statistics the Insights tab computes later.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Each public name and the module that defines it.
_HOME = {
    **dict.fromkeys(("RECENT_DAYS", "OrderWatch", "check_balance", "check_catalogue"),
                    "alert_checks"),
    **dict.fromkeys(("KEEP_ALERTS", "Alert", "AlertKind", "AlertTarget", "WatchReason",
                     "clear_alerts", "recent_alerts"), "alerts"),
    **dict.fromkeys(("SAME_READING_GAP", "BalanceSeries", "BalanceSnapshot", "balance_history",
                     "record_balance"), "balance"),
    **dict.fromkeys(("MIN_TIMED_ORDERS", "RefillOutcomes", "ServiceQuality", "most_used",
                     "quality_of", "service_quality"), "quality"),
    **dict.fromkeys(("InsightsReport", "compute_insights"), "report"),
    **dict.fromkeys(("EVERYTHING", "InsightsFilter"), "scope"),
    **dict.fromkeys(("BucketStart", "Granularity", "SeriesKey", "SpendingBy", "SpendingPoint",
                     "SpendingSeries", "count_final_statuses", "final_status_counts",
                     "local_offset", "monday_week", "month_start", "spending"), "series"),
}  # fmt: skip

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # found once: later lookups do not come back here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})

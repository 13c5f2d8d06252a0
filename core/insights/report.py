"""Every statistic and chart series of the Insights tab, computed at once from one snapshot of
the journal (one consistent view), read by this thread and a helper, for the ui's task runner."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import timedelta

from core.insights.balance import BalanceSeries, read_balance_history
from core.insights.groups import read_groups
from core.insights.quality import (
    ServiceQuality,
    most_used,
    read_completion_times,
    read_quality,
)
from core.insights.scope import EVERYTHING, InsightsFilter
from core.insights.series import (
    BucketStart,
    Granularity,
    SpendingSeries,
    count_final_statuses,
    read_spending_both,
)
from core.insights.side_read import SideReader
from core.models import StatusKind
from core.store import Store


@dataclass(frozen=True)
class InsightsReport:
    """What the Insights tab shows for one filter and granularity."""

    scope: InsightsFilter
    granularity: Granularity
    #: Every service with orders in scope, most ordered first.
    quality: tuple[ServiceQuality, ...] = ()
    spending_by_panel: tuple[SpendingSeries, ...] = ()
    spending_by_service: tuple[SpendingSeries, ...] = ()
    final_statuses: dict[StatusKind, int] = field(default_factory=dict)
    #: The most used services (of `quality`), for "median completion time".
    top_services: tuple[ServiceQuality, ...] = ()
    balances: tuple[BalanceSeries, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the scope holds no order and no balance snapshot at all."""
        return not self.quality and not self.balances and not self.spending_by_panel


def compute_insights(
    store: Store,
    scope: InsightsFilter = EVERYTHING,
    granularity: Granularity = Granularity.DAY,
    *,
    top_services: int = 8,
    utc_offset: timedelta | None = None,
    bucket_start: BucketStart | None = None,
) -> InsightsReport:
    """All statistics and series for `scope`; reads only, call off the GUI thread.

    Every figure comes from one snapshot of the journal: the completion times are read on a
    helper thread by a second connection on the same snapshot (core.insights.side_read) while
    this thread reads the rest, or here too when that cannot be had.
    `utc_offset` and `bucket_start` as in core.insights.series.spending."""
    # Inside a write of this thread, the read sees what is not committed: no second reader.
    nested = store.db.connection().in_transaction
    with (
        SideReader(store.db) if not nested else nullcontext() as side,
        ThreadPoolExecutor(1, thread_name_prefix="insights-times") as helper,
        store.db.read() as conn,
    ):
        groups = read_groups(conn, scope)
        beside = side.join() if side is not None else None
        times = (
            None if beside is None else helper.submit(read_completion_times, beside, scope, groups)
        )
        by_panel, by_service = read_spending_both(
            conn, scope, granularity, top=top_services, utc_offset=utc_offset,
            bucket_start=bucket_start, groups=groups,
        )  # fmt: skip
        balances = read_balance_history(conn, scope)
        quality = read_quality(
            conn, scope, groups=groups, times=None if times is None else times.result()
        )
        finals = count_final_statuses(groups)
    return InsightsReport(
        scope=scope,
        granularity=granularity,
        quality=tuple(quality),
        spending_by_panel=tuple(by_panel),
        spending_by_service=tuple(by_service),
        final_statuses=finals,
        top_services=tuple(most_used(quality, top_services)),
        balances=tuple(balances),
    )

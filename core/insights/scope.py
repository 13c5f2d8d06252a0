"""What a statistic or chart covers: which panels and which period, turned into SQL once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from core.store.db import utc_text


@dataclass(frozen=True)
class InsightsFilter:
    """The panels and the period a computation covers; None means no limit.

    The period is of the orders' creation time (and of the snapshots' time for balances):
    `since` included, `until` excluded."""

    profile_ids: frozenset[int] | None = None
    since: datetime | None = None
    until: datetime | None = None

    def where(self, profile_column: str, time_column: str) -> tuple[str, list[object]]:
        """An SQL condition (never empty: `1` when nothing is filtered) and its parameters.

        The column names are the caller's own constants, never user text."""
        parts: list[str] = ["1"]
        values: list[object] = []
        if self.profile_ids is not None:
            parts.append(f"{profile_column} IN (SELECT value FROM json_each(?))")  # noqa: S608
            values.append(json.dumps(sorted(int(i) for i in self.profile_ids)))
        if self.since is not None:
            parts.append(f"{time_column} >= ?")
            values.append(utc_text(self.since))
        if self.until is not None:
            parts.append(f"{time_column} < ?")
            values.append(utc_text(self.until))
        return " AND ".join(parts), values


#: Every panel, all time.
EVERYTHING = InsightsFilter()

"""Helper for test_store_journal: writes an order draft, says READY, then waits to be killed.

Run as `python tests/journal_crash_child.py DATA_DIR`. It stands for the app at the moment
between committing the draft and sending `add`.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.models import Service  # noqa: E402
from core.store import Store  # noqa: E402


def main() -> None:
    store = Store(Path(sys.argv[1]))
    profile = store.profiles.ensure_default()
    service = Service("42", "Followers", "Instagram", "Default", Decimal("1.25"), 10, 1000)
    local_id = store.journal.begin(
        profile.id,
        service,
        {"service": "42", "link": "https://instagram.com/p/crash", "quantity": "500"},
        Decimal("0.625"),
        "USD",
    )
    print(f"READY {local_id}", flush=True)
    sys.stdin.read()  # blocks until the test kills this process


if __name__ == "__main__":
    main()

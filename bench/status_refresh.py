"""Status refresh of 10,000 tracked orders: batched `statuses()` vs one `status` per order.

Prints the number of requests and the wall time of each, measured in the same run against the
project's local panel over real HTTP on loopback. Target: at most 100 requests and at least 50x
less wall time for the batched refresh.

    python bench/status_refresh.py [--orders 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.api import PanelClient  # noqa: E402
from core.local_panel import LocalPanel  # noqa: E402

KEY = "bench-key"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000)
    args = parser.parse_args()

    with LocalPanel(key=KEY, balance=10**9) as panel:
        client = PanelClient(panel.url, KEY)
        service = next(s for s in client.services() if s.type_key == "default")
        # Orders are placed straight in the panel's book: placing them is not what is measured.
        with panel._lock:
            order_ids = [
                str(
                    panel.book.answer(
                        "add",
                        {
                            "key": KEY,
                            "action": "add",
                            "service": service.id,
                            "link": f"https://x.test/p/{i}",
                            "quantity": str(service.min),
                        },
                    )["order"]
                )
                for i in range(args.orders)
            ]

        # Warm both paths (connection, first-call costs), then measure: the batched refresh
        # five times (median), the one-request-per-order loop once (it is 10,000 requests).
        client.statuses(order_ids[:200])
        for oid in order_ids[:100]:
            client.status(oid)
        runs = []
        for _ in range(5):
            before = len(panel.requests)
            started = time.perf_counter()
            batched = client.statuses(order_ids)
            runs.append(time.perf_counter() - started)
            batched_requests = len(panel.requests) - before
            assert len(batched) == args.orders and all(s.error is None for s in batched.values())
        batched_s = statistics.median(runs)

        before = len(panel.requests)
        started = time.perf_counter()
        one_by_one = {oid: client.status(oid) for oid in order_ids}
        loop_s = time.perf_counter() - started
        loop_requests = len(panel.requests) - before
        assert len(one_by_one) == args.orders

    ratio = loop_s / batched_s
    print(f"orders tracked:            {args.orders}")
    print(
        f"statuses() batched:        {batched_requests} requests, {batched_s * 1000:.0f} ms "
        f"(median of {len(runs)}: {', '.join(f'{r * 1000:.0f}' for r in runs)} ms)"
    )
    print(f"status() one per order:    {loop_requests} requests, {loop_s * 1000:.0f} ms")
    print(f"speed-up:                  {ratio:.1f}x less wall time")
    ok = batched_requests <= 100 and ratio >= 50
    print("target (<= 100 requests, >= 50x):", "MET" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

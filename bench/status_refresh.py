"""Status refresh of 10,000 tracked orders: batched `statuses()` vs one `status` per order.

Prints the number of requests and the wall time of each, measured in the same run against the
project's local panel over real HTTP on loopback. The panel runs in its own process, as a real
panel runs on another machine, so its work does not compete with the client for one
interpreter. Target: at most 100 requests and at least 50x less wall time for the batched
refresh.

    python bench/status_refresh.py [--orders 10000]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.api import PanelClient  # noqa: E402

KEY = "bench-key"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000)
    args = parser.parse_args()

    panel = subprocess.Popen(
        [sys.executable, "-m", "core.local_panel", "--port", "0", "--key", KEY,
         "--balance", "1000000000"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = panel.stdout.readline().split()[2]
        client = PanelClient(url, KEY)
        service = next(s for s in client.services() if s.type_key == "default" and not s.dripfeed)
        started = time.perf_counter()
        order_ids = [
            client.add(
                {"service": service.id, "link": f"https://x.test/p/{i}",
                 "quantity": str(service.min)}
            ).order_id
            for i in range(args.orders)
        ]  # fmt: skip
        placing_s = time.perf_counter() - started

        # Warm both paths (connection, first-call costs), then measure: the batched refresh
        # five times (median), the one-request-per-order loop once (it is 10,000 requests).
        client.statuses(order_ids[:200])
        for oid in order_ids[:100]:
            client.status(oid)
        runs, counted = [], []
        for _ in range(5):
            started = time.perf_counter()
            batched = client.statuses(order_ids, on_batch=lambda batch: counted.append(1))
            runs.append(time.perf_counter() - started)
            assert len(batched) == args.orders and all(s.error is None for s in batched.values())
        batched_s = statistics.median(runs)
        batched_requests = len(counted) // len(runs)

        started = time.perf_counter()
        one_by_one = {oid: client.status(oid) for oid in order_ids}
        loop_s = time.perf_counter() - started
        assert len(one_by_one) == args.orders and all(s.error is None for s in one_by_one.values())
    finally:
        panel.terminate()
        panel.wait()

    ratio = loop_s / batched_s
    print(f"orders tracked:            {args.orders} (placed in {placing_s:.1f} s, not measured)")
    print(
        f"statuses() batched:        {batched_requests} requests, {batched_s * 1000:.0f} ms "
        f"(median of {len(runs)}: {', '.join(f'{r * 1000:.0f}' for r in runs)} ms)"
    )
    print(f"status() one per order:    {args.orders} requests, {loop_s * 1000:.0f} ms")
    print(f"speed-up:                  {ratio:.1f}x less wall time")
    ok = batched_requests <= 100 and ratio >= 50
    print("target (<= 100 requests, >= 50x):", "MET" if ok else "NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

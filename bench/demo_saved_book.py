"""The demo panel's saved account: what one more order costs with N orders already saved.

Places `--orders` orders on a LocalPanel that keeps its account in a file (as `--demo` does),
then times `--sample` more, each a real `add` over HTTP on loopback, and prints the median and
worst time per order beside the same without a file (the HTTP round trip alone). Target: the
file adds at most ~20 ms an order at 5,000 saved orders.

    python bench/demo_saved_book.py [--orders 5000] [--sample 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.api import PanelClient  # noqa: E402
from core.local_panel import LocalPanel  # noqa: E402

KEY = "bench-key"


def per_order_ms(saved_in: Path | None, orders: int, sample: int) -> tuple[float, float, int]:
    """Median and worst ms of `sample` adds after `orders` adds; the saved file's size."""
    with LocalPanel(key=KEY, balance=Decimal("1e12"), saved_in=saved_in) as panel:
        client = PanelClient(panel.url, KEY)
        params = {"service": "2", "link": "https://x.test/p", "quantity": "100"}
        for _ in range(orders):
            client.add(params)
        times = []
        for _ in range(sample):
            started = time.perf_counter()
            client.add(params)
            times.append((time.perf_counter() - started) * 1000)
        client.close()
    size = sum(p.stat().st_size for p in saved_in.parent.iterdir()) if saved_in else 0
    return statistics.median(times), max(times), size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=5000)
    parser.add_argument("--sample", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plain = per_order_ms(None, args.orders, args.sample)
        saved = per_order_ms(Path(tmp) / "demo-panel.json", args.orders, args.sample)
    print(f"{args.orders:,} orders saved, {args.sample} more timed (ms per order, median / worst)")
    print(f"  no file (HTTP only)   {plain[0]:7.2f} / {plain[1]:7.2f}")
    print(f"  saved in a file       {saved[0]:7.2f} / {saved[1]:7.2f}   ({saved[2] / 1e6:.1f} MB)")
    print(f"  the file's share      {saved[0] - plain[0]:7.2f} ms an order (target: at most ~20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

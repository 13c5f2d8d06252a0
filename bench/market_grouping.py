"""Describing and grouping 50,000 services (core/market): prints the time beside the target.

The 50,000 are the five real catalogues of ../shared/realdata repeated as further panels, each
copy's names made unique (" #<copy>") so nothing read once is read for free again; without the
real data, the local panel's generator makes them. Printed: the wall-clock time of each run and
its median, the process CPU time (these machines are shared: CPU time is what the code costs
when other work takes turns), per service, and the groups found. Target: <= 1 s.

Run: python bench/market_grouping.py [--services 50000] [--runs 5] [--generated]
bench/market.py (market_ui) may call `fifty_thousand_services()` and `time_grouping()`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.answers import parse_services  # noqa: E402
from core.local_panel import generate_services  # noqa: E402
from core.market import group_offers  # noqa: E402
from core.market.catalogue_files import load_catalogues  # noqa: E402
from core.market.grouping import Catalogue  # noqa: E402

REALDATA = ROOT.parent / "shared" / "realdata"
TARGET_SECONDS = 1.0


def fifty_thousand_services(count: int = 50_000, generated: bool = False) -> list[Catalogue]:
    """`count` services as catalogues of panels: the real ones repeated, or generated ones."""
    real = [] if generated else load_catalogues(REALDATA)
    if not real:
        per_panel = count // 5
        return [
            (p, f"panel {p}", parse_services(generate_services(per_panel, seed=p)))
            for p in range(1, 6)
        ]
    catalogues: list[Catalogue] = []
    total, copy = 0, 0
    while total < count:
        for _, name, services in real:
            copy += 1
            take = list(services)[: count - total]
            unique = [replace(s, name=f"{s.name} #{copy}") for s in take]
            catalogues.append((copy, f"{name} #{copy}", unique))
            total += len(unique)
            if total >= count:
                break
    return catalogues


def time_grouping(catalogues: list[Catalogue]) -> tuple[float, float, int]:
    """One run: (wall seconds, CPU seconds, groups)."""
    wall, cpu = time.perf_counter(), time.process_time()
    groups = group_offers(catalogues)
    return time.perf_counter() - wall, time.process_time() - cpu, len(groups)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--generated", action="store_true", help="the generator, not real data")
    args = parser.parse_args()
    catalogues = fifty_thousand_services(args.services, args.generated)
    count = sum(len(s) for _, _, s in catalogues)
    source = "generated" if args.generated or not load_catalogues(REALDATA) else "real, repeated"
    print(f"{count} services ({source}) in {len(catalogues)} catalogues")
    walls, cpus = [], []
    for run in range(1, args.runs + 1):
        wall, cpu, groups = time_grouping(catalogues)
        walls.append(wall)
        cpus.append(cpu)
        print(f"  run {run}: {wall:.3f} s wall, {cpu:.3f} s CPU, {groups} groups")
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(
        f"describe + group {count} services: median {wall:.3f} s wall, {cpu:.3f} s CPU "
        f"({cpu / count * 1e6:.1f} µs a service)   target <= {TARGET_SECONDS:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

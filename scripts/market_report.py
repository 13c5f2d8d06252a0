"""How the Market groups real catalogues, printed so a reader can judge the groups.

    python scripts/market_report.py --realdata ../shared/realdata [--sample 20] [--seed 15]

Prints how much of each catalogue is understood (platform and delivered thing known), the groups
found, how many span two or more panels, and a seeded sample of cross-panel groups with every
entry's panel, id, name, rate and refill days.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.market import REFILL_LIFETIME, MarketGroup, group_offers  # noqa: E402
from core.market.catalogue_files import load_catalogues  # noqa: E402


def _refill(days: int | None) -> str:
    if days is None:
        return "refill ?"
    if days == 0:
        return "no refill"
    return "refill lifetime" if days == REFILL_LIFETIME else f"refill {days}d"


def _title(group: MarketGroup) -> str:
    offer = group.offer
    parts = [offer.platform.value, offer.delivered.value]
    parts.append(f"on {offer.target.value}" if offer.target else "target unstated")
    parts.append(f"audience {offer.audience}" if offer.audience else "audience unstated")
    parts.append(f"form {offer.shape}")
    if offer.variant:
        parts.append(f"variant {offer.variant}")
    return " | ".join(parts)


def _print_group(group: MarketGroup, per_panel: int) -> None:
    print(f"\n== {_title(group)}  ({len(group.entries)} services, {group.panel_count} panels)")
    shown: Counter[int] = Counter()
    for entry in group.entries:
        shown[entry.profile_id] += 1
        if shown[entry.profile_id] > per_panel:
            continue
        name = " ".join(entry.service.name.split())[:110]
        print(
            f"   {entry.profile_name[:22]:22} #{entry.service.id:>6}  {entry.service.rate!s:>12}"
            f"  {_refill(entry.offer.refill_days):15}  {name}"
        )
    hidden = sum(max(n - per_panel, 0) for n in shown.values())
    if hidden:
        print(f"   ... and {hidden} more")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, required=True, help="folder of services answers")
    parser.add_argument("--sample", type=int, default=20, help="cross-panel groups to print")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--per-panel", type=int, default=3, help="entries shown per panel")
    args = parser.parse_args(argv)
    catalogues = load_catalogues(args.realdata)
    if not catalogues:
        print(f"no *services*.json files in {args.realdata}")
        return 1
    started = time.perf_counter()
    groups = group_offers(catalogues)
    elapsed = time.perf_counter() - started

    total = sum(len(services) for _, _, services in catalogues)
    print(f"{len(catalogues)} panels, {total} services, described and grouped in {elapsed:.2f} s")
    for profile_id, profile_name, services in catalogues:
        offers = [e.offer for g in groups for e in g.entries if e.profile_id == profile_id]
        known = sum(1 for o in offers if o.platform and o.delivered)
        print(
            f"  {profile_name:32} {len(services):6} services; platform known "
            f"{sum(1 for o in offers if o.platform) / len(offers):5.1%}, delivered known "
            f"{sum(1 for o in offers if o.delivered) / len(offers):5.1%}, both "
            f"{known / len(offers):5.1%}"
        )
    all_offers = [e.offer for g in groups for e in g.entries]
    both = sum(1 for o in all_offers if o.platform and o.delivered)
    print(f"  all: platform and delivered known for {both / total:.1%} ({both} of {total})")
    keyed = [g for g in groups if g.key is not None]
    cross = [g for g in keyed if g.panel_count >= 2]
    print(
        f"groups: {len(keyed)} (of {sum(len(g.entries) for g in keyed)} groupable services); "
        f"{len(groups) - len(keyed)} services group with nothing"
    )
    print(
        f"groups spanning two or more panels: {len(cross)} "
        f"({sum(len(g.entries) for g in cross)} services)"
    )
    sample = random.Random(args.seed).sample(cross, min(args.sample, len(cross)))
    print(f"\n{len(sample)} cross-panel groups sampled (seed {args.seed}):")
    for group in sample:
        _print_group(group, args.per_panel)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Runs a bench script on an earlier commit and on this checkout, in one run, and prints both.

A figure means little without its baseline measured on the same machine at the same time (these
machines are shared and differ by 2x). The earlier commit is checked out into a temporary git
worktree; the two runs alternate (`--rounds`) so a noisy minute hurts both sides alike. A bench
written after that commit is copied into its worktree and measures the earlier code with the
same script (it must then use only what the earlier code has); `--same-script` does so even
where the earlier commit has its own version of the bench, so both sides print the same figures.

    python bench/side_by_side.py 4e8b83c bench/services_filter.py [--rounds 2] [-- bench args]

Several baselines, comma-separated (`2c41804,6fe5d9d`), each run in turn before this checkout.
`--tree DIR` keeps the baseline's worktree in DIR (made if absent, reused if there; given once
per baseline, in their order): a bench that builds first (bench/bundle.py) can then build once
and measure again with `--reuse`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The helper module benches share (bench/bench_steps.py).
SHARED_STEPS = "bench_steps.py"


def run_bench(label: str, tree: Path, script: str, bench_args: list[str]) -> int:
    print(f"\n=== {label} ({tree}) ===", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    # The bench puts its own tree first on sys.path, so each side imports its own code.
    return subprocess.call([sys.executable, script, *bench_args], cwd=tree, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", help="the commit(s) to compare with, comma-separated")
    parser.add_argument("script", help="the bench script, relative to the repository root")
    parser.add_argument("--rounds", type=int, default=1, help="baseline/current pairs to run")
    parser.add_argument(
        "--tree", type=Path, action="append", default=[], help="keep a baseline's worktree here"
    )
    parser.add_argument(
        "--same-script",
        action="store_true",
        help="run this checkout's bench on the baseline too, even where it has its own",
    )
    args, rest = parser.parse_known_args()
    bench_args = rest[1:] if rest[:1] == ["--"] else rest
    baselines = [commit for commit in args.baseline.split(",") if commit]
    if len(args.tree) > len(baselines):
        parser.error("more --tree folders than baselines")
    with tempfile.TemporaryDirectory(prefix="smm-desk-baseline-") as tmp:
        trees: list[tuple[str, Path, bool]] = []  # (commit, worktree, kept)
        for number, commit in enumerate(baselines):
            kept = number < len(args.tree)
            tree = args.tree[number].resolve() if kept else Path(tmp) / f"tree{number}"
            if not tree.exists():
                subprocess.run(
                    ["git", "worktree", "add", "--detach", "--quiet", str(tree), commit],
                    cwd=ROOT,
                    check=True,
                )
            if args.same_script or not (tree / args.script).exists():
                why = "as asked" if args.same_script else f"the baseline has no {args.script}"
                print(f"(this checkout's {args.script} runs on {commit}: {why})")
                shutil.copy2(ROOT / args.script, tree / args.script)
                # The helpers it shares with other benches go with it (written after some
                # baselines; a baseline's own benches do not use them).
                steps = Path(args.script).parent / SHARED_STEPS
                if (ROOT / steps).exists() and not (tree / steps).exists():
                    shutil.copy2(ROOT / steps, tree / steps)
            trees.append((commit, tree, kept))
        failures = 0
        try:
            for round_no in range(1, args.rounds + 1):
                for commit, tree, _kept in trees:
                    label = f"baseline {commit}, round {round_no}"
                    failures += run_bench(label, tree, args.script, bench_args) != 0
                label = f"this checkout, round {round_no}"
                failures += run_bench(label, ROOT, args.script, bench_args) != 0
        finally:
            for _commit, tree, kept in trees:
                if not kept:
                    subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run the local panel standalone: `python -m core.local_panel --port 8765 --key demo`."""

from __future__ import annotations

import argparse
import threading
from decimal import Decimal
from pathlib import Path

from core.local_panel import LocalPanel, default_services, generate_services


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted; prints the URL, never the key."""
    parser = argparse.ArgumentParser(prog="python -m core.local_panel", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--path", default="/api/v2")
    parser.add_argument("--key", default="demo", help="the API key the panel accepts")
    parser.add_argument("--services", type=int, default=0, help="catalogue size (0: the small one)")
    parser.add_argument("--balance", type=Decimal, default=Decimal("100.00"))
    parser.add_argument("--currency", default="USD")
    parser.add_argument("--pending", type=float, default=60.0, help="seconds an order is Pending")
    parser.add_argument("--progress", type=float, default=300.0, help="seconds In progress")
    parser.add_argument("--saved-in", type=Path, help="keep the account in this file (as --demo)")
    args = parser.parse_args(argv)
    services = default_services()
    if args.services > len(services):
        services += generate_services(args.services - len(services), start_id=1000)
    panel = LocalPanel(
        key=args.key,
        services=services,
        balance=args.balance,
        currency=args.currency,
        host=args.host,
        port=args.port,
        path=args.path,
        pending_seconds=args.pending,
        progress_seconds=args.progress,
        saved_in=args.saved_in,
    ).start()
    print(f"Local panel: {panel.url} ({len(services)} services, {args.currency})", flush=True)
    print("API key: the value given with --key (not shown). Ctrl+C stops.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        panel.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

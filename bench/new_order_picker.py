"""New order's service picker with 50,000 services: keystroke to repainted list (not a test).

Types the same phrases as bench/services_filter.py (letter by letter, three backspaces, clear)
into the picker's search box and times each keystroke until the list is repainted; then the
same with a category chosen where the picker has one. Prints median, p90 and max, and the
target of issue 18 (p90 <= 16 ms). Works on any commit of the picker (side_by_side.py):

    python bench/side_by_side.py 2c41804 bench/new_order_picker.py -- --services 50000

Run: QT_QPA_PLATFORM=offscreen python bench/new_order_picker.py [--services N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_steps import keystrokes  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.answers import parse_services  # noqa: E402
from core.catalog import ServiceCatalog  # noqa: E402
from core.local_panel import generate_services  # noqa: E402
from ui.new_order.service_picker import ServicePicker  # noqa: E402

TARGET_P90_MS = 16.0


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def type_all(picker: ServicePicker, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        started = time.perf_counter()
        picker.search_edit.setText(text)  # textChanged filters at once: no debounce here
        picker.list.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        QApplication.processEvents()
    return times


def report(label: str, times: list[float]) -> None:
    verdict = "meets" if p90(times) <= TARGET_P90_MS else "misses"
    print(
        f"{label}: {len(times)} keystrokes, median {statistics.median(times):.1f} ms, "
        f"p90 {p90(times):.1f} ms, max {max(times):.1f} ms ({verdict} p90 <= "
        f"{TARGET_P90_MS:.0f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    catalog = ServiceCatalog(parse_services(generate_services(args.services)))
    picker = ServicePicker()
    picker.resize(560, 700)
    picker.show()
    started = time.perf_counter()
    picker.set_catalog(catalog)
    QApplication.processEvents()
    print(f"services: {len(catalog):,}; catalogue shown in the picker in "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
    texts = keystrokes()
    type_all(picker, texts[:5])  # warm-up: first paint, caches
    report("search, all categories", type_all(picker, texts))
    combo = getattr(picker, "category_combo", None)
    if combo is not None and combo.count() > 1:
        combo.setCurrentIndex(1)
        QApplication.processEvents()
        report("search, one category", type_all(picker, texts))
    app.processEvents()


if __name__ == "__main__":
    main()

"""bench/bundle.py's verdict on issue 18's start target: the app's window within 2x the bare
PySide6 window's, on the medians, with each app launch over the bare launch beside it."""

from __future__ import annotations

import importlib.util

from tests.locations import PROJECT_ROOT

spec = importlib.util.spec_from_file_location("bundle_bench", PROJECT_ROOT / "bench" / "bundle.py")
assert spec is not None and spec.loader is not None
bundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle)


def test_the_ratio_of_the_medians_decides_and_each_run_is_shown() -> None:
    app = [0.202, 0.199, 0.223]
    bare = [0.089, 0.087, 0.090]
    assert bundle.ratio_lines(app, bare) == [
        "app / bare window: 2.27x (target <= 2x: missed)",
        "app / bare window per run: 2.27, 2.29, 2.48",
    ]


def test_within_twice_the_bare_window_is_met() -> None:
    verdict, _ = bundle.ratio_lines([0.170, 0.180, 0.175], [0.090, 0.089, 0.091])
    assert verdict == "app / bare window: 1.94x (target <= 2x: met)"

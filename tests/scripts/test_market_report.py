"""scripts/market_report.py prints the figures and the sampled groups a reader judges."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.locations import PROJECT_ROOT, REALDATA

SCRIPT = PROJECT_ROOT / "scripts" / "market_report.py"


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--realdata", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )


def _panel(folder: Path, name: str, services: list[dict]) -> None:
    (folder / f"{name}_services.json").write_text(json.dumps(services), encoding="utf-8")


def _service(sid: int, name: str, rate: str) -> dict:
    return {"service": sid, "name": name, "type": "Default", "rate": rate, "min": 10, "max": 100}


def test_report_on_two_small_panels(tmp_path):
    _panel(
        tmp_path,
        "alpha",
        [
            _service(1, "Instagram Followers [30 Days Refill]", "1.20"),
            _service(2, "Instagram Story Views", "0.10"),
        ],
    )
    _panel(
        tmp_path,
        "beta",
        [
            _service(7, "فالوور اینستاگرام | بدون ریفیل", "0.90"),
            _service(8, "Something unreadable", "5"),
        ],
    )
    result = _run(tmp_path, "--sample", "5")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "2 panels, 4 services" in out
    assert "platform and delivered known for 75.0% (3 of 4)" in out
    assert "groups: 2 (of 3 groupable services); 1 services group with nothing" in out
    assert "groups spanning two or more panels: 1 (2 services)" in out
    assert "instagram | followers | on account | audience unstated | form default" in out
    assert "alpha_services" in out and "refill 30d" in out and "1.20" in out
    assert "beta_services" in out and "no refill" in out
    assert "Story Views" not in out  # a one-panel group is not among the cross-panel samples


def test_report_without_catalogues_says_so(tmp_path):
    result = _run(tmp_path)
    assert result.returncode == 1
    assert "no *services*.json files" in result.stdout


@pytest.mark.skipif(
    not any(REALDATA.glob("*services*.json")), reason=f"real panel answers not found at {REALDATA}"
)
def test_report_on_the_real_catalogues_samples_twenty_groups():
    result = _run(REALDATA)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n== ") == 20
    assert "groups spanning two or more panels:" in result.stdout

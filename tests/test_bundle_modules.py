"""build.spec keeps every Qt module the app imports: a module in its exclusions would be missing
from the bundle, and a tab made on first show (Insights and its QtCharts) would fail there."""

from __future__ import annotations

import ast
import re

from tests.locations import PROJECT_ROOT as ROOT

SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def _spec_set(name: str) -> set[str]:
    found = re.search(rf"^{name} = \{{([^}}]*)\}}", SPEC, re.MULTILINE)
    assert found, f"{name} not found in build.spec"
    return set(re.findall(r'"(\w+)"', found.group(1)))


def _excluded() -> set[str]:
    block = SPEC[SPEC.index("PYSIDE_EXCLUDES = [") : SPEC.index("OTHER_EXCLUDES")]
    words = re.findall(r'"([^"]*)"', block)
    return {word for text in words for word in text.split() if word.startswith("Qt")}


def _qt_modules_imported() -> dict[str, str]:
    """Qt module -> one file importing it, over the app's own code."""
    found: dict[str, str] = {}
    files = [ROOT / "main.py", *(ROOT / "ui").rglob("*.py"), *(ROOT / "core").rglob("*.py")]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.setdefault(parts[1], str(path.relative_to(ROOT)))
    return found


def test_every_qt_module_the_app_imports_is_kept_in_the_bundle() -> None:
    imported = _qt_modules_imported()
    assert "QtCharts" in imported  # the Insights charts
    excluded = _excluded()
    assert "QtNetwork" in excluded  # the exclusions were read
    wrongly = {m: where for m, where in imported.items() if m in excluded}
    assert wrongly == {}, f"imported but excluded from the bundle: {wrongly}"
    missing = {m: where for m, where in imported.items() if m not in _spec_set("QT_MODULES_USED")}
    assert missing == {}, f"imported but not listed in QT_MODULES_USED: {missing}"

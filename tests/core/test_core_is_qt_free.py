"""core/ never imports Qt: every core module imports where importing PySide6 fails."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.locations import PROJECT_ROOT

# Run in a fresh interpreter: this test process has PySide6 loaded already (pytest-qt).
# A meta path finder placed first refuses Qt before any other finder can find it; the
# script then imports every module of the package found on disk, `__main__` ones included
# (they only run under `python -m`).
_IMPORT_ALL_WITHOUT_QT = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys

    BANNED = ("PySide6", "shiboken6")

    class RefuseQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BANNED:
                raise ImportError(f"Qt imported without need: {name}")
            return None

    sys.meta_path.insert(0, RefuseQt())
    package_name = sys.argv[1]
    package = importlib.import_module(package_name)
    names = [package_name] + [
        info.name
        for info in pkgutil.walk_packages(package.__path__, package_name + ".")
    ]
    for name in names:
        importlib.import_module(name)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in BANNED)
    if loaded:
        raise SystemExit(f"Qt modules loaded: {loaded}")
    print(len(names))
    """
)


def _import_all(package: str, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_WITHOUT_QT, package],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _core_modules() -> list[str]:
    core = PROJECT_ROOT / "core"
    return sorted(
        ".".join(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
        for path in core.rglob("*.py")
    )


def test_every_core_module_imports_without_qt() -> None:
    result = _import_all("core", PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    # Every file under core/ was imported (a package missing its __init__ would be skipped).
    modules = _core_modules()
    assert int(result.stdout.strip()) == len(modules), modules


def test_the_check_catches_a_module_that_imports_qt(tmp_path: Path) -> None:
    # The same script over a package with one Qt import deep inside must fail, naming it.
    package = tmp_path / "fakecore"
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text('"""A Qt-free top."""\n')
    (package / "inner" / "__init__.py").write_text("")
    (package / "inner" / "widgetish.py").write_text("from PySide6.QtCore import QObject\n")
    result = _import_all("fakecore", tmp_path)
    assert result.returncode != 0
    assert "Qt imported without need: PySide6" in result.stderr
    assert "fakecore/inner/widgetish.py" in result.stderr

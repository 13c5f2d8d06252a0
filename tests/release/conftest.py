"""Release tests: the generator script as a module, and a fake PyInstaller one-dir build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.locations import PROJECT_ROOT
from tests.release.fake_build import make_fake_dist


@pytest.fixture(scope="session")
def release_files() -> ModuleType:
    """scripts/release_files.py, imported as build.spec and the workflow run it."""
    name = "release_files"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, PROJECT_ROOT / "scripts" / "release_files.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def fake_dist(tmp_path: Path) -> Path:
    return make_fake_dist(tmp_path / "dist")

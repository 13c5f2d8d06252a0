"""Release tests: the generator script as a module, and a fake PyInstaller one-dir build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from core import APP_NAME
from tests.locations import PROJECT_ROOT

#: The fake app writes its argv here (one per line) so a test sees what a menu entry started.
MARKER_ENV = "SMM_DESK_FAKE_APP_MARKER"


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


def make_fake_dist(dist: Path, *, extra: str | None = None) -> Path:
    """dist/SMM Desk/ as PyInstaller lays it out on Linux: the executable (here a shell script
    that records how it was started), _internal/ with a library and a symlink to it."""
    app = dist / APP_NAME
    internal = app / "_internal"
    internal.mkdir(parents=True)
    exe = app / APP_NAME
    exe.write_text(f'#!/bin/sh\nprintf "%s\\n" "$0" "$@" > "${MARKER_ENV}"\n')
    exe.chmod(0o755)
    (internal / "libfake.so.1").write_bytes(b"\x7fELF fake")
    (internal / "libfake.so").symlink_to("libfake.so.1")
    if extra:
        (internal / extra).write_text(extra)
    return dist


@pytest.fixture
def fake_dist(tmp_path: Path) -> Path:
    return make_fake_dist(tmp_path / "dist")

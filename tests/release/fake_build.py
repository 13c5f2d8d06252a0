"""A fake PyInstaller one-dir build for the release tests: what the packaging steps see."""

from __future__ import annotations

from pathlib import Path

from core import APP_NAME

#: The fake app writes its argv here (one per line) so a test sees what a menu entry started.
MARKER_ENV = "SMM_DESK_FAKE_APP_MARKER"


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

"""core.paths' data folder is the one main.py's Qt AppDataLocation gives, so moving from one to
the other keeps every user's database where it is (on this OS, with a non-ASCII home too)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from core import APP_NAME
from core.paths import default_data_dir

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="HOME and XDG_DATA_HOME decide it on Linux only"
)


@pytest.fixture
def named_like_the_app(qapp) -> Iterator[None]:
    """The names main.py gives the application (Qt's folder is built from them)."""
    before = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])


def _qt_data_dir() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


@pytest.mark.parametrize("xdg_data_home", [None, "data-home-مهدی"])
def test_same_folder_as_qt(named_like_the_app, monkeypatch, tmp_path, xdg_data_home) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "مهدی"))
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / xdg_data_home))
    assert default_data_dir() == _qt_data_dir()
    assert "مهدی" in str(default_data_dir())

"""Packaging: the self-test mode, the start-up probe, redacting logs, bundled resources, icons."""

from __future__ import annotations

import logging
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QMainWindow

import core.paths
from core import logs
from core.logs import register_secret, setup_logging
from core.paths import resource_path
from tests.locations import PROJECT_ROOT as ROOT
from ui.common.icons import ICON_NAMES, app_icon, icon
from ui.shell import help_menu
from ui.shell.self_test import (
    CATALOGUE_SHOWN_MARKER,
    PASSED_LINE,
    PROBE_ENV,
    WINDOW_SHOWN_MARKER,
    run_self_test,
)

FAKE_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90"


def _child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMM_DESK_LOG_DIR=str(tmp_path / "logs"))
    env.pop(PROBE_ENV, None)
    env.update(extra)
    return env


# --- self-test -----------------------------------------------------------------------------


def test_self_test_subprocess_reports_and_exits_zero(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        env=_child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # what .ci/package demands of the frozen app
    out = done.stdout
    for prefix in ("qt: 6.", "ca bundle: ", "keyring: ", "icons: ", "main window: MainWindow"):
        assert prefix in out, out
    assert PASSED_LINE in out
    ca_line = next(line for line in out.splitlines() if line.startswith("ca bundle: "))
    assert Path(ca_line.removeprefix("ca bundle: ")).is_file()


def test_self_test_in_process(qapp, capsys, memory_keyring) -> None:
    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "keyring: " in out and "MemoryKeyring" in out
    assert PASSED_LINE in out


def test_self_test_fails_loudly_when_a_resource_is_missing(
    qapp, capsys, monkeypatch, tmp_path
) -> None:
    # A bundle without its resources must not pass.
    monkeypatch.setattr(core.paths, "bundle_root", lambda: tmp_path)
    import ui.common.icons

    ui.common.icons._svg_text.cache_clear()
    try:
        assert run_self_test() == 1
    finally:
        ui.common.icons._svg_text.cache_clear()
    err = capsys.readouterr().err
    assert "self-test FAILED" in err and "bundled resource missing" in err


def test_self_test_with_no_stdout_or_stderr(tmp_path: Path) -> None:
    # A windowed Windows build has sys.stdout/sys.stderr = None: nothing may write to them.
    code = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import main\n"
        "code = main.main(['--self-test'])\n"
        "import logging; logging.getLogger('x').error('no console here')\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=_child_env(tmp_path), capture_output=True, timeout=120
    )
    assert done.returncode == 0
    assert done.stdout == b"" and done.stderr == b""


def test_startup_probe_prints_window_marker_and_quits(tmp_path: Path) -> None:
    env = _child_env(tmp_path, **{PROBE_ENV: "window"})
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    shown = [float(parts[1]) for parts in lines if parts and parts[0] == WINDOW_SHOWN_MARKER]
    assert len(shown) == 1 and shown[0] > 1e9
    assert not any(parts and parts[0] == CATALOGUE_SHOWN_MARKER for parts in lines)
    assert (tmp_path / "logs" / logs.LOG_FILE_NAME).is_file()  # main.py set the log file up


# --- logs ----------------------------------------------------------------------------------


def test_log_file_redacts_registered_key_and_key_fields(tmp_path, root_logger_restored) -> None:
    path = setup_logging(tmp_path / "logs", console=False)
    register_secret(FAKE_KEY)
    log = logging.getLogger("smm.test")
    log.info("posting key=%s&action=balance", FAKE_KEY)
    log.warning("body %s", {"key": FAKE_KEY, "action": "add"})
    log.warning('json {"api_key": "unregistered-value-123"} and key=other-unregistered-999')
    log.info("plain mention of %s in text", FAKE_KEY)
    try:
        raise RuntimeError(f"panel refused {FAKE_KEY}")
    except RuntimeError:
        log.exception("request failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert FAKE_KEY not in text
    assert "unregistered-value-123" not in text and "other-unregistered-999" not in text
    assert "key=***&action=balance" in text
    assert "panel refused ***" in text and "Traceback" in text
    assert "plain mention of *** in text" in text


def test_short_strings_are_not_registered_as_secrets() -> None:
    register_secret("ab")
    try:
        assert logs.redact("ab cd") == "ab cd"
    finally:
        logs.forget_secret("ab")


def test_log_rotates(tmp_path, root_logger_restored, monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = setup_logging(tmp_path, console=False)
    for i in range(200):
        logging.getLogger("smm.test").info("line %d %s", i, "x" * 40)
    assert path.stat().st_size <= 2_000
    assert (tmp_path / f"{logs.LOG_FILE_NAME}.1").is_file()
    assert not (tmp_path / f"{logs.LOG_FILE_NAME}.{logs.BACKUP_COUNT + 1}").exists()


def test_no_console_handler_without_stderr(tmp_path, root_logger_restored, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    setup_logging(tmp_path, console=None)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_smm_desk", False)]
    assert [type(h).__name__ for h in ours] == ["RotatingFileHandler"]
    assert logging.raiseExceptions is False


def test_setup_logging_twice_does_not_duplicate(tmp_path, root_logger_restored) -> None:
    setup_logging(tmp_path, console=True)
    setup_logging(tmp_path, console=True)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_smm_desk", False)]
    assert len(ours) == 2  # one file, one console


# --- resources and icons -------------------------------------------------------------------


def test_resources_found_from_any_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ICON_NAMES + ("app",):
        assert resource_path("icons", f"{name}.svg").is_file()
    for name in ("app-icon.png", "app-icon.ico", "app-icon.icns"):
        assert resource_path(name).stat().st_size > 1000
    with pytest.raises(FileNotFoundError, match="nope.svg"):
        resource_path("icons", "nope.svg")


def test_frozen_bundle_root_is_meipass(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert core.paths.resources_dir() == tmp_path / "resources"


def test_ico_and_icns_containers_are_well_formed() -> None:
    ico = resource_path("app-icon.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 5
    sides = set()
    for i in range(count):
        w, _h, _c, _r, _p, _b, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(ico)
        sides.add(w or 256)
    assert {16, 32, 48, 256} <= sides
    icns = resource_path("app-icon.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    pos, kinds = 8, set()
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack_from(">I", icns, pos + 4)[0]
        assert icns[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        pos += length
    assert pos == len(icns) and {b"icp4", b"ic07", b"ic10"} <= kinds


def _ink(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    image = qicon.pixmap(QSize(32, 32), mode).toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


def _near(colour: QColor, wanted: str) -> bool:
    # Antialiased edges of premultiplied pixels shift a channel by a few units.
    target = QColor(wanted)
    return all(
        abs(a - b) <= 8 for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True)
    )


@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_renders(qapp, name: str) -> None:
    qicon = icon(name)
    assert not qicon.isNull()
    assert len(_ink(qicon)) > 30  # visible strokes, not an empty square


def test_icons_follow_the_palette_light_and_dark(qapp) -> None:
    original = QGuiApplication.palette()
    try:
        for text_colour in ("#101010", "#f0f0f0"):  # a light theme, then a dark one
            palette = QPalette(original)
            palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText,
                             QColor(text_colour))  # fmt: skip
            palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText,
                             QColor("#808080"))  # fmt: skip
            QGuiApplication.setPalette(palette)
            ink = _ink(icon("refresh"))
            assert ink and all(_near(c, text_colour) for c in ink)
            disabled = _ink(icon("refresh"), QIcon.Mode.Disabled)
            assert disabled and all(_near(c, "#808080") for c in disabled)
    finally:
        QGuiApplication.setPalette(original)


def test_fixed_colour_and_missing_icon(qapp) -> None:
    ink = _ink(icon("favourite", QColor("#e0a000")))
    assert ink and all(_near(c, "#e0a000") for c in ink)
    with pytest.raises(FileNotFoundError):
        icon("no-such-icon")


def test_app_icon_loads(qapp) -> None:
    assert not app_icon().pixmap(QSize(256, 256)).isNull()


# --- Help menu -----------------------------------------------------------------------------


def test_help_menu_opens_the_log_folder(qtbot, tmp_path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        help_menu.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    log_dir = tmp_path / "not-yet" / "logs"
    menu = help_menu.add_help_menu(window, log_dir)
    assert help_menu.help_menu(window) is menu  # found again, not a second Help menu
    action = next(a for a in menu.actions() if a.objectName() == "openLogFolderAction")
    action.trigger()
    assert [u.toLocalFile() for u in opened] == [str(log_dir)]
    assert log_dir.is_dir()

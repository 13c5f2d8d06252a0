"""The Linux download: a .tar.gz whose install.sh --user puts the app, its menu entry and icon
in a user's XDG folders (a temporary HOME here), with an Exec that starts the installed app,
and whose --uninstall takes them away again but keeps the user's data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from core import APP_ID, APP_NAME, __version__
from tests.release.fake_build import MARKER_ENV, make_fake_dist

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="install.sh is for Linux desktops"
)

#: A home that quoting gets wrong: Persian, a space, and ", $, `, \ and % (all legal in a path).
AWKWARD_USER = 'مهدی "q" $HOME `x` \\ 100%'


def _desktop_file_validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        print(
            f"desktop-file-validate is not installed (Debian: desktop-file-utils): {path} was"
            " not validated"
        )
        return
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def _read_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group's keys, string escapes undone (\\s \\n \\t \\r \\\\)."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    entry: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        key, _, raw = line.partition("=")
        value, i = [], 0
        while i < len(raw):
            if raw[i] == "\\" and i + 1 < len(raw) and raw[i + 1] in escapes:
                value.append(escapes[raw[i + 1]])
                i += 2
            else:
                value.append(raw[i])
                i += 1
        entry[key] = "".join(value)
    return entry


def _exec_argv(exec_value: str) -> list[str]:
    """An Exec value split as the Desktop Entry spec says: "..." quoting with \\ escaping ",
    `, $ and \\ inside; %% is a literal %."""
    argv, current, quoted, i, started = [], [], False, 0, False
    while i < len(exec_value):
        char = exec_value[i]
        if quoted:
            if char == "\\" and i + 1 < len(exec_value) and exec_value[i + 1] in '"`$\\':
                current.append(exec_value[i + 1])
                i += 1
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"':
            quoted = started = True
        elif char == " ":
            if started:
                argv.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
            started = True
        i += 1
    assert not quoted, f"unbalanced quotes in Exec={exec_value}"
    if started:
        argv.append("".join(current))
    return [arg.replace("%%", "%") for arg in argv]


def _unpack(release_files, dist: Path, where: Path) -> Path:
    values = release_files.ReleaseValues.current()
    archive = release_files.build_linux(dist, where / "out", values)
    assert archive.name == f"SMM-Desk-{__version__}-linux-{release_files.arch_name()}.tar.gz"
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        top = names[0].split("/")[0]
        assert all(name.split("/")[0] == top for name in names)  # one folder, nothing loose
    unpacked = where / "unpacked"
    unpacked.mkdir()
    # Unpacked the way a user does it, by tar itself.
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(unpacked)], check=True, timeout=60)
    return unpacked / top


def _run_install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(
        ["bash", str(folder / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home" / AWKWARD_USER
    path.mkdir(parents=True)
    return path


def test_tarball_holds_the_app_menu_entry_icons_and_installer(release_files, fake_dist, tmp_path):
    folder = _unpack(release_files, fake_dist, tmp_path)
    assert os.access(folder / "install.sh", os.X_OK)
    assert os.access(folder / APP_NAME / APP_NAME, os.X_OK)
    assert (folder / APP_NAME / "_internal" / "libfake.so").is_symlink()  # kept as a link
    assert (folder / f"{APP_ID}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (folder / f"{APP_ID}.svg").read_bytes()
    _desktop_file_validate(folder / f"{APP_ID}.desktop")


def test_install_user_puts_menu_entry_and_icon_in_xdg_folders(
    release_files, fake_dist, tmp_path, home
):
    folder = _unpack(release_files, fake_dist, tmp_path)
    done = _run_install(folder, home, "--user")
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    installed = share / APP_ID
    entry_path = share / "applications" / f"{APP_ID}.desktop"
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    _desktop_file_validate(entry_path)
    entry = _read_entry(entry_path)
    assert entry["Name"] == APP_NAME and entry["Icon"] == APP_ID and entry["Type"] == "Application"
    exe = installed / APP_NAME / APP_NAME
    assert entry["TryExec"] == str(exe)
    argv = _exec_argv(entry["Exec"])
    assert argv == [str(exe)]
    # The menu entry starts the installed copy, not the download folder's.
    shutil.rmtree(folder)
    marker = tmp_path / "started"
    subprocess.run(argv, env=dict(os.environ, **{MARKER_ENV: str(marker)}), check=True, timeout=60)
    assert marker.read_text(encoding="utf-8").splitlines() == [str(exe)]
    assert str(installed) in done.stdout and "--uninstall" in done.stdout


def test_install_honours_xdg_data_home(release_files, fake_dist, tmp_path, home):
    folder = _unpack(release_files, fake_dist, tmp_path)
    data_home = tmp_path / "xdg data"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(data_home))
    done = subprocess.run(
        ["bash", str(folder / "install.sh"), "--user"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()
    assert (data_home / APP_ID / APP_NAME / APP_NAME).is_file()
    assert not (home / ".local").exists()


def test_reinstall_replaces_the_old_copy_and_uninstall_keeps_user_data(
    release_files, tmp_path, home
):
    old = _unpack(
        release_files, make_fake_dist(tmp_path / "old", extra="only-in-old.so"), tmp_path / "a"
    )
    assert _run_install(old, home, "--user").returncode == 0
    share = home / ".local" / "share"
    installed = share / APP_ID
    assert (installed / APP_NAME / "_internal" / "only-in-old.so").is_file()
    new = _unpack(release_files, make_fake_dist(tmp_path / "new"), tmp_path / "b")
    assert _run_install(new, home, "--user").returncode == 0
    assert not (installed / APP_NAME / "_internal" / "only-in-old.so").exists()  # no stale file

    user_data = share / APP_NAME / "smm-desk.sqlite3"  # the app's database lives beside it
    user_data.parent.mkdir()
    user_data.write_text("orders")
    done = _run_install(installed, home, "--uninstall")  # the installed copy's own script
    assert done.returncode == 0, done.stderr
    assert not installed.exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert user_data.read_text() == "orders"
    assert "kept" in done.stdout


def test_install_never_replaces_a_folder_that_is_not_an_install(
    release_files, fake_dist, tmp_path, home
):
    folder = _unpack(release_files, fake_dist, tmp_path)
    foreign = home / ".local" / "share" / APP_ID
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    for action in ("--user", "--uninstall"):
        done = _run_install(folder, home, action)
        assert done.returncode == 1 and "not an install" in done.stderr
        assert (foreign / "notes.txt").read_text() == "mine"


def test_install_without_a_mode_prints_usage(release_files, fake_dist, tmp_path, home):
    folder = _unpack(release_files, fake_dist, tmp_path)
    done = _run_install(folder, home)
    assert done.returncode == 2 and "--user" in done.stdout
    assert not (home / ".local").exists()

"""The installer script's values, the macOS Info.plist and the menu entry all come from
core/__init__.py through scripts/release_files.py, and carry the current version and app id."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core import APP_ID, APP_NAME, __version__
from tests.locations import PROJECT_ROOT

ISS = PROJECT_ROOT / "packaging" / "windows" / "smm-desk.iss"
GENERATOR = PROJECT_ROOT / "scripts" / "release_files.py"


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, flags=re.M))


def test_write_puts_the_version_and_app_id_in_every_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "write", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    defines = _defines((tmp_path / "windows" / "values.iss").read_text(encoding="utf-8"))
    assert defines["AppVersion"] == __version__
    assert defines["AppId"] == APP_ID
    assert defines["AppName"] == APP_NAME
    assert defines["AppExeName"] == f"{APP_NAME}.exe"
    assert defines["OutputBaseName"] == f"SMM-Desk-{__version__}-windows-x64-setup"
    with (tmp_path / "macos" / "Info.plist").open("rb") as file:
        plist = plistlib.load(file)
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert plist["CFBundleIdentifier"] == "app.smmdesk.desktop"
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == APP_NAME
    assert plist["CFBundleIconFile"] == "app-icon.icns"
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    entry = (tmp_path / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"\nName={APP_NAME}\n" in entry and f"\nIcon={APP_ID}\n" in entry


def test_every_value_the_iss_script_uses_is_written(release_files, tmp_path: Path) -> None:
    # An ISPP name the generator does not define fails only on the Windows runner: catch it here.
    values = release_files.ReleaseValues.current()
    defines = _defines(release_files.iss_values(values, tmp_path / "app", tmp_path, "x64"))
    script = ISS.read_text(encoding="utf-8")
    used = set(re.findall(r"\{#(?:StringChange\()?(\w+)", script))
    used |= set(re.findall(r"^#ifndef (\w+)", script, flags=re.M))
    assert used and used <= set(defines), used - set(defines)
    assert Path(defines["SourceDir"]).is_absolute() and Path(defines["IconFile"]).is_file()
    # Per user, no admin: the settings the issue asks for are in the script.
    for setting in ("PrivilegesRequired=lowest", "DefaultDirName={autopf}", "{autoprograms}"):
        assert setting in script
    assert "Uninstallable=no" not in script


def test_a_value_an_iss_string_cannot_hold_is_refused(release_files, tmp_path: Path) -> None:
    values = release_files.ReleaseValues(name='SMM "Desk"', app_id=APP_ID, version=__version__)
    with pytest.raises(ValueError, match="AppName"):
        release_files.iss_values(values, tmp_path, tmp_path, "x64")


@pytest.mark.parametrize(
    ("version", "numeric"),
    [("0.1.0", "0.1.0.0"), ("2.10", "2.10.0.0"), ("1.2.3.4", "1.2.3.4"), ("1.2.0rc1", "1.2.0.1")],
)
def test_windows_numeric_version(release_files, version: str, numeric: str) -> None:
    values = release_files.ReleaseValues(name=APP_NAME, app_id=APP_ID, version=version)
    assert values.numeric_version == numeric


def test_artefact_names_and_architectures(release_files) -> None:
    values = release_files.ReleaseValues.current()
    assert (
        values.artefact("linux", "x86_64", ".tar.gz")
        == f"SMM-Desk-{__version__}-linux-x86_64.tar.gz"
    )
    assert release_files.arch_name("Windows", "AMD64") == "x64"
    assert release_files.arch_name("Linux", "x86_64") == "x86_64"
    assert release_files.arch_name("Linux", "aarch64") == "arm64"
    assert release_files.arch_name("Darwin", "arm64") == "arm64"


def test_check_tag() -> None:
    def check(tag: str) -> int:
        return subprocess.run(
            [sys.executable, str(GENERATOR), "check-tag", tag], capture_output=True, timeout=60
        ).returncode

    assert check(f"v{__version__}") == 0
    assert check("v999.0.0") == 1
    assert check(__version__) == 1  # the v is part of the convention the workflow triggers on


def test_macos_minimum_is_the_newest_any_part_needs(release_files) -> None:
    tags = ["macosx-11.0-arm64", "cp39-abi3-macosx_13_0_universal2", "cp39-abi3-macosx_12_0_x86_64"]
    assert release_files.macos_minimum_from_tags(tags) == "13.0"
    assert release_files.macos_minimum_from_tags(["manylinux_2_28_x86_64"]) is None


def _fake_app(root: Path, plist: dict) -> Path:
    app = root / f"{APP_NAME}.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Resources").mkdir()
    (app / "Contents" / "MacOS" / APP_NAME).write_bytes(b"\xcf\xfa\xed\xfe")
    (app / "Contents" / "Resources" / "app-icon.icns").write_bytes(b"icns")
    with (app / "Contents" / "Info.plist").open("wb") as file:
        plistlib.dump(plist, file)
    return app


def test_check_app_accepts_the_generated_plist_and_names_what_differs(
    release_files, tmp_path: Path
) -> None:
    values = release_files.ReleaseValues.current()
    good = release_files.info_plist(values, minimum="13.0")
    assert release_files.check_app(_fake_app(tmp_path / "good", good), values) == []
    stale = dict(good, CFBundleShortVersionString="0.0.1")
    del stale["NSHighResolutionCapable"]
    app = _fake_app(tmp_path / "stale", stale)
    (app / "Contents" / "Resources" / "app-icon.icns").unlink()
    problems = release_files.check_app(app, values)
    assert any(p.startswith("CFBundleShortVersionString: '0.0.1'") for p in problems)
    assert any(p.startswith("NSHighResolutionCapable: None") for p in problems)
    assert any("app-icon.icns" in p for p in problems)


def test_build_spec_takes_the_plist_and_bundle_id_from_the_generator() -> None:
    spec = (PROJECT_ROOT / "build.spec").read_text(encoding="utf-8")
    assert "release_files.info_plist(" in spec
    assert "bundle_identifier=release.bundle_id" in spec
    assert "app.smmdesk" not in spec  # no second copy of the bundle id


def test_windows_zip_holds_the_one_dir_app(release_files, tmp_path: Path) -> None:
    app = tmp_path / "dist" / APP_NAME
    (app / "_internal").mkdir(parents=True)
    (app / f"{APP_NAME}.exe").write_bytes(b"MZ")
    (app / "_internal" / "python311.dll").write_bytes(b"MZ dll")
    values = release_files.ReleaseValues.current()
    made = release_files.build_windows(tmp_path / "dist", tmp_path / "out", values, iscc=None)
    arch = release_files.arch_name("windows")  # x64 on the usual machine
    assert [p.name for p in made] == [f"SMM-Desk-{__version__}-windows-{arch}.zip"]
    with zipfile.ZipFile(made[0]) as zipped:
        assert zipped.testzip() is None
        assert set(zipped.namelist()) >= {
            f"{APP_NAME}/{APP_NAME}.exe",
            f"{APP_NAME}/_internal/python311.dll",
        }
        assert zipped.read(f"{APP_NAME}/_internal/python311.dll") == b"MZ dll"


def test_packaging_without_a_build_says_what_to_run(release_files, tmp_path: Path) -> None:
    values = release_files.ReleaseValues.current()
    with pytest.raises(FileNotFoundError, match="pyinstaller build.spec"):
        release_files.build_windows(tmp_path, tmp_path / "out", values, iscc=None)
    with pytest.raises(FileNotFoundError, match="pyinstaller build.spec"):
        release_files.build_linux(tmp_path, tmp_path / "out", values)

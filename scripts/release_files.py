"""Release files from one place: core/__init__.py's version, app id and name become the Inno
Setup values, the macOS Info.plist, the Linux menu entry and the artefact names; and the steps
that turn a PyInstaller one-dir build into what people download (stdlib only, no Qt).

    python scripts/release_files.py write OUT              values.iss, Info.plist, .desktop
    python scripts/release_files.py check-tag v0.1.0       fails unless the tag is v<version>
    python scripts/release_files.py linux DIST OUT         OUT/SMM-Desk-<v>-linux-<arch>.tar.gz
    python scripts/release_files.py windows DIST OUT [--iscc PATH]   .zip and the installer
    python scripts/release_files.py macos DIST OUT         OUT/SMM-Desk-<v>-macos-<arch>.dmg
    python scripts/release_files.py check-app "dist/SMM Desk.app"    its Info.plist and icon

DIST is PyInstaller's dist/ folder. build.spec takes the Info.plist from `info_plist()` here.
"""

from __future__ import annotations

import argparse
import platform
import plistlib
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core import APP_ID, APP_NAME, __version__  # noqa: E402  (core/__init__.py only: tiny)

PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
ISS_SCRIPT = PACKAGING / "windows" / "smm-desk.iss"
INSTALL_SCRIPT = PACKAGING / "linux" / "install.sh"
#: The macOS bundle id: fixed for good (the Keychain and macOS's permissions remember it).
BUNDLE_ID = "app.smmdesk.desktop"
ICNS_NAME = "app-icon.icns"
#: Written where the Qt wheels are not macOS ones (tests, a dry run on Linux); a macOS build
#: reads the real minimum from its wheels.
FALLBACK_MACOS_MINIMUM = "12.0"
#: The menu entry's words, in English and Persian (the app's two languages).
COMMENT = "Browse an SMM panel's services, place orders and track them"
COMMENT_FA = "خدمات پنل SMM را ببینید، سفارش ثبت کنید و پیگیری کنید"


@dataclass(frozen=True)
class ReleaseValues:
    """Every value a release file carries, read from core/__init__.py."""

    name: str
    app_id: str
    version: str
    bundle_id: str = BUNDLE_ID

    @classmethod
    def current(cls) -> ReleaseValues:
        """The values of this checkout."""
        return cls(name=APP_NAME, app_id=APP_ID, version=__version__)

    @property
    def slug(self) -> str:
        """The name as it starts every artefact's file name ("SMM-Desk")."""
        return self.name.replace(" ", "-")

    @property
    def numeric_version(self) -> str:
        """Four numbers, as Windows' file version wants them ("0.1.0" -> "0.1.0.0")."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:4]]
        return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))

    def artefact(self, system: str, arch: str, kind: str) -> str:
        """A download's file name: SMM-Desk-0.1.0-windows-x64.zip, ...-setup.exe, .dmg, .tar.gz."""
        return f"{self.slug}-{self.version}-{system}-{arch}{kind}"


def arch_name(system: str | None = None, machine: str | None = None) -> str:
    """This machine's architecture as people read it in a download's name."""
    system = (system or platform.system()).lower()
    machine = (machine or platform.machine()).lower()
    if system == "windows":
        return {"amd64": "x64", "x86_64": "x64", "arm64": "arm64"}.get(machine, machine)
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


# --- macOS ---------------------------------------------------------------------------------


def macos_minimum_from_tags(tags: list[str]) -> str | None:
    """The highest macOS version named by wheel tags or platform names (macosx_13_0_..., or
    macosx-11.0-arm64): the oldest macOS every part of the build runs on."""
    found = []
    for tag in tags:
        match = re.search(r"macosx[_-](\d+)[_.](\d+)", tag)
        if match:
            found.append((int(match.group(1)), int(match.group(2))))
    return "{}.{}".format(*max(found)) if found else None


def macos_minimum() -> str:
    """The oldest macOS this build runs on: the newest of what Python and the Qt wheels need."""
    from importlib import metadata

    if sys.platform != "darwin":  # the values are only looked at here (tests, a dry run)
        return FALLBACK_MACOS_MINIMUM
    tags = [sysconfig.get_platform()]
    for dist in ("PySide6_Essentials", "shiboken6"):
        try:
            wheel = metadata.distribution(dist).read_text("WHEEL") or ""
        except metadata.PackageNotFoundError:
            continue
        tags += [
            line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")
        ]
    return macos_minimum_from_tags(tags) or FALLBACK_MACOS_MINIMUM


def info_plist(values: ReleaseValues, minimum: str | None = None) -> dict[str, object]:
    """The .app's Info.plist (build.spec hands it to PyInstaller's BUNDLE, which adds
    CFBundleExecutable from the build's name)."""
    return {
        "CFBundleName": values.name,
        "CFBundleDisplayName": values.name,
        "CFBundleIdentifier": values.bundle_id,
        "CFBundleShortVersionString": values.version,
        "CFBundleVersion": values.version,
        "CFBundleIconFile": ICNS_NAME,
        "CFBundlePackageType": "APPL",
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": minimum or macos_minimum(),
        "LSApplicationCategoryType": "public.app-category.business",
    }


def check_app(app: Path, values: ReleaseValues) -> list[str]:
    """What is wrong with a built .app's Info.plist and icon (empty when nothing is)."""
    plist_path = app / "Contents" / "Info.plist"
    if not plist_path.is_file():
        return [f"no Info.plist in {app}"]
    with plist_path.open("rb") as file:
        found = plistlib.load(file)
    wanted = info_plist(values, minimum=found.get("LSMinimumSystemVersion") or "?")
    problems = [
        f"{key}: {found.get(key)!r}, expected {value!r}"
        for key, value in wanted.items()
        if found.get(key) != value
    ]
    if not (app / "Contents" / "Resources" / ICNS_NAME).is_file():
        problems.append(f"the icon {ICNS_NAME} is not in Contents/Resources")
    if not (app / "Contents" / "MacOS" / values.name).is_file():
        problems.append(f"the executable Contents/MacOS/{values.name} is missing")
    return problems


def build_dmg(dist: Path, out: Path, values: ReleaseValues) -> Path:
    """The .app and a link to /Applications in a compressed disk image (hdiutil: macOS only)."""
    app = dist / f"{values.name}.app"
    staging = out / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    # symlinks=True: the frameworks inside an .app are symlinked; copies would break signing.
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = out / values.artefact("macos", arch_name(), ".dmg")
    subprocess.run(  # noqa: S603 - macOS's own disk image tool on our own files
        ["/usr/bin/hdiutil", "create", "-volname", values.name, "-srcfolder", str(staging),
         "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg)],
        check=True,
    )  # fmt: skip
    shutil.rmtree(staging)
    return dmg


# --- Windows -------------------------------------------------------------------------------


def iss_values(values: ReleaseValues, source_dir: Path, output_dir: Path, arch: str) -> str:
    """The #define lines smm-desk.iss reads (iscc /J<file>), paths made absolute."""
    defines = {
        "AppName": values.name,
        "AppId": values.app_id,
        "AppVersion": values.version,
        "AppNumericVersion": values.numeric_version,
        "AppPublisher": values.name,
        "AppExeName": f"{values.name}.exe",
        "SourceDir": str(source_dir.resolve()),
        "OutputDir": str(output_dir.resolve()),
        "OutputBaseName": values.artefact("windows", arch, "-setup"),
        "IconFile": str((RESOURCES / "app-icon.ico").resolve()),
    }
    lines = ["; Written by scripts/release_files.py from core/__init__.py: edit that, not this."]
    for name, value in defines.items():
        if '"' in value or "\n" in value:  # an ISPP string cannot hold them
            raise ValueError(f"{name} cannot go into an Inno Setup string: {value!r}")
        lines.append(f'#define {name} "{value}"')
    return "\n".join(lines) + "\n"


def zip_folder(folder: Path, archive: Path) -> Path:
    """`folder` and everything under it in a .zip, the folder itself at the top."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
        for path in sorted(folder.rglob("*")):
            zipped.write(path, Path(folder.name) / path.relative_to(folder))
    return archive


def build_windows(dist: Path, out: Path, values: ReleaseValues, iscc: str | None) -> list[Path]:
    """The one-dir app zipped, and the Inno Setup installer when `iscc` is given."""
    app_dir = dist / values.name
    if not (app_dir / f"{values.name}.exe").is_file():
        raise FileNotFoundError(f"no {values.name}.exe in {app_dir}: run pyinstaller build.spec")
    arch = arch_name("windows")
    made = [zip_folder(app_dir, out / values.artefact("windows", arch, ".zip"))]
    if iscc:
        defines = out / "values.iss"
        defines.write_text(iss_values(values, app_dir, out, arch), encoding="utf-8")
        command = [iscc, "/Q", f"/J{defines.resolve()}", str(ISS_SCRIPT)]
        subprocess.run(command, check=True)  # noqa: S603 - the compiler the caller named
        made.append(out / (values.artefact("windows", arch, "-setup") + ".exe"))
    return made


# --- Linux ---------------------------------------------------------------------------------


def desktop_entry(values: ReleaseValues) -> str:
    """The menu entry (Desktop Entry spec 1.4, the newest desktop-file-utils 0.26 knows).
    install.sh puts the installed app's absolute path in Exec and TryExec."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        f"Name={values.name}\n"
        f"Comment={COMMENT}\n"
        f"Comment[fa]={COMMENT_FA}\n"
        f'Exec="{values.name}"\n'
        f"Icon={values.app_id}\n"
        "Terminal=false\n"
        "Categories=Office;Finance;\n"
        "Keywords=SMM;panel;orders;services;\n"
        f"StartupWMClass={values.name}\n"
    )


def build_linux(dist: Path, out: Path, values: ReleaseValues) -> Path:
    """A .tar.gz of the one-dir app with its menu entry, icons and install.sh, in one folder."""
    app_dir = dist / values.name
    if not (app_dir / values.name).is_file():
        raise FileNotFoundError(f"no {values.name} in {app_dir}: run pyinstaller build.spec")
    name = values.artefact("linux", arch_name(), "")
    archive = out / f"{name}.tar.gz"
    out.mkdir(parents=True, exist_ok=True)
    extras = {
        f"{values.app_id}.desktop": desktop_entry(values).encode(),
        f"{values.app_id}.png": (RESOURCES / "app-icon.png").read_bytes(),
        f"{values.app_id}.svg": (RESOURCES / "icons" / "app.svg").read_bytes(),
    }
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(app_dir, arcname=f"{name}/{values.name}", filter=_anonymous)  # symlinks stay
        tar.add(INSTALL_SCRIPT, arcname=f"{name}/install.sh", filter=_executable)
        for file_name, data in extras.items():
            staged = out / file_name
            staged.write_bytes(data)
            tar.add(staged, arcname=f"{name}/{file_name}", filter=_anonymous)
            staged.unlink()
    return archive


def _anonymous(member: tarfile.TarInfo) -> tarfile.TarInfo:
    # The build machine's user and group mean nothing where the archive is unpacked.
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    return member


def _executable(member: tarfile.TarInfo) -> tarfile.TarInfo:
    member.mode = 0o755  # whatever the checkout's file mode was
    return _anonymous(member)


# --- all -----------------------------------------------------------------------------------


def write_all(out: Path, values: ReleaseValues) -> list[Path]:
    """Every generated file into `out` (to read, validate or test them)."""
    windows, macos, linux = out / "windows", out / "macos", out / "linux"
    for folder in (windows, macos, linux):
        folder.mkdir(parents=True, exist_ok=True)
    iss = windows / "values.iss"
    iss.write_text(
        iss_values(
            values, ROOT / "dist" / values.name, ROOT / "dist", arch_name("windows", "amd64")
        ),
        encoding="utf-8",
    )
    plist = macos / "Info.plist"
    with plist.open("wb") as file:
        plistlib.dump(info_plist(values), file)
    desktop = linux / f"{values.app_id}.desktop"
    desktop.write_text(desktop_entry(values), encoding="utf-8")
    return [iss, plist, desktop]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("write").add_argument("out", type=Path)
    commands.add_parser("check-tag").add_argument("tag")
    commands.add_parser("check-app").add_argument("app", type=Path)
    for system in ("linux", "windows", "macos"):
        command = commands.add_parser(system)
        command.add_argument("dist", type=Path)
        command.add_argument("out", type=Path)
        if system == "windows":
            command.add_argument("--iscc", help="Inno Setup's compiler; without it, the zip only")
    args = parser.parse_args(argv)
    values = ReleaseValues.current()
    if args.command == "check-tag":
        if args.tag != f"v{values.version}":
            print(f"tag {args.tag} is not v{values.version} (core/__init__.py)", file=sys.stderr)
            return 1
        return 0
    if args.command == "check-app":
        problems = check_app(args.app, values)
        for problem in problems:
            print(f"{args.app}: {problem}", file=sys.stderr)
        return 1 if problems else 0
    if args.command == "write":
        made = write_all(args.out, values)
    elif args.command == "linux":
        made = [build_linux(args.dist, args.out, values)]
    elif args.command == "windows":
        made = build_windows(args.dist, args.out, values, args.iscc)
    else:
        made = [build_dmg(args.dist, args.out, values)]
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

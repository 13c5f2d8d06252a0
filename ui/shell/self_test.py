"""`main.py --self-test`: prove a (frozen) build starts, finds its parts, and say what it found.

Builds the real main window offscreen on a throwaway data folder, checks the bundled icons and
the CA bundle, logs through the redacting log file, sends an error through the crash hook,
prints the keyring backend, CA bundle, Qt and app versions, and returns 0 (1 with the reason on
stderr when something is missing).

With SMM_DESK_SELF_TEST_REPORT set to a file, the report is written there too: a windowed
Windows build has no stdout for the release workflow to read. The keyring line names the
backend found and the one this OS should give (Credential Manager, Keychain, Secret Service or
KWallet); with SMM_DESK_SELF_TEST_EXPECT_KEYRING set, finding another one fails the test.

Also the start-up probe the bundle bench uses: with SMM_DESK_STARTUP_PROBE set, the app prints
`SMM-DESK-WINDOW-SHOWN <unix time>` at the main window's first paint and quits (value
`window`), or waits for the cached catalogue to be shown first (value `catalogue`).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

PROBE_ENV = "SMM_DESK_STARTUP_PROBE"
#: Run a set/get/delete round trip in the keyring under a separate service name (CI only).
KEYRING_ROUND_TRIP_ENV = "SMM_DESK_SELF_TEST_KEYRING"
#: Fail unless the keyring backend found is the one this OS should give (release builds).
EXPECT_KEYRING_ENV = "SMM_DESK_SELF_TEST_EXPECT_KEYRING"
#: A file the report is also written to (a windowed build has no stdout to read).
REPORT_FILE_ENV = "SMM_DESK_SELF_TEST_REPORT"
#: Per OS: what people call its keyring, and the keyring backends (module.Class) that are it.
EXPECTED_KEYRINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "win32": ("Windows Credential Manager", ("keyring.backends.Windows.WinVaultKeyring",)),
    "darwin": ("macOS Keychain", ("keyring.backends.macOS.Keyring",)),
    "linux": (
        "Secret Service (GNOME Keyring, KeePassXC) or KWallet",
        (
            "keyring.backends.SecretService.Keyring",
            "keyring.backends.libsecret.Keyring",
            "keyring.backends.kwallet.DBusKeyring",
            "keyring.backends.kwallet.DBusKeyringKWallet4",
        ),
    ),
}
WINDOW_SHOWN_MARKER = "SMM-DESK-WINDOW-SHOWN"
CATALOGUE_SHOWN_MARKER = "SMM-DESK-CATALOGUE-SHOWN"
PASSED_LINE = "self-test passed"
#: Qt messages the offscreen platform prints for any shown window: not a fault of the build.
BENIGN_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
#: How long the probe waits for a catalogue before giving up and quitting anyway.
PROBE_TIMEOUT_MS = 15_000

log = logging.getLogger(__name__)


def _say(text: str) -> None:
    # print() is a no-op when a windowed Windows build has no stdout; flush so a bench sees it.
    print(text, flush=True)
    _append_to_report_file(text)


def _append_to_report_file(text: str) -> None:
    path = os.environ.get(REPORT_FILE_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as report:
            report.write(text + "\n")


def _ca_bundle() -> Path:
    import certifi
    import requests.utils

    path = Path(getattr(requests.utils, "DEFAULT_CA_BUNDLE_PATH", "") or certifi.where())
    if not path.is_file() or path.stat().st_size == 0:
        raise FileNotFoundError(f"CA bundle missing or empty: {path}")
    return path


def _check_icons() -> int:
    from PySide6.QtCore import QSize

    from ui.common.icons import ICON_NAMES, app_icon, icon

    for name in ICON_NAMES:
        image = icon(name).pixmap(QSize(24, 24)).toImage()
        if image.isNull() or not any(
            image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)
        ):
            raise RuntimeError(f"icon {name!r} renders empty")
    if app_icon().pixmap(QSize(64, 64)).isNull():
        raise RuntimeError("the app icon does not load")
    return len(ICON_NAMES) + 1


def _check_translations() -> str:
    """The Persian translations load: the app's own .qm and Qt's qtbase_fa.qm."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from core.paths import resource_path

    app_qm = resource_path("translations", "smm_desk_fa.qm")
    ours = QTranslator()
    if not ours.load(str(app_qm)) or ours.translate("MainWindow", "Services") in ("", "Services"):
        raise RuntimeError(f"the Persian translation does not load: {app_qm}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_fa.qm", qt_folder):
        raise RuntimeError(f"Qt's own Persian translation is missing from {qt_folder}")
    return f"fa ({app_qm.name}, qtbase_fa.qm)"


def expected_keyring(platform: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The keyring `platform` (default: this one) should give: its name, and the keyring
    backends (module.Class) that are it; ("none known", ()) for another OS."""
    platform = sys.platform if platform is None else platform
    key = "linux" if platform.startswith("linux") else platform
    return EXPECTED_KEYRINGS.get(key, ("none known", ()))


def _backend_classes(backend: object) -> list[str]:
    """module.Class of the backend, and of each backend in it when it is keyring's chain."""
    found = [f"{type(backend).__module__}.{type(backend).__qualname__}"]
    for member in getattr(backend, "backends", None) or ():
        found += _backend_classes(member)
    return found


def _bundled(class_path: str) -> bool:
    """True when the backend's module imports (a frozen build that lacks it cannot use it)."""
    module, _, name = class_path.rpartition(".")
    try:
        return hasattr(importlib.import_module(module), name)
    except Exception:  # a backend's module may fail in any way off its own OS
        return False


def keyring_report(credentials: object, platform: str | None = None) -> list[str]:
    """The report's keyring lines: the backend found, then the one `platform` should give.

    Raises RuntimeError when SMM_DESK_SELF_TEST_EXPECT_KEYRING is set and they differ, and
    when the round trip of SMM_DESK_SELF_TEST_KEYRING fails."""
    name = credentials.backend_name()  # type: ignore[attr-defined]
    backend = credentials.backend()  # type: ignore[attr-defined]
    found = _backend_classes(backend)
    where = found[0]
    label, wanted = expected_keyring(platform)
    matched = [c for c in wanted if c in found and credentials.keyring_usable()]  # type: ignore[attr-defined]
    short = [c.removeprefix("keyring.backends.") for c in wanted]
    bundled = [c.removeprefix("keyring.backends.") for c in wanted if _bundled(c)]
    verdict = "found" if matched else "NOT found: keys would be kept for the session only"
    platform_name = sys.platform if platform is None else platform
    expected_line = (
        f"keyring expected on {platform_name}: {label} ({', '.join(short) or '-'}): {verdict}; "
        f"bundled: {', '.join(bundled) or 'none'}"
    )
    if os.environ.get(EXPECT_KEYRING_ENV) and not matched:
        raise RuntimeError(f"expected the {label} keyring ({', '.join(wanted)}), found {where}")
    if os.environ.get(KEYRING_ROUND_TRIP_ENV) and credentials.keyring_usable():  # type: ignore[attr-defined]
        from core.credentials import CredentialStore, KeyLocation

        probe = CredentialStore(app_id="smm-desk-self-test")
        stored = probe.set(1, "self-test-not-a-key")
        fresh = CredentialStore(app_id="smm-desk-self-test")
        read_back = fresh.get(1)
        probe.delete(1)
        if stored.location != KeyLocation.KEYRING or read_back != "self-test-not-a-key":
            got = "nothing" if not read_back else "something else"
            raise RuntimeError(
                f"keyring round trip failed on {where}: stored in {stored.location.value} "
                f"({stored.reason}), read back {got} ({fresh.last_error})"
            )
        return [f"keyring: {name} [{where}] (round trip ok)", expected_line]
    return [f"keyring: {name} [{where}]", expected_line]


_FAKE_KEY = "selftest0123456789abcdef"


def _check_log_redaction(log_dir: Path) -> Path:
    from core.logs import register_secret, setup_logging

    path = setup_logging(log_dir, console=False)
    fake_key = _FAKE_KEY
    register_secret(fake_key)
    log.info("self-test log line; key=%s; body %s", fake_key, {"key": fake_key})
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    if fake_key in text or "self-test log line" not in text:
        raise RuntimeError("the log file does not redact a registered key")
    return path


def _check_crash_hook(log_path: Path) -> None:
    """An unhandled error reaches the crash hook: logged redacted, its dialog shown, and the
    previous hooks back afterwards (the frozen build needs traceback formatting and Qt's
    queued signals for this)."""
    from PySide6.QtWidgets import QApplication

    from ui.shell.crash_hook import CrashHook

    hook = CrashHook(log_path).install()
    try:
        try:
            raise RuntimeError(f"self-test crash with key {_FAKE_KEY}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        QApplication.processEvents()  # the dialog is asked for through a queued signal
        if hook.dialog is None or not hook.dialog.isVisible():
            raise RuntimeError("the crash dialog did not show")
        hook.dialog.close()
    finally:
        hook.uninstall()
        hook.deleteLater()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    if _FAKE_KEY in text or "RuntimeError: self-test crash with key ***" not in text:
        raise RuntimeError("the crash hook did not log a redacted report")


def _route_qt_messages() -> object:
    """Qt warnings go to stderr (CI fails on them) except the offscreen platform's known ones.

    Returns the handler that was installed before, to put back afterwards."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind: object, context: object, message: str) -> None:
        if message in BENIGN_QT_MESSAGES:
            return
        if sys.stderr is not None:
            sys.stderr.write(f"qt: {message}\n")

    return qInstallMessageHandler(handler)


def _build_window(data_dir: Path):  # -> (window, session, store)
    from core.credentials import CredentialStore
    from core.store import Store
    from ui.shell.main_window import MainWindow
    from ui.shell.session import AppSession
    from ui.shell.task_runner import TaskRunner

    store = Store(data_dir)
    credentials = CredentialStore()
    session = AppSession(store=store, credentials=credentials, runner=TaskRunner())
    return MainWindow(session), session, store


def run_self_test() -> int:
    """Run the checks, print the report; 0 when all passed, 1 otherwise."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, also on a desktop
    if os.environ.get(REPORT_FILE_ENV):
        Path(os.environ[REPORT_FILE_ENV]).write_text("", encoding="utf-8")  # this run's only
    started = time.perf_counter()
    previous_handler, routed = None, False
    try:
        from platform import python_version  # here: the probe's module is imported at start

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QEvent, qVersion
        from PySide6.QtWidgets import QApplication

        from core import APP_NAME, __version__
        from core.paths import bundle_root, is_frozen

        previous_handler, routed = _route_qt_messages(), True
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
        _say(f"{APP_NAME} {__version__} self-test")
        _say(f"frozen: {is_frozen()} (resources in {bundle_root()})")
        _say(f"python: {python_version()} on {sys.platform}")
        _say(f"qt: {qVersion()} (PySide6 {pyside_version}), platform {app.platformName()}")
        _say(f"ca bundle: {_ca_bundle()}")
        _say(f"icons: {_check_icons()} loaded")
        _say(f"translations: {_check_translations()}")
        with tempfile.TemporaryDirectory(prefix="smm-desk-self-test-") as tmp:
            log_path = _check_log_redaction(Path(tmp) / "logs")
            _say(f"log: {log_path.name} written and redacted")
            _check_crash_hook(log_path)
            _say("crash hook: report logged and redacted, dialog shown")
            window, session, store = _build_window(Path(tmp) / "data")
            try:
                for line in keyring_report(session.credentials):
                    _say(line)
                window.show()
                if hasattr(session, "start"):
                    session.start()  # as main.py does: recover orders, load the last panel
                app.processEvents()
                if not window.isVisible() or window.grab().isNull():
                    raise RuntimeError("the main window did not show")
                _say(
                    f"main window: {type(window).__name__} shown, {window.width()}x"
                    f"{window.height()}"
                )
                # Tabs are made when first shown: make each, so a Qt module a tab needs and
                # the bundle lacks (QtCharts for Insights) fails here, not in a user's hands.
                for index in range(window.tabs.count()):
                    window.tabs.setCurrentIndex(index)
                    app.processEvents()
                _say(f"tabs: {window.tabs.count()} made and shown")
            finally:
                window.close()  # its closeEvent shuts the task runner down
                session.runner.shutdown()
                window.deleteLater()
                app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
                store.close()
                _close_log_handlers()
        _say(f"{PASSED_LINE} in {time.perf_counter() - started:.2f} s")
        return 0
    except Exception:
        _close_log_handlers()
        failure = "self-test FAILED:\n" + traceback.format_exc()
        if sys.stderr is not None:
            sys.stderr.write(failure)
        with contextlib.suppress(OSError):  # stderr (if any) has the failure already
            _append_to_report_file(failure.rstrip("\n"))
        return 1
    finally:
        if routed:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(previous_handler)  # None puts Qt's default back


def _close_log_handlers() -> None:
    # The temporary log folder is about to go: release the file (Windows cannot delete it open).
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_smm_desk", False):
            root.removeHandler(handler)
            handler.close()


def install_startup_probe(window: object) -> None:
    """If SMM_DESK_STARTUP_PROBE is set, print the start-up markers and quit (for the bench)."""
    mode = os.environ.get(PROBE_ENV, "").strip().lower()
    if not mode:
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    session = getattr(window, "session", None)
    wait_for_catalogue = mode == "catalogue" and session is not None

    def finish() -> None:
        # Quit once the window's own after-paint work (the session's start) has begun, so a
        # probed start still recovers interrupted orders as a real one does.
        after_paint = getattr(window, "run_after_first_paint", None)
        if after_paint is None:
            QTimer.singleShot(0, app.quit)
        else:
            after_paint(lambda: QTimer.singleShot(0, app.quit))

    def catalogue_shown(catalogue: object) -> None:
        if catalogue is not None:
            _say(f"{CATALOGUE_SHOWN_MARKER} {time.time():.6f} {len(catalogue)}")  # type: ignore[arg-type]
            finish()

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                _say(f"{WINDOW_SHOWN_MARKER} {time.time():.6f}")
                if not wait_for_catalogue:
                    finish()
                elif getattr(session, "catalogue", None) is not None:
                    catalogue_shown(session.catalogue)
            return False

    probe = _FirstPaint(window)  # parented: lives as long as the window
    window.installEventFilter(probe)  # type: ignore[attr-defined]
    if wait_for_catalogue:
        session.catalogueChanged.connect(  # type: ignore[union-attr]
            lambda c: QTimer.singleShot(0, lambda: catalogue_shown(c))
        )
    QTimer.singleShot(PROBE_TIMEOUT_MS, app.quit)

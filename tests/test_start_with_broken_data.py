"""main() on each broken data folder, in a real process: the problem dialog appears, the test
answers it as a user would, and the app opens (read-only, on a new file, on another folder) or
quits, with exit code 0 and no traceback. All cases start at once: each is a separate process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.store import DB_FILE_NAME
from tests.core.store.broken_data import (
    corrupt_catalogue_pages,
    cut_short,
    damage_header,
    filled_store,
    replace_with_png,
)
from tests.locations import PROJECT_ROOT

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ORDERS = 40

# The child: main() as a user starts it, plus a poll that answers the problem dialog (and the
# folder chooser) with the choice named on the command line, then quits once the main window
# shows the orders. Everything it sees is printed for the test to check.
CHILD = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QFileDialog, QToolBar
import main
from ui.shell.database_problem_dialog import DatabaseProblemDialog
from ui.shell.main_window import MainWindow

data_dir, answer, other_folder, orders = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
app = QApplication([])
answered = set()

def poll():
    for widget in app.topLevelWidgets():
        if not widget.isVisible() or id(widget) in answered:
            continue
        if isinstance(widget, QFileDialog):
            answered.add(id(widget))
            widget.setDirectory(other_folder)  # nothing selected: the folder shown is chosen
            QTimer.singleShot(0, widget.accept)
        elif isinstance(widget, DatabaseProblemDialog):
            answered.add(id(widget))
            health = widget.health
            choices = ",".join(c.value for c in health.choices)
            print("DIALOG", health.problem.value, choices, flush=True)
            QTimer.singleShot(0, widget.findChild(QCommandLinkButton, answer).click)
        elif isinstance(widget, MainWindow) and widget.orders_tab.model.rowCount() >= orders:
            answered.add(id(widget))
            notice = widget.findChild(QToolBar, "readOnlyNotice")
            shown = notice is not None and notice.isVisible()
            rows = widget.orders_tab.model.rowCount()
            print("WINDOW", widget.session.store.read_only, shown, rows, flush=True)
            print("STATUS", widget.statusBar().currentMessage(), flush=True)
            print("FOLDER", widget.session.store.data_dir, flush=True)
            QTimer.singleShot(0, app.quit)

timer = QTimer()
timer.timeout.connect(poll)
timer.start(20)
QTimer.singleShot(60_000, lambda: (print("GAVE UP", flush=True), app.exit(3)))
print("EXIT", main.main(["--data-dir", data_dir]), flush=True)
"""


@dataclass
class Case:
    """One broken folder, how the test answers, and what the child printed."""

    name: str
    damage: Callable[[Path], Path]  # makes the folder under the given root; returns data_dir
    answer: str  # objectName of the dialog's button
    wants_orders: int = 0
    process: subprocess.Popen | None = None
    data_dir: Path | None = None
    other_folder: Path | None = None
    before: bytes = b""
    returncode: int | None = None
    out: str = ""
    err: str = ""


def _damaged(damage: Callable[[Path], None]) -> Callable[[Path], Path]:
    def make(root: Path) -> Path:
        data_dir = root / "data"
        damage(filled_store(data_dir, orders=ORDERS))
        return data_dir

    return make


def _under_a_file(root: Path) -> Path:
    (root / "a-file").write_text("a file where a folder should be")
    return root / "a-file" / "data"


def _newer(root: Path) -> Path:
    import sqlite3

    data_dir = root / "data"
    conn = sqlite3.connect(filled_store(data_dir, orders=1))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    return data_dir


CASES = [
    Case("foreign-file", _damaged(replace_with_png), "startNewButton"),
    Case("corrupt-header", _damaged(damage_header), "startNewButton"),
    Case("corrupt-pages", _damaged(corrupt_catalogue_pages), "viewReadOnlyButton", ORDERS),
    Case("cut-short", _damaged(cut_short), "quitButton"),
    Case("newer-schema", _newer, "quitButton"),
    Case("folder-under-a-file", _under_a_file, "otherFolderButton"),
]


def _start(case: Case, root: Path, env: dict[str, str]) -> None:
    case.data_dir = case.damage(root)
    case.other_folder = root / "elsewhere"
    case.other_folder.mkdir()
    db_path = case.data_dir / DB_FILE_NAME
    case.before = db_path.read_bytes() if db_path.is_file() else b""
    code = CHILD.format(root=str(PROJECT_ROOT))
    case.process = subprocess.Popen(
        [sys.executable, "-c", code, str(case.data_dir), case.answer, str(case.other_folder),
         str(case.wants_orders)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def finished_cases() -> Iterator[dict[str, Case]]:
    """Every case run at once; each test then reads its own."""
    root = Path(tempfile.mkdtemp(prefix="smm-desk-broken-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMM_DESK_LOG_DIR=str(root / "logs"))
    env.pop("SMM_DESK_STARTUP_PROBE", None)
    cases = {
        case.name: Case(case.name, case.damage, case.answer, case.wants_orders) for case in CASES
    }
    try:
        for case in cases.values():
            (root / case.name).mkdir()
            _start(case, root / case.name, env)
        for case in cases.values():
            case.out, case.err = case.process.communicate(timeout=120)
            case.returncode = case.process.returncode
        yield cases
    finally:
        for case in cases.values():
            if case.process is not None and case.process.poll() is None:
                case.process.kill()
                case.process.wait()
        shutil.rmtree(root, ignore_errors=True)


def _finished_cleanly(case: Case) -> None:
    assert case.returncode == 0, case.err
    assert "Traceback" not in case.err, case.err
    assert "EXIT 0" in case.out, case.out


def _dialog_line(case: Case) -> list[str]:
    lines = [line.split() for line in case.out.splitlines() if line.startswith("DIALOG")]
    assert lines, case.out + case.err
    return lines[0][1:]


def _window_line(case: Case) -> list[str]:
    """(read-only, notice shown, order rows, status bar text) as the child saw them."""
    lines = case.out.splitlines()
    windows = [line.split() for line in lines if line.startswith("WINDOW ")]
    assert windows, case.out + case.err
    status = next(line for line in lines if line.startswith("STATUS"))
    return [*windows[0][1:], status[len("STATUS ") :]]


@pytest.mark.parametrize("name", ["foreign-file", "corrupt-header"])
def test_a_new_data_file_is_started_and_the_old_one_kept(finished_cases, name) -> None:
    case = finished_cases[name]
    _finished_cleanly(case)
    problem, choices = _dialog_line(case)
    assert problem == {"foreign-file": "not_a_database", "corrupt-header": "corrupt"}[name]
    assert choices == "start_new,quit"
    read_only, notice, rows, status = _window_line(case)
    assert (read_only, notice, rows) == ("False", "False", "0")
    kept = sorted(case.data_dir.glob("smm-desk-broken-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == case.before  # kept, byte for byte
    assert kept[0].name in status  # the status bar says where it went
    assert (case.data_dir / DB_FILE_NAME).read_bytes()[:16] == b"SQLite format 3\x00"


def test_damaged_pages_open_read_only_with_the_orders_shown(finished_cases) -> None:
    case = finished_cases["corrupt-pages"]
    _finished_cleanly(case)
    assert _dialog_line(case) == ["corrupt", "view_read_only,start_new,quit"]
    read_only, notice, rows, _status = _window_line(case)
    assert (read_only, notice, int(rows)) == ("True", "True", ORDERS)
    assert (case.data_dir / DB_FILE_NAME).read_bytes() == case.before  # untouched


@pytest.mark.parametrize(
    ("name", "problem"), [("cut-short", "corrupt"), ("newer-schema", "newer_schema")]
)
def test_quitting_changes_nothing(finished_cases, name, problem) -> None:
    case = finished_cases[name]
    _finished_cleanly(case)
    assert _dialog_line(case) == [problem, "start_new,quit"]
    assert "WINDOW" not in case.out
    assert (case.data_dir / DB_FILE_NAME).read_bytes() == case.before
    assert not list(case.data_dir.glob("smm-desk-broken-*"))


def test_an_unusable_folder_leads_to_another_folder(finished_cases) -> None:
    case = finished_cases["folder-under-a-file"]
    _finished_cleanly(case)
    assert _dialog_line(case) == ["unusable_location", "other_folder,quit"]
    read_only, _notice, rows, _status = _window_line(case)
    assert (read_only, rows) == ("False", "0")
    assert f"FOLDER {case.other_folder}" in case.out.splitlines()
    assert (case.other_folder / DB_FILE_NAME).is_file()


def _run_child(data_dir: Path, answer: str, env: dict[str, str], as_user: list[str]) -> Case:
    case = Case("read-only", lambda root: data_dir, answer, ORDERS, data_dir=data_dir)
    case.before = (data_dir / DB_FILE_NAME).read_bytes()
    code = CHILD.format(root=str(PROJECT_ROOT))
    done = subprocess.run(
        [*as_user, sys.executable, "-c", code, str(data_dir), answer, str(data_dir), str(ORDERS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    case.out, case.err, case.returncode = done.stdout, done.stderr, done.returncode
    return case


def _as_nobody(env: dict[str, str]) -> list[str]:
    """As root, chmod cannot make a folder read-only: run the child as user nobody instead."""
    setpriv = shutil.which("setpriv")
    prefix = [setpriv or "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    reason = "running as root, and no way to run the app as another user here"
    if setpriv is None:
        pytest.skip(f"{reason} (setpriv is missing)")
    probe = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(PROJECT_ROOT)!r}); import main",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        print(f"SKIPPED: {reason}: {probe.stderr[-300:]}")
        pytest.skip(reason)
    return prefix


def test_a_read_only_folder_opens_read_only_with_the_orders_shown() -> None:
    root = Path(tempfile.mkdtemp(prefix="smm-desk-read-only-"))
    try:
        root.chmod(0o755)  # the other user must reach the data folder
        data_dir = root / "data"
        filled_store(data_dir, orders=ORDERS)
        writable = root / "scratch"  # logs and home for the app, writable by whoever runs it
        writable.mkdir(mode=0o777)
        writable.chmod(0o777)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            SMM_DESK_LOG_DIR=str(writable / "logs"),
            HOME=str(writable),
        )
        env.pop("XDG_RUNTIME_DIR", None)
        if AS_ROOT:
            data_dir.chmod(0o755)  # root's folder: the other user may read, not write
            (data_dir / DB_FILE_NAME).chmod(0o644)
            as_user = _as_nobody(env)
        else:
            data_dir.chmod(0o500)
            as_user = []
        case = _run_child(data_dir, "viewReadOnlyButton", env, as_user)
        _finished_cleanly(case)
        assert _dialog_line(case) == ["read_only_location", "view_read_only,other_folder,quit"]
        read_only, notice, rows, _status = _window_line(case)
        assert (read_only, notice, int(rows)) == ("True", "True", ORDERS)
        assert (data_dir / DB_FILE_NAME).read_bytes() == case.before
    finally:
        for path in (root, *root.rglob("*")):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(root, ignore_errors=True)

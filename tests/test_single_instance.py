"""Two instances on one data folder, as real processes: a second launch shows the running
window and exits 0 without touching the journal; an order the running app is sending is never
marked unknown by another process; a killed instance leaves no lock or socket in the way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from core.credentials import CredentialStore
from core.single_instance import InstanceLock, channel_address
from core.store import Store
from core.workflows.panel_account import start_session
from tests.core.store.broken_data import SERVICE
from tests.locations import PROJECT_ROOT
from ui.shell.single_instance import WindowRaiser

WINDOW_SHOWN = "SMM-DESK-WINDOW-SHOWN"

# Another running app, reduced to what matters here: it holds the folder's lock and answers
# "show" on the folder's channel, printing SHOWN; it never exits by itself.
HOLDER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from core.single_instance import InstanceLock, ShowRequests
data_dir = Path(sys.argv[1])
assert InstanceLock(data_dir).acquire()
ShowRequests(data_dir, lambda: print("SHOWN", flush=True)).start()
print("READY", flush=True)
sys.stdin.read()
"""


def app_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMM_DESK_STARTUP_PROBE="window")
    return env


def launch(data_dir: Path, log_dir: Path) -> subprocess.Popen:
    """main.py as a user starts it; the start-up probe ends it once its window is shown."""
    return subprocess.Popen(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=dict(app_env(), SMM_DESK_LOG_DIR=str(log_dir)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def half_sent_order(data_dir: Path) -> int:
    """An order the running app has written and is sending right now (state `submitting`)."""
    with Store(data_dir) as store:
        profile = store.profiles.ensure_default()
        params = {"service": "42", "link": "https://instagram.com/p/in-flight", "quantity": "500"}
        return store.journal.begin(profile.id, SERVICE, params, None, "USD")


def state_of(data_dir: Path, local_id: int) -> str:
    with Store(data_dir) as store:
        return store.journal.get(local_id).state


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen]:
    """Another process holding tmp_path/data; killed at the end if the test did not."""
    data_dir = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(PROJECT_ROOT)), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "READY"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdin.close()
        process.stdout.close()


# The offscreen platform cannot raise a window and says so; bringing it forward still shows it.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_launch_shows_the_running_window_and_exits(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    local_id = half_sent_order(data_dir)
    # This test process is the running app: it holds the lock and listens.
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    raiser = WindowRaiser(data_dir)
    window = QWidget()
    window.setObjectName("runningWindow")
    qtbot.addWidget(window)  # hidden, as if minimised to nowhere
    raiser.window = window
    assert raiser.listen()
    try:
        with qtbot.waitSignal(raiser.showRequested, timeout=60_000):
            second = launch(data_dir, tmp_path / "logs")
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        out, err = second.communicate()
    finally:
        raiser.stop()
        lock.release()
    assert second.returncode == 0, err
    assert "Traceback" not in err
    assert WINDOW_SHOWN not in out  # it never built a window of its own
    assert window.isVisible()
    # The order the running app is sending is left alone by the second launch.
    assert state_of(data_dir, local_id) == "submitting"


def test_recovery_waits_for_the_lock_and_a_killed_holder_leaves_none(holder, tmp_path) -> None:
    data_dir = tmp_path / "data"
    local_id = half_sent_order(data_dir)
    with Store(data_dir) as store:  # a store opened while another app runs on the folder
        assert not store.holds_lock
        start = start_session(store, CredentialStore())
        assert start.recovered_orders == 0
        assert store.journal.get(local_id).state == "submitting"
    socket_path = Path(channel_address(data_dir))
    assert socket_path.exists()

    os.kill(holder.pid, signal.SIGKILL)  # no chance to unlock or remove its socket
    assert holder.wait(timeout=30) == -signal.SIGKILL
    assert socket_path.exists()  # stale now

    next_start = launch(data_dir, tmp_path / "logs")
    out, err = next_start.communicate(timeout=120)
    assert next_start.returncode == 0, err
    assert WINDOW_SHOWN in out  # it started for real
    assert state_of(data_dir, local_id) == "unknown"  # and, holding the lock, recovered
    assert not socket_path.exists()  # it took over the stale socket and removed it on exit


def test_a_second_launch_while_another_process_holds_the_folder(holder, tmp_path) -> None:
    data_dir = tmp_path / "data"
    second = launch(data_dir, tmp_path / "logs")
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert WINDOW_SHOWN not in out and "Traceback" not in err
    assert holder.stdout.readline().strip() == "SHOWN"


def test_the_app_answers_later_launches_once_its_window_has_painted(qtbot, tmp_path) -> None:
    data_dir = tmp_path / "data"
    # The running app as a user starts it (no probe: it keeps running).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMM_DESK_LOG_DIR=str(tmp_path / "logs"))
    env.pop("SMM_DESK_STARTUP_PROBE", None)
    running = subprocess.Popen(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # It opens the channel after its first paint (main.py: run_after_first_paint).
        channel = Path(channel_address(data_dir))
        qtbot.waitUntil(lambda: channel.exists() or running.poll() is not None, timeout=60_000)
        assert running.poll() is None
        second = launch(data_dir, tmp_path / "second-logs")
        out, err = second.communicate(timeout=120)
    finally:
        running.terminate()
        running.wait(timeout=30)
    assert second.returncode == 0, err
    assert WINDOW_SHOWN not in out  # it asked the running app instead of opening the folder
    second_log = (tmp_path / "second-logs" / "smm-desk.log").read_text(encoding="utf-8")
    assert "asked it to show its window" in second_log

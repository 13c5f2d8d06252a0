"""TaskRunner: results on the GUI thread, stale results dropped, a clean shutdown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from ui.shell.task_runner import TaskRunner


@pytest.fixture
def runner(qtbot):
    made = TaskRunner(workers=2)
    yield made
    made.shutdown()


def test_result_and_error_arrive_on_the_gui_thread(runner, qtbot):
    gui = QThread.currentThread()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["thread_ok"] = QThread.currentThread() is gui

    runner.submit(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": True, "value": 42, "thread_ok": True}

    errors = []
    runner.submit(lambda: 1 / 0, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_a_superseded_request_is_dropped(runner, qtbot):
    gate = threading.Event()
    results = []
    runner.submit(lambda: gate.wait(5) and "old", results.append, key="same")
    runner.submit(lambda: "new", results.append, key="same")
    qtbot.waitUntil(lambda: results == ["new"])
    gate.set()
    done = []
    runner.submit(lambda: "after", done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert results == ["new"]


def test_a_request_superseded_before_it_starts_does_not_stay_pending(qtbot):
    runner = TaskRunner(workers=1)
    try:
        gate = threading.Event()
        results = []
        runner.submit(lambda: gate.wait(5) and "first", results.append)  # keeps the worker
        runner.submit(lambda: "old", results.append, key="k")  # queued, then superseded
        runner.submit(lambda: "new", results.append, key="k")
        gate.set()
        qtbot.waitUntil(lambda: results == ["first", "new"])
        assert runner.pending() == 0
    finally:
        runner.shutdown()


def test_a_result_for_a_deleted_widget_is_dropped(runner, qtbot):
    gate = threading.Event()
    widget = QWidget()
    results = []
    runner.submit(lambda: gate.wait(5) and "late", results.append, owner=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert results == []


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_busy_signal_and_progress(runner, qtbot):
    busy = []
    runner.busyChanged.connect(busy.append)
    progress = []

    def work(ctx):
        for i in range(3):
            ctx.progress(i + 1, 3)
        return "done"

    results = []
    runner.submit(
        work, results.append, on_progress=lambda d, t, _: progress.append(d), with_context=True
    )
    qtbot.waitUntil(lambda: bool(results))
    assert busy == [True, False]
    assert progress == [1, 2, 3]


def test_shutdown_waits_for_a_running_task_and_stops_it(qtbot):
    runner = TaskRunner(workers=1)
    started = threading.Event()
    stopped = threading.Event()

    def long_task(ctx):
        started.set()
        while not ctx.cancelled():
            ctx._cancel.wait(0.01)
        stopped.set()
        return "stopped"

    delivered = []
    runner.submit(long_task, delivered.append, with_context=True)
    runner.submit(lambda: "never", delivered.append)  # queued behind it: never runs
    assert started.wait(5)
    runner.shutdown()  # must not hang, must not leave a running QThread
    assert stopped.is_set()
    assert all(not t.isRunning() for t in runner._threads)
    assert delivered == []
    assert runner.submit(lambda: 1) == 0  # closed: nothing more is accepted


def test_what_a_task_holds_is_released_on_the_gui_thread(qtbot) -> None:
    # A task's closure can hold the last reference to a parentless widget; releasing it on a
    # worker thread would destroy a widget off the GUI thread (a crash, seen in a bench).
    import gc
    import threading

    released_on: list[threading.Thread] = []

    class Held:
        def __del__(self) -> None:
            released_on.append(threading.current_thread())

    runner = TaskRunner(workers=1)
    try:
        held = Held()
        done: list[object] = []
        runner.submit(lambda kept=held: kept is not None, done.append)
        del held
        qtbot.waitUntil(lambda: bool(done))
        # The worker takes the next task: with the old task still bound there, it was
        # released at this moment, on the worker.
        runner.submit(lambda: None, done.append)
        qtbot.waitUntil(lambda: len(done) == 2)
        if not released_on:  # held in a reference cycle somewhere: collect it here
            gc.collect()
        assert released_on == [threading.main_thread()]
    finally:
        runner.shutdown()

"""The task runner: core calls run on worker QThreads, results come back on the GUI thread.

Every network, keyring and store call from a widget goes through `TaskRunner.submit`. Results
for a request that was superseded (same `key` submitted again) or whose owner widget is gone
are dropped. `shutdown()` cancels what is queued, asks running tasks to stop, quits and waits:
threads are never terminated.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class TaskContext:
    """Given to tasks that report progress or can stop between steps."""

    def __init__(self, runner: TaskRunner, task_id: int, cancel: threading.Event) -> None:
        self._runner = runner
        self._task_id = task_id
        self._cancel = cancel

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, seconds: float) -> bool:
        """Pause up to `seconds`, ending at once when the task is asked to stop (then True)."""
        return self._cancel.wait(max(seconds, 0.0)) if seconds > 0 else self._cancel.is_set()

    def progress(self, done: int, total: int, payload: object = None) -> None:
        """Report progress; delivered on the GUI thread to the task's on_progress."""
        self._runner._progressed.emit(self._task_id, done, total, payload)


@dataclass
class _Task:
    id: int
    fn: Callable[..., Any]
    wants_context: bool
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int, object], None] | None
    owner: QObject | None
    key: str | None
    cancel: threading.Event = field(default_factory=threading.Event)
    #: Set by `TaskRunner.stop`: the task was asked to stop early, but its result still counts.
    keep_result: bool = False


class _Worker(QThread):
    """Takes tasks off the shared queue until it gets None."""

    def __init__(self, tasks: queue.Queue, runner: TaskRunner) -> None:
        super().__init__()
        self._tasks = tasks
        self._runner = runner

    def run(self) -> None:
        while True:
            task = self._tasks.get()
            if task is None:
                return
            task_id = task.id
            if task.cancel.is_set() and not task.keep_result:
                # Still report it, so it leaves the pending set and busy can go off.
                del task
                self._runner._finished.emit(task_id, False, None)
                continue
            try:
                if task.wants_context:
                    result = task.fn(TaskContext(self._runner, task_id, task.cancel))
                else:
                    result = task.fn()
                ok = True
            except BaseException as exc:  # noqa: BLE001 - delivered to on_error; a dead
                result, ok = exc, False  # worker would leave the task pending forever
            # The task's closures may hold the last reference to a widget: let the runner's
            # copy on the GUI thread be the last, so a widget is never destroyed here.
            del task
            self._runner._finished.emit(task_id, ok, result)
            del result


class TaskRunner(QObject):
    """Runs callables off the GUI thread on a few long-lived QThreads."""

    busyChanged = Signal(bool)
    # Internal, emitted from worker threads, received (queued) on the GUI thread.
    _finished = Signal(int, bool, object)
    _progressed = Signal(int, int, int, object)

    def __init__(self, workers: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._queue: queue.Queue[_Task | None] = queue.Queue()
        self._tasks: dict[int, _Task] = {}
        self._latest_by_key: dict[str, int] = {}
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)
        self._closed = False
        self._threads = [_Worker(self._queue, self) for _ in range(workers)]
        for thread in self._threads:
            thread.start()

    def submit(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        key: str | None = None,
        on_progress: Callable[[int, int, object], None] | None = None,
        with_context: bool = False,
    ) -> int:
        """Queue `fn` (called with a TaskContext if `with_context`). Returns the request id.

        A later submit with the same `key` supersedes this one: its result is dropped."""
        if self._closed:
            return 0
        task = _Task(next(self._ids), fn, with_context, on_done, on_error, on_progress, owner, key)
        self._tasks[task.id] = task
        if key is not None:
            previous = self._latest_by_key.get(key)
            if previous in self._tasks:
                self._tasks[previous].keep_result = False
                self._tasks[previous].cancel.set()
            self._latest_by_key[key] = task.id
        was_busy = len(self._tasks) > 1
        self._queue.put(task)
        if not was_busy:
            self.busyChanged.emit(True)
        return task.id

    def cancel(self, task_id: int) -> None:
        """Ask a task to stop; its result, if it still comes, is dropped."""
        task = self._tasks.get(task_id)
        if task is not None:
            task.keep_result = False
            task.cancel.set()

    def stop(self, task_id: int) -> None:
        """Ask a task to stop between its steps (TaskContext.cancelled/wait); unlike `cancel`,
        what it returns is still delivered."""
        task = self._tasks.get(task_id)
        if task is not None:
            task.keep_result = True
            task.cancel.set()

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def pending(self) -> int:
        return len(self._tasks)

    def _is_current(self, task: _Task) -> bool:
        if task.cancel.is_set() and not (task.keep_result and not self._closed):
            return False
        if task.key is not None and self._latest_by_key.get(task.key) != task.id:
            return False
        return task.owner is None or shiboken6.isValid(task.owner)

    def _deliver_progress(self, task_id: int, done: int, total: int, payload: object) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None and self._is_current(task):
            task.on_progress(done, total, payload)

    def _deliver(self, task_id: int, ok: bool, result: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        current = self._is_current(task) and not self._closed
        if task.key is not None and self._latest_by_key.get(task.key) == task.id:
            del self._latest_by_key[task.key]
        if not self._tasks:
            self.busyChanged.emit(False)
        if not current:
            return
        callback = task.on_done if ok else task.on_error
        if callback is not None:
            callback(result)
        elif not ok:
            log.error("Background task failed: %s", type(result).__name__)

    def shutdown(self) -> None:
        """Cancel queued tasks, signal running ones, stop the threads and wait for them."""
        if self._closed:
            return
        self._closed = True
        for task in self._tasks.values():
            task.cancel.set()
            task.keep_result = False  # a stopped task still queued must not start now
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.quit()
            thread.wait()
        self._tasks.clear()

"""Opening the data folder at start: take its single-instance lock (or ask the app already
running there to show itself), then open the store, asking the user what to do about a
damaged file or an unusable folder until there is a store or the user quits.

The folder answers later launches ("show your window") once `OpenedFolder.listen` is called:
main.py calls it after the window's first paint (opening the channel is no part of what the
first paint needs), and `open` before it asks the user anything, so a second launch meanwhile
raises the question. A launch in between waits: its ask retries for seconds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject

from core.single_instance import InstanceLock, ask_running_instance_to_show
from core.store import Store
from core.store.health import (
    StoreChoice,
    StoreHealth,
    StoreOpening,
    open_for_viewing,
    open_store,
    start_new,
)
from ui.common import formatting
from ui.shell.single_instance import WindowRaiser

log = logging.getLogger(__name__)

#: Asks the user about a problem: the choice, and the folder picked for OTHER_FOLDER.
AskAboutProblem = Callable[[StoreHealth], tuple[StoreChoice, Path | None]]


def _ask_with_dialog(health: StoreHealth) -> tuple[StoreChoice, Path | None]:
    # The dialog's module is imported when there is a problem to ask about: not on every start.
    from ui.shell.database_problem_dialog import DatabaseProblemDialog

    return DatabaseProblemDialog.ask(health)


class StartOutcome(Enum):
    """How the start ended: a store to work with, another instance asked, or the user quit."""

    READY = "ready"
    ALREADY_RUNNING = "already_running"
    QUIT = "quit"


@dataclass
class OpenedFolder:
    """The data folder the app runs on; `release` lets the folder go at the end."""

    outcome: StartOutcome
    data_dir: Path
    store: Store | None = None
    raiser: WindowRaiser | None = None
    lock: InstanceLock | None = None
    #: The damaged files kept aside when the user chose to start a new data file.
    kept: tuple[Path, ...] = field(default=())
    _listening: bool = field(default=False, repr=False)

    def listen(self) -> None:
        """Answer later launches on this folder from now on (once; nothing without the lock)."""
        if self.raiser is not None and not self._listening:
            self._listening = True
            self.raiser.listen()

    def release(self) -> None:
        """Stop answering later launches and give the lock back (the store is closed first)."""
        if self.raiser is not None:
            self.raiser.stop()
            self.raiser = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


class DataFolderStart(QObject):
    """Takes the data folder for this run; `open` returns when the app may go on, or not."""

    def __init__(
        self,
        ask: AskAboutProblem | None = None,
        parent: QObject | None = None,
        answer_wait_seconds: float = 5.0,
    ) -> None:
        super().__init__(parent)
        self._ask = ask or _ask_with_dialog
        self._answer_wait_seconds = answer_wait_seconds

    def open(self, data_dir: Path) -> OpenedFolder:
        """Lock, check and open `data_dir` (or another folder the user picks)."""
        data_dir = Path(data_dir)
        while True:
            lock: InstanceLock | None = InstanceLock(data_dir)
            try:
                mine = lock.acquire()
            except OSError as exc:  # no lock file possible: the check below tells the user why
                log.warning("no single-instance lock in %s: %s", data_dir, exc)
                lock, mine = None, True
            if not mine:
                self._show_running_instance(data_dir)
                return OpenedFolder(StartOutcome.ALREADY_RUNNING, data_dir)
            raiser = None if lock is None else WindowRaiser(data_dir, self.parent())
            folder = OpenedFolder(StartOutcome.QUIT, data_dir, raiser=raiser, lock=lock)
            opening = open_store(data_dir)
            next_dir = None
            while opening.store is None:
                folder.listen()  # a launch while the user decides raises the question
                choice, picked = self._ask(opening.health)
                log.info("data file problem %s: the user chose %s", opening.health.problem, choice)
                if choice is StoreChoice.OTHER_FOLDER and picked is not None:
                    next_dir = picked
                    break
                if choice is StoreChoice.QUIT or choice is StoreChoice.OTHER_FOLDER:
                    folder.release()
                    return folder
                opening = self._carry_out(choice, data_dir)
            if next_dir is None:
                folder.outcome, folder.store, folder.kept = (
                    StartOutcome.READY,
                    opening.store,
                    opening.kept,
                )
                return folder
            folder.release()
            data_dir = next_dir

    @staticmethod
    def _carry_out(choice: StoreChoice, data_dir: Path) -> StoreOpening:
        if choice is StoreChoice.VIEW_READ_ONLY:
            return open_for_viewing(data_dir)
        if choice is StoreChoice.START_NEW:
            return start_new(data_dir)
        return open_store(data_dir)  # RETRY

    def _show_running_instance(self, data_dir: Path) -> None:
        if ask_running_instance_to_show(data_dir, self._answer_wait_seconds):
            log.info("SMM Desk already runs on %s: asked it to show its window", data_dir)
            return
        from PySide6.QtWidgets import QMessageBox  # only in this rare case: not at every start

        QMessageBox.information(
            None,
            self.tr("SMM Desk is already running"),
            self.tr(
                "SMM Desk is already running with this data folder, but it does not answer. "
                "Switch to its window, or end it and start SMM Desk again.\n\n{path}"
            ).format(path=formatting.ltr(data_dir)),
        )

    def kept_note(self, kept: tuple[Path, ...]) -> str:
        """Where the damaged data file went, for the status bar after a new start."""
        return self.tr("The damaged data file was kept as {path}").format(
            path=formatting.ltr(kept[0])
        )

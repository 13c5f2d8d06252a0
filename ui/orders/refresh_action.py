"""Refresh: the panel asked for every unfinished order of the active panel (F5, the Refresh
button, the auto-refresh timer, or a catch-up after switching panels), through
core.workflows.order_refresh on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from core import preferences
from core.insights import OrderWatch
from core.preferences import Preferences
from core.workflows.order_refresh import RefreshOutcome, refresh_orders
from ui.common import formatting
from ui.common.error_text import one_line
from ui.orders.orders_loader import RowsResult

if TYPE_CHECKING:
    from ui.orders.orders_tab import OrdersTab


class RefreshAction(QObject):
    """Runs one refresh at a time and says how it went in the tab's status line."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self._running = False
        self._catch_up = False  # the profile changed during a refresh: refresh again after it

    def is_running(self) -> bool:
        return self._running

    # --- the auto-refresh timer ----------------------------------------------------------------

    def read_preferences(self, prefs: Preferences) -> None:
        """Show the remembered auto-refresh choice (before its widgets' signals are wired)."""
        self.tab.auto_check.setChecked(prefs.get(preferences.ORDERS_AUTO_REFRESH))
        self.tab.auto_minutes.setValue(prefs.get(preferences.ORDERS_AUTO_REFRESH_MINUTES))

    def auto_changed(self, *_args: object) -> None:
        """The user changed the auto-refresh choice: remember it and apply it."""
        session, tab = self.tab.session, self.tab
        if session.remember(preferences.ORDERS_AUTO_REFRESH, tab.auto_check.isChecked()):
            session.remember(preferences.ORDERS_AUTO_REFRESH_MINUTES, tab.auto_minutes.value())
        self.apply_timer()

    def apply_timer(self) -> None:
        tab = self.tab
        store = tab.session.store
        if store is not None and store.read_only:
            # Statuses could not be saved: no refresh every few minutes failing with the same
            # words (the read-only strip says why once).
            tab.auto_check.setEnabled(False)
            tab.auto_minutes.setEnabled(False)
            tab.auto_timer.stop()
            return
        tab.auto_minutes.setEnabled(tab.auto_check.isChecked())
        if tab.auto_check.isChecked():
            tab.auto_timer.start(tab.auto_minutes.value() * 60_000)
        else:
            tab.auto_timer.stop()

    def auto_refresh(self) -> None:
        """The timer's tick: a refresh unless one is running."""
        if not self._running:
            self.start()

    # --- refreshing ----------------------------------------------------------------------------

    def profile_changed(self, profile: Any) -> None:
        """Catch up with what happened while the app was closed or another panel was shown."""
        self._catch_up = False
        tab = self.tab
        if profile is None or tab.session.client is None or not tab.auto_check.isChecked():
            return
        if self._running:
            self._catch_up = True  # the running refresh is the old panel's: refresh after it
        else:
            self.start()

    def start(self) -> None:
        """Ask the panel for the status of every unfinished order of the active panel."""
        tab = self.tab
        session = tab.session
        profile, client, store = session.profile, session.client, session.store
        if profile is None or self._running:
            return
        if client is None:
            tab.set_status(
                session.client_problem or self.tr("Set the panel's API key in Panels first."),
                error=True,
            )
            tab.refreshFinished.emit(False)
            return
        profile_id = profile.id
        rows_job = tab.loader.rows_job()

        def job(ctx: Any) -> tuple[RowsResult, RefreshOutcome]:
            outcome = refresh_orders(
                store.journal,
                client,
                profile_id,
                progress=ctx.progress,
                should_stop=ctx.cancelled,
                watch=OrderWatch(store),  # no progress, unreadable status: alerts
            )
            return rows_job(), outcome

        def progress(done: int, total: int, _payload: object) -> None:
            tab.set_status(
                self.tr("Checking orders: {done} of {total}…").format(
                    done=formatting.number(done), total=formatting.number(total)
                )
            )

        def finished(result: tuple[RowsResult, RefreshOutcome]) -> None:
            self._ended()
            rows, outcome = result
            if outcome.alerts:
                session.alertsRaised.emit(outcome.alerts)
            if not tab.is_current_profile(profile_id):
                # The user switched panels meanwhile: these are the old panel's rows.
                tab.set_status("")
                tab.reload()
            else:
                tab.loader.show(rows)
                if outcome.became_final:
                    # A canceled or partial order gives money back when it ends: the toolbar's
                    # balance is read again (it stayed at the charge until the next read).
                    session.refresh_balance()
                # refill_status refused (an old panel) or unreachable: the statuses are saved.
                problem = outcome.refills.error
                if problem is not None:
                    tab.set_status(
                        self.tr("Refill statuses could not be read: {reason}").format(
                            reason=one_line(problem)
                        )
                    )
                else:
                    tab.set_status(self.tr("Checked just now"))
            tab.refreshFinished.emit(True)
            self._after()

        def failed(exc: BaseException) -> None:
            self._ended()
            if tab.is_current_profile(profile_id):
                tab.show_failure(exc)
            else:
                tab.set_status("")
            tab.reload()  # batches that did arrive are saved: show them
            tab.refreshFinished.emit(False)
            self._after()

        self._running = True
        tab.refresh_button.setEnabled(False)
        tab.set_status(self.tr("Checking orders…"))
        session.runner.submit(
            job,
            finished,
            failed,
            owner=self,
            key="orders-refresh",
            on_progress=progress,
            with_context=True,
        )

    def _ended(self) -> None:
        self._running = False
        self.tab.refresh_button.setEnabled(True)

    def _after(self) -> None:
        """Start the refresh the profile change had to leave for later."""
        if self._catch_up:
            self._catch_up = False
            if self.tab.session.client is not None and self.tab.auto_check.isChecked():
                self.start()

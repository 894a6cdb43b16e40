"""The bridge between the alert rules and apscheduler: wall-clock jobs delivered on the GUI thread.

Why `BackgroundScheduler` and not apscheduler's `QtScheduler`: on PySide6 `QTimer.singleShot`
returns None, so `QtScheduler` cannot stop its previous wake-up timer when a job is rescheduled.
Measured (docs/alerts.md): after 200 reschedules of one job, QtScheduler woke 204 times around
that job's due time, BackgroundScheduler once. We re-plan after every engine event, so that pile
would grow all day. Both run jobs on a worker thread anyway; here the job only emits a Qt signal,
which a queued connection carries to the GUI thread, where the alert is checked against a fresh
plan and delivered.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from runner.core.alerts import AUTO_START, AlertBook, PlannedAlert
from runner.core.clock import Clock
from runner.core.engine import SessionEngine
from runner.core.events import EngineEvent
from runner.ui.first_frame import after_first_frame

# A job that wakes earlier than this before its due time (the system clock stepped forward and
# apscheduler, which reads the system wall clock, woke early) is put back, not delivered.
EARLY_S = 0.25
# Due times closer than this are the same; re-plans that change nothing leave the job alone.
SAME_DUE_S = 0.02
# apscheduler skips a job that wakes later than this: after a sleep, stale jobs are dropped.
MISFIRE_GRACE_S = 5
WATCHDOG_MS = 5000
CLOCK_STEP_S = 2.0
# `start_after_paint` starts at the latest this long after it is asked, painted or not.
START_LATEST_MS = 800


def _background_scheduler() -> Any:
    """A fresh apscheduler `BackgroundScheduler`, imported here: apscheduler takes ~150 ms to
    import (asyncio, ssl, every installed package's entry points), which the first frame need not wait for."""
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        timezone=timezone.utc,
        daemon=True,
        job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_S, "max_instances": 1},
    )


class AlertScheduler(QObject):
    """Keeps one apscheduler job per planned alert, re-planned after every engine event.

    Jobs are keyed by `PlannedAlert.key` and rescheduled in place, never piled up. A job's
    worker thread only emits a private signal; on the GUI thread the alert is re-checked against
    a fresh plan (still wanted, not early, not fired) before it is delivered, so none fires twice
    and none fires after `shutdown`. A low-frequency watchdog re-plans every job when the wall
    clock steps (NTP, a user, a wake-up from sleep); countdowns never move, they are monotonic.

    Signals:
        alertDue(PlannedAlert): an alert whose time has come, on the GUI thread.
        autoStartDue(int): a segment to start by the wall clock (auto_start days), on the GUI thread.
        started(): `start` ran: the worker runs and the alerts are planned.
    """

    alertDue = Signal(object)
    autoStartDue = Signal(int)
    started = Signal()
    _jobFired = Signal(str)  # emitted on apscheduler's worker thread

    def __init__(
        self,
        engine: SessionEngine,
        clock: Clock | None = None,
        parent: QObject | None = None,
        watchdog_ms: int = WATCHDOG_MS,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.clock = clock or engine.clock
        self.book = AlertBook()
        self.job_threads: list[int] = []  # thread ids jobs ran on (diagnostics and tests)
        self._jobs: dict[str, PlannedAlert] = {}
        self._closed = False
        self._worker: Any = None  # the BackgroundScheduler, made on first need
        self._start_pending = False
        # Explicitly queued: the emitter is a worker thread, the slot must run on ours.
        self._jobFired.connect(self._on_job_fired, Qt.ConnectionType.QueuedConnection)
        self._skew = self._read_skew()
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(watchdog_ms)
        self._watchdog.timeout.connect(self.check_clock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- life cycle ----------------------------------------------------------------------------
    @property
    def _scheduler(self) -> Any:
        """apscheduler's scheduler (made on first use; a start asked for by `start_after_paint` happens first)."""
        self._ensure_started()
        if self._worker is None:
            self._worker = _background_scheduler()
        return self._worker

    def start_after_paint(self, widget: QObject) -> None:
        """Start once `widget` has painted (at most `START_LATEST_MS` from now), or at once on first use.

        The app's first frame then does not wait for apscheduler; any call that needs the plan or
        the jobs (an engine event, `planned`, a hold…) starts it there and then, as `start` would have.
        """
        self._start_pending = True
        after_first_frame(widget, self, self._ensure_started, START_LATEST_MS)

    def _ensure_started(self) -> None:
        if self._start_pending:
            self.start()

    def start(self) -> None:
        """Start the worker and the watchdog, and plan from the engine's state now."""
        self._start_pending = False
        if not self._scheduler.running:
            self._scheduler.start()
        self._watchdog.start()
        self.book.recall(self.engine, self.clock.monotonic(), self.clock.now())
        self.replan()
        self.started.emit()

    @Slot()
    def shutdown(self) -> None:
        """Stop for good: no job runs, and none in flight is delivered, after this."""
        if self._closed:
            return
        self._closed = True
        self._start_pending = False
        self._watchdog.stop()
        if self._worker is not None:
            self._worker.remove_all_jobs()
            if self._worker.running:
                self._worker.shutdown(wait=False)
        self._jobs.clear()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- planning ------------------------------------------------------------------------------
    @Slot(object)
    def on_event(self, event: EngineEvent) -> None:
        """An engine event happened (connect the bridge's `eventApplied`): follow it and re-plan."""
        self._ensure_started()
        self.book.observe(event)
        self.replan()

    def hold(self, index: int, held: bool = True) -> None:
        """Keep a segment from starting by itself on an auto-start day (the engine has no hold)."""
        self._ensure_started()
        self.book.hold(index, held)
        self.replan()

    def replan(self, force: bool = False) -> list[PlannedAlert]:
        """Diff a fresh plan against the jobs by key: add, move or drop only what changed."""
        self._ensure_started()
        if self._closed:
            return []
        plan = self.book.plan(self.engine, self.clock.monotonic(), self.clock.now())
        wanted = {alert.key: alert for alert in plan}
        for key in set(self._jobs) - set(wanted):
            self._remove_job(key)
        for key, alert in wanted.items():
            old = self._jobs.get(key)
            if force or old is None or abs((old.due_wall - alert.due_wall).total_seconds()) > SAME_DUE_S:
                self._schedule(alert)
        self._jobs = wanted
        return plan

    def planned(self) -> list[PlannedAlert]:
        """The alerts with a job now, earliest first."""
        self._ensure_started()
        return sorted(self._jobs.values(), key=lambda a: (a.due_wall, a.key))

    def job_run_times(self) -> dict[str, datetime]:
        """apscheduler's own next run time per job id (system wall clock, UTC)."""
        # A job added before start() is pending and has no next_run_time yet.
        return {
            job.id: getattr(job, "next_run_time", None) or job.trigger.run_date for job in self._scheduler.get_jobs()
        }

    # -- the clock watchdog --------------------------------------------------------------------
    @Slot()
    def check_clock(self) -> bool:
        """Re-plan every job if the wall clock stepped against the monotonic one; True if it did."""
        self._ensure_started()
        skew = self._read_skew()
        stepped = abs(skew - self._skew) > CLOCK_STEP_S
        self._skew = skew
        if stepped:
            self.replan(force=True)
        return stepped

    def _read_skew(self) -> float:
        return self.clock.now().timestamp() - self.clock.monotonic()

    # -- jobs: scheduled on the worker, delivered on the GUI thread ----------------------------
    def _schedule(self, alert: PlannedAlert) -> None:
        # apscheduler waits by the system clock; our due times are by the injected clock.
        # Translating through the delay keeps both right, and lets tests run a FakeClock.
        delay = alert.due_wall - self.clock.now()
        run_date = datetime.now(timezone.utc) + max(delay, timedelta(0))
        self._scheduler.add_job(
            self._job, "date", run_date=run_date, id=alert.key, args=[alert.key], replace_existing=True, name=alert.kind
        )

    def _remove_job(self, key: str) -> None:
        from apscheduler.jobstores.base import JobLookupError  # loaded with the scheduler by now

        # A job that already ran: its delivery is on its way and will find the key unplanned.
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(key)

    def _job(self, key: str) -> None:
        """Runs on apscheduler's worker thread: hand over to the GUI thread, nothing else."""
        self.job_threads.append(threading.get_ident())
        if self._closed:
            return
        # RuntimeError: the app quit while this job ran; its QObject is gone, and so is the alert.
        with contextlib.suppress(RuntimeError):
            self._jobFired.emit(key)

    @Slot(str)
    def _on_job_fired(self, key: str) -> None:
        if self._closed:
            return
        plan = self.book.plan(self.engine, self.clock.monotonic(), self.clock.now())
        alert = next((a for a in plan if a.key == key), None)
        if alert is None:
            self._jobs.pop(key, None)
            return  # fired already, moved past, or no longer applies (paused, started early)
        if (alert.due_wall - self.clock.now()).total_seconds() > EARLY_S:
            self._schedule(alert)
            self._jobs[key] = alert
            return
        self.deliver(alert)

    def deliver(self, alert: PlannedAlert) -> None:
        """Mark the alert fired and emit it (tests with a fake clock call this or `fire_due`)."""
        self._ensure_started()
        if self._closed or alert.key in self.book.fired:
            return
        self.book.mark_fired(alert.key)
        self._jobs.pop(alert.key, None)
        if alert.kind == AUTO_START:
            # An intermission's end and the next start share one instant: the end alert first,
            # before the start re-plans it away.
            self._deliver_due_now(exclude=AUTO_START)
            self.autoStartDue.emit(int(alert.segment or 0))
        else:
            self.alertDue.emit(alert)

    def _deliver_due_now(self, exclude: str) -> None:
        now = self.clock.now()
        for other in self.book.plan(self.engine, self.clock.monotonic(), now):
            if other.kind != exclude and (other.due_wall - now).total_seconds() <= EARLY_S:
                self.deliver(other)

    def fire_due(self) -> list[str]:
        """Deliver every planned alert whose time has come by the injected clock (for fake clocks)."""
        self._ensure_started()
        now = self.clock.now()
        due = [a.key for a in self.book.plan(self.engine, self.clock.monotonic(), now) if a.due_wall <= now]
        for key in due:
            self._on_job_fired(key)
        return due

"""The wall-clock trigger behind `runner.ui.base.timers`: one apscheduler job, delivered on the GUI thread.

The live rules (`runner.core.controller.LiveController`) say when they next need waking; this
wakes them then by the wall clock, which QTimer cannot do (it counts monotonic time, so a clock
step or a sleep leaves it wrong). Why `BackgroundScheduler` and not apscheduler's `QtScheduler`: on
PySide6 `QTimer.singleShot` returns None, so `QtScheduler` cannot stop its previous wake-up timer
when a job is rescheduled (measured in docs/alerts.md: 204 wake-ups for 200 reschedules of one
job; BackgroundScheduler: one). The job runs on apscheduler's worker thread and only emits a Qt
signal, which a queued connection carries to the GUI thread.

This module is a lazy seam (`runner.ui.base.timers` names it): apscheduler takes ~150 ms to
import, which the host window's first frame need not wait for; alerts install it just after.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from PySide6.QtCore import QObject, Qt, Signal, Slot

from runner.core.clock import Clock

_JOB = "wake"


def _background_scheduler() -> Any:
    """A fresh apscheduler `BackgroundScheduler`."""
    # No misfire grace: a wake-up missed in a sleep still comes (late); the rules decide what is stale.
    return BackgroundScheduler(
        timezone=timezone.utc,
        daemon=True,
        job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
    )


class WallClockTrigger(QObject):
    """Calls `callback` on the GUI thread when the wall clock reaches the armed time.

    One job, rescheduled in place; after `close` nothing is delivered, even a job in flight.

    Signals:
        _fired(): emitted on apscheduler's worker thread; queued to the GUI thread.
    """

    _fired = Signal()

    def __init__(self, owner: QObject, clock: Clock, callback: Callable[[], object]) -> None:
        super().__init__(owner)
        self._clock, self._callback = clock, callback
        self._worker: Any = None
        self._closed = False
        self.job_threads: list[int] = []  # thread ids the job ran on (diagnostics and tests)
        self._fired.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def arm(self, due: datetime | None) -> None:
        if self._closed:
            return
        if due is None:
            self._remove()
            return
        # apscheduler waits by the system clock; `due` is by the injected clock. Translating
        # through the delay keeps both right. A rehearsal's clock runs `rate` times as fast
        # (runner.core.clock.ScaledClock): its delays are that much shorter in real time.
        delay = max(due - self._clock.now(), timedelta(0)) / self._clock.rate
        worker = self._scheduler()
        worker.add_job(self._job, "date", run_date=datetime.now(timezone.utc) + delay, id=_JOB, replace_existing=True)

    def run_date(self) -> datetime | None:
        """When apscheduler will run the job (system clock, UTC), for tests and diagnostics."""
        job = None if self._worker is None else self._worker.get_job(_JOB)
        return None if job is None else (getattr(job, "next_run_time", None) or job.trigger.run_date)

    @Slot()
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._worker is not None:
            self._worker.remove_all_jobs()
            if self._worker.running:
                self._worker.shutdown(wait=False)

    def _scheduler(self) -> Any:
        if self._worker is None:
            self._worker = _background_scheduler()
            self._worker.start()
        return self._worker

    def _remove(self) -> None:
        if self._worker is None:
            return
        with contextlib.suppress(JobLookupError):
            self._worker.remove_job(_JOB)

    def _job(self) -> None:
        """Runs on apscheduler's worker thread: hand over to the GUI thread, nothing else."""
        self.job_threads.append(threading.get_ident())
        if self._closed:
            return
        # RuntimeError: the app quit while this job ran; its QObject is gone.
        with contextlib.suppress(RuntimeError):
            self._fired.emit()

    @Slot()
    def _deliver(self) -> None:
        if not self._closed:
            self._callback()

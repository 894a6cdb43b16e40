"""The wall-clock trigger (apscheduler behind `runner.ui.base.timers`): one job, rescheduled in place,
run on a worker thread and delivered on the GUI thread, never after `close`. Real threads and
short real delays: waited for by signal, never by a fixed time."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QObject, QThread

from runner.core.clock import SystemClock
from runner.ui.base.scheduler import WallClockTrigger


def trigger(qtbot, calls: list[bool]) -> WallClockTrigger:
    owner = QObject()
    made = WallClockTrigger(
        owner, SystemClock(), lambda: calls.append(QThread.currentThread() is QCoreApplication.instance().thread())
    )
    made._test_owner = owner  # keep the owner alive as long as the trigger
    return made


def test_the_job_runs_on_a_worker_and_is_delivered_on_the_gui_thread(qtbot):
    calls: list[bool] = []
    wall = trigger(qtbot, calls)
    wall.arm(SystemClock().now() + timedelta(milliseconds=30))
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    assert wall.job_threads and threading.get_ident() not in wall.job_threads
    wall.close()


def test_re_arming_moves_the_one_job_instead_of_piling_jobs_up(qtbot):
    calls: list[bool] = []
    wall = trigger(qtbot, calls)
    clock = SystemClock()
    for n in range(200):
        wall.arm(clock.now() + timedelta(seconds=60 + n))
    assert len(wall._worker.get_jobs()) == 1
    assert wall.run_date() - clock.now() > timedelta(seconds=250)
    wall.arm(None)
    assert wall._worker.get_jobs() == [] and wall.run_date() is None
    wall.close()


def test_nothing_is_delivered_after_close(qtbot):
    closed_calls: list[bool] = []
    later_calls: list[bool] = []
    closed, later = trigger(qtbot, closed_calls), trigger(qtbot, later_calls)
    now = SystemClock().now()
    closed.arm(now + timedelta(milliseconds=20))
    later.arm(now + timedelta(milliseconds=120))
    closed.close()
    closed.arm(now)  # arming a closed trigger does nothing
    qtbot.waitUntil(lambda: later_calls == [True], timeout=3000)  # by then the closed one would have
    assert closed_calls == []
    later.close()

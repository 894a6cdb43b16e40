"""The apscheduler bridge: jobs by key, delivery on the GUI thread, once, never after shutdown."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from runner.core.agenda import Day, Segment, SegmentKind
from runner.core.clock import SystemClock
from runner.core.engine import SessionEngine
from runner.core.schedule import take_snapshot
from runner.ui.scheduler import AlertScheduler


@pytest.fixture
def alerts(qtbot, engine):
    scheduler = AlertScheduler(engine)
    engine.subscribe(scheduler.on_event)
    yield scheduler
    scheduler.shutdown()


def quick_engine(*seconds: float, kind: SegmentKind = SegmentKind.SEGMENT, **day) -> SessionEngine:
    """A day on the real clock whose segments last fractions of a second, starting now."""
    start, segments = datetime.now(timezone.utc), []
    for index, length in enumerate(seconds):
        segments.append(
            Segment(index=index, title=f"Quick {index + 1}", start=start, duration=timedelta(seconds=length), kind=kind)
        )
        start += timedelta(seconds=length)
    return SessionEngine(
        Day(date=date.today(), title="Quick", segments=tuple(segments), timezone="UTC", **day), SystemClock()
    )


@pytest.fixture
def live(qtbot):
    made: list[AlertScheduler] = []

    def build(engine: SessionEngine) -> AlertScheduler:
        scheduler = AlertScheduler(engine)
        engine.subscribe(scheduler.on_event)
        made.append(scheduler)
        return scheduler

    yield build
    for scheduler in made:
        scheduler.shutdown()


# -- planning against the fake clock ---------------------------------------------------------------
def test_jobs_follow_the_plan_by_key(alerts, engine):
    engine.start(1)  # a speakers' list of 3-minute turns
    keys = {a.key for a in alerts.planned()}
    assert {"1:overtime:0", "1:speaker_warning:0:0", "1:speaker_overtime:0:0"} <= keys
    assert set(alerts.job_run_times()) == keys


def test_rescheduling_replaces_jobs_instead_of_piling_them_up(alerts, engine, clock):
    engine.start(0)
    before = alerts.job_run_times()
    for _ in range(200):
        engine.adjust(1)
    after = alerts.job_run_times()
    assert set(after) == {a.key for a in alerts.planned()}  # one job per key, however often it moved
    assert len(after) <= len(before) + 1
    assert after["0:overtime:0"] - before["0:overtime:0"] >= timedelta(seconds=199)


def test_pause_drops_the_running_segments_jobs_and_resume_brings_them_back(alerts, engine):
    engine.start(0)
    engine.pause()
    assert "0:overtime:0" not in alerts.job_run_times()
    engine.resume()
    assert "0:overtime:0" in alerts.job_run_times()


def test_fire_due_delivers_once_by_the_fake_clock(qtbot, alerts, engine, clock):
    engine.start(2)  # the intermission: 10 min
    clock.advance(8 * 60)
    with qtbot.waitSignal(alerts.alertDue) as blocker:
        assert alerts.fire_due() == ["2:intermission_ending:120"]
    assert blocker.args[0].kind == "intermission_ending"
    with qtbot.assertNotEmitted(alerts.alertDue):
        alerts.fire_due()
        alerts._on_job_fired("2:intermission_ending:120")  # a late duplicate from the worker


def test_an_early_wake_is_put_back_not_delivered(qtbot, alerts, engine, clock):
    engine.start(2)
    with qtbot.assertNotEmitted(alerts.alertDue):
        alerts._on_job_fired("2:intermission_over:0")  # as if the system clock had jumped ahead
    assert "2:intermission_over:0" in alerts.job_run_times()


def test_a_wall_clock_step_realigns_jobs_but_not_the_countdown(alerts, engine, clock):
    engine.start(0)
    clock.advance(60)
    due = {a.key: a.due_wall for a in alerts.planned()}
    remaining = take_snapshot(engine).remaining_s
    clock.jump_wall(1)  # jitter: ignored
    assert not alerts.check_clock()
    clock.jump_wall(-121)  # an NTP step back by two minutes
    assert alerts.check_clock()
    moved = {a.key: a.due_wall for a in alerts.planned()}
    # Countdown alerts move with the wall clock; planned starts stay where the programme has them.
    assert moved["0:overtime:0"] - due["0:overtime:0"] == timedelta(seconds=-120)
    assert moved["1:start_reminder:0"] == due["1:start_reminder:0"]
    assert take_snapshot(engine).remaining_s == remaining


def test_a_long_sleep_drops_stale_alerts_instead_of_a_burst(qtbot, alerts, engine, clock):
    engine.start(1)
    clock.advance(60 * 60)  # the laptop slept through the cues, the overtime and more
    alerts.check_clock()
    kinds: list[str] = []
    alerts.alertDue.connect(lambda alert: kinds.append(alert.kind))
    alerts.fire_due()
    assert kinds == ["hard_stop"]  # the state now (35 min past the stop), not the cues slept through


def test_nothing_is_delivered_after_shutdown(qtbot, alerts, engine, clock):
    engine.start(0)
    clock.advance(30 * 60)
    alerts.shutdown()
    with qtbot.assertNotEmitted(alerts.alertDue):
        alerts.fire_due()
        alerts._on_job_fired("0:overtime:0")
    assert alerts.job_run_times() == {}


# -- real threads and real (short) delays -----------------------------------------------------------
def test_jobs_run_on_a_worker_and_are_delivered_on_the_gui_thread(qtbot, live):
    engine = quick_engine(0.15, 5)
    scheduler = live(engine)
    scheduler.start()
    seen: list[bool] = []
    scheduler.alertDue.connect(
        lambda alert: seen.append(QThread.currentThread() is QCoreApplication.instance().thread())
    )
    with qtbot.waitSignal(scheduler.alertDue, timeout=3000) as blocker:
        engine.start(0)
    assert blocker.args[0].key == "0:overtime:0"
    assert seen == [True]
    assert scheduler.job_threads and threading.get_ident() not in scheduler.job_threads


def test_no_job_fires_twice_however_often_it_is_replanned(qtbot, live):
    engine = quick_engine(0.3, 5)
    scheduler = live(engine)
    scheduler.start()
    fired: list[str] = []
    scheduler.alertDue.connect(lambda alert: fired.append(alert.key))
    engine.start(0)
    for n in range(50):
        engine.add_note(f"note {n}")  # every event re-plans
    qtbot.waitUntil(lambda: "0:overtime:0" in fired, timeout=3000)
    for n in range(20):
        engine.add_note(f"late note {n}")  # within the grace: planned again unless remembered
    qtbot.wait(300)
    assert fired.count("0:overtime:0") == 1


def test_no_job_fires_after_shutdown(qtbot, live):
    engine = quick_engine(0.15, 5)
    scheduler = live(engine)
    scheduler.start()
    engine.start(0)
    scheduler.shutdown()
    with qtbot.assertNotEmitted(scheduler.alertDue, wait=500):
        pass


def test_auto_start_is_its_own_signal(qtbot, live):
    engine = quick_engine(0.2, 0.2, auto_start=True)
    scheduler = live(engine)
    scheduler.start()
    scheduler.autoStartDue.connect(engine.start)
    qtbot.waitUntil(lambda: engine.current == 1, timeout=3000)


def test_two_hundred_reschedules_wake_the_worker_a_handful_of_times(qtbot, live):
    """The pile-up QtScheduler shows on PySide6 (docs/alerts.md) does not happen here."""
    engine = quick_engine(0.5, 5)
    scheduler = live(engine)
    wakeups = {"n": 0}
    process = scheduler._scheduler._process_jobs

    def counting():
        wakeups["n"] += 1
        return process()

    scheduler._scheduler._process_jobs = counting
    scheduler.start()
    engine.start(0)
    for _ in range(200):
        engine.adjust(0.001)  # each one moves the overtime job
    with qtbot.waitSignal(scheduler.alertDue, timeout=3000):
        pass
    wakeups["n"] = 0
    qtbot.wait(300)
    assert wakeups["n"] <= 3


def test_an_intermissions_end_is_announced_before_the_next_starts_by_itself(qtbot, live):
    engine = quick_engine(0.3, 5, kind=SegmentKind.INTERMISSION, auto_start=True)
    scheduler = live(engine)
    order: list[str] = []
    scheduler.alertDue.connect(lambda alert: order.append(alert.kind))
    scheduler.autoStartDue.connect(lambda index: (order.append("auto_start"), engine.start(index)))
    scheduler.start()
    qtbot.waitUntil(lambda: engine.current == 1, timeout=3000)
    assert order[-2:] == ["intermission_over", "auto_start"]

"""The live rules' controller: every decision is an event, so a restart on the same log goes on
exactly where it was (held stays held, fired stays fired, the chair's message comes back), and a
day the app comes to late catches up. Driven headless by a fake clock, as a rehearsal would be."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from runner.core.clock import FakeClock
from runner.core.controller import LiveController
from runner.core.events import AlertKind, AlertLevel, EventType, Start
from runner.core.session import OpenedSession, open_session
from runner.core.timing_log import TimingLog
from tests.core.engine_fixtures import agenda_for, at, dialogue_day, engine_at

AUTO_DAY = replace(dialogue_day(), auto_start=True)


def session(path: Path, clock: FakeClock, boot: str = "one", day=AUTO_DAY) -> OpenedSession:
    return open_session(agenda_for(day), day, clock, path, boot_id=boot, agenda_bytes=b"x")


def logged_types(path: Path) -> list[str]:
    return [item.event.type.value for item in TimingLog.read(path).events()]


def run_until(rules: LiveController, clock: FakeClock, until) -> list:
    """Wake the controller whenever it asks, until `until` by the fake clock: a headless day."""
    done = []
    while True:
        due = rules.next_wake()
        if due is None or due > until:
            clock.advance(max(0.0, (until - clock.now()).total_seconds()))
            return done + rules.wake()
        clock.advance(max(0.0, (due - clock.now()).total_seconds()))
        done += rules.wake()


def test_h_is_logged_and_a_restart_keeps_the_segment_held(tmp_path):
    clock = FakeClock(at("08:55"))
    first = session(tmp_path / "log.sqlite", clock)
    rules = LiveController(first.engine)
    assert rules.toggle_hold(0) is True
    assert [a for a in rules.plan() if a.kind is AlertKind.AUTO_START] == []
    first.close()  # the crash: nothing else is written
    clock.advance(10 * 60)  # 09:05, past the planned start
    again = session(tmp_path / "log.sqlite", clock, boot="two")
    restarted = LiveController(again.engine)
    assert again.engine.held == {0}
    assert AlertKind.AUTO_START not in [a.kind for a in restarted.wake()] and again.engine.current is None
    assert logged_types(tmp_path / "log.sqlite")[:1] == ["hold"]
    assert restarted.toggle_hold(0) is False  # H again: released, and it catches up at once
    # Started 5 min late, the day is past its stop from now on (not while it had not started).
    assert [a.kind for a in restarted.wake()] == [AlertKind.AUTO_START, AlertKind.HARD_STOP]
    assert again.engine.current == 0
    again.close()


def test_the_chairs_message_is_logged_and_comes_back_after_a_crash(tmp_path):
    clock = FakeClock(at("09:00"))
    first = session(tmp_path / "log.sqlite", clock, day=dialogue_day())
    rules = LiveController(first.engine)
    first.engine.advance()
    rules.send_message("Please wrap up")
    first.close()
    again = session(tmp_path / "log.sqlite", clock, boot="two", day=dialogue_day())
    assert again.engine.chair_message == "Please wrap up"
    LiveController(again.engine).send_message("")
    assert again.engine.chair_message == ""
    again.close()
    assert logged_types(tmp_path / "log.sqlite").count("message") == 2


def test_an_alert_in_the_log_never_fires_again_after_a_restart(tmp_path):
    day = replace(
        dialogue_day(), segments=tuple(replace(s, alerts=(timedelta(minutes=5),)) for s in dialogue_day().segments)
    )
    clock = FakeClock(at("09:00"))
    first = session(tmp_path / "log.sqlite", clock, day=day)
    first.engine.advance()
    rules = LiveController(first.engine)
    fired = run_until(rules, clock, at("09:31"))
    assert [a.key for a in fired if a.segment == 0] == ["0:warning:300", "0:overtime:0"]
    alert = next(e for e in first.engine.events if e.type is EventType.ALERT and e.data["kind"] == "overtime")
    assert alert.data["key"] == "0:overtime:0" and alert.data["level"] == AlertLevel.DANGER.value
    first.close()
    clock.advance(2)  # a restart within the grace of both alerts
    again = session(tmp_path / "log.sqlite", clock, boot="two", day=day)
    assert LiveController(again.engine).wake() == []
    again.close()


def test_a_restart_after_the_app_was_down_starts_the_due_segment_from_its_planned_time(tmp_path):
    clock = FakeClock(at("09:00"))
    first = session(tmp_path / "log.sqlite", clock)
    rules = LiveController(first.engine)
    run_until(rules, clock, at("09:20"))
    assert first.engine.current == 0
    first.close()  # down from 09:20 to 09:40: Global connectivity (09:30) should have started
    clock.advance(20 * 60)
    again = session(tmp_path / "log.sqlite", clock, boot="two")
    restarted = LiveController(again.engine)
    assert [a.kind for a in restarted.wake()] == [AlertKind.AUTO_START]
    run = again.engine.runs[1]
    assert again.engine.current == 1 and run.start_event is not None
    assert run.start_event.wall == at("09:30")  # the room went on at its time
    assert again.engine.runs[0].end_event.wall == at("09:30")
    assert isinstance(run.start_event.payload, Start) and run.start_event.payload.late_s == 600
    late = restarted.late_start(1)
    assert late is not None and late.backdated and late.late_s == 600
    assert run.remaining(clock.monotonic()) == 10 * 60  # 09:40 of 09:30-09:50
    again.close()


def test_a_wall_clock_step_past_a_start_catches_up_now_and_says_how_late():
    engine, clock = engine_at("08:59", AUTO_DAY)
    rules = LiveController(engine)
    clock.jump_wall(40 * 60)  # the machine's clock steps to 09:39: Global connectivity's time (09:30-09:50)
    assert [a.kind for a in rules.wake() if a.kind is AlertKind.AUTO_START] == [AlertKind.AUTO_START]
    assert engine.current == 1
    payload = engine.runs[1].start_event.payload
    assert isinstance(payload, Start) and payload.auto and payload.late_s == 540
    late = rules.late_start(1)
    assert late is not None and not late.backdated  # it starts now: the room waited for the app


def test_a_sleep_through_a_start_catches_up_when_the_machine_wakes():
    engine, clock = engine_at("09:25", AUTO_DAY)
    engine.start(0)
    engine.adjust(-25 * 60)  # its time is up at 09:30
    rules = LiveController(engine)
    clock.advance(10 * 60)  # asleep through 09:30: nobody called wake
    assert AlertKind.AUTO_START in [a.kind for a in rules.wake()]
    assert engine.current == 1 and engine.runs[1].start_event.payload.late_s == 300


def test_a_whole_auto_start_day_runs_headless_on_a_fake_clock():
    engine, clock = engine_at("08:59", AUTO_DAY)
    rules = LiveController(engine)
    fired = run_until(rules, clock, at("12:01"))
    starts = [e for e in engine.events if e.type is EventType.START]
    assert [e.segment for e in starts] == list(range(8))
    assert all(e.wall == engine.day.segments[e.segment].start for e in starts)
    assert len({a.key for a in fired}) == len(fired)  # nothing twice
    alerts = [e for e in engine.events if e.type is EventType.ALERT]
    assert [e.wall for e in alerts] == sorted(e.wall for e in alerts)  # nothing out of order
    assert any(e.data["kind"] == "intermission_ending" for e in alerts)


def test_the_chairs_messages_are_in_the_report(tmp_path):
    from runner.io.report_command import write_report
    from tests.scripted_day import DIALOGUE_YAML, dialogue

    clock = FakeClock(at("09:00"))
    agenda, day = dialogue()
    opened = open_session(
        agenda, day, clock, tmp_path / "log.sqlite", boot_id="one", agenda_bytes=DIALOGUE_YAML.encode()
    )
    opened.engine.advance()
    opened.engine.send_message("Please wrap up")
    clock.advance(60)
    opened.engine.send_message("")
    opened.close()
    out = tmp_path / "summary.md"
    assert write_report(tmp_path / "log.sqlite", out) == 0
    text = out.read_text(encoding="utf-8")
    assert "Messages to the chair" in text and "Please wrap up" in text and "(cleared)" in text

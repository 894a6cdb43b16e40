"""Opening a session on a log with history: the day goes on where it was, across the downtime."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from runner.core.clock import FakeClock
from runner.core.engine import RunStatus
from runner.core.session import open_session
from runner.core.timing_log import LogError, TimingLog
from tests.core.engine_fixtures import at, dialogue_day
from tests.core.log_fixtures import AGENDA_BYTES, dialogue_agenda


def _first_run(tmp_path, boot="boot-1"):
    """Start the day 2 min late, run 31 min, start segment 2, pause, add a minute: then 'crash'."""
    day = dialogue_day()
    clock = FakeClock(at("09:02"), monotonic=500.0)
    opened = open_session(
        dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id=boot, agenda_bytes=AGENDA_BYTES
    )
    engine = opened.engine
    engine.advance()
    clock.advance(31 * 60)
    engine.advance()
    clock.advance(60)
    engine.adjust(60)
    engine.pause()
    clock.advance(30)
    engine.resume()
    opened.close()
    return day, clock


def test_a_new_log_gives_no_notice(tmp_path):
    day = dialogue_day()
    opened = open_session(
        dialogue_agenda(day),
        day,
        FakeClock(at("08:50")),
        tmp_path / "new.sqlite",
        boot_id="b",
        agenda_bytes=AGENDA_BYTES,
    )
    assert opened.notice == "" and opened.log_path == tmp_path / "new.sqlite"
    assert (tmp_path / "new.sqlite").exists()


def test_same_boot_keeps_monotonic_times_and_the_downtime_counts_as_elapsed(tmp_path):
    day, clock = _first_run(tmp_path)
    clock.advance(42)  # the app is down
    opened = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    engine = opened.engine
    assert engine.current == 1
    run = engine.current_run
    assert run.start_event.wall == at("09:33")
    assert run.adjust == 60 and run.paused_total == 30
    assert run.active(clock.monotonic()) == 60 + 42
    assert opened.notice == "Recovered: 'Global connectivity' has been running since 09:33 (app was down at most 42 s)."
    assert engine.events[-1].type == "recover" and engine.events[-1].data["down_s"] == 42.0


def test_the_recover_event_is_on_disk(tmp_path):
    day, clock = _first_run(tmp_path)
    opened = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    opened.engine.advance()
    types = [item.event.type for item in TimingLog.read(tmp_path / "log.sqlite").events()]
    # the next segment holds a speakers' list: its first turn is recorded with its start
    assert types[-4:] == ["recover", "end", "start", "speaker"]


def test_another_boot_maps_times_through_the_wall_clock(tmp_path):
    day, old = _first_run(tmp_path)
    clock = FakeClock(old.now() + timedelta(minutes=5), monotonic=12.0)  # rebooted: monotonic restarted
    opened = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-2")
    run = opened.engine.current_run
    assert run.started == 12.0 - (60 + 30 + 300)
    assert run.active(clock.monotonic()) == 60 + 300
    assert "down at most 5 min" in opened.notice


def test_unknown_boot_also_maps_through_the_wall_clock(tmp_path):
    day, old = _first_run(tmp_path, boot="")
    clock = FakeClock(old.now() + timedelta(seconds=10), monotonic=5.0)
    opened = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="")
    assert opened.engine.current_run.active(5.0) == 70


def test_a_paused_segment_comes_back_paused(tmp_path):
    day, clock = _first_run(tmp_path)
    reopened = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    reopened.engine.pause()
    reopened.close()
    clock.advance(100)
    again = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    assert again.engine.paused
    assert again.notice.endswith("since 09:33, paused (app was down at most 1 min 40 s).")


def test_a_finished_day_reopens_without_a_recover_event(tmp_path):
    day, clock = _first_run(tmp_path)
    opened = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    opened.engine.end_day()
    opened.close()
    again = open_session(dialogue_agenda(day), day, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    assert again.engine.finished and again.engine.events[-1].type == "day_end"
    assert "over" in again.notice
    assert again.engine.runs[1].status is RunStatus.DONE


def test_a_log_of_another_day_is_refused_untouched(tmp_path):
    day, clock = _first_run(tmp_path)
    before = (tmp_path / "log.sqlite").read_bytes()
    other = replace(day, date=day.date + timedelta(days=1))
    with pytest.raises(LogError, match="is the log of 2020-06-12, not of 2020-06-13"):
        open_session(dialogue_agenda(other), other, clock, tmp_path / "log.sqlite", boot_id="boot-1")
    assert (tmp_path / "log.sqlite").read_bytes() == before


def test_a_changed_programme_is_refused_untouched(tmp_path):
    day, clock = _first_run(tmp_path)
    path = tmp_path / "log.sqlite"
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = path.read_bytes()
    changed = replace(day, segments=(replace(day.segments[0], title="Welcome"), *day.segments[1:]))
    with pytest.raises(LogError, match=r"another version of agendas/roadmap\.yaml"):
        open_session(dialogue_agenda(changed, b"edited"), changed, clock, path, boot_id="boot-1")
    assert path.read_bytes() == before


def test_an_edited_file_with_the_same_day_recovers_and_says_so(tmp_path):
    day, clock = _first_run(tmp_path)
    opened = open_session(
        dialogue_agenda(day, b"# a comment was added\n"), day, clock, tmp_path / "log.sqlite", boot_id="boot-1"
    )
    assert opened.engine.current == 1
    assert opened.notice.endswith("this day's programme has not.")


def test_a_corrupt_log_at_the_session_path_is_refused_untouched(tmp_path):
    path = tmp_path / "log.sqlite"
    path.write_bytes(b"garbage" * 100)
    day = dialogue_day()
    with pytest.raises(LogError, match="not a Session Runner timing log"):
        open_session(dialogue_agenda(day), day, FakeClock(at("09:00")), path, boot_id="b")
    assert path.read_bytes() == b"garbage" * 100


def test_an_event_the_day_cannot_replay_is_one_error_and_the_file_is_kept(tmp_path):
    day, clock = _first_run(tmp_path)
    path = tmp_path / "log.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "INSERT INTO events (type, segment, wall, mono, boot, data) "
        "VALUES ('start', 99, '2020-06-12T09:40:00-04:00', 2000.0, 'boot-1', '{}')"
    )
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    before = path.read_bytes()
    with pytest.raises(LogError, match="cannot replay"):
        open_session(dialogue_agenda(day), day, clock, path, boot_id="boot-1")
    assert path.read_bytes() == before


def test_a_log_from_a_newer_version_is_refused(tmp_path):
    day, clock = _first_run(tmp_path)
    path = tmp_path / "log.sqlite"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    with pytest.raises(LogError, match="newer Session Runner"):
        open_session(dialogue_agenda(day), day, clock, path, boot_id="boot-1")

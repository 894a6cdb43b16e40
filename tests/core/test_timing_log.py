"""The timing log: what it stores, that every event is on disk at once, and the files it refuses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine
from runner.core.timing_log import APPLICATION_ID, SCHEMA_VERSION, LogError, TimingLog
from tests.core.engine_fixtures import at, dialogue_day
from tests.core.log_fixtures import AGENDA_BYTES, dialogue_agenda, foreign_sqlite


def _new_log(tmp_path: Path) -> tuple[TimingLog, SessionEngine, FakeClock]:
    day = dialogue_day()
    log = TimingLog.create(tmp_path / "day.sqlite", dialogue_agenda(day), day, AGENDA_BYTES, "boot-1")
    clock = FakeClock(at("09:02"))
    engine = SessionEngine(day, clock)
    log.attach(engine)
    return log, engine, clock


def test_a_new_log_holds_the_session_facts_and_the_agenda_copy(tmp_path):
    log, _, _ = _new_log(tmp_path)
    assert log.meta["day"] == "2020-06-12"
    assert log.meta["timezone"] == "America/New_York"
    assert log.meta["boot_id"] == "boot-1"
    assert log.meta["text_hash"] == dialogue_agenda().text_hash
    assert log.agenda_copy() == ("agendas/roadmap.yaml", AGENDA_BYTES)
    db = sqlite3.connect(tmp_path / "day.sqlite")
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_event_is_readable_by_another_connection_as_soon_as_it_happens(tmp_path):
    _log, engine, clock = _new_log(tmp_path)
    engine.advance()
    other = sqlite3.connect(tmp_path / "day.sqlite")
    assert other.execute("SELECT type, segment FROM events").fetchall() == [("start", 0)]
    clock.advance(90)
    engine.add_note("Chair thanks the <b>Envoy</b>")
    engine.pause()
    rows = other.execute("SELECT seq, type, segment, mono, boot FROM events ORDER BY seq").fetchall()
    assert rows == [
        (1, "start", 0, 1000.0, "boot-1"),
        (2, "note", 0, 1090.0, "boot-1"),
        (3, "pause", 0, 1090.0, "boot-1"),
    ]


def test_events_read_back_equal_what_the_engine_emitted(tmp_path):
    _log, engine, clock = _new_log(tmp_path)
    engine.advance()
    clock.advance(30)
    engine.adjust(120)
    engine.record_alert("warning", "2 minutes left — à bientôt")
    back = [item.event for item in TimingLog.read(tmp_path / "day.sqlite").events()]
    assert back == engine.events
    assert back[1].data == {"seconds": 120.0}
    assert back[0].wall.utcoffset() == at("09:00").utcoffset()


def test_creating_over_an_existing_file_is_refused(tmp_path):
    _new_log(tmp_path)
    with pytest.raises(LogError, match="already exists"):
        TimingLog.create(tmp_path / "day.sqlite", dialogue_agenda(), dialogue_day(), b"", "b")


def _broken_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"\x00\xffnot a database at all" * 50)
    files["garbage"] = garbage
    text = tmp_path / "notes.sqlite"
    text.write_text("title: an agenda, not a log\n")
    files["text"] = text
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    files["empty"] = empty
    foreign = tmp_path / "foreign.sqlite"
    foreign_sqlite(foreign)
    files["foreign"] = foreign
    log, engine, _clock = _new_log(tmp_path)
    for _ in range(40):
        engine.add_note("x" * 500)
    log.close()
    whole = tmp_path / "day.sqlite"
    sqlite3.connect(whole).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    files["truncated"] = truncated
    return files


@pytest.mark.parametrize("kind", ["garbage", "text", "empty", "foreign", "truncated"])
def test_unusable_files_give_one_clear_error_and_stay_byte_identical(tmp_path, kind):
    path = _broken_files(tmp_path)[kind]
    before = path.read_bytes()
    with pytest.raises(LogError) as caught:
        TimingLog.read(path)
    with pytest.raises(LogError):
        TimingLog.open_existing(path, "boot-1")
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists() or kind == "truncated"


def test_a_foreign_database_is_named_as_such(tmp_path):
    path = tmp_path / "foreign.sqlite"
    foreign_sqlite(path)
    with pytest.raises(LogError, match="another application"):
        TimingLog.read(path)


def test_a_log_missing_its_tables_is_refused(tmp_path):
    path = tmp_path / "odd.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    db.commit()
    db.close()
    with pytest.raises(LogError, match="missing its tables"):
        TimingLog.read(path)


def test_a_missing_file_is_one_line(tmp_path):
    with pytest.raises(LogError, match="no such file"):
        TimingLog.read(tmp_path / "nope.sqlite")


def _round1_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "round1.sqlite"
    copy.write_bytes((Path(__file__).resolve().parent.parent / "fixtures" / "round1-dialogue.sqlite").read_bytes())
    return copy


def test_details_read_at_once_are_the_details_read_row_by_row(tmp_path, monkeypatch) -> None:
    log = TimingLog.read(_round1_copy(tmp_path))
    try:
        at_once = log.events()
        rows = log._rows("SELECT seq, type, segment, wall, mono, boot, data FROM events ORDER BY seq")
        assert log._details_at_once(rows) is not None  # the fast path is the one taken
        monkeypatch.setattr(TimingLog, "_details_at_once", lambda self, rows: None)
        assert log.events() == at_once
    finally:
        log.close()


def test_details_split_across_two_rows_are_refused_not_read_shifted(tmp_path) -> None:
    # Joined, these two rows are two objects for two rows: only SQLite's check of each row stops
    # the one decoder call from handing the next event this one's details.
    path = _round1_copy(tmp_path)
    db = sqlite3.connect(path)
    db.execute("""UPDATE events SET data = '{"text": "x"}, {"text": [0' WHERE seq = 3""")
    db.execute("UPDATE events SET data = '0]}' WHERE seq = 4")
    db.commit()
    db.close()
    log = TimingLog.read(path)
    try:
        with pytest.raises(LogError, match="holds an unreadable event"):
            log.events()
    finally:
        log.close()

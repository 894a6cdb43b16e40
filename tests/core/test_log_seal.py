"""The timing log's seal (runner.core.log_seal): every event chained as it is written, logs of
earlier versions sealed from their first new event, and what a naive edit with sqlite3 leaves."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine
from runner.core.log_seal import canonical, genesis, link
from runner.core.session import open_session
from runner.core.timing_log import TimingLog
from tests.core.engine_fixtures import at, dialogue_day
from tests.core.log_fixtures import AGENDA_BYTES, dialogue_agenda
from tests.scripted_day import DIALOGUE_YAML, dialogue

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _day_with_events(tmp_path: Path) -> Path:
    day = dialogue_day()
    path = tmp_path / "day.sqlite"
    log = TimingLog.create(path, dialogue_agenda(day), day, AGENDA_BYTES, "boot-1")
    clock = FakeClock(at("09:02"))
    engine = SessionEngine(day, clock)
    log.attach(engine)
    engine.advance()
    clock.advance(30)
    engine.add_note("Chair thanks the Envoy — مرحبا, 你好")
    engine.pause()
    clock.advance(5)
    engine.resume()
    engine.advance()
    log.close()
    return path


def _check(path: Path):
    log = TimingLog.read(path)
    try:
        return log.check_seal()
    finally:
        log.close()


def test_every_event_carries_the_hash_of_its_row_and_of_the_one_before(tmp_path):
    path = _day_with_events(tmp_path)
    db = sqlite3.connect(path)
    meta = dict(db.execute("SELECT key, value FROM meta"))
    name, data = db.execute("SELECT name, data FROM agenda_copy").fetchone()
    head = genesis(meta, name, data)
    assert head.hex() == meta["chain_genesis"]
    rows = db.execute("SELECT seq, type, segment, wall, mono, boot, data, chain FROM events ORDER BY seq").fetchall()
    assert len(rows) >= 5
    for row in rows:
        head = link(head, row[:7])
        assert row[7] == head.hex(), row
    found = _check(path)
    assert found.sound and found.events == len(rows) and found.head == head.hex() and found.unsealed_before == 0


def test_the_canonical_form_types_and_sizes_every_column():
    # A text "1" and an integer 1, or ("ab", "c") and ("a", "bc"), must not hash alike.
    assert canonical((1, "1")) != canonical(("1", 1))
    assert canonical(("ab", "c")) != canonical(("a", "bc"))
    assert canonical((None,)) != canonical(("",))
    assert canonical((1.0,)) != canonical((1,))


def test_the_chain_goes_on_across_a_restart(tmp_path):
    path = _day_with_events(tmp_path)
    before = _check(path)
    log = TimingLog.open_existing(path, "boot-2")
    engine = SessionEngine(dialogue_day(), FakeClock(at("09:30")))
    log.attach(engine)
    engine.advance()
    log.close()
    after = _check(path)
    assert after.sound and after.events == before.events + 1 and after.head != before.head


def test_a_log_of_an_earlier_version_opens_as_before_and_is_sealed_from_its_first_new_event(tmp_path):
    path = tmp_path / "crashed.sqlite"
    shutil.copy(FIXTURES / "round1-crashed.sqlite", path)
    old = _check(path)
    assert not old.sealed and old.finding is None and old.head == ""
    agenda, day = dialogue()
    opened = open_session(agenda, day, FakeClock(at("09:20")), path, boot_id="t", agenda_bytes=DIALOGUE_YAML.encode())
    try:
        assert f"sealed from event {old.events + 1} on" in opened.notice
        assert opened.notice.count("earlier version") == 1
        opened.engine.advance()
    finally:
        opened.close()
    found = _check(path)
    assert found.sound, found.finding
    assert found.sealed_from == old.events + 1 and found.unsealed_before == old.events
    assert found.events > old.events + 1  # the recover event and the advance's
    # An older event changed after the seal breaks the chain at the first sealed event.
    db = sqlite3.connect(path)
    db.execute("UPDATE events SET wall = replace(wall, ':', ';') WHERE seq = 2")
    db.commit()
    db.close()
    assert _check(path).finding is not None


def test_a_sealed_log_reopened_says_nothing_of_seals(tmp_path):
    agenda, day = dialogue()
    path = tmp_path / "day.sqlite"
    clock = FakeClock(at("09:02"))
    opened = open_session(agenda, day, clock, path, boot_id="t", agenda_bytes=DIALOGUE_YAML.encode())
    opened.engine.advance()
    opened.close()
    again = open_session(agenda, day, clock, path, boot_id="t", agenda_bytes=DIALOGUE_YAML.encode())
    again.close()
    assert "sealed" not in again.notice and _check(path).sound


def _edit(path: Path, sql: str, *args: object) -> None:
    db = sqlite3.connect(path)
    db.execute(sql, args)
    db.commit()
    db.close()


def test_a_row_moved_by_a_second_is_named(tmp_path):
    path = _day_with_events(tmp_path)
    _edit(path, "UPDATE events SET mono = mono + 1 WHERE seq = 3")
    found = _check(path)
    assert found.finding is not None and found.finding.seq == 3
    assert str(found.finding).startswith("event 3 (pause, 2020-06-12T09:02:30")


def test_a_deleted_row_an_added_one_and_a_cut_tail_are_named(tmp_path):
    path = _day_with_events(tmp_path)
    total = _check(path).events
    cut, added = tmp_path / "cut.sqlite", tmp_path / "added.sqlite"
    shutil.copy(path, cut)
    shutil.copy(path, added)
    _edit(cut, "DELETE FROM events WHERE seq = ?", total)
    assert str(_check(cut).finding) == f"the log was cut short: its last event, {total}, is missing"
    _edit(path, "DELETE FROM events WHERE seq = 2")
    gone = _check(path).finding
    assert gone is not None and gone.seq == 2
    assert str(gone).startswith("event 2 is missing (the log goes on from event 1 (start")
    _edit(added, "INSERT INTO events (type, segment, wall, mono, boot) VALUES ('note', 0, '2020-06-12', 1.0, 'x')")
    assert str(_check(added).finding) == f"event {total + 1} (note, 2020-06-12) carries no seal"


def test_changed_session_facts_are_named(tmp_path):
    path = _day_with_events(tmp_path)
    _edit(path, "UPDATE meta SET value = '2020-06-13' WHERE key = 'day'")
    found = _check(path).finding
    assert found is not None and found.seq is None and "session facts" in str(found)

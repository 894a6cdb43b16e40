"""`verify LOG [--report SUMMARY]` over a real day's log: a shipped agenda rehearsed through the
engine and written by the log writer (tests/record_day.py), then changed in every way issue 30
names, at every event: moved by a second, deleted, inserted, the tail cut. A naive edit (sqlite3
alone) is found by the log's own seal; a forger who also recomputes every seal is found by the
summary made from the log before the edit."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from runner.cli import main
from runner.core import i18n
from runner.core.log_seal import genesis, link
from runner.io.report_command import write_report
from tests.record_day import rehearsed_log

FIXTURES = Path(__file__).resolve().parent / "fixtures"
Edit = Callable[[sqlite3.Connection, int], None]


@pytest.fixture(scope="module")
def day(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("record")
    log = rehearsed_log(folder / "day.sqlite")
    for suffix in (".md", ".html", ".pdf"):
        assert write_report(log, folder / f"summary{suffix}") == 0
    return log


def _events(log: Path) -> int:
    with sqlite3.connect(log) as db:
        return int(db.execute("SELECT count(*) FROM events").fetchone()[0])


def _verify(capsys, *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["verify", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _changed(day: Path, tmp_path: Path, edit: Edit, seq: int, reseal: bool = False) -> Path:
    copy = tmp_path / f"changed-{seq}.sqlite"
    shutil.copy(day, copy)
    db = sqlite3.connect(copy)
    db.execute("PRAGMA synchronous=OFF")  # a scratch copy: no fsync for each of ~300 edits
    try:
        edit(db, seq)
        if reseal:
            _reseal(db)
        db.commit()
    finally:
        db.close()
    return copy


def _reseal(db: sqlite3.Connection) -> None:
    """What a forger does after an edit: renumber 1..n, recompute every seal and the counter."""
    rows = db.execute("SELECT seq, type, segment, wall, mono, boot, data FROM events ORDER BY seq").fetchall()
    db.execute("DELETE FROM events")
    meta = dict(db.execute("SELECT key, value FROM meta"))
    head = genesis(meta, *db.execute("SELECT name, data FROM agenda_copy").fetchone())
    for number, row in enumerate(rows, 1):
        row = (number, *row[1:])
        head = link(head, row)
        db.execute(
            "INSERT INTO events (seq, type, segment, wall, mono, boot, data, chain) VALUES (?,?,?,?,?,?,?,?)",
            (*row, head.hex()),
        )
    db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'", (len(rows),))


def _move(db: sqlite3.Connection, seq: int) -> None:
    wall = db.execute("SELECT wall FROM events WHERE seq = ?", (seq,)).fetchone()[0]
    later = (datetime.fromisoformat(wall) + timedelta(seconds=1)).isoformat()
    db.execute("UPDATE events SET wall = ?, mono = mono + 1 WHERE seq = ?", (later, seq))


def _delete(db: sqlite3.Connection, seq: int) -> None:
    db.execute("DELETE FROM events WHERE seq = ?", (seq,))


def _insert_before(db: sqlite3.Connection, seq: int) -> None:
    """A copy of event `seq`, one second earlier, put in before it (the later ones renumbered);
    it takes the seal the event in its place had."""
    row = db.execute("SELECT type, segment, wall, mono, boot, data, chain FROM events WHERE seq = ?", (seq,)).fetchone()
    db.execute("UPDATE events SET seq = -seq - 1 WHERE seq >= ?", (seq,))
    db.execute("UPDATE events SET seq = -seq WHERE seq < 0")
    earlier = (datetime.fromisoformat(row[2]) - timedelta(seconds=1)).isoformat()
    db.execute(
        "INSERT INTO events (seq, type, segment, wall, mono, boot, data, chain) VALUES (?,?,?,?,?,?,?,?)",
        (seq, row[0], row[1], earlier, row[3] - 1, row[4], row[5], row[6]),
    )


def _cut_after(db: sqlite3.Connection, seq: int) -> None:
    """Everything after event `seq` removed, and SQLite's counter put back to match."""
    db.execute("DELETE FROM events WHERE seq > ?", (seq,))
    db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'", (seq,))


def test_a_sound_log_verifies_with_its_count_and_head(day, capsys):
    code, out, err = _verify(capsys, day)
    total = _events(day)
    assert code == 0 and not err
    assert out.startswith(f"{day}: sound: {total} events, chain head ") and out.count("\n") == 1
    head = out.split("chain head ")[1].split()[0]
    assert len(head) == 64
    for suffix in (".md", ".html", ".pdf"):
        code, out, err = _verify(capsys, day, "--report", day.with_name(f"summary{suffix}"))
        assert (code, err) == (0, ""), err
        assert out.rstrip().endswith(f"summary{suffix} was made from it") and head in out


def test_verify_has_its_own_help(capsys):
    code, out, _ = _verify(capsys, "--help")
    assert code == 0 and "--report SUMMARY" in out and "seal" in out


@pytest.mark.parametrize(
    "edit,finding",
    [
        (_move, "event {n} ("),
        (_delete, "event {n} is missing"),
        (_insert_before, "event {n} ("),
    ],
    ids=["moved by a second", "deleted", "inserted"],
)
def test_a_naive_edit_of_any_event_is_named_by_the_log_alone(day, tmp_path, capsys, edit, finding):
    total = _events(day)
    for n in range(1, total + 1):
        code, out, err = _verify(capsys, _changed(day, tmp_path, edit, n))
        expected = finding.format(n=n)
        if edit is _delete and n == total:
            expected = f"the log was cut short: its last event, {n}, is missing"
        assert code == 1 and not out, (n, out)
        assert err.count("\n") == 1 and expected in err and "Traceback" not in err, (n, err)


def test_a_cut_tail_is_named_by_the_log_alone_when_its_counter_was_left(day, tmp_path, capsys):
    total = _events(day)
    for n in range(total):
        cut = _changed(day, tmp_path, lambda db, k: db.execute("DELETE FROM events WHERE seq > ?", (k,)), n)
        code, _, err = _verify(capsys, cut)
        assert code == 1 and "cut short" in err, (n, err)


@pytest.mark.parametrize("edit", [_move, _delete, _insert_before], ids=["moved by a second", "deleted", "inserted"])
def test_a_forged_log_with_fresh_seals_is_found_by_its_summary(day, tmp_path, capsys, edit):
    total, summary = _events(day), day.with_name("summary.md")
    for n in range(1, total + 1):
        forged = _changed(day, tmp_path, edit, n, reseal=True)
        assert _verify(capsys, forged)[0] == 0  # the chain alone cannot tell: anyone can compute SHA-256
        code, out, err = _verify(capsys, forged, "--report", summary)
        assert code == 1 and not out and err.count("\n") == 1, (n, err)
        assert ("was not made from" in err) if edit is not _delete else ("was cut short of" in err), (n, err)


def test_a_tail_cut_by_a_forger_is_found_by_its_summary(day, tmp_path, capsys):
    total = _events(day)
    for suffix in (".md", ".html", ".pdf"):
        for n in range(total) if suffix == ".md" else (total // 2,):
            cut = _changed(day, tmp_path, _cut_after, n)
            assert _verify(capsys, cut)[0] == 0
            code, _, err = _verify(capsys, cut, "--report", day.with_name(f"summary{suffix}"))
            assert code == 1, (n, err)
            assert err == (
                f"{cut}: was cut short of {day.with_name(f'summary{suffix}')}: the summary was made from "
                f"{total} events, the log holds {n}\n"
            )


def test_a_log_that_went_on_after_its_summary_says_so(day, tmp_path, capsys):
    early = _changed(day, tmp_path, _cut_after, 10)
    summary = tmp_path / "early.md"
    assert write_report(early, summary) == 0
    code, out, _ = _verify(capsys, day, "--report", summary)
    assert code == 0 and "was made from its first 10 events (the log went on after it)" in out


def test_a_summary_without_a_seal_and_a_log_without_one_are_one_line_each(day, tmp_path, capsys):
    plain = tmp_path / "plain.md"
    plain.write_text("# A summary written by hand\n", encoding="utf-8")
    code, _, err = _verify(capsys, day, "--report", plain)
    assert code == 1 and err == f"{plain}: holds no seal of a timing log (a summary of this version prints one)\n"
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "round1-dialogue.sqlite", old)
    code, _, err = _verify(capsys, old)
    assert code == 1 and err.count("\n") == 1 and "has no seal: an earlier version wrote it" in err
    code, _, err = _verify(capsys, plain)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = _verify(capsys, day, "--report", tmp_path / "none.md")
    assert code == 1 and err.count("\n") == 1 and "cannot be read" in err


def test_verify_speaks_the_language_asked(day, capsys):
    before = i18n.active_catalogue()
    try:
        code, out, _ = _verify(capsys, day, "--lang", "fr")
    finally:
        i18n.use(before)
    assert code == 0 and "intègre :" in out and "tête de chaîne" in out

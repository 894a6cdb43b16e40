"""write_report and export_reports: formats by suffix, exit codes, one-line errors, untouched logs."""

from __future__ import annotations

from datetime import date

import pytest

from runner.io.report_command import FORMATS, export_reports, write_report
from tests.core.log_fixtures import foreign_sqlite
from tests.io.report_fixtures import scripted_log


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_format_writes_a_non_empty_file(tmp_path, capsys, suffix):
    out = tmp_path / "out" / f"summary{suffix}"
    out.parent.mkdir()
    assert write_report(scripted_log(tmp_path), out) == 0
    assert out.stat().st_size > 200
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote {out}")
    if suffix == ".csv":
        assert (tmp_path / "out" / "summary-speakers.csv").stat().st_size > 100
        assert "summary-speakers.csv" in said
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".")) == []  # no temp files left


def test_an_unknown_suffix_is_a_usage_error(tmp_path, capsys):
    assert write_report(scripted_log(tmp_path), tmp_path / "summary.docx") == 2
    err = capsys.readouterr().err
    assert "cannot tell the format" in err and err.count("\n") == 1


@pytest.mark.parametrize("content", [b"", b"garbage" * 40, None])
def test_a_bad_log_exits_1_with_one_line_and_is_left_alone(tmp_path, capsys, content):
    log = tmp_path / "bad.sqlite"
    if content is None:
        foreign_sqlite(log)
    else:
        log.write_bytes(content)
    before = log.read_bytes()
    assert write_report(log, tmp_path / "out.html") == 1
    err = capsys.readouterr().err
    assert err.startswith(str(log)) and err.count("\n") == 1
    assert log.read_bytes() == before and not (tmp_path / "out.html").exists()


def test_a_missing_log_exits_1(tmp_path, capsys):
    assert write_report(tmp_path / "nope.sqlite", tmp_path / "out.md") == 1
    assert "no such file" in capsys.readouterr().err


def test_another_day_exits_1(tmp_path, capsys):
    assert write_report(scripted_log(tmp_path), tmp_path / "out.md", date(2020, 6, 11)) == 1
    assert "is the log of 2020-06-12, not of 2020-06-11" in capsys.readouterr().err


def test_the_matching_day_is_accepted(tmp_path):
    assert write_report(scripted_log(tmp_path), tmp_path / "out.md", date(2020, 6, 12)) == 0


def test_an_unwritable_output_exits_1(tmp_path, capsys):
    assert write_report(scripted_log(tmp_path), tmp_path / "no-such-folder" / "out.md") == 1
    assert "cannot be written" in capsys.readouterr().err


def test_the_log_itself_is_never_the_output(tmp_path, capsys):
    log = scripted_log(tmp_path)
    copy = log.with_suffix(".csv")
    copy.write_bytes(log.read_bytes())
    before = copy.read_bytes()
    assert write_report(copy, copy) == 2
    assert copy.read_bytes() == before


def test_the_report_stays_right_when_the_agenda_file_changes(tmp_path):
    # the log holds its own copy of the agenda; there is no agenda file on disk at all here
    out = tmp_path / "out.md"
    assert write_report(scripted_log(tmp_path), out) == 0
    assert "Digital public goods" in out.read_text(encoding="utf-8")


def test_export_writes_every_format(tmp_path):
    written = export_reports(scripted_log(tmp_path), tmp_path / "export")
    assert sorted(p.suffix for p in written) == sorted([*list(FORMATS), ".csv"])
    assert all(p.exists() and p.stat().st_size > 0 for p in written)
    assert tmp_path / "export" / "dialogue-2020-06-12-report-speakers.csv" in written


def test_a_log_with_an_impossible_event_exits_1(tmp_path, capsys):
    import sqlite3

    log = scripted_log(tmp_path)
    db = sqlite3.connect(log)
    db.execute(
        "INSERT INTO events (type, segment, wall, mono, boot, data) "
        "VALUES ('adjust', 42, '2020-06-12T12:05:00-04:00', 9999.0, 'scripted', '{}')"
    )
    db.commit()
    db.close()
    assert write_report(log, tmp_path / "out.md") == 1
    assert "cannot replay" in capsys.readouterr().err

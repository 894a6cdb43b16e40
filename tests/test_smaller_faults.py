"""Issue 13's smaller faults: a 60,000-character title, `timezone: localtime`, and a backup that
copies only the `.sqlite` of a crashed day."""

from __future__ import annotations

import shutil

import pytest

from runner.cli import main
from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.core.timing_log import TimingLog
from tests.scripted_day import DIALOGUE_YAML, at, dialogue

AGENDA = """\
title: Day
timezone: {zone}
date: 2020-06-12
segments:
  - start: "09:00"
    title: {title}
    duration: 5m
"""


def check(capsys, tmp_path, zone="Europe/Paris", title="Opening") -> tuple[int, list[str]]:
    path = tmp_path / "agenda.yaml"
    path.write_text(AGENDA.format(zone=zone, title=title), encoding="utf-8")
    code = main(["check", str(path)])
    return code, capsys.readouterr().err.splitlines()


def test_an_unbroken_60000_character_title_is_refused_in_one_line(tmp_path, capsys):
    code, lines = check(capsys, tmp_path, title="x" * 60000)
    assert code == 1 and len(lines) == 1 and "60000 characters long" in lines[0] and "under 2000" in lines[0]


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "Factory", "posix/Europe/Paris"])
def test_the_zone_databases_aliases_for_this_computer_are_refused(tmp_path, capsys, zone):
    code, lines = check(capsys, tmp_path, zone=zone)
    assert code == 1 and len(lines) == 1 and "not a time zone an agenda can use" in lines[0]


def test_local_is_not_told_to_become_localtime(tmp_path, capsys):
    code, lines = check(capsys, tmp_path, zone="local")
    assert code == 1 and "localtime" not in lines[0] and "America/New_York" in lines[0]


def test_a_label_lays_out_at_most_400_characters(qtbot):
    from PySide6.QtWidgets import QLabel

    from runner.ui.widgets.steady import MAX_SHOWN, set_text

    label = QLabel()
    set_text(label, "x" * 60000)
    assert len(label.text()) == MAX_SHOWN and label.text().endswith("…")


def test_a_backup_of_the_sqlite_alone_after_a_crash_holds_the_day_up_to_the_last_segment_end(tmp_path):
    agenda, day = dialogue()
    clock = FakeClock(at("09:00"))
    log = tmp_path / "day.sqlite"
    opened = open_session(agenda, day, clock, log, boot_id="b", agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
    opened.engine.advance()
    clock.advance(60)
    opened.engine.advance()  # the first segment ends: a checkpoint
    backup = tmp_path / "backup"
    backup.mkdir()
    shutil.copy(log, backup / log.name)  # while the app runs: what a crash would leave to a backup
    copied = [item.event.type.value for item in TimingLog.read(backup / log.name).events()]
    assert copied[:3] == ["start", "end", "start"]
    opened.close()

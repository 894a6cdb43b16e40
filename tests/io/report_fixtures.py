"""Logs for the report writers: the scripted dialogue, and a day whose titles try to be markup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from runner.core.clock import FakeClock
from runner.core.report_data import DayReport
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from runner.io.report_command import load_report
from tests.scripted_day import write_log

HOSTILE_YAML = """\
timezone: Europe/Paris
date: 2021-05-04
title: "<script>alert('title')</script> & friends"
segments:
  - start: "14:00"
    title: "<script>alert('segment')</script>"
    duration: 10m
    speakers: ["<img src=x onerror=alert(1)>", "Zoë | *star* [link](http://example.com)"]
  - title: "Q&A <i>open</i>"
    duration: 5m
"""
HOSTILE_NOTE = "<script>alert('note')</script>"


def scripted_log(folder: Path) -> Path:
    return write_log(folder)


def scripted_report(folder: Path) -> DayReport:
    return load_report(write_log(folder))


def hostile_log(folder: Path) -> Path:
    """A short day whose every title, name and note holds markup."""
    data = HOSTILE_YAML.encode("utf-8")
    agenda = parse_agenda(data, "hostile.yaml")
    clock = FakeClock(datetime(2021, 5, 4, 14, 1, tzinfo=ZoneInfo("Europe/Paris")))
    path = folder / "hostile.sqlite"
    opened = open_session(agenda, agenda.days[0], clock, path, boot_id="t", agenda_bytes=data)
    engine = opened.engine
    engine.advance()
    clock.advance(200)
    engine.add_note(HOSTILE_NOTE)
    engine.next_speaker()
    clock.advance(500)
    engine.advance()
    clock.advance(300)
    engine.advance()
    opened.close()
    return path

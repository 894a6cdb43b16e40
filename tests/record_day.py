"""A real day's timing log for the record's tests: a shipped agenda rehearsed through the engine
and its alert rules (runner.core.rehearsal_run), every event written by the real log writer."""

from __future__ import annotations

from pathlib import Path

from runner.core.rehearsal_run import rehearse
from runner.core.timing_log import TimingLog
from runner.io.agenda_yaml import load_agenda

REPO = Path(__file__).resolve().parent.parent
AGENDA = REPO / "agendas" / "sti-forum-side-event-2021.yaml"  # from the seeds' 2021 STI Forum side event


def rehearsed_log(path: Path, agenda_path: Path = AGENDA) -> Path:
    """Rehearse the agenda's first day (two overruns, every recovery plan taken) into a log at `path`."""
    agenda = load_agenda(agenda_path)
    day = agenda.day(None)
    titles = [s.title for s in day.segments]
    overruns = {titles[1]: 240.0, titles[-2]: 420.0} if len(titles) > 2 else {}
    rehearsal = rehearse(day, overruns, recover=True)
    log = TimingLog.create(path, agenda, day, agenda_path.read_bytes(), "rehearsal-boot")
    try:
        for event in rehearsal.engine.events:
            log.append(event)
    finally:
        log.close()
    return path

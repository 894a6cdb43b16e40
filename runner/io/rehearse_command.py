"""`rehearse AGENDA [--day] [--speed N] [--overrun "TITLE=+5m"]... [--recover] [-o REPORT]`.

The day runs through the real engine and alert rules on a simulated clock
(runner.core.rehearsal_run); each start, alert and recovery plan is printed as it happens, as
`HH:MM:SS  what` in the agenda's zone. Every user error ends in one line and an exit code.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from runner.core.agenda import Day
from runner.core.durations import parse_duration
from runner.core.engine import SessionEngine
from runner.core.errors import AgendaError
from runner.core.i18n import tr
from runner.core.rehearsal_run import RehearsalLine, rehearse
from runner.core.report_data import build_report
from runner.io.agenda_yaml import load_agenda
from runner.io.report_command import FORMATS, render

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class UsageError(ValueError):
    """An option the command cannot use: one line, exit 2."""


def parse_overruns(given: Sequence[str], day: Day) -> dict[str, float]:
    """'TITLE=+5m' (or '-2m': ends early) for segments of `day`, as seconds by title."""
    overruns: dict[str, float] = {}
    titles = {s.title for s in day.segments}
    for text in given:
        title, sep, amount = text.rpartition("=")
        if not sep or not title.strip():
            raise UsageError(tr("--overrun '{text}': write TITLE=+5m", text=text))
        if title.strip() not in titles:
            raise UsageError(tr("--overrun '{text}': the day has no segment '{title}'", text=text, title=title.strip()))
        sign = -1.0 if amount.strip().startswith("-") else 1.0
        try:
            seconds = parse_duration(amount.strip().lstrip("+-")).total_seconds()
        except ValueError as exc:
            raise UsageError(f"--overrun '{text}': {exc}") from None
        overruns[title.strip()] = sign * seconds
    return overruns


def run_rehearsal(
    agenda_path: str,
    day: date | None,
    speed: float,
    overruns: Sequence[str],
    recover: bool,
    output: str | None,
) -> int:
    """The `rehearse` command; 0 when the day ran, 1 for an unreadable agenda or output, 2 for usage."""
    try:
        agenda = load_agenda(agenda_path)
    except AgendaError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    the_day = agenda.day(day)
    try:
        by_title = parse_overruns(overruns, the_day)
        if speed < 0:
            raise UsageError(tr("--speed must be 0 (as fast as possible) or more"))
        if output is not None:
            _check_output(Path(output))
    except UsageError as exc:
        print(f"session-runner rehearse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    wait = (lambda seconds: time.sleep(seconds / speed)) if speed > 0 else None
    rehearsal = rehearse(the_day, by_title, recover, _print_line, wait)
    if output is None:
        return EXIT_OK
    return _write_report(rehearsal.engine, the_day, agenda.title, Path(output), agenda_path)


def _print_line(line: RehearsalLine) -> None:
    print(line, flush=True)


def _check_output(out: Path) -> None:
    if out.suffix.lower() not in FORMATS:
        raise UsageError(
            tr("cannot tell the format of '{out}'; end it in {formats}", out=out, formats=", ".join(FORMATS))
        )


def _write_report(engine: SessionEngine, day: Day, title: str, out: Path, source: str) -> int:
    report = build_report(day, list(engine.events), title)
    try:
        written = render(report, out, Path(source).name)
    except OSError as exc:
        print(f"{out}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("Wrote the rehearsal's report to {path}", path=written[0]))
    return EXIT_OK

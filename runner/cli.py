"""The command line: `check`, `report`, and opening the app. Turns user errors into one line and an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from runner.bundled import bundled_file
from runner.core.errors import AgendaError
from runner.core.gc_pause import end_startup_pause, pause_for_startup

if TYPE_CHECKING:
    from runner.core.agenda import Agenda

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
DEFAULT_AGENDA = bundled_file("agendas", "roadmap-launch-june-2020.yaml")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="session-runner check", description="Validate agenda files.")
    parser.add_argument("agendas", nargs="+", metavar="AGENDA")
    return parser


def _report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="session-runner report", description="Write the chair's summary from a timing log."
    )
    parser.add_argument("log", metavar="LOG")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the format follows the suffix: .html .pdf .md .csv .jsonl"
    )
    parser.add_argument("--day", type=_iso_date, metavar="YYYY-MM-DD")
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="session-runner",
        description="Run the clock for a virtual event.",
        epilog="Other commands: 'check AGENDA...' validates, 'report LOG -o OUT' writes the chair's summary.",
    )
    parser.add_argument("agenda", nargs="?", default=str(DEFAULT_AGENDA), metavar="AGENDA")
    parser.add_argument("--day", type=_iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--log", metavar="PATH", help="the timing log file (default: one under the user data folder)")
    return parser


def run_check(paths: Sequence[str]) -> int:
    """Print one line per day of every agenda; on problems, one located line each on stderr."""
    from runner.io.agenda_yaml import load_agenda

    failed = False
    for path in paths:
        try:
            agenda = load_agenda(path)
        except AgendaError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        for day in agenda.days:
            minutes = round(day.planned_seconds / 60)
            print(
                f"{path}: {day.date.isoformat()}  {len(day.segments)} segments  "
                f"{day.start:%H:%M}-{day.end:%H:%M} {agenda.timezone}  {minutes} min  {day.title}"
            )
    return EXIT_PROBLEM if failed else EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    from runner.io.report_command import write_report

    return write_report(args.log, args.output, args.day)


def load_for_app(path: str | Path) -> Agenda:
    """Load the agenda (from the agenda cache when it holds this very file), then import the
    Qt-free layers the app runs on, before anything imports PySide6 (`run_app` and the startup
    benchmark both start this way). Raises AgendaError."""
    from runner.io.agenda_cache import load_agenda_cached

    agenda = load_agenda_cached(path)
    # Why this order: once PySide6 is loaded, its import hook (the `__feature__` switch) reads the
    # source of every module imported after it (inspect.getsource) to see whether it uses PySide.
    # The core and the standard library behind it (sqlite3, json, zoneinfo, hashlib...) imported
    # here are read only where a UI module names them itself. Measured: 10-20 ms of a 0.5 s start
    # against importing PySide6 first. (The alert rules are not among them: alerts are installed
    # after the first frame.)
    import runner.core.schedule
    import runner.core.session  # noqa: F401

    return agenda


def run_app(args: argparse.Namespace) -> int:
    pause_for_startup()  # as main.py does, for the `session-runner` script; the first frame ends it
    try:
        return _open_app(args)
    finally:
        end_startup_pause()  # on every way out, a refused agenda or log included


def _open_app(args: argparse.Namespace) -> int:
    try:
        agenda = load_for_app(args.agenda)
    except AgendaError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    from runner.ui.app import run_gui  # the UI, and PySide6 with it, only after the Qt-free layers

    return run_gui(agenda, args.day, args.log)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in ("check", "report"):
            end_startup_pause()  # main.py holds the collector for the app's start; these need no such help
        if args and args[0] == "check":
            return run_check(_check_parser().parse_args(args[1:]).agendas)
        if args and args[0] == "report":
            return run_report(_report_parser().parse_args(args[1:]))
        return run_app(_app_parser().parse_args(args))
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return 130

"""The command line: one parser with a subcommand per task; a bare AGENDA opens the app.

Turns user errors into one line and an exit code."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace  # loaded anyway: the core's types are dataclasses
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from runner.bundled import bundled_file
from runner.core import i18n  # light (no Babel until a list is joined), and loaded by every command anyway
from runner.core.errors import AgendaError, UserFileError
from runner.core.gc_pause import end_startup_pause, pause_for_startup

if TYPE_CHECKING:
    from runner.core.agenda import Agenda

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def command(module: str) -> ModuleType:
    """The command line's lazy seam: each command's module (and what it brings: PyYAML, the
    report writers, the importers, the broker's client, Qt) is imported when that command runs,
    so `check` loads no Qt and the app's start loads the Qt-free layers before PySide6."""
    return importlib.import_module(module)


DEFAULT_AGENDA = bundled_file("agendas", "roadmap-launch-june-2020.yaml")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def _add_language(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        metavar="CODE",
        help=f"{what}: {', '.join(i18n.LANGUAGES)} "
        "(default: the system's language where it is one of these, else English)",
    )


# The words that name a command; anything else as the first word opens the app on it (an agenda path).
COMMANDS = ("check", "report", "verify", "import", "import-speakers", "overview", "serve", "rehearse")
_TOP_LEVEL_FLAGS = ("-h", "--help", "--version")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The one parser: `open` (the app, implied when no command is named) and every subcommand;
    with `only`, that command's alone (`main` parses a named command so: building all nine costs
    the app's start ~6 ms of CPU, for a `--help` it does not show)."""
    parser = argparse.ArgumentParser(
        prog="session-runner",
        description="Run the clock for a virtual event. With no command, opens the app (as `open` does).",
        epilog="Run 'session-runner COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and the Qt and Python it runs on")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    adders = {
        "open": _add_open,
        "check": _add_check,
        "report": _add_report,
        "verify": _add_verify,
        "import": _add_import,
        "import-speakers": _add_import_speakers,
        "overview": _add_overview,
        "serve": _add_serve,
        "rehearse": _add_rehearse,
    }
    for name, add in adders.items():
        if only is None or name == only:
            add(commands)
    return parser


class _Version(argparse.Action):
    """`--version`: Qt is imported only when asked (it costs a start ~30 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        print(command("runner.version").version_text())
        parser.exit()


def _add_open(commands: Any) -> None:
    parser = commands.add_parser(
        "open",
        help="open the desktop app on an agenda (the default: 'session-runner AGENDA' means 'open AGENDA')",
        description="Open the desktop app on an agenda and run its day live.",
    )
    parser.add_argument(
        "agenda",
        nargs="?",
        default=str(DEFAULT_AGENDA),
        metavar="AGENDA",
        help="an agenda file (YAML); default: the bundled June 2020 programme",
    )
    parser.add_argument(
        "--day", type=_iso_date, metavar="YYYY-MM-DD", help="the day to run (default: today's, else the first)"
    )
    parser.add_argument("--log", metavar="PATH", help="the timing log file (default: one under the user data folder)")
    _add_language(parser, "the language of the windows")
    parser.add_argument(
        "--publish",
        type=_broker_url,
        metavar="mqtt://[USER:PASS@]HOST[:PORT]/PREFIX",
        help="also publish the room's state to this MQTT broker (mqtts:// for TLS)",
    )
    _add_serve_options(parser)
    parser.set_defaults(run=run_app)


def _web_address(parser: str) -> Callable[[str], Any]:
    """argparse's type for an address runner.web.address reads (`parse_listen`, `parse_public`)."""

    def parse(text: str) -> Any:
        try:
            return getattr(command("runner.web.address"), parser)(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


_listen_address, _public_address = _web_address("parse_listen"), _web_address("parse_public")


def _count_from_1(most: int, what: str) -> Callable[[str], int]:
    """argparse's type for a whole number from 1 to `most` (a number of `what`)."""

    def parse(text: str) -> int:
        try:
            count = int(text)
        except ValueError:
            count = 0
        if not 1 <= count <= most:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number of {what} from 1 to {most}")
        return count

    return parse


_room_cap = _count_from_1(10_000, "rooms")

MOST_VIEWERS = 100_000  # beyond it `--max-viewers` is a typo: the open files would never allow it
DEFAULT_VIEWERS = 1000  # runner.web.server.MAX_VIEWERS, which the parser does not import


_viewer_cap = _count_from_1(MOST_VIEWERS, "viewers")


def _add_server_options(group: Any, what: str) -> None:
    """`--public` and `--max-viewers`, for `serve` and for the app's `--serve` (`what`: "with --serve, ")."""
    group.add_argument(
        "--public",
        type=_public_address,
        metavar="URL",
        help=f"{what}behind a reverse proxy: the address viewers use (https://clock.example.org); "
        "printed in the links and accepted as the requests' Host",
    )
    group.add_argument(
        "--max-viewers",
        type=_viewer_cap,
        metavar="N",
        help=f"{what}at most N WebSocket viewers at once, every view's together (default: {DEFAULT_VIEWERS}); "
        "fewer where this process may not open enough files, which it says once at start; "
        "a viewer beyond the cap is answered 503 and its page retries",
    )


def _with_public(listen: Any, public: Any) -> Any:
    return listen if public is None or listen is None else replace(listen, public=public)


def _add_serve_options(parser: argparse.ArgumentParser) -> None:
    views = parser.add_argument_group("live views")
    views.add_argument(
        "--serve",
        type=_listen_address,
        metavar="[HOST:]PORT",
        help="also serve the chair's, speaker's and stage views (default host 127.0.0.1); prints their links",
    )
    views.add_argument(
        "--control",
        action="store_true",
        help="with --serve: also offer the control API (Companion, Stream Deck), with its own token",
    )
    _add_server_options(views, "with --serve, ")
    views.add_argument("--room", metavar="NAME", help="the room's name (default: the agenda's room, else its file's)")


def _add_check(commands: Any) -> None:
    parser = commands.add_parser(
        "check",
        help="validate agenda files",
        description="Validate agenda files: one line per day, or one located line per problem.",
    )
    parser.add_argument("agendas", nargs="+", metavar="AGENDA", help="agenda files to check")
    parser.set_defaults(run=lambda args: run_check(args.agendas))


def _add_report(commands: Any) -> None:
    parser = commands.add_parser(
        "report",
        help="write the chair's summary from a timing log",
        description="Write the chair's summary from a timing log.",
    )
    parser.add_argument("log", metavar="LOG", help="a timing log (.sqlite) written by the app")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        action="append",
        metavar="OUT",
        help="the format follows the suffix: .html .pdf .md .csv .jsonl; give -o again for several "
        "formats from one reading of the log",
    )
    parser.add_argument("--day", type=_iso_date, metavar="YYYY-MM-DD", help="the day, where the log holds several")
    parser.add_argument(
        "--sign",
        metavar="KEY",
        help="sign the summary with the organiser's key (.p12/.pfx, or a PEM with key and certificate; its "
        "passphrase from SESSION_RUNNER_KEY_PASSPHRASE): a PDF in itself (PAdES), HTML or Markdown in OUT.p7s",
    )
    _add_language(parser, "the summary's language")
    parser.set_defaults(run=run_report)


def _add_verify(commands: Any) -> None:
    parser = commands.add_parser(
        "verify",
        help="check that a timing log was not changed, and that a summary was made from it",
        description="Check every event of a timing log against its seal (a SHA-256 chain written with each "
        "event). Exit 0 with the number of events and the chain's head; exit 1 naming the first event "
        "that does not match. With --report, also check that the summary was made from this log and that "
        "the log was not cut short of it.",
    )
    parser.add_argument("log", metavar="LOG", help="a timing log (.sqlite) written by the app")
    parser.add_argument(
        "--report", metavar="SUMMARY", help="a summary written by 'report' (.html, .pdf or .md), to check against LOG"
    )
    parser.add_argument(
        "--trust",
        metavar="CERT",
        help="with --report: the summary must be signed with this certificate (PEM or DER), the organiser's",
    )
    _add_language(parser, "the language of the line it prints")
    parser.set_defaults(run=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    return int(command("runner.io.verify_command").run_verify(args.log, args.report, args.lang, args.trust))


def _add_import(commands: Any) -> None:
    parser = commands.add_parser(
        "import",
        help="turn a programme (spreadsheet, calendar, schedule.xml, pasted text) into an agenda",
        description="Turn a programme into an agenda file: .xlsx/.csv tables (Ontime's export too), an Ontime "
        "project .json, an iCalendar .ics, a frab/pretalx schedule.xml, or pasted text (.txt, or - for stdin).",
    )
    parser.add_argument("source", metavar="SOURCE", help="the programme; '-' reads pasted text from standard input")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.yaml", help="the agenda file to write")
    parser.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD", help="the date of an undated programme, or the one day to keep"
    )
    parser.add_argument("--timezone", metavar="ZONE", help="the IANA zone where the source names none")
    parser.add_argument("--room", metavar="NAME", help="the room to keep, where the source has several")
    parser.add_argument("--title", metavar="TEXT", help="the agenda's title")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: its active sheet)")
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Write the agenda and print one line per day; on problems, one located line each on stderr."""
    importers = command("runner.io.importers")
    options = importers.ImportOptions(args.date, args.timezone, args.room, args.title, args.sheet)
    try:
        imported = importers.import_to_file(args.source, args.output, options)
    except importers.ImportFailed as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    for note in imported.programme.left_out:
        print(f"{note} ({'cut' if note.cut else 'left out'})", file=sys.stderr)
    for day in imported.agenda.days:
        print(f"{args.output}: {day.date.isoformat()}  {len(day.segments)} segments  {day.title}")
    return EXIT_OK


def _add_import_speakers(commands: Any) -> None:
    parser = commands.add_parser(
        "import-speakers",
        help="add a list of speakers (CSV, or pasted text) to a segment's floor",
        description="Add a secretariat's list of speakers to a segment's floor: a CSV (delegation, category, "
        "speaker, rank; a header row optional) or pasted text, a delegation a line ('-' reads standard input). "
        "Countries' names in any of the six UN languages become their ISO codes. The day is written as an "
        "agenda of its own; a row the floor cannot take is one line each, and nothing is written.",
    )
    parser.add_argument("source", metavar="LIST", help="the list: a .csv or .txt file, or '-' for standard input")
    parser.add_argument("--agenda", required=True, metavar="AGENDA.yaml", help="the agenda holding the floor")
    parser.add_argument("--segment", required=True, metavar="TITLE", help="the floor's segment: its title or number")
    parser.add_argument("--day", type=_iso_date, metavar="YYYY-MM-DD", help="the day (default: the agenda's first)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.yaml", help="the agenda file to write")
    _add_language(parser, "the language of the lines it prints")
    parser.set_defaults(run=run_import_speakers)


def run_import_speakers(args: argparse.Namespace) -> int:
    i18n.use(i18n.load_catalogue(i18n.choose_language(args.lang)))
    speakers = command("runner.io.speakers_command")
    return int(speakers.run_import_speakers(args.source, args.agenda, args.segment, args.output, args.day))


def _add_overview(commands: Any) -> None:
    parser = commands.add_parser(
        "overview",
        help="the organiser's overview: every room publishing to a broker, live",
        description="Open the organiser's overview: one tile per room publishing under PREFIX, live.",
    )
    parser.add_argument("broker", type=_broker_url, metavar="mqtt://HOST[:PORT]/PREFIX", help="the broker and prefix")
    parser.add_argument(
        "--max-rooms",
        type=_room_cap,
        metavar="N",
        help="show at most N rooms, those most in need of attention (default: 100; the window says how many more)",
    )
    _add_language(parser, "the overview's language")
    parser.set_defaults(run=run_overview)


def _add_serve(commands: Any) -> None:
    parser = commands.add_parser(
        "serve",
        help="serve one room's live views from a broker, headless (for viewers beyond the host's network)",
        description="Serve one room's live views (chair, speaker, stage, /api/state, WebSocket) from the "
        "state its app publishes to an MQTT broker; no window, no log. Prints the views' links.",
    )
    parser.add_argument(
        "--from", dest="broker", required=True, type=_broker_url, metavar="mqtt://HOST[:PORT]/PREFIX", help="the broker"
    )
    parser.add_argument("--room", required=True, metavar="NAME", help="the room, as it publishes under PREFIX")
    parser.add_argument("--listen", required=True, type=_listen_address, metavar="[HOST:]PORT", help="where to serve")
    parser.add_argument(
        "--tokens",
        metavar="FILE",
        help="keep the links' tokens in FILE (the same links after a restart, or on every server)",
    )
    _add_server_options(parser, "")
    parser.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    listen = _with_public(args.listen, args.public)
    return int(
        command("runner.ui.rooms.broker_views").run_serve(
            args.broker, args.room, listen, Path(args.tokens) if args.tokens else None, args.max_viewers
        )
    )


def _broker_url(text: str) -> Any:
    client = command("runner.ui.rooms.mqtt_client")
    try:
        return client.parse_broker_url(text)
    except client.BrokerUrlError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def run_overview(args: argparse.Namespace) -> int:
    return int(command("runner.ui.rooms.overview").run_overview(args.broker, args.lang, args.max_rooms))


def _add_rehearse(commands: Any) -> None:
    parser = commands.add_parser(
        "rehearse",
        help="run a day on a simulated clock: every start, alert and recovery plan as it happens",
        description="Run a day through the engine and its alert rules on a simulated clock, N times real time; "
        "every segment ends on time except those given --overrun. Prints 'HH:MM:SS  what' in the agenda's zone.",
    )
    parser.add_argument("agenda", metavar="AGENDA", help="an agenda file (YAML)")
    parser.add_argument("--day", type=_iso_date, metavar="YYYY-MM-DD", help="the day (default: the first)")
    parser.add_argument(
        "--speed", type=float, default=0.0, metavar="N", help="N times real time; 0 (the default): as fast as it goes"
    )
    parser.add_argument(
        "--overrun",
        action="append",
        default=[],
        metavar="TITLE=+5m",
        help="this segment runs longer (or, with -2m, shorter) than planned; may be repeated",
    )
    parser.add_argument("--recover", action="store_true", help="accept every recovery plan offered, as Ctrl+R does")
    parser.add_argument("-o", "--output", metavar="REPORT", help="write the rehearsed day's report (any report format)")
    parser.set_defaults(run=run_rehearse)


def run_rehearse(args: argparse.Namespace) -> int:
    return int(
        command("runner.io.rehearse_command").run_rehearsal(
            args.agenda, args.day, args.speed, args.overrun, args.recover, args.output
        )
    )


def command_line(argv: Sequence[str]) -> list[str]:
    """`session-runner [AGENDA] [options]` is `session-runner open [AGENDA] [options]`."""
    args = list(argv)
    if args and (args[0] in COMMANDS or args[0] == "open" or args[0] in _TOP_LEVEL_FLAGS):
        return args
    return ["open", *args]


def run_check(paths: Sequence[str]) -> int:
    """Print one line per day of every agenda; on problems, one located line each on stderr."""
    load_agenda = command("runner.io.agenda_yaml").load_agenda
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
    i18n.use(i18n.load_catalogue(i18n.choose_language(args.lang)))
    return int(command("runner.io.report_command").write_report(args.log, args.output, args.day, args.sign))


def load_for_app(path: str | Path) -> Agenda:
    """Load the agenda (from the agenda cache when it holds this very file), then import the
    Qt-free layers the app runs on, before anything imports PySide6 (`run_app` and the startup
    benchmark both start this way). Raises AgendaError."""
    agenda: Agenda = command("runner.io.agenda_cache").load_agenda_cached(path)
    # Why this order: once PySide6 is loaded, its import hook (the `__feature__` switch) reads the
    # source of every module imported after it (inspect.getsource) to see whether it uses PySide.
    # The core and the standard library behind it (sqlite3, json, zoneinfo, hashlib...) imported
    # here are read only where a UI module names them itself. Measured: 10-20 ms of a 0.5 s start
    # against importing PySide6 first. (The alert rules are not among them: alerts are installed
    # after the first frame.)
    command("runner.core.session")
    command("runner.core.snapshot")
    return agenda


def run_app(args: argparse.Namespace) -> int:
    pause_for_startup()  # as main.py does, for the `session-runner` script; the first frame ends it
    try:
        return _open_app(args)
    finally:
        end_startup_pause()  # on every way out, a refused agenda or log included


def _open_app(args: argparse.Namespace) -> int:
    tell = command("runner.ui.base.error_dialog").tell  # Qt-free until a dialog is really shown
    for given, option in ((args.public, "--public"), (args.max_viewers, "--max-viewers")):
        if given is not None and args.serve is None:
            print(f"session-runner: {option} goes with --serve [HOST:]PORT", file=sys.stderr)
            return EXIT_USAGE
    try:
        agenda = load_for_app(args.agenda)
    except UserFileError as exc:
        tell(exc.problems)
        return EXIT_PROBLEM
    run_gui = command("runner.ui.opening").run_gui  # the UI, and PySide6 with it, only after the Qt-free layers
    return int(
        run_gui(
            agenda,
            args.day,
            args.log,
            args.lang,
            serve=_with_public(args.serve, args.public),
            control=args.control,
            room=args.room,
            publish=args.publish,
            max_viewers=args.max_viewers,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = command_line(sys.argv[1:] if argv is None else argv)
    try:
        if args[0] != "open":
            end_startup_pause()  # main.py holds the collector for the app's start; commands need no such help
        parsed = build_parser(None if args[0] in _TOP_LEVEL_FLAGS else args[0]).parse_args(args)
        return int(parsed.run(parsed))
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `check ... | head`: the reader has gone, which is no error of ours
        sys.stderr.close()
        return EXIT_OK
    except ModuleNotFoundError as exc:
        if not exc.name or exc.name.split(".")[0] == "runner":
            raise  # our own module missing is a packaging bug, and stays loud
        print(missing_module_line(exc.name), file=sys.stderr)
        return EXIT_PROBLEM


def missing_module_line(name: str) -> str:
    """One line for a Python without the project's libraries (a plain `python` beside the venv)."""
    package = name.split(".")[0]
    return (
        f"session-runner: {sys.executable} has no {package}, which Session Runner needs; "
        "run it with the project's virtualenv (.venv/bin/python main.py ...) or install it there "
        "(pip install -e .)"
    )

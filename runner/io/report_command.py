"""`report LOG -o OUT [--day]`: load a timing log, rebuild the day, write the summary by OUT's suffix.

The agenda is read from the copy stored in the log, so the report stays right when the agenda file
has since changed or gone. Every user error ends in one line on stderr and an exit code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from runner.core.deferred import deferred
from runner.core.errors import AgendaError
from runner.core.gc_pause import collector_paused
from runner.core.i18n import tr
from runner.core.recovery import REPLAY_ERRORS
from runner.core.report_data import DayReport, build_report, events_in_one_domain
from runner.core.timing_log import LogError, TimingLog, plan_shift
from runner.io.agenda_cache import agenda_from_bytes
from runner.io.report_csv import render_csv, render_speakers_csv, speakers_path
from runner.io.report_html import render_html
from runner.io.report_jsonl import render_jsonl
from runner.io.report_markdown import render_markdown
from runner.io.report_sections import Summary, build_summary
from runner.io.signed_files import SIGNED_SUFFIXES, SigningError, missing_pyhanko

if TYPE_CHECKING:
    from runner.io import report_pdf, signing
    from runner.io.signing import Signing
else:  # lazy seams: the PDF writer (Qt's text layout and printer) only for a PDF, pyHanko only to sign
    report_pdf = deferred("runner.io.report_pdf")
    signing = deferred("runner.io.signing")

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
FORMATS = (".html", ".pdf", ".md", ".csv", ".jsonl")


def load_report(log_path: str | Path, day: date | None = None) -> DayReport:
    """The day's report from a log file; `LogError` for anything wrong with the file."""
    path = Path(log_path)
    log = TimingLog.read(path)
    try:
        if day is not None and day != log.day:
            raise LogError(
                path, tr("is the log of {logged}, not of {day}", logged=log.day.isoformat(), day=day.isoformat())
            )
        name, data = log.agenda_copy()
        agenda = _parse_copy(path, name, data, log.meta.get("agenda_path", ""))
        if not agenda.has_day(log.day):
            raise LogError(path, tr("its agenda copy has no day {day}", day=log.day.isoformat()))
        # The seal is printed in the summary, so `verify --report` can tie the two; it is checked
        # over the rows the events are read from (one read of the log).
        logged, seal = log.events_and_seal()
        events = events_in_one_domain(logged)
        shift = plan_shift(log.meta)
    finally:
        log.close()
    try:
        report = build_report(agenda.day(log.day).shifted(shift), events, agenda.title)
        return dataclasses.replace(report, seal=seal)
    except REPLAY_ERRORS as exc:
        raise LogError(path, f"holds an event this day cannot replay ({type(exc).__name__}: {exc})") from None


def _parse_copy(path: Path, name: str, data: bytes, original: str):
    if not data:  # the agenda could not be copied when the log began: fall back to the file itself
        try:
            data = Path(original).read_bytes()
        except OSError:
            raise LogError(path, f"holds no agenda copy and {original or 'its agenda'} cannot be read") from None
    try:
        # Through the agenda cache (keyed on the bytes): the copy is the agenda the app opened,
        # and a day's reports read it again and again (YAML and its checks: ~7 ms of each).
        return agenda_from_bytes(data, name or original)
    except AgendaError as exc:
        raise LogError(path, tr("its agenda copy no longer reads: {problem}", problem=exc.problems[0])) from None


def render(report: DayReport, out: Path, source: str, summary: Summary | None = None) -> list[Path]:
    """Write `report` in the format of `out`'s suffix; the paths written (CSV adds the speakers').
    `summary`: the report's sections, when the caller writes several formats (built once)."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        return [_atomic_pdf(report, out, source, summary)]
    writers: dict[str, Callable[[], str]] = {
        ".html": lambda: render_html(report, source, summary),
        ".md": lambda: render_markdown(report, source, summary),
        ".csv": lambda: render_csv(report),
        ".jsonl": lambda: render_jsonl(report),
    }
    with collector_paused():  # a long day's cells and rows are many objects and no cycles
        text = writers[suffix]()
    _atomic_text(out, text)
    if suffix == ".csv" and any(line.speakers for line in report.segments):
        extra = speakers_path(out)
        _atomic_text(extra, render_speakers_csv(report))
        return [out, extra]
    return [out]


def write_report(
    log_path: str | Path,
    out_path: str | Path | Sequence[str | Path],
    day: date | None = None,
    sign: str | Path | None = None,
) -> int:
    """The `report` command: 0 on success, 1 for a bad log or an unwritable output, 2 for usage.
    `out_path`: one summary, or several (`-o` given again): the log is read and the day rebuilt
    once for all of them. `sign`: the organiser's key, to sign each summary with (runner.io.signing)."""
    log = Path(log_path)
    outs = [Path(out_path)] if isinstance(out_path, str | Path) else [Path(out) for out in out_path]
    usage = _usage_problem(log, outs)
    if usage:
        print(usage, file=sys.stderr)
        return EXIT_USAGE
    signer: Signing | None = None
    if sign is not None:
        loaded = _signer(outs, Path(sign))
        if isinstance(loaded, int):
            return loaded
        signer = loaded
    try:
        # The day read and written under one pause of the cyclic collector, and freed before it runs
        # again: the first collection after a pause walks every object made during it that is
        # still alive (a 10,000-event day: ~3 ms at each of the reader's, the replay's and the
        # writer's own pauses), and a report freed first leaves it nothing to walk.
        with collector_paused():
            _write_each(load_report(log, day), log, outs, signer)
    except LogError as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    except _Unwritable as failed:
        print(f"{failed.out}: " + tr("cannot be written: {why}", why=failed.why), file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


class _Unwritable(Exception):
    """An output that could not be written (its path and why), after the ones before it were."""

    def __init__(self, out: Path, why: object) -> None:
        super().__init__(out, why)
        self.out, self.why = out, why


def _usage_problem(log: Path, outs: list[Path]) -> str:
    """The line that refuses `outs` before anything is read, or "" when all can be written."""
    seen: set[Path] = set()
    for out in outs:
        if out.suffix.lower() not in FORMATS:
            return (
                f"session-runner report: cannot tell the format of '{out}'; end it in "
                f"{', '.join(FORMATS[:-1])} or {FORMATS[-1]}"
            )
        if out.exists() and log.exists() and out.resolve() == log.resolve():
            return tr("session-runner report: '{out}' is the log itself; choose another output", out=out)
        if out.absolute() in seen:
            return tr("session-runner report: '{out}' is given twice; give each output once", out=out)
        seen.add(out.absolute())
    return ""


def _write_each(report: DayReport, log: Path, outs: list[Path], signer: Signing | None) -> None:
    """Each output from the one day read, its line printed as it is written; the sections are
    built once when more than one of the HTML, the PDF and the Markdown are asked for."""
    laid_out = [out for out in outs if out.suffix.lower() in (".html", ".pdf", ".md")]
    summary = build_summary(report, log.name) if len(laid_out) > 1 else None
    for out in outs:
        try:
            written = render(report, out, log.name, summary)
            if signer is not None:
                written.append(signer.sign(out))
        except OSError as exc:
            raise _Unwritable(out, exc.strerror or exc) from None
        if signer is not None:
            print(tr("Wrote {path}, signed ({signature})", path=written[0], signature=written[-1].name))
        elif len(written) > 1:
            print(tr("Wrote {path} and the speakers' list to {speakers}", path=written[0], speakers=written[1]))
        else:
            print(tr("Wrote {path}", path=written[0]))


def _signer(outs: list[Path], key: Path) -> Signing | int:
    """The signer of `key`, loaded before anything is written; an exit code (after its line) if not."""
    if any(out.suffix.lower() not in SIGNED_SUFFIXES for out in outs):
        print(tr("session-runner report: --sign signs a summary: end OUT in .pdf, .html or .md"), file=sys.stderr)
        return EXIT_USAGE
    try:
        try:
            load_signer = signing.load_signer
        except ModuleNotFoundError as missing:
            raise missing_pyhanko(missing) from None
        return signing.Signing(load_signer(key))
    except SigningError as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM


def export_reports(log_path: str | Path, folder: str | Path) -> list[Path]:
    """Every format into `folder`, named after the log (for the app's Export action).

    Raises `LogError` for an unusable log and `OSError` when the folder cannot be written.
    """
    log, target = Path(log_path), Path(folder)
    with collector_paused():  # as in `write_report`: the day is freed before the collector runs
        return _export(load_report(log), log, target)


def _export(report: DayReport, log: Path, target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    summary = build_summary(report, log.name)  # once, for the HTML, the PDF and the Markdown
    written: list[Path] = []
    for suffix in FORMATS:
        written += render(report, target / f"{log.stem}-report{suffix}", log.name, summary)
    return written


def _atomic_text(out: Path, text: str) -> None:
    """Written beside the target and renamed, so a reader never sees half a report."""
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temp, 0o644)  # mkstemp makes files private; a report is meant to be shared
        os.replace(temp, out)
    except BaseException:
        _unlink(Path(temp))
        raise


def _atomic_pdf(report: DayReport, out: Path, source: str, summary: Summary | None = None) -> Path:
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".pdf", dir=out.parent if str(out.parent) else ".")
    os.close(handle)
    try:
        report_pdf.write_pdf(report, Path(temp), source, summary)
        if Path(temp).stat().st_size == 0:
            raise OSError(f"Qt wrote an empty PDF to {out}")
        os.chmod(temp, 0o644)
        os.replace(temp, out)
    except BaseException:
        _unlink(Path(temp))
        raise
    return out


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()

"""`verify LOG [--report SUMMARY]`: is the timing log as it was written, and was this summary made from it?

The log alone: every event against its seal (runner.core.log_seal). With a summary: the seal the
summary prints (events and head, `sr-chain:1:N:HEX`) must be the log's after its first N events,
so a log rewritten whole with fresh seals, or cut short, no longer matches the summary made from
it. Exit 0 with one line (events and head); exit 1 with one line naming what does not match.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from runner.core import i18n
from runner.core.deferred import deferred
from runner.core.draw_check import unfair_draws
from runner.core.events import Draw, EventType
from runner.core.i18n import tr, trn
from runner.core.log_seal import SealCheck, tokens_in
from runner.core.timing_log import LogError, TimingLog
from runner.io.report_command import load_report
from runner.io.signed_files import SignatureCheck, SigningError, is_signed, missing_pyhanko

if TYPE_CHECKING:
    from runner.io import signing
else:  # lazy seam: pyHanko loads only for a signed summary
    signing = deferred("runner.io.signing")

EXIT_OK, EXIT_PROBLEM = 0, 1


class VerifyFailed(Exception):
    """What does not match, as the one line to print."""


def run_verify(
    log_path: str | Path, report_path: str | Path | None = None, lang: str | None = None, trust: str | None = None
) -> int:
    """The `verify` command: 0 and one line on stdout when everything matches, else 1 and one line on stderr."""
    i18n.use(i18n.load_catalogue(i18n.choose_language(lang)))
    try:
        if trust is not None and report_path is None:
            raise VerifyFailed(tr("session-runner verify: --trust checks a summary's signature: give --report SUMMARY"))
        print(verify(Path(log_path), Path(report_path) if report_path else None, Path(trust) if trust else None))
    except (LogError, VerifyFailed, SigningError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def verify(log: Path, report: Path | None = None, trust: Path | None = None) -> str:
    """The line `verify` prints; `VerifyFailed` (or `LogError`, `SigningError`) with the line naming
    what does not match. A signed summary's signature is checked first: what it vouches for is
    the summary, and so the seal the summary prints."""
    summary = read_summary_seal(report) if report is not None else None
    signature = _signature(report, trust) if report is not None else None
    opened = TimingLog.read(log)
    try:
        found = opened.check_seal(at=summary[0] if summary else None)
        drawn = any(logged.event.type is EventType.DRAW for logged in opened.events())
    finally:
        opened.close()
    if not found.sealed:
        raise VerifyFailed(
            f"{log}: "
            + tr("has no seal: an earlier version wrote it and no event was added since; nothing here can vouch for it")
        )
    if found.finding is not None:
        raise VerifyFailed(f"{log}: {found.finding}")
    line = f"{log}: " + tr("sound: {count} events, chain head {head}", count=found.events, head=found.head)
    if found.unsealed_before:
        line += "; " + tr(
            "the first {count} were written by an earlier version, before the seal", count=found.unsealed_before
        )
    if drawn:
        line += "; " + _draws_rederived(log)
    if summary is not None and report is not None:
        line += "; " + _against_summary(log, report, found, *summary)
    if signature is not None:
        line += "; " + signature.describe()
    return line


def _draws_rederived(log: Path) -> str:
    """Each draw of lots in the log made again from its seed over the delegations then waiting
    (runner.core.draw_check): the log is replayed as the summary replays it."""
    report = load_report(log)
    unfair = unfair_draws(report.day, report.events)
    if unfair:
        draw = unfair[0].payload
        assert isinstance(draw, Draw)
        said = tr(
            "the draw of lots at {time} does not follow from its seed {seed} and the delegations then waiting: "
            "the log was changed",
            time=f"{unfair[0].wall:%H:%M:%S}",
            seed=draw.seed,
        )
        raise VerifyFailed(f"{log}: {said}")
    draws = sum(1 for event in report.events if event.type is EventType.DRAW)
    return trn("its draw of lots follows from its seed", "its {count} draws of lots follow from their seeds", draws)


def _signature(report: Path, trust: Path | None) -> SignatureCheck | None:
    """The summary's signature, checked, or None when it has none (and none was asked for)."""
    data = report.read_bytes()
    if not is_signed(report, data):
        if trust is not None:
            raise VerifyFailed(f"{report}: " + tr("is not signed"))
        return None
    try:
        check_signature = signing.check_signature
    except ModuleNotFoundError as missing:
        raise missing_pyhanko(missing) from None
    return check_signature(report, data, trust)


def _against_summary(log: Path, report: Path, found: SealCheck, count: int, head: str) -> str:
    if count > found.events:
        raise VerifyFailed(
            f"{log}: "
            + tr(
                "was cut short of {summary}: the summary was made from {count} events, the log holds {held}",
                summary=report,
                count=count,
                held=found.events,
            )
        )
    if found.head_at != head:
        raise VerifyFailed(
            f"{report}: "
            + tr(
                "was not made from {log} as it is now: their seals after {count} events differ (the log was "
                "rewritten, or the summary is of another log)",
                log=log,
                count=count,
            )
        )
    if count < found.events:
        return tr(
            "{summary} was made from its first {count} events (the log went on after it)", summary=report, count=count
        )
    return tr("{summary} was made from it", summary=report)


def read_summary_seal(path: Path) -> tuple[int, str]:
    """The seal a summary (HTML, Markdown, PDF) prints: (events, head); `VerifyFailed` without one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VerifyFailed(f"{path}: " + tr("cannot be read: {why}", why=exc.strerror or exc)) from None
    # A PDF keeps it in its XMP metadata, uncompressed (runner.io.report_pdf); HTML and Markdown as text.
    found = tokens_in(data.decode("latin-1"))
    if not found:
        raise VerifyFailed(f"{path}: " + tr("holds no seal of a timing log (a summary of this version prints one)"))
    if len(found) > 1:
        raise VerifyFailed(f"{path}: " + tr("holds {count} different seals; it was changed", count=len(found)))
    return next(iter(found))

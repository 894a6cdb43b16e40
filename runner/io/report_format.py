"""Display strings shared by the report writers: times, lengths, deltas, row cells, headings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from runner.core.durations import format_duration
from runner.core.engine import RunStatus
from runner.core.narrative import narrative
from runner.core.report_data import DayReport, SegmentLine, SpeakerLine

ELLIPSIS = "\u2026"
# Plain values for machine-readable files; the summary's words are report_sections.status_label.
STATUS_LABELS = {
    RunStatus.DONE: "done",
    RunStatus.SKIPPED: "skipped",
    RunStatus.RUNNING: "running",
    RunStatus.NOT_STARTED: "not started",
}


def hm(when: datetime | None) -> str:
    """HH:MM, as strftime("%H:%M") writes it, without its cost (twice for each row of 100,000)."""
    return "" if when is None else f"{when.hour:02d}:{when.minute:02d}"


def iso(when: datetime | None) -> str:
    """ISO 8601 to the second, with the UTC offset."""
    return "" if when is None else when.isoformat(timespec="seconds")


def length(seconds: float | None) -> str:
    """M:SS, or H:MM:SS from an hour; a typographic minus when negative."""
    return "" if seconds is None else _length(round(seconds))


@lru_cache(maxsize=8192)
def _length(whole: int) -> str:
    """Formatted once per distinct length: a day's lengths repeat (limits, allotments, 0:00)."""
    return format_duration(whole).replace("-", "\u2212")


def delta(seconds: float | None) -> str:
    """+M:SS late or over, \u2212M:SS early or short, 0:00 on time."""
    if seconds is None:
        return ""
    if round(seconds) == 0:
        return "0:00"
    return ("+" if seconds > 0 else "") + length(seconds)


def seconds(value: float | None) -> str:
    """Whole seconds for machine-readable files."""
    return "" if value is None else str(round(value))


# The timings table's headings, the same in every format: the planned and actual slots, then the
# length the segment ran against the length it was allotted (two columns were both "Planned").
# English msgids: report_sections gives them in the summary's language.
TIMING_HEADERS = ("#", "Segment", "Planned", "Actual", "Length", "Allotted", "Start", "Length ±", "Status")


@dataclass(frozen=True)
class Row:
    """One segment's cells as the summary shows them."""

    line: SegmentLine
    number: str
    title: str
    group: str
    planned: str
    planned_length: str
    actual: str
    actual_length: str
    start_delta: str
    length_delta: str
    status: str
    overrun: bool
    late: bool


def rows(report: DayReport) -> list[Row]:
    return [_row(line) for line in report.segments]


def _row(line: SegmentLine) -> Row:
    seg = line.segment
    if line.status is RunStatus.SKIPPED:
        actual = "skipped"
    elif line.actual_start is None:
        actual = "\u2014"
    else:
        actual = f"{hm(line.actual_start)}\u2013{hm(line.actual_end) or ELLIPSIS}"
    return Row(
        line=line,
        number=str(seg.index + 1),
        title=seg.title,
        group=seg.group,
        planned=f"{hm(seg.start)}\u2013{hm(seg.end)}",
        planned_length=length(seg.duration.total_seconds()),
        actual=actual,
        actual_length=length(line.actual_s),
        start_delta=delta(line.start_delta_s),
        length_delta=delta(line.duration_delta_s),
        status=STATUS_LABELS[line.status],
        overrun=line.overran,
        late=(line.start_delta_s or 0.0) >= 60,
    )


def speaker_sections(report: DayReport) -> list[tuple[SegmentLine, tuple[SpeakerLine, ...]]]:
    """Segments with a speakers' list (at least one name), in order."""
    return [(line, line.speakers) for line in report.segments if line.speakers]


def limit(speaker: SpeakerLine) -> str:
    return length(speaker.limit_s) if speaker.limit_s is not None else "\u2014"


def over(speaker: SpeakerLine) -> str:
    return f"+{length(speaker.over_s)}" if speaker.over_s >= 1 else ""


def heading(report: DayReport) -> str:
    return report.day.title or report.event_title or "Session"


def narrative_lines(report: DayReport) -> list[str]:
    return narrative(report)


@dataclass(frozen=True)
class ChangedRow:
    """A segment of the plan as changed live, beside the printed plan's."""

    number: str
    title: str
    planned: str
    planned_length: str
    printed: str  # the printed slot and length, or "added live"


def plan_changes(report: DayReport) -> list[tuple[str, str]]:
    """(time, what) for each live change to the plan, in order."""
    return [(hm(change.at), change.text) for change in report.changes]


def changed_rows(report: DayReport) -> list[ChangedRow]:
    """The plan as changed (re-timed); each with what the printed plan had for it."""
    rows = []
    for segment, line in zip(report.changed_plan, report.segments):
        was = line.printed
        printed = (
            "added live"
            if was is None
            else f"{hm(was.start)}\u2013{hm(was.end)} ({length(was.duration.total_seconds())})"
        )
        planned = f"{hm(segment.start)}\u2013{hm(segment.end)}"
        rows.append(
            ChangedRow(
                str(segment.index + 1), segment.title, planned, length(segment.duration.total_seconds()), printed
            )
        )
    return rows

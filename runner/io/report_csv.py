"""The report as CSV: the contract's columns first, then a few extra; speakers in a second file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from runner.core.report_data import DayReport, SegmentLine
from runner.core.speakers import SlotStatus
from runner.io.report_format import iso, seconds

COLUMNS = [
    "day",
    "index",
    "title",
    "kind",
    "status",
    "planned_start",
    "planned_end",
    "planned_duration_s",
    "actual_start",
    "actual_end",
    "actual_duration_s",
    "start_delta_s",
    "duration_delta_s",
]
EXTRA_COLUMNS = ["group", "paused_s", "adjust_s", "notes"]
SPEAKER_COLUMNS = [
    "day",
    "segment",
    "segment_title",
    "position",
    "name",
    "limit_s",
    "spoken_s",
    "over_s",
    "status",
    "added",
]


# What a spreadsheet takes for the start of a formula (OWASP's list, and the full-width forms
# some spreadsheets also accept): a cell of user text starting so gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def text_cell(text: str) -> str:
    """User text (a title, a note, a name) made safe for a spreadsheet: never a live formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def speakers_path(out: Path) -> Path:
    """Where the speakers' CSV goes: OUT with `-speakers` before the suffix."""
    return out.with_name(f"{out.stem}-speakers{out.suffix}")


def render_csv(report: DayReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS + EXTRA_COLUMNS)
    for line in report.segments:
        writer.writerow(_cells(report, line))
    return buffer.getvalue()


def _cells(report: DayReport, line: SegmentLine) -> list[str]:
    seg = line.segment
    return [
        report.day.date.isoformat(),
        str(seg.index),
        text_cell(seg.title),
        seg.kind.value,
        line.status.value,
        iso(seg.start),
        iso(seg.end),
        seconds(seg.duration.total_seconds()),
        iso(line.actual_start),
        iso(line.actual_end),
        seconds(line.actual_s),
        seconds(line.start_delta_s),
        seconds(line.duration_delta_s),
        text_cell(seg.group),
        seconds(line.paused_s),
        seconds(line.adjust_s),
        text_cell(" | ".join(line.notes)),
    ]


def render_speakers_csv(report: DayReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SPEAKER_COLUMNS)
    day = report.day.date.isoformat()
    for line in report.segments:
        if not line.speakers:
            continue
        segment = (day, line.segment.index, text_cell(line.segment.title))  # each of its rows' first three
        writer.writerows(
            (
                *segment,
                speaker.position,
                text_cell(speaker.name),
                seconds(speaker.limit_s),
                seconds(speaker.spoken_s),
                seconds(speaker.over_s),
                _STATUSES[speaker.status],
                "yes" if speaker.added else "",
            )
            for speaker in line.speakers
        )
    return buffer.getvalue()


_STATUSES = {status: status.value for status in SlotStatus}  # an Enum's `value` is a property

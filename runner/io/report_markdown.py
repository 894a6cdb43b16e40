"""The chair's summary as Markdown: narrative, timings, overruns, speakers, notes and alerts."""

from __future__ import annotations

import re

from runner.core.report_data import DayReport, SpeakerLine
from runner.io import report_format as fmt

# Characters Markdown (or the HTML it passes through) would act on; escaped so text stays text.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def escape(text: str) -> str:
    """Text that renders as itself: no emphasis, links, tables or HTML from a title or note."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: DayReport) -> str:
    parts = _header(report) + _timings(report) + _overruns(report) + _speakers(report) + _marks(report)
    return "\n".join(parts).rstrip() + "\n"


def _header(report: DayReport) -> list[str]:
    lines = [f"# Chair's summary: {escape(fmt.heading(report))}", ""]
    about = [escape(part) for part in fmt.about(report)]
    lines += [" · ".join(about), "", "## Summary", ""]
    for paragraph in fmt.narrative_lines(report):
        lines += [escape(paragraph), ""]
    lines += [f"- **{name}:** {escape(value)}" for name, value in fmt.summary_facts(report)]
    return [*lines, ""]


def _timings(report: DayReport) -> list[str]:
    lines = [
        "## Timings",
        "",
        "| # | Segment | Planned | Actual | Length (allotted) | Start | Length ± | Status |",
        "|---:|---|---|---|---|---:|---:|---|",
    ]
    for row in fmt.rows(report):
        flag = " ⚠" if row.overrun else ""
        lines.append(
            f"| {row.number} | {escape(row.title)} | {row.planned} | {row.actual} | "
            f"{row.actual_length or '—'} ({row.planned_length}) | {row.start_delta} | "
            f"{row.length_delta}{flag} | {row.status} |"
        )
    return [
        *lines,
        "",
        "Start: late (+) or early (−) against the plan. Length ±: overrun (+) or short (−); "
        "pauses count as part of a segment's length.",
        "",
    ]


def _overruns(report: DayReport) -> list[str]:
    over = report.overruns()
    if not over:
        return []
    lines = ["## Largest overruns", ""]
    lines += [
        f"{n}. {escape(line.segment.title)}: +{fmt.length(line.duration_delta_s)} "
        f"({fmt.length(line.actual_s)} against {fmt.length(line.segment.duration.total_seconds())})"
        for n, line in enumerate(over, 1)
    ]
    return [*lines, ""]


def _speakers(report: DayReport) -> list[str]:
    lines: list[str] = []
    for line, speakers in fmt.speaker_sections(report):
        lines += [
            f"## Speakers: {escape(line.segment.title)}",
            "",
            "| # | Speaker | Limit | Spoke | Over | Status |",
            "|---:|---|---:|---:|---:|---|",
        ]
        lines += [_speaker_row(s) for s in speakers] + [""]
    return lines


def _speaker_row(speaker: SpeakerLine) -> str:
    over = f"**{fmt.over(speaker)}**" if fmt.over(speaker) else ""
    return (
        f"| {speaker.position + 1} | {escape(speaker.name)} | {fmt.limit(speaker)} | "
        f"{fmt.length(speaker.spoken_s)} | {over} | {fmt.speaker_status(speaker)} |"
    )


def _marks(report: DayReport) -> list[str]:
    lines: list[str] = []
    for title, marks in (("Host's notes", report.notes), ("Alerts", report.alerts)):
        if marks:
            lines += [f"## {title}", ""]
            lines += [
                f"- {fmt.hm(m.at)} ({escape(fmt.where(report, m))}){_kind(m.kind, title)}: {escape(m.text)}"
                for m in marks
            ]
            lines.append("")
    if report.recoveries:
        lines += ["## Restarts", ""]
        lines += [
            f"- {fmt.hm(m.at)}: the app came back after at most {escape(m.text)} s away; timings continued"
            for m in report.recoveries
        ]
    return lines


def _kind(kind: str, title: str) -> str:
    return f" [{escape(kind)}]" if title == "Alerts" else ""

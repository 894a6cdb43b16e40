"""The chair's summary as one self-contained HTML file: inline CSS and SVG, no script, no network."""

from __future__ import annotations

from html import escape

from runner.core.report_data import DayReport, Mark, SpeakerLine
from runner.io import report_format as fmt
from runner.io.report_chart import render_offset_svg, render_svg

CSS = """
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d1d1d;
       margin: 0; background: #f4f5f7; line-height: 1.45; }
main { max-width: 860px; margin: 24px auto; background: #fff; padding: 32px 40px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: #1f4e8c; font-size: 12px; margin: 0; }
h1 { font-size: 24px; margin: 4px 0 6px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid #1f4e8c; padding-bottom: 3px; }
h3 { font-size: 14px; margin: 18px 0 6px; }
.meta { color: #555; margin: 0; }
.narrative { font-size: 15px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 10px 0 0; }
dl.facts dt { color: #555; } dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
bdi { unicode-bidi: isolate; overflow-wrap: anywhere; }
p.narrative, dd, li { overflow-wrap: anywhere; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
th { background: #eef2f8; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.status { white-space: nowrap; }
tr.group td { background: #fafafa; color: #1f4e8c; font-weight: 600; padding-top: 8px; }
.over { color: #b03a2e; font-weight: 600; }
.late { color: #9a6700; }
.skipped td { color: #777; font-style: italic; }
.small { color: #666; font-size: 12px; }
figure { margin: 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
table.speakers { table-layout: fixed; }
table.speakers th:nth-child(1) { width: 4%; } table.speakers th:nth-child(2) { width: 46%; }
table.speakers th:nth-child(3), table.speakers th:nth-child(4), table.speakers th:nth-child(5) { width: 10%; }
ul.marks { font-size: 14px; }
ul.marks { padding-left: 18px; } ul.marks li { margin: 2px 0; }
footer { margin-top: 28px; color: #777; font-size: 11px; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { background: #fff; } main { margin: 0; padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, figure, li { break-inside: avoid; } h2, h3 { break-after: avoid; }
}
"""


def render_html(report: DayReport, source: str = "") -> str:
    """The whole page; every title, name and note is escaped, so it stays text."""
    body = (
        _header(report)
        + _summary(report)
        + _chart(report)
        + _timings(report)
        + _speakers(report)
        + _marks(report, "Host's notes", report.notes)
        + _marks(report, "Alerts", report.alerts)
        + _restarts(report)
        + _footer(source)
    )
    title = escape(f"Chair's summary: {fmt.heading(report)}, {report.day.date.isoformat()}")
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


def _header(report: DayReport) -> str:
    about = [escape(part) for part in fmt.about(report)]
    return (
        f'<header><p class="kicker">Chair\'s summary</p><h1>{user(fmt.heading(report))}</h1>'
        f'<p class="meta">{" · ".join(about)}</p></header>\n'
    )


def _summary(report: DayReport) -> str:
    text = "".join(f'<p class="narrative">{escape(p)}</p>' for p in fmt.narrative_lines(report))
    facts = "".join(f"<dt>{name}</dt><dd>{escape(value)}</dd>" for name, value in fmt.summary_facts(report))
    return f'<section><h2>Summary</h2>{text}<dl class="facts">{facts}</dl></section>\n'


def _chart(report: DayReport) -> str:
    svg = render_svg(report)
    if not svg:
        return ""
    offsets = render_offset_svg(report)
    behind = (
        f"<h3>Behind or ahead of the plan, in minutes, at each start</h3><figure>{offsets}</figure>" if offsets else ""
    )
    return f"<section><h2>Timeline</h2><figure>{svg}</figure>{behind}</section>\n"


def _timings(report: DayReport) -> str:
    classes = ("num", "", "time", "time", "num", "num", "num", "num", "")
    cells = "".join(
        f'<th class="{css}">{escape(name)}</th>' if css else f"<th>{escape(name)}</th>"
        for css, name in zip(classes, fmt.TIMING_HEADERS)
    )
    head = f"<tr>{cells}</tr>"
    lines, group = [], None
    for row in fmt.rows(report):
        if row.group != group and row.group:
            lines.append(f'<tr class="group"><td></td><td colspan="8">{user(row.group)}</td></tr>')
        group = row.group
        lines.append(_timing_row(row))
    note = (
        '<p class="small">Start: late (+) or early (−) against the plan. Length ±: overrun (+) or short (−) '
        "against the planned length; pauses count as part of a segment's length.</p>"
    )
    return f"<section><h2>Timings</h2><table>{head}{''.join(lines)}</table>{note}</section>\n"


def user(text: str) -> str:
    """User text, escaped and isolated: a bidi override in a title cannot reorder what follows it,
    and an unbroken 60,000-character word wraps instead of widening the page."""
    return f"<bdi>{escape(text)}</bdi>"


def _timing_row(row: fmt.Row) -> str:
    css = ' class="skipped"' if row.status == "skipped" else ""
    late = " late" if row.late else ""
    over = " over" if row.overrun else ""
    return (
        f'<tr{css}><td class="num">{row.number}</td><td>{user(row.title)}</td>'
        f'<td class="time">{row.planned}</td><td class="time">{row.actual}</td>'
        f'<td class="num">{row.actual_length}</td><td class="num">{row.planned_length}</td>'
        f'<td class="num{late}">{row.start_delta}</td><td class="num{over}">{row.length_delta}</td>'
        f'<td class="status">{row.status}</td></tr>'
    )


def _speakers(report: DayReport) -> str:
    sections = fmt.speaker_sections(report)
    if not sections:
        return ""
    parts = ["<section><h2>Speakers</h2>"]
    for line, speakers in sections:
        parts.append(f"<h3>{user(line.segment.title)}</h3>")
        parts.append(
            '<table class="speakers"><tr><th class="num">#</th><th>Speaker</th><th class="num">Limit</th>'
            '<th class="num">Spoke</th><th class="num">Over</th><th>Status</th></tr>'
        )
        parts += [_speaker_row(s) for s in speakers]
        parts.append("</table>")
    return "".join(parts) + "</section>\n"


def _speaker_row(speaker: SpeakerLine) -> str:
    return (
        f'<tr><td class="num">{speaker.position + 1}</td><td>{user(speaker.name)}</td>'
        f'<td class="num">{fmt.limit(speaker)}</td><td class="num">{fmt.length(speaker.spoken_s)}</td>'
        f'<td class="num over">{fmt.over(speaker)}</td><td>{escape(fmt.speaker_status(speaker))}</td></tr>'
    )


def _marks(report: DayReport, title: str, marks: tuple[Mark, ...]) -> str:
    if not marks:
        return ""
    items = []
    for mark in marks:
        kind = f' <span class="small">[{escape(mark.kind)}]</span>' if title == "Alerts" else ""
        items.append(
            f'<li><span class="time">{fmt.hm(mark.at)}</span> '
            f'<span class="small">({escape(fmt.where(report, mark))})</span>{kind} {user(mark.text)}</li>'
        )
    return f'<section><h2>{escape(title)}</h2><ul class="marks">{"".join(items)}</ul></section>\n'


def _restarts(report: DayReport) -> str:
    if not report.recoveries:
        return ""
    items = "".join(
        f"<li>{fmt.hm(m.at)}: the app came back after at most {escape(m.text)} s away; timings continued</li>"
        for m in report.recoveries
    )
    return f'<section><h2>Restarts</h2><ul class="marks">{items}</ul></section>\n'


def _footer(source: str) -> str:
    origin = f" from the timing log {escape(source)}" if source else ""
    return (
        f"<footer>Written by Session Runner{origin}. "
        "Times are wall-clock; lengths come from the monotonic clock.</footer>\n"
    )

"""The chair's summary as one self-contained HTML file: inline CSS and SVG, no script, no network."""

from __future__ import annotations

from html import escape

from runner.core.report_data import DayReport
from runner.io.report_chart import render_offset_svg, render_svg
from runner.io.report_seal import qr_svg
from runner.io.report_sections import Cell, Item, Record, Section, Summary, Table, build_summary

CSS = """
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "DejaVu Sans", "Segoe UI", Arial,
       sans-serif; color: #1d1d1d;
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
th, td { text-align: start; padding: 4px 6px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
th { background: #eef2f8; font-weight: 600; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
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
ul.marks { padding-inline-start: 18px; } ul.marks li { margin: 2px 0; }
footer { margin-top: 28px; color: #777; font-size: 11px; }
.seal { display: flex; gap: 12px; align-items: center; margin-top: 8px; }
.seal p { margin: 2px 0; overflow-wrap: anywhere; } .seal svg { flex: none; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { background: #fff; } main { margin: 0; padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, figure, li { break-inside: avoid; } h2, h3 { break-after: avoid; }
}
"""


def render_html(report: DayReport, source: str = "", summary: Summary | None = None) -> str:
    """The whole page; every title, name and note is escaped, so it stays text. `summary`: the
    report's, when the caller has built it (Export builds it once for every format)."""
    summary = summary or build_summary(report, source)
    # Each cell written once: the sections share one Cell for each repeated figure or status, so
    # a cell is known by its identity while the summary holds them all.
    cells: dict[int, str] = {}
    sections = "".join(_section(section, report, cells) for section in summary.sections)
    body = _header(summary) + sections + _footer(summary)
    direction = ' dir="rtl"' if summary.right_to_left else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{summary.language}"{direction}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(summary.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n"
        "</body>\n</html>\n"
    )


def _header(summary: Summary) -> str:
    about = " · ".join(user(part) for part in summary.about)
    return (
        f'<header><p class="kicker">{escape(summary.kicker)}</p><h1>{user(summary.heading)}</h1>'
        f'<p class="meta">{about}</p></header>\n'
    )


def _section(section: Section, report: DayReport, cells: dict[int, str]) -> str:
    if section.kind == "charts":
        return _charts(section, report)
    parts = [f"<section><h2>{escape(section.heading)}</h2>"]
    parts += [f'<p class="narrative">{escape(p)}</p>' for p in section.paragraphs]
    if section.facts:
        facts = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in section.facts)
        parts.append(f'<dl class="facts">{facts}</dl>')
    for subheading, table in section.tables:
        parts.append((f"<h3>{user(subheading)}</h3>" if subheading else "") + _table(table, section.kind, cells))
    if section.items:
        parts.append(f'<ul class="marks">{"".join(_item(item) for item in section.items)}</ul>')
    if section.legend:
        parts.append(f'<p class="small">{escape(section.legend)}</p>')
    return "".join(parts) + "</section>\n"


def _charts(section: Section, report: DayReport) -> str:
    svg = render_svg(report)
    if not svg:
        return ""
    offsets = render_offset_svg(report)
    behind = f"<h3>{escape(section.subheadings[0])}</h3><figure>{offsets}</figure>" if offsets else ""
    # The time axis runs left to right in every language, as the tables' figures do.
    return f'<section><h2>{escape(section.heading)}</h2><figure dir="ltr">{svg}</figure>{behind}</section>\n'


_NUM, _SKIPPED = ' class="num"', ' class="skipped"'


def _table(table: Table, kind: str, cells: dict[int, str]) -> str:
    head = "".join(f"<th{_NUM if c.numeric else ''}>{escape(c.title)}</th>" for c in table.columns)
    rows = []
    for row in table.rows:
        if isinstance(row, str):
            rows.append(f'<tr class="group"><td></td><td colspan="{len(table.columns) - 1}">{user(row)}</td></tr>')
            continue
        skipped = ' class="skipped"' if any(cell.muted for cell in row) else ""
        tds = [cells.get(id(cell)) or cells.setdefault(id(cell), _cell(cell)) for cell in row]
        rows.append(f"<tr{skipped}>{''.join(tds)}</tr>")
    css = ' class="speakers"' if kind == "speakers" else ""
    return f"<table{css}><tr>{head}</tr>{''.join(rows)}</table>"


def _cell(cell: Cell) -> str:
    classes = [
        name
        for name, on in (("num", cell.numeric), ("time", cell.keep_together), ("late", cell.late), ("over", cell.over))
        if on
    ]
    css = f' class="{" ".join(classes)}"' if classes else ""
    text = user(cell.text) if cell.isolate else escape(cell.text)
    return f"<td{css}>{text}</td>"


def _item(item: Item) -> str:
    time = f'<span class="time">{escape(item.time)}</span> ' if item.time else ""
    where = f'<span class="small">({user(item.where)})</span> ' if item.where else ""
    return f"<li>{time}{where}{user(item.text)}</li>"


def user(text: str) -> str:
    """User text, escaped and isolated: a bidi override in a title cannot reorder what follows it,
    and an unbroken 60,000-character word wraps instead of widening the page."""
    return f"<bdi>{escape(text)}</bdi>"


def _footer(summary: Summary) -> str:
    record = _record(summary.record) if summary.record is not None else ""
    return f"<footer>{escape(summary.footer)}{record}</footer>\n"


def _record(record: Record) -> str:
    qr = qr_svg(record.token) if record.token else ""
    lines = "".join(f"<p>{escape(line)}</p>" for line in record.lines)
    return f'<div class="seal">{qr}<div>{lines}</div></div>'

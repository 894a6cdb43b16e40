"""The chair's summary as Markdown: narrative, timings, overruns, speakers, notes and alerts."""

from __future__ import annotations

import re

from runner.core.report_data import DayReport
from runner.io.report_sections import Cell, Section, Summary, Table, build_summary

# Characters Markdown (or the HTML it passes through) would act on; escaped so text stays text.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def escape(text: str) -> str:
    """Text that renders as itself: no emphasis, links, tables or HTML from a title or note."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: DayReport, source: str = "", summary: Summary | None = None) -> str:
    """`summary`: the report's, when the caller has built it (Export builds it once for every format)."""
    summary = summary or build_summary(report, source)
    lines = [f"# {escape(summary.kicker)}: {escape(summary.heading)}", ""]
    lines += [" · ".join(escape(part) for part in summary.about), ""]
    # Each cell written once: the sections share one Cell for each repeated figure or status, so
    # a cell is known by its identity while the summary holds them all.
    cells: dict[int, str] = {}
    for section in summary.sections:
        lines += _section(section, cells)
    if summary.record is not None:
        for line in summary.record.lines:
            lines += [escape(line), ""]
    return "\n".join(lines).rstrip() + "\n"


def _section(section: Section, cells: dict[int, str]) -> list[str]:
    if section.kind == "charts":
        return []  # a picture a Markdown file cannot hold; the timings table has every figure
    lines: list[str] = []
    if not section.tables or not all(sub for sub, _ in section.tables):
        lines += [f"## {escape(section.heading)}", ""]
    for paragraph in section.paragraphs:
        lines += [escape(paragraph), ""]
    if section.facts:
        lines += [f"- **{escape(name)}:** {escape(value)}" for name, value in section.facts] + [""]
    for subheading, table in section.tables:
        if subheading:
            lines += [f"## {escape(section.heading)}: {escape(subheading)}", ""]
        lines += [*_table(table, cells), ""]
    numbered = section.kind == "overruns"
    for n, item in enumerate(section.items, 1):
        bullet = f"{n}." if numbered else "-"
        time = f"{item.time} " if item.time else ""
        where = f"({escape(item.where)})" if item.where and not numbered else escape(item.where)
        lines.append(f"{bullet} {time}{where}{': ' if where else ''}{escape(item.text)}")
    if section.items:
        lines.append("")
    if section.legend:
        lines += [escape(section.legend), ""]
    return lines


def _table(table: Table, cells: dict[int, str]) -> list[str]:
    lines = [
        "| " + " | ".join(c.title if c.title == "#" else escape(c.title) for c in table.columns) + " |",
        "|" + "|".join("---:" if c.numeric else "---" for c in table.columns) + "|",
    ]
    for row in table.rows:
        if isinstance(row, str):
            lines.append(f"| | **{escape(row)}** |" + " |" * (len(table.columns) - 2))
        else:
            lines.append(
                "| "
                + " | ".join([cells.get(id(cell)) or cells.setdefault(id(cell), _cell(cell)) for cell in row])
                + " |"
            )
    return lines


def _cell(cell: Cell) -> str:
    text = escape(cell.text) or "—"
    return f"**{text}**" if cell.over and cell.text else text

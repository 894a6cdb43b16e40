"""The chair's summary as PDF, drawn by Qt itself (QTextDocument printed to a QPdfWriter).

Works without a display: a QGuiApplication on the offscreen platform is created when none runs.
Text goes through Qt's font fallback, so a name in Arabic, Chinese or Cyrillic is drawn with
whichever installed font has the glyphs (Noto, DejaVu); a glyph no font has shows as a box.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from runner.core.report_data import DayReport, Mark
from runner.io import report_format as fmt
from runner.io.report_chart import render_offset_svg, render_svg

FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", "Arial"]
CHART_URL = "report://timeline.png"
OFFSET_URL = "report://offsets.png"
CHART_WIDTH = 640  # layout pixels; an A4 page less 14 mm margins is about 690
STYLE = """
body { color: #1d1d1d; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; color: #1f4e8c; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 4px; }
th { background-color: #eef2f8; font-weight: 600; text-align: left; white-space: nowrap; }
.num { text-align: right; white-space: nowrap; }
.over { color: #b03a2e; font-weight: 600; }
.late { color: #9a6700; }
.muted { color: #666666; }
.kicker { color: #1f4e8c; font-size: 8.5pt; }
.group { color: #1f4e8c; font-weight: 600; background-color: #f6f6f6; }
"""


def ensure_gui_application() -> object:
    """The running Qt application, or a new one, offscreen without a display (keep it alive while
    drawing). A QApplication rather than a QGuiApplication: a process that later opens a window
    (the app, a test run) aborts if the first application object it made cannot hold widgets."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["session-runner"])


def write_pdf(report: DayReport, path: Path, source: str = "") -> None:
    """Draw the summary to `path` as an A4 PDF."""
    app = ensure_gui_application()  # noqa: F841 - must outlive the drawing below
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(f"Chair's summary: {fmt.heading(report)}, {report.day.date.isoformat()}")
    writer.setCreator("Session Runner")
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    document.setHtml(render_qt_html(report, source, _add_charts(document, report)))
    # A page size in 96-dpi layout pixels makes print_ keep our margins (without one it adds 2 cm)
    # and scale the layout to the writer's resolution.
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width() * 96 / 72, page.height() * 96 / 72))
    document.print_(writer)


def _add_charts(document, report: DayReport) -> dict[str, int]:
    """The SVG charts rasterised at print resolution (Qt's rich text cannot embed SVG), by URL,
    with their heights in layout pixels when shown CHART_WIDTH wide."""
    heights = {}
    for url, svg in ((CHART_URL, render_svg(report)), (OFFSET_URL, render_offset_svg(report))):
        if svg:
            heights[url] = _add_image(document, url, svg)
    return heights


def _add_image(document, url: str, svg: str) -> int:
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtGui import QImage, QPainter, QTextDocument
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size * 4, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    return round(CHART_WIDTH * size.height() / max(size.width(), 1))


def render_qt_html(report: DayReport, source: str = "", charts: dict[str, int] | None = None) -> str:
    """The subset of HTML that Qt's rich text lays out well: headings, paragraphs, tables."""
    parts = [_header(report), _summary(report)]
    charts = charts or {}
    if CHART_URL in charts:
        parts.append(
            f'<h2>Timeline</h2><p><img src="{CHART_URL}" width="{CHART_WIDTH}" height="{charts[CHART_URL]}"></p>'
        )
    if OFFSET_URL in charts:
        parts.append(
            f"<h3>Behind or ahead of the plan, in minutes, at each start</h3>"
            f'<p><img src="{OFFSET_URL}" width="{CHART_WIDTH}" height="{charts[OFFSET_URL]}"></p>'
        )
    parts += [
        _timings(report),
        _speakers(report),
        _marks(report, "Host's notes", report.notes),
        _marks(report, "Alerts", report.alerts),
        _restarts(report),
    ]
    origin = f" from the timing log {escape(source)}" if source else ""
    parts.append(f'<p class="muted"><small>Written by Session Runner{origin}.</small></p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def _header(report: DayReport) -> str:
    about = [escape(part) for part in fmt.about(report)]
    return (
        f'<p class="kicker">CHAIR\'S SUMMARY</p><h1>{escape(fmt.heading(report))}</h1>'
        f'<p class="muted">{" · ".join(about)}</p>'
    )


def _summary(report: DayReport) -> str:
    text = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in fmt.narrative_lines(report))
    facts = "".join(
        f'<tr><td class="muted" width="90">{name}</td><td>{escape(value)}</td></tr>'
        for name, value in fmt.summary_facts(report)
    )
    return f'<h2>Summary</h2>{text}<table cellpadding="1" cellspacing="0" style="margin-top: 6px;">{facts}</table>'


def _table(head: list[tuple[str, bool, int]], rows: list[str]) -> str:
    """A full-width table; each heading's percentage width keeps the columns where they belong."""
    cells = "".join(
        f'<th width="{width}%"{" class=num" if num else ""}>{escape(name)}</th>' for name, num, width in head
    )
    return (
        f'<table width="100%" cellpadding="3" cellspacing="0" border="0" style="border-collapse: collapse;">'
        f"<tr>{cells}</tr>{''.join(rows)}</table>"
    )


def _timings(report: DayReport) -> str:
    # Figures never wrap (a start of −1:16:49 broke after "−1:16:4"); Start is wide enough for one.
    numeric, widths = (True, False, False, False, True, True, True, True, False), (3, 23, 12, 12, 8, 9, 11, 10, 12)
    head = list(zip(fmt.TIMING_HEADERS, numeric, widths))
    rows, group = [], None
    for row in fmt.rows(report):
        if row.group and row.group != group:
            rows.append(f'<tr><td></td><td colspan="8" class="group">{escape(row.group)}</td></tr>')
        group = row.group
        late, over = (" late" if row.late else ""), (" over" if row.overrun else "")
        muted = ' class="muted"' if row.status == "skipped" else ""
        rows.append(
            f'<tr><td class="num">{row.number}</td><td{muted}>{escape(row.title)}</td>'
            f'<td style="white-space: nowrap;">{row.planned}</td>'
            f'<td style="white-space: nowrap;">{row.actual}</td><td class="num">{row.actual_length}</td>'
            f'<td class="num">{row.planned_length}</td><td class="num{late}">{row.start_delta}</td>'
            f'<td class="num{over}">{row.length_delta}</td>'
            f'<td{muted} style="white-space: nowrap;">{row.status}</td></tr>'
        )
    note = (
        '<p class="muted"><small>Start: late (+) or early (−) against the plan. Length ±: overrun (+) '
        "or short (−); pauses count as part of a segment's length.</small></p>"
    )
    return "<h2>Timings</h2>" + _table(head, rows) + note


def _speakers(report: DayReport) -> str:
    sections = fmt.speaker_sections(report)
    if not sections:
        return ""
    parts = ["<h2>Speakers</h2>"]
    head = [
        ("#", True, 3),
        ("Speaker", False, 47),
        ("Limit", True, 10),
        ("Spoke", True, 10),
        ("Over", True, 10),
        ("Status", False, 20),
    ]
    for line, speakers in sections:
        rows = [
            f'<tr><td class="num">{s.position + 1}</td><td>{escape(s.name)}</td>'
            f'<td class="num">{fmt.limit(s)}</td><td class="num">{fmt.length(s.spoken_s)}</td>'
            f'<td class="num over">{fmt.over(s)}</td><td>{escape(fmt.speaker_status(s))}</td></tr>'
            for s in speakers
        ]
        parts.append(f"<h3>{escape(line.segment.title)}</h3>" + _table(head, rows))
    return "".join(parts)


def _marks(report: DayReport, title: str, marks: tuple[Mark, ...]) -> str:
    if not marks:
        return ""
    rows = []
    for mark in marks:
        kind = f" [{escape(mark.kind)}]" if title == "Alerts" else ""
        rows.append(
            f'<tr><td width="48">{fmt.hm(mark.at)}</td><td><span class="muted">'
            f"{escape(fmt.where(report, mark))}{kind}</span><br>{escape(mark.text)}</td></tr>"
        )
    return f"<h2>{escape(title)}</h2>" + f'<table cellpadding="2" cellspacing="0">{"".join(rows)}</table>'


def _restarts(report: DayReport) -> str:
    if not report.recoveries:
        return ""
    items = "".join(
        f"<li>{fmt.hm(m.at)}: the app came back after at most {escape(m.text)} s away</li>" for m in report.recoveries
    )
    return f"<h2>Restarts</h2><ul>{items}</ul>"

"""The chair's summary as PDF, drawn by Qt itself (QTextDocument printed to a QPdfWriter).

Imported only when a PDF is written (runner.io.report_command's lazy seam), so a report in the
other formats loads no Qt.

Works without a display: a QGuiApplication on the offscreen platform is created when none runs.
Text goes through Qt's font fallback, so a name in Arabic, Chinese or Cyrillic is drawn with
whichever installed font has the glyphs (Noto, DejaVu); a glyph no font has shows as a box.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from runner.core.report_data import DayReport
from runner.io.bundled_fonts import register_fonts
from runner.io.report_chart import render_offset_svg, render_svg
from runner.io.report_seal import pdf_xmp, qr_png
from runner.io.report_sections import LRI, PDI, Cell, Item, Record, Section, Summary, Table, build_summary

FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Naskh Arabic", "Arial"]
CHART_URL = "report://timeline.png"
OFFSET_URL = "report://offsets.png"
SEAL_URL = "report://seal.png"
VERIFY_COMMAND = re.compile(r"session-runner verify \S+ --report")
TOKEN_FAMILIES = "'DejaVu Sans Mono', 'Noto Sans Mono', Consolas, Menlo, 'Courier New', monospace"
SEAL_SIZE = 84  # layout pixels: 22 mm, which a phone reads off paper
CHART_WIDTH = 640  # layout pixels; an A4 page less 14 mm margins is about 690
STYLE = """
body { color: #1d1d1d; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; color: #1f4e8c; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 4px; }
th { background-color: #eef2f8; font-weight: 600; text-align: left; white-space: nowrap; }
.num { text-align: right; }
.over { color: #b03a2e; font-weight: 600; }
.late { color: #9a6700; }
.muted { color: #666666; }
.kicker { color: #1f4e8c; font-size: 8.5pt; }
.group { color: #1f4e8c; font-weight: 600; background-color: #f6f6f6; }
"""


def ensure_gui_application() -> object:
    """The running Qt application, or a new QGuiApplication, offscreen without a display (keep it
    alive while drawing). Drawing needs QtGui alone; a process that will open windows makes its
    QApplication before it writes a PDF (the app does at start; the tests' conftest does too)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication.instance() or QGuiApplication(["session-runner"])


def write_pdf(report: DayReport, path: Path, source: str = "", summary: Summary | None = None) -> None:
    """Draw the summary to `path` as an A4 PDF. `summary`: the report's, when the caller has
    built it (Export builds it once for every format)."""
    app = ensure_gui_application()  # noqa: F841 - must outlive the drawing below
    register_fonts("ar", "zh")  # a built app's fonts (none in a checkout): names in any script
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    summary = summary or build_summary(report, source)
    writer.setTitle(summary.title)
    writer.setCreator("Session Runner")
    if summary.record is not None and summary.record.token:  # read back by `verify --report`
        writer.setDocumentXmpMetadata(QByteArray(pdf_xmp(summary.title, summary.record.token)))
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    if summary.right_to_left:  # Arabic: every paragraph and table laid out from the right
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    if summary.record is not None and summary.record.token:
        _add_seal(document, summary.record.token)
    document.setHtml(render_qt_html(report, source, _add_charts(document, report), summary))
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
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size * 4, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    return round(CHART_WIDTH * size.height() / max(size.width(), 1))


def _add_seal(document, token: str) -> None:
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(SEAL_URL), QImage.fromData(qr_png(token)))


def _record(record: Record) -> str:
    lines = "<br>".join(_record_line(escape(line), record.token) for line in record.lines)
    text = f'<td class="muted"><small>{lines}</small></td>'
    if not record.token:
        return f"<table><tr>{text}</tr></table>"
    qr = f'<td width="{SEAL_SIZE + 8}"><img src="{SEAL_URL}" width="{SEAL_SIZE}" height="{SEAL_SIZE}"></td>'
    return f'<table cellpadding="0" cellspacing="0"><tr>{qr}{text}</tr></table>'


def _record_line(line: str, token: str) -> str:
    """One line of the seal, with the token (hex: nothing to escape) and the verify command each on
    a line of their own: Qt's rich text wraps at a hyphen inside a nowrap span, and a token or
    command broken across lines, or a token in Noto Sans (which joins "ff" into one ligature glyph),
    no longer matches when copied out of the PDF. The token is monospaced for the same reason."""
    if token and token in line:
        before, after = line.split(token, 1)
        mono = f'<span style="font-family: {TOKEN_FAMILIES};">{token}</span>'
        if before.endswith(LRI):  # the isolate that keeps it left to right moves with it
            before, mono = before[: -len(LRI)], LRI + mono
        return _own_line(before, mono, after)
    command = VERIFY_COMMAND.search(line)
    return _own_line(line[: command.start()], command[0], line[command.end() :]) if command else line


def _own_line(before: str, middle: str, after: str) -> str:
    head = f"{before.rstrip()}<br>" if before.strip() else before
    tail = f"<br>{after.lstrip()}" if after.strip(f" {PDI}") else after
    if tail.startswith(f"<br>{PDI}"):
        tail = PDI + "<br>" + tail[len(f"<br>{PDI}") :]
    return head + middle + tail


def render_qt_html(
    report: DayReport, source: str = "", charts: dict[str, int] | None = None, summary: Summary | None = None
) -> str:
    """The subset of HTML that Qt's rich text lays out well: headings, paragraphs, tables."""
    summary = summary or build_summary(report, source)
    charts = charts or {}
    parts = [_header(summary)]
    parts += [
        _charts(section, charts) if section.kind == "charts" else _section(section) for section in summary.sections
    ]
    parts.append(f'<p class="muted"><small>{escape(summary.footer)}</small></p>')
    if summary.record is not None:
        parts.append(_record(summary.record))
    direction = ' dir="rtl"' if summary.right_to_left else ""
    return f"<html{direction}><body{direction}>" + "".join(parts) + "</body></html>"


def _header(summary: Summary) -> str:
    about = " · ".join(escape(part) for part in summary.about)
    return (
        f'<p class="kicker">{escape(summary.kicker.upper())}</p><h1>{escape(summary.heading)}</h1>'
        f'<p class="muted">{about}</p>'
    )


def _charts(section: Section, charts: dict[str, int]) -> str:
    parts = []
    if CHART_URL in charts:
        parts.append(
            f"<h2>{escape(section.heading)}</h2>"
            f'<p><img src="{CHART_URL}" width="{CHART_WIDTH}" height="{charts[CHART_URL]}"></p>'
        )
    if OFFSET_URL in charts:
        parts.append(
            f"<h3>{escape(section.subheadings[0])}</h3>"
            f'<p><img src="{OFFSET_URL}" width="{CHART_WIDTH}" height="{charts[OFFSET_URL]}"></p>'
        )
    return "".join(parts)


def _section(section: Section) -> str:
    parts = [f"<h2>{escape(section.heading)}</h2>"]
    parts += [f"<p>{escape(paragraph)}</p>" for paragraph in section.paragraphs]
    if section.facts:
        facts = "".join(
            f'<tr><td class="muted" width="110">{escape(name)}</td><td>{escape(value)}</td></tr>'
            for name, value in section.facts
        )
        parts.append(f'<table cellpadding="1" cellspacing="0" style="margin-top: 6px;">{facts}</table>')
    for subheading, table in section.tables:
        parts.append((f"<h3>{escape(subheading)}</h3>" if subheading else "") + _table(table))
    if section.items:
        parts.append(f'<table cellpadding="2" cellspacing="0">{"".join(_item(i) for i in section.items)}</table>')
    if section.legend:
        parts.append(f'<p class="muted"><small>{escape(section.legend)}</small></p>')
    return "".join(parts)


def _table(table: Table) -> str:
    """A full-width table; each heading's percentage width keeps the columns where they belong."""
    cells = "".join(
        f'<th width="{c.width}%"{" class=num" if c.numeric else ""}>{escape(c.title)}</th>' for c in table.columns
    )
    rows = []
    for row in table.rows:
        if isinstance(row, str):
            span = len(table.columns) - 1
            rows.append(f'<tr><td></td><td colspan="{span}" class="group">{escape(row)}</td></tr>')
        else:
            rows.append("<tr>" + "".join(_cell(cell) for cell in row) + "</tr>")
    return (
        f'<table width="100%" cellpadding="3" cellspacing="0" border="0" style="border-collapse: collapse;">'
        f"<tr>{cells}</tr>{''.join(rows)}</table>"
    )


def _cell(cell: Cell) -> str:
    flags = (("num", cell.numeric), ("late", cell.late), ("over", cell.over), ("muted", cell.muted))
    classes = " ".join(name for name, on in flags if on)
    css = f' class="{classes}"' if classes else ""
    nowrap = ' style="white-space: nowrap;"' if cell.keep_together or cell.numeric else ""
    return f"<td{css}{nowrap}>{escape(cell.text)}</td>"


def _item(item: Item) -> str:
    where = f'<span class="muted">{escape(item.where)}</span><br>' if item.where else ""
    return f'<tr><td width="48">{escape(item.time)}</td><td>{where}{escape(item.text)}</td></tr>'

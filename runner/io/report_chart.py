"""The timeline chart as inline SVG: each segment's planned slot above what actually ran.

Plain SVG 1.1 with presentation attributes only (no CSS, no script), so a browser, a printer and
Qt's SVG renderer (for the PDF) all draw it the same way.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from html import escape

from runner.core.engine import RunStatus
from runner.core.i18n import tr
from runner.core.report_data import DayReport, SegmentLine

WIDTH, LABEL_W, RIGHT_PAD, TOP, ROW_H = 760, 236, 16, 34, 30
PLAN, ACTUAL, OVER, SKIP, GRID, STOP = "#b8c7dc", "#1f4e8c", "#c0392b", "#8a8a8a", "#d9d9d9", "#c0392b"
MINUS = "\u2212"
FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"


def render_svg(report: DayReport) -> str:
    """The chart for `report`; an empty string when the day has no segments."""
    if not report.segments:
        return ""
    start, end = _span(report)
    scale = (WIDTH - LABEL_W - RIGHT_PAD) / max((end - start).total_seconds(), 1.0)
    x = lambda when: LABEL_W + (when - start).total_seconds() * scale
    height = TOP + ROW_H * len(report.segments) + 34
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" font-size="11" role="img" '
        f'aria-label="{escape(tr("Planned against actual timeline"))}">'
    ]
    parts += _grid(start, end, x, height)
    for row, line in enumerate(report.segments):
        parts += _row(line, TOP + row * ROW_H, x)
    parts += _hard_stop(report, x, height)
    parts += _legend(height)
    parts.append("</svg>")
    return "\n".join(parts)


def render_offset_svg(report: DayReport) -> str:
    """Minutes behind (+) or ahead (\u2212) of the plan at each segment start and at the close, as
    steps on the timeline's time axis; empty when there are fewer than two points."""
    points = [(when, offset / 60) for when, offset in report.offsets]
    if len(points) < 2:
        return ""
    start, end = _span(report)
    scale = (WIDTH - LABEL_W - RIGHT_PAD) / max((end - start).total_seconds(), 1.0)
    x = lambda when: LABEL_W + (when - start).total_seconds() * scale
    low, high = min(0.0, *(m for _, m in points)), max(0.0, *(m for _, m in points))
    # The axis's caption has its own line above the plot: beside it, "on plan" (drawn at the zero
    # line) overprinted it whenever the day never ran much behind (zero near the top).
    top, plot_h = 30, 84
    y = lambda m: top + (high - m) / max(high - low, 1.0) * plot_h
    height = top + plot_h + 14
    caption = tr("minutes behind (+) / ahead ({minus})", minus=MINUS)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" font-size="11" role="img" '
        f'aria-label="{escape(tr("Minutes behind or ahead of the plan"))}">',
        f'<line x1="{LABEL_W}" y1="{y(0):.1f}" x2="{WIDTH - RIGHT_PAD}" y2="{y(0):.1f}" stroke="#999"/>',
        f'<text x="{LABEL_W - 8}" y="{y(0) + 4:.1f}" text-anchor="end" fill="#555">{escape(tr("on plan"))}</text>',
        f'<text x="{LABEL_W - 8}" y="12" text-anchor="end" fill="#555">{escape(caption)}</text>',
    ]
    parts += _steps(points, x, y)
    parts.append("</svg>")
    return "\n".join(parts)


def _steps(points: list[tuple[datetime, float]], x, y) -> list[str]:
    """The offset holds from one start to the next: a step line, each point labelled in minutes."""
    coords = []
    for (when, m), (later, _) in itertools.pairwise(points):
        coords += [f"{x(when):.1f},{y(m):.1f}", f"{x(later):.1f},{y(m):.1f}"]
    coords.append(f"{x(points[-1][0]):.1f},{y(points[-1][1]):.1f}")
    parts = [f'<polyline points="{" ".join(coords)}" fill="none" stroke="{ACTUAL}" stroke-width="2"/>']
    parts += [
        f'<circle cx="{x(when):.1f}" cy="{y(m):.1f}" r="2.5" fill="{OVER if m >= 1 else ACTUAL}"/>'
        for when, m in points
    ]
    for index, (when, m) in enumerate(points):
        crowded = index + 1 < len(points) and x(points[index + 1][0]) - x(when) < 16
        if crowded:
            continue  # the next point's label would overprint this one; its value is in the table
        sign = "+" if round(m) > 0 else MINUS if round(m) < 0 else ""
        parts.append(
            f'<text x="{x(when) + 3:.1f}" y="{y(m) - 5:.1f}" fill="#333" font-size="10">{sign}{abs(round(m))}</text>'
        )
    return parts


def _span(report: DayReport) -> tuple[datetime, datetime]:
    times = [report.day.start, report.day.end]
    times += [t for line in report.segments for t in (line.actual_start, line.actual_end) if t is not None]
    times += [report.day.hard_stop] if report.day.hard_stop else []
    times += [report.events[-1].wall] if report.events else []
    low, high = min(times), max(times)
    low = low.replace(minute=low.minute - low.minute % 15, second=0, microsecond=0)
    high = high.replace(second=0, microsecond=0) + timedelta(minutes=15 - high.minute % 15)
    return low, high


def _grid(start: datetime, end: datetime, x, height: int) -> list[str]:
    parts = []
    step = timedelta(minutes=30 if (end - start) <= timedelta(hours=5) else 60)
    tick = start + (-start.minute % (step.seconds // 60)) * timedelta(minutes=1)
    while tick <= end:
        px = x(tick)
        parts.append(
            f'<line x1="{px:.1f}" y1="{TOP - 6}" x2="{px:.1f}" y2="{height - 30}" stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(f'<text x="{px:.1f}" y="{TOP - 12}" text-anchor="middle" fill="#555">{tick:%H:%M}</text>')
        tick += step
    return parts


def _row(line: SegmentLine, y: int, x) -> list[str]:
    seg = line.segment
    title = seg.title if len(seg.title) <= 38 else seg.title[:37] + "\u2026"
    parts = [
        f'<text x="{LABEL_W - 8}" y="{y + 18}" text-anchor="end" fill="#222">{seg.index + 1}. {escape(title)}</text>',
        _bar(x(seg.start), x(seg.end), y + 4, 9, PLAN),
    ]
    if line.status is RunStatus.SKIPPED:
        left, said = x(seg.start) + 4, escape(tr("skipped"))
        parts.append(f'<text x="{left:.1f}" y="{y + 25}" fill="{SKIP}" font-style="italic">{said}</text>')
    elif line.actual_start is not None:
        parts += _actual(line, y, x)
    return parts


def _actual(line: SegmentLine, y: int, x) -> list[str]:
    begin = line.actual_start
    assert begin is not None  # only segments that ran are drawn
    finish = line.actual_end or begin + timedelta(seconds=line.actual_s or 0.0)
    planned_end = begin + line.segment.duration
    if finish <= planned_end:
        return [_bar(x(begin), x(finish), y + 15, 10, ACTUAL)]
    return [_bar(x(begin), x(planned_end), y + 15, 10, ACTUAL), _bar(x(planned_end), x(finish), y + 15, 10, OVER)]


def _bar(left: float, right: float, y: int, h: int, colour: str) -> str:
    return f'<rect x="{left:.1f}" y="{y}" width="{max(right - left, 1.5):.1f}" height="{h}" fill="{colour}"/>'


def _hard_stop(report: DayReport, x, height: int) -> list[str]:
    stop = report.day.hard_stop
    if stop is None:
        return []
    px = x(stop)
    label = escape(tr("hard stop {time}", time=f"{stop:%H:%M}"))
    return [
        f'<line x1="{px:.1f}" y1="{TOP - 6}" x2="{px:.1f}" y2="{height - 30}" stroke="{STOP}" '
        f'stroke-width="1.5" stroke-dasharray="4 3"/>',
        f'<text x="{px - 4:.1f}" y="{height - 18}" text-anchor="end" fill="{STOP}">{label}</text>',
    ]


def _legend(height: int) -> list[str]:
    y = height - 24
    items = [(PLAN, tr("planned")), (ACTUAL, tr("actual")), (OVER, tr("beyond the planned length"))]
    parts, left = [], LABEL_W
    for colour, label in items:
        parts.append(f'<rect x="{left}" y="{y}" width="14" height="9" fill="{colour}"/>')
        parts.append(f'<text x="{left + 19}" y="{y + 9}" fill="#333">{escape(label)}</text>')
        left += 30 + 7 * len(label)
    return parts

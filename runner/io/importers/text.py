"""Programme text pasted from a document: day headings, timed lines, Word-table rows, bullets.

A Word table pasted as text is one line per row, its cells separated by tabs: the time range,
the session's title, and a description that may hold the session's own timed items
("<b>9:30</b> Global connectivity"), block headings with a length ("... [70 minutes]") and
bulleted names. Each timed item becomes a segment; a row without timed items is one segment.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from runner.core.i18n import tr
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, Programme
from runner.io.importers.timetext import (
    LENGTH_RE,
    calm_capitals,
    format_clock,
    kind_of,
    length_in,
    one_line,
    per_speaker_limit,
    read_range,
    without_limit,
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<{n}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# "Day 1 – Monday, 3 June 2024", "Day two: 2024-06-04"
_DAY_NUMBER = r"(?:day\s+(?:\d{1,2}|one|two|three|four|five|six|seven)\s*[:–—,.-]?\s*)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY_HEADING_RE = re.compile(
    rf"^{_DAY_NUMBER}{_WEEKDAY}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format(n='m1')},?\s+(?P<y1>\d{{4}})"
    rf"|{_MONTH.format(n='m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))(?![\d])(?P<rest>.*)$",
    re.IGNORECASE,
)
_TAG_BREAK_RE = re.compile(r"</?(?:p|br|li|ul|ol|div|tr|td)\b[^>]{0,300}>|\s{3,}", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^<>]{0,300}>")
_BULLET_RE = re.compile(r"^(?:[-*•◦▪–]|\d{1,2}[.)])\s+(?P<text>.+)$")
_MARKUP_RE = re.compile(r"^[#>*_\s]+|[*_]+$")
_END_RE = re.compile(
    r"^(?:end|close|adjourn(?:ment)?|end of (?:the )?(?:day|meeting|session|programme|event))\.?$", re.I
)
_BY_RE = re.compile(
    r"^(?P<title>.+?),?\s+by\s+(?P<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|H\.\s?E|HE|"
    r"Ambassador|Minister|Under-Secretary|Secretary-General|USG|ASG)\b.*)$"
)
_DANGLING_RE = re.compile(r"\s+(?:of|from|by|with|including)$", re.IGNORECASE)
MAX_LINES = 100_000


@dataclass
class _Item:
    """A timed line (or table row) and the lines under it, before it becomes segments."""

    line: int
    start: int
    end: int | None
    text: str
    cells: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    group: str = ""


@dataclass
class _Day:
    when: date | None
    title: str
    line: int
    items: list[_Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    group: str = ""


def read_text(text: str, source: str) -> Programme:
    """A programme from pasted text; a line that cannot be used is a located ImportFailed."""
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        raise ImportFailed.at(source, MAX_LINES, tr("more than {n} lines; not a programme", n=MAX_LINES))
    title, days = _scan(lines)
    programme = Programme(days=[], title=calm_capitals(title))
    for day in days:
        programme.days.append(_build_day(day, source))
    return programme


def _scan(lines: list[str]) -> tuple[str, list[_Day]]:
    title, days = "", [_Day(None, "", 1)]
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        heading = _day_heading(line)
        if heading is not None:
            days.append(_Day(heading[0], heading[1], number))
            continue
        if not title and not days[-1].items and len(days) == 1 and read_range(_plain(line)) is None:
            title = _plain(line) if len(_plain(line)) <= 200 else ""
            continue
        _take(days[-1], line, number)
    return title, [day for day in days if day.items or day.when is not None]


def _day_heading(line: str) -> tuple[date, str] | None:
    match = _DAY_HEADING_RE.match(_plain(line))
    if not match or len(line) > 300:
        return None
    if match["y3"]:
        year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
    else:
        year = int(match["y1"] or match["y2"])
        month = _MONTHS[(match["m1"] or match["m2"]).lower()]
        day = int(match["d1"] or match["d2"])
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return when, match["rest"].strip(" \t:–—-|,")


def day_heading_date(text: str) -> date | None:
    """The date a heading or cell names ('Friday, 12 June 2020', 'June 12, 2020', '2020-06-12')."""
    heading = _day_heading(text)
    return heading[0] if heading else None


def _plain(text: str) -> str:
    """Markdown marks and HTML tags taken off, entities read."""
    return _MARKUP_RE.sub("", html.unescape(_TAG_RE.sub("", text))).strip()


def _cells(line: str) -> list[str]:
    """A table row's cells: tab-separated (Word), or a Markdown row ("| 09:00 | Opening |")."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return [cell.strip() for cell in stripped.strip("|").split("|")]
    return [cell.strip() for cell in line.split("\t")]


def _take(day: _Day, line: str, number: int) -> None:
    cells = _cells(line)
    if all(set(cell) <= set("-: ") for cell in cells):
        return  # a Markdown table's rule ("|---|:---|")
    first = _plain(cells[0])
    timed = read_range(first)
    if timed is not None:
        start, end, rest = timed
        extra = cells[1:] if len(cells) > 1 else []
        day.items.append(_Item(number, start, end, rest, extra, group=day.group if not extra else ""))
        return
    if len(cells) > 1 and not day.items:
        return  # a table's header row ("Timing  Session  Description")
    text = _plain(line)
    if line.lstrip().startswith("#") or (LENGTH_RE.search(text) and not _BULLET_RE.match(text)):
        day.group = length_in(text)[1].rstrip(":")
        return
    if day.items:
        day.items[-1].body.append(line)
    elif day.when is not None:
        day.notes.append(text)


def _build_day(scanned: _Day, source: str) -> DraftDay:
    day = DraftDay(date=scanned.when, title=scanned.title, where=str(scanned.line))
    notes = list(scanned.notes)
    for item in scanned.items:
        if item.cells:
            day.segments.extend(_row_segments(item, notes))
        else:
            day.segments.append(_line_segment(item, item.text, item.body, item.group))
    if scanned.items:
        day.end = scanned.items[-1].end  # the last range's end is the day's; "12:00 End" says so too
    _take_end_item(day)
    limit = per_speaker_limit(" ".join([scanned.title, *scanned.notes]))
    day.speaker_limit = limit
    day.notes = "\n".join(notes)
    _check_lengths(day, source)
    return day


def _row_segments(item: _Item, day_notes: list[str]) -> list[DraftSegment]:
    """A table row: its own timed items as segments, or the row itself as one."""
    title = one_line(_plain(item.cells[0]))
    lines = [one_line(_plain(part)) for cell in [*item.cells[1:], *item.body] for part in _TAG_BREAK_RE.split(cell)]
    inner, before, headed = _inner_items(item, [line for line in lines if line])
    if not inner or (len(inner) == 1 and inner[0].start == item.start and not headed):
        text = [*before, *([inner[0].text, *inner[0].body] if inner else [])]
        segment = _line_segment(item, title, text, "", notes_only=True)
        segment.end = item.end
        return [segment]
    if headed:
        span = f"{format_clock(item.start)}-{format_clock(item.end)} " if item.end is not None else ""
        day_notes.append(f"{span}{title}")
    day_notes.extend(before)
    segments = [_line_segment(sub, sub.text, sub.body, sub.group if headed else title) for sub in inner]
    if item.end is not None and segments[-1].duration is None:
        segments[-1].end = item.end
    return segments


def _inner_items(row: _Item, lines: list[str]) -> tuple[list[_Item], list[str], bool]:
    inner: list[_Item] = []
    before: list[str] = []
    group, headed = "", False
    for line in lines:
        timed = read_range(line)
        if timed is not None:
            inner.append(_Item(row.line, timed[0], timed[1], timed[2], group=group))
        elif LENGTH_RE.search(line) and not _BULLET_RE.match(line):
            group, headed = length_in(line)[1].rstrip(":").strip(), True
        elif inner:
            inner[-1].body.append(line)
        else:
            before.append(line)
    return inner, before, headed


def _line_segment(item: _Item, text: str, body: list[str], group: str, notes_only: bool = False) -> DraftSegment:
    length, text = length_in(one_line(_plain(text)))
    title, speaker = without_limit(text).rstrip(":").strip(), ""
    by = _BY_RE.match(title)
    if by and not notes_only:
        title, speaker = by["title"], by["who"]
    segment = DraftSegment(title=title, start=item.start, end=item.end, duration=length, where=str(item.line))
    segment.kind = kind_of(title)
    segment.group = "" if segment.kind != "segment" else group
    bullets, notes = _split_body(body)
    if speaker:
        segment.speakers, segment.guesses["speaker"] = [speaker], tr("from 'by ...' in the title")
    elif bullets and not notes_only:
        segment.speakers, segment.guesses["speakers"] = bullets, tr("the names listed under the item")
        # "Remarks by representatives of:" introduced the list that is now the speakers' list.
        segment.title = _DANGLING_RE.sub("", segment.title)
    else:
        notes = [*notes, *(f"- {b}" for b in bullets)]
    segment.notes = "\n".join(notes)
    segment.speaker_limit = per_speaker_limit(" ".join([text, *body]))
    return segment


def _split_body(body: list[str]) -> tuple[list[str], list[str]]:
    bullets, notes = [], []
    for raw in body:
        for part in _TAG_BREAK_RE.split(raw):
            line = one_line(_plain(part)) if not _BULLET_RE.match(part.strip()) else part.strip()
            bullet = _BULLET_RE.match(line)
            if bullet:
                bullets.append(one_line(_plain(bullet["text"])))
            elif line:
                notes.append(line)
    return bullets, notes


def _take_end_item(day: DraftDay) -> None:
    """A final "12:00 End" is the day's end, not a segment."""
    if day.segments and _END_RE.match(day.segments[-1].title) and day.segments[-1].start is not None:
        day.end = day.segments.pop().start


def _check_lengths(day: DraftDay, source: str) -> None:
    if not day.segments:
        return
    last = day.segments[-1]
    if last.end is None and last.duration is None and day.end is None:
        raise ImportFailed.at(
            source,
            last.where,
            tr(
                "the length of '{title}' is not known; give its end (10:00-10:30), "
                "a length ([30 minutes]) or end the day with a line '12:00 End'",
                title=last.title,
            ),
        )

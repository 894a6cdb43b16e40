"""Programme text pasted from a document: day headings, timed lines, Word-table rows, bullets.

A Word table pasted as text is one line per row, its cells separated by tabs: the time range,
the session's title, and a description that may hold the session's own timed items
("<b>9:30</b> Global connectivity"), block headings with a length ("... [70 minutes]") and
bulleted names. Each timed item becomes a segment; a row without timed items is one segment.

Programmes are read as the six UN languages write them: day headings with their dates in any of
them (runner.io.importers.datetext), "Chair:", "Moderator:" and "Speakers: A; B; C" lines as the
item's speakers (a "Chair:" line under a day heading is the day's chair), a last "16:00 End of
day 1" as the day's end. Text the importer cannot place is listed as left out, a line each.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from runner.core.i18n import tr
from runner.io.importers.datetext import DayFirst, DayMonth, day_month, heading_date, numeric_order
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, Programme
from runner.io.importers.programme_words import (
    AND_RE,
    CHAIR_RE,
    CITY_RE,
    CITY_ZONES,
    DATE_COLUMN_RE,
    DAY_COUNT_RE,
    END_COLUMN_RE,
    END_RE,
    GENERIC_TITLE_RE,
    PEOPLE_COLUMN_RE,
    ROLE_RE,
    START_COLUMN_RE,
    TIMES_NAMED_RE,
    TITLE_COLUMN_RE,
    ZONE_ANY_RE,
    ZONES,
    looks_like_a_name,
    one_person,
)
from runner.io.importers.timetext import (
    DAY_SECONDS,
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

_TAG_BREAK_RE = re.compile(r"</?(?:p|br|li|ul|ol|div|tr|td)\b[^>]{0,300}>|\s{3,}", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^<>]{0,300}>")
_BULLET_RE = re.compile(r"^(?:[-*•◦▪–]|\d{1,2}[.)])\s+(?P<text>.+)$")
_MARK_RE = re.compile(r"^[-•◦▪–+]\s+(?P<text>.+)$")  # "- 8h45-9h00 : Mot de bienvenue" ("*" goes with the markup)
_MARKUP_RE = re.compile(r"^[#>*_\s]+|[*_]+$")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LINK_RE = re.compile(r"\[([^\[\]]{1,300})\]\([^()\s]{0,500}\)")
_BOLD_RE = re.compile(r"\*\*|__")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*]{1,200}?)(?<=\S)\*(?![\w*])")  # "(incl. *break*)"
# Two sentences ("… concurrent days. This allows …") are prose under the title, not the title; the dot
# of "Dr. Smith" or "U.S. Summit" ends no sentence.
_PROSE_RE = re.compile(r"(?:\S+\s+){3,}[a-zà-ÿ]{3,}[.!?]\s+[A-ZÀ-Þ]\w*(?:\s+\S+){2,}")
# "by Marina Fomicheva, University of Sheffield", a line of its own under the item: its speaker.
_BY_LINE_RE = re.compile(r"^(?:by|par|por)\s+(?P<who>.+)$", re.IGNORECASE)
# A rule ("---", "***") or a Markdown attribute line ('{: class="schedule"}'): layout, not text.
_RULE_RE = re.compile(r"^(?:[-*_=~\s]{3,}|\{:[^{}]*\})$")
# MkDocs' admonition marker ("!!! note", '??? tip "Title"'): layout; the indented lines under it are text.
_ADMONITION_RE = re.compile(r"^(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+\"[^\"]*\")?$")
# "Ubicación: Hall principal": a detail of the item, not a person on its list.
_DETAIL_RE = re.compile(r"^[^:：\d][^:：]{0,39}[:：]\s*\S")
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
    people_cell: int | None = None  # which of `cells` a table's "Speakers" column is
    heading: bool = False  # the time a day heading gives ("4 May 2021, 2-3pm")
    bullet: str = ""  # the line, when it is a list's item ("- 8h00 : Ouverture de l'accueil")


@dataclass
class _Day:
    when: date | None
    title: str
    line: int
    items: list[_Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    group: str = ""
    chair: str = ""
    # After a heading line ("## Notas logísticas"), lines belong to the day, not to the last item.
    closed: bool = False
    year_from: str = ""  # a heading without a year: the year the text named before it
    by_weekday: bool = False  # ... and the weekday it names, which settled the year either side
    people_column: int | None = None
    title_column: int | None = None
    counted: tuple[str, int] | None = None  # "## Day 2": the day the source counts, dated by --date


@dataclass
class _Context:
    """What the scan knows beside its days: the source, and what dates a heading without a year."""

    source: str
    given: date | None  # --date: its year is a yearless heading's where the text names none
    day_first: DayFirst  # "15/09/2025" elsewhere in the text says how "03/09/2025" reads
    text_year: str  # the first year the text names anywhere, for a heading before it
    year: str = ""  # the last year the text named ("HLPF 2025"), for a heading that names none
    date_column: int | None = None  # a table's "Date" column ("| Date | Time | Session |")
    # A table's start and end columns ("| block | start | end | subject |"): (start, end or None).
    time_columns: tuple[int, int | None] | None = None


def read_text(text: str, source: str, given: date | None = None) -> Programme:
    """A programme from pasted text; a line that cannot be used is a located ImportFailed.
    `given` is --date: the year of headings that name none ("Tue, April 25") where the text names none."""
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        raise ImportFailed.at(source, MAX_LINES, tr("more than {n} lines; not a programme", n=MAX_LINES))
    front = _front_matter(lines)
    kept = ["" if number < front[0] else line for number, line in enumerate(lines)]
    title, days = _scan(kept, _Context(source, given, numeric_order(kept), _first_year(kept)), front[1])
    programme = Programme(days=[], title=calm_capitals(title.strip('"“”„«» ')))
    for day in days:
        for item in day.items:
            item.text = item.text or programme.title  # "4 May 2021, 2-3pm": the programme's one event
        programme.days.append(_build_day(day, source))
    _zone(text, programme)
    return programme


def _front_matter(lines: list[str]) -> tuple[int, str]:
    """A Markdown page's YAML front matter ("---" ... "---"): where the text starts, and its title."""
    if not lines or lines[0].strip() != "---":
        return 0, ""
    end = next((n for n, line in enumerate(lines[1:50], start=1) if line.strip() == "---"), None)
    if end is None:
        return 0, ""
    titled = (line.split(":", 1)[1].strip().strip("\"'") for line in lines[1:end] if line.startswith("title:"))
    return end + 1, next(titled, "")


def _zone(text: str, programme: Programme) -> None:
    """A zone the programme names beside its times ("2-3pm EDT", "New York time"), marked guessed."""
    for line in text.split("\n")[:400]:
        city = CITY_RE.search(line)
        heading = heading_date(_plain(line))
        timed = read_range(_plain(line)) or (read_range(heading[2]) if heading else None)
        # A zone beside the times, or in a line that says what the times are ("All times are CEST").
        word = ZONE_ANY_RE.search(line) if timed or (TIMES_NAMED_RE.search(line) and not city) else None
        found = ZONES.get(word["zone"]) if word else None
        if city and not found:
            found = CITY_ZONES[next(name for name in city.groups() if name).lower()]
        if found:
            programme.timezone = found
            named = word["zone"] if word else city[0] if city else found
            programme.guesses["timezone"] = tr("from '{named}' in the text; check it", named=named)
            return


def _scan(lines: list[str], context: _Context, title: str = "") -> tuple[str, list[_Day]]:
    days = [_Day(None, "", 1)]
    kept = [(number, line.strip()) for number, line in enumerate(lines, start=1) if _kept(line.strip())]
    seeking = not title  # the first plain line is the title, unless it is prose
    for index, (number, line) in enumerate(kept):
        following = kept[index + 1][1] if index + 1 < len(kept) else ""
        line = _times_first(_dated_row(days, line, number, context), context)
        if _heading(days, line, number, context, following):
            context.year = str(days[-1].when.year) if days[-1].when else context.year
            continue
        named = _YEAR_RE.search(line)
        context.year = named[0] if named and read_range(_plain(line)) is None else context.year
        plain = _plain(line)
        first = seeking and not days[-1].items and len(days) == 1 and read_range(plain) is None
        first = first and len(_cells(line)) == 1  # a table's header row is no title
        seeking = seeking and not (first and _PROSE_RE.search(plain))  # the text opens with prose: no title
        if first and seeking and not GENERIC_TITLE_RE.match(plain):
            title, seeking = (plain if len(plain) <= 200 else ""), False
            continue
        _take(days[-1], line, number)
    _listed_before_the_days(days)
    if len(days) > 1 and not days[0].items:
        days[1].notes[:0] = days[0].notes  # the lines under the title, before the first day: its notes
    return title, [day for day in days if day.items or day.when is not None]


def _kept(line: str) -> bool:
    """A line with something to read: not blank, not a rule ("---"), not a table's rule ("|---|:--|")."""
    cells = _cells(line)
    layout = _RULE_RE.match(line) or _ADMONITION_RE.match(line)
    return bool(line) and not layout and not (len(cells) > 1 and all(set(c) <= set("-: ") for c in cells))


def _first_year(lines: list[str]) -> str:
    """The first year the text names outside its timed lines ("HLPF 2025"), or ""."""
    for line in lines:
        named = _YEAR_RE.search(line)
        if named and read_range(_plain(line)) is None:
            return named[0]
    return ""


def _listed_before_the_days(days: list[_Day]) -> None:
    """A list of times above the first day ("Registration desk is open on: + 17:00-20:00 on Mon,
    April 24th") is the programme's note, not a day of its own."""
    first = days[0]
    if len(days) > 1 and first.items and all(item.bullet for item in first.items):
        first.notes.extend(_plain(line) for item in first.items for line in [item.bullet, *item.body])
        first.items = []


def _dated_row(days: list[_Day], line: str, number: int, context: _Context) -> str:
    """A table with a "Date" column ("| 11.10. | 09:00-09:30 | Welcome |", "|  | 09:30-11:00 | ... |"):
    a date in it starts a day, the rows below it without one are that day's; the row goes on without it."""
    cells = _cells(line)
    if len(cells) < 2:
        context.date_column = None  # the table ended
        return line
    if context.date_column is None and _dates_a_row(cells):
        context.date_column = 0
    elif context.date_column is None:
        if days[-1].items or read_range(_plain(cells[0])) is not None:
            return line
        named = [n for n, cell in enumerate(cells) if DATE_COLUMN_RE.match(_plain(cell))]
        if not named:
            return line
        context.date_column = named[0]  # the header row goes on, for its Title and Speakers columns
    if context.date_column >= len(cells):
        return line
    cell = _plain(cells.pop(context.date_column))
    before = days[-1]
    if cell and not DATE_COLUMN_RE.match(cell) and _heading(days, cell, number, context, "", in_column=True):
        days[-1].people_column, days[-1].title_column = before.people_column, before.title_column
    return "| " + " | ".join(cells) + " |"


def _dates_a_row(cells: list[str]) -> bool:
    """A table without a header whose rows start with their date ("| 14.09. | 09:00 | Opening |"): a
    date a dot or a weekday makes certain, then a time ("| 10.10 | 11.00 |" may be two times)."""
    found = day_month(_plain(cells[0]))
    return len(cells) > 2 and found is not None and found.certain and read_range(_plain(cells[1])) is not None


def _heading(
    days: list[_Day], line: str, number: int, context: _Context, following: str, in_column: bool = False
) -> bool:
    """A day heading starts a day; one with a time ("4 May 2021, 2-3pm EDT") is also its one item.
    A table's row is one only as its first cell alone ("| 03.07.2024 (Wednesday) | |")."""
    cells = _cells(line)
    if len(cells) > 1 and any(_plain(cell) for cell in cells[1:]):
        return False
    plain = _plain(cells[0])
    heading = heading_date(plain, context.day_first)
    yearless = _yearless(plain, number, context, following, in_column) if heading is None else None
    found = heading or ((yearless[0], yearless[1].before, yearless[1].rest) if yearless else None)
    if found is None:
        return _counted_heading(days, line, plain, number)
    when, prefix, rest = found
    # "Programme – Day 1: Wednesday, 12 March 2025": the day is "Day 1"; "Programme" says what the text is.
    prefix = " – ".join(
        part for part in re.split(r"\s+[–—|-]\s+|\s*[:：]\s*", prefix) if not GENERIC_TITLE_RE.match(part)
    )
    timed = read_range(rest)
    day = _Day(when, "" if timed else rest or prefix, number)
    if yearless:
        day.year_from, day.by_weekday = yearless[2], yearless[1].weekday is not None
    if timed is not None:
        day.items.append(_Item(number, timed[0], timed[1], timed[2], heading=True))
    days.append(day)
    return True


def _counted_heading(days: list[_Day], line: str, plain: str, number: int) -> bool:
    """A heading that counts its day and names no date ("## Day 2", "**Jour 1 – Ouverture**", "Day 3"
    on a line of its own): a day of its own, dated later from --date (the first day's), else today."""
    counted = DAY_COUNT_RE.match(plain)
    if counted is None:
        return False
    rest = (counted["rest"] or counted["zhrest"] or "").strip()
    marked = line.lstrip().startswith("#") or (line.strip().startswith("**") and line.strip().endswith("**"))
    if (rest and not marked) or read_range(rest) is not None:
        return False  # "Day 2 ends with a dinner", "Day 1 09:00 Opening": a sentence or an item, not a heading
    if days[-1].when is not None and not days[-1].items:
        days[-1].title = days[-1].title or rest  # "# Jueves 06 de noviembre 2025", "**Día 1 - Apertura**": its name
        return True
    day = _Day(None, rest, number)
    day.counted = ("number", int(counted["n"] or counted["zh"]))
    days.append(day)
    return True


def _times_first(line: str, context: _Context) -> str:
    """A table whose times are in columns of their own ("| block | start | end | subject |", as NGS
    courses and "Hora inicio | Hora fin" pages write them): each row with its range first
    ("| 9:30 AM - 10:30 AM | block 1 | subject |"), as the rest of the reading expects a timed row."""
    cells = _cells(line)
    if len(cells) < 2:
        context.time_columns = None  # the table ended
        return line
    plain = [_plain(cell) for cell in cells]
    if context.time_columns is None:
        starts = [n for n, cell in enumerate(plain) if START_COLUMN_RE.match(cell)]
        if not starts or read_range(plain[0]) is not None:
            return line
        ends = [n for n, cell in enumerate(plain) if END_COLUMN_RE.match(cell) and n > starts[0]]
        context.time_columns = (starts[0], ends[0] if ends else None)
    start, end = context.time_columns
    if start >= len(cells) or all(set(cell) <= set("-: ") for cell in cells):
        return line
    others = [cell for n, cell in enumerate(cells) if n not in (start, end)]
    if START_COLUMN_RE.match(plain[start]):  # the header (again, where a page repeats it over each day)
        return _row(["Time", *others])  # read for its Title and Speakers columns, never shown
    begins, ends_at = plain[start], plain[end] if end is not None and end < len(cells) else ""
    return _row([f"{begins} - {ends_at}" if begins and ends_at else begins, *others])


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _yearless(
    plain: str, number: int, context: _Context, following: str, in_column: bool
) -> tuple[date, DayMonth, str] | None:
    """A heading that names its day without a year ("Tue, April 25", "16th August", "14.09"): in the
    year the text named last (or first), else in --date's; with neither, a refusal that asks for --date.
    "14.09" alone may be a time: it is a date in a Date column or over timed lines."""
    found: DayMonth | None = day_month(plain)
    timed_below = read_range(_plain(_cells(following)[0])) is not None if following else False
    if found is None or not (found.certain or in_column or timed_below):
        return None
    year = context.year or context.text_year
    if not year and context.given is None:
        raise ImportFailed.at(
            context.source,
            number,
            tr("'{heading}' names no year, nor does the text; give the day's date with --date", heading=plain),
        )
    when = found.in_year(int(year) if year else context.given.year if context.given else 0)
    return (when, found, year) if when else None


def day_heading_date(text: str) -> date | None:
    """The date a heading or cell names ('Friday, 12 June 2020', 'Jeudi 14 novembre 2024', '2020-06-12')."""
    heading = heading_date(text)
    return heading[0] if heading else None


def _plain(text: str) -> str:
    """Markdown marks and HTML tags taken off, entities read."""
    unlinked = _LINK_RE.sub(r"\1", _TAG_RE.sub("", text))  # "[Opening](opening.md)": its text
    unmarked = _EMPHASIS_RE.sub(r"\1", _BOLD_RE.sub("", html.unescape(unlinked)))
    return _MARKUP_RE.sub("", unmarked).strip()


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
    listed = _MARK_RE.match(first) if timed is None and len(cells) == 1 else None
    timed = read_range(listed["text"]) if listed else timed
    if timed is not None:
        start, end, rest = timed
        extra = cells[1:] if len(cells) > 1 else []
        moved = day.title_column is not None and 1 < day.title_column < len(cells) and _plain(cells[day.title_column])
        if moved and day.title_column is not None:
            extra.insert(0, extra.pop(day.title_column - 1))  # "| Time | Authors | Title |": the title first
        if day.items and start + 12 * 3600 < day.items[-1].start:
            # "20:00 Party, 00:00 Venue closes": the night after, as a range past midnight is.
            start, end = start + DAY_SECONDS, end + DAY_SECONDS if end is not None else None
        item = _Item(
            number, start, end, rest, extra, group=day.group if not extra else "", bullet=line if listed else ""
        )
        if extra and day.people_column is not None and 0 < day.people_column < len(cells):
            shifted = bool(moved) and day.people_column < (day.title_column or 0)  # moved past by the title
            item.people_cell = day.people_column - (0 if shifted else 1)
        day.items.append(item)
        day.closed = False
        return
    if len(cells) > 1 and not day.items:
        # A table's header row ("Timing  Session  Description"); its "Speakers" column is noted.
        named = [n for n, cell in enumerate(cells) if PEOPLE_COLUMN_RE.match(_plain(cell))]
        titled = [n for n, cell in enumerate(cells) if TITLE_COLUMN_RE.match(_plain(cell))]
        day.people_column = named[0] if named else None
        # "| Time | Session | Topic |": the last such column names the item ("1" is the session's number).
        day.title_column = titled[-1] if titled else None
        return
    if len(cells) > 1 and not _plain(cells[0]) and day.items and not day.closed:
        # A table row without a time of its own ("|  | A. Author | Paper |"): a line of the item above.
        day.items[-1].body.append(" — ".join(_plain(cell) for cell in cells if _plain(cell)))
        return
    text = _plain(line)
    if line.lstrip().startswith("#") or (LENGTH_RE.search(text) and not _BULLET_RE.match(text)):
        day.group = length_in(text)[1].rstrip(":")
        day.closed = bool(day.items)
        return
    role = ROLE_RE.match(text)
    if role and CHAIR_RE.match(role["label"].strip()) and not day.items and day.when is not None:
        day.chair = role["names"].strip()
    elif day.items and not day.closed:
        day.items[-1].body.append(line)
    else:
        day.notes.append(text)


def _build_day(scanned: _Day, source: str) -> DraftDay:
    day = DraftDay(
        date=scanned.when, title=scanned.title, where=str(scanned.line), chair=scanned.chair, counted=scanned.counted
    )
    if scanned.year_from and scanned.by_weekday:
        day.guesses["date"] = tr(
            "the heading names no year; it is guessed from '{year}' in the text and the weekday", year=scanned.year_from
        )
    elif scanned.year_from:
        day.guesses["date"] = tr(
            "the heading names no year; it is taken from '{year}' in the text", year=scanned.year_from
        )
    notes = list(scanned.notes)
    items = scanned.items
    if len(items) > 1 and items[0].heading:
        # "Thursday, 13 March 2025, 1:15 p.m. – 2:30 p.m." over a timed programme: the day's span.
        notes.extend(one_line(_plain(line)) for line in items[0].body)
        items = items[1:]
        if items[0].heading is False and items[-1].end is None and scanned.items[0].end is not None:
            day.end = scanned.items[0].end
    for item in items:
        if item.cells:
            day.segments.extend(_row_segments(item, notes))
        else:
            day.segments.append(_line_segment(item, item.text, item.body, item.group))
    if items and items[-1].end is not None:
        day.end = items[-1].end  # the last range's end is the day's; "12:00 End" says so too
    notes.extend(_take_end_item(day))
    limit = per_speaker_limit(" ".join([scanned.title, *scanned.notes]))
    day.speaker_limit = limit
    day.notes = "\n".join(notes)
    _check_lengths(day, source)
    return day


def _row_segments(item: _Item, day_notes: list[str]) -> list[DraftSegment]:
    """A table row: its own timed items as segments, or the row itself as one."""
    cells = list(item.cells)
    people = _people("speakers", _plain(cells.pop(item.people_cell))) if item.people_cell is not None else []
    # "**Plenary Keynote:** …<br>by Marina Fomicheva<br>…": the cell's first line is the title.
    head = [part for part in _TAG_BREAK_RE.split(cells[0]) if _plain(part)] if cells else []
    title = one_line(_plain(head[0])) if head else ""
    cells = [*head[1:], *cells[1:]]
    lines = [one_line(_plain(part)) for cell in [*cells, *item.body] for part in _TAG_BREAK_RE.split(cell)]
    inner, before, headed = _inner_items(item, [line for line in lines if line])
    if not inner or (len(inner) == 1 and inner[0].start == item.start and not headed):
        text = [*before, *([inner[0].text, *inner[0].body] if inner else [])]
        segment = _line_segment(item, title, text, "", notes_only=True)
        segment.end = item.end
        segment.speakers = [*people, *segment.speakers]
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
    if by:
        title, speaker = by["title"], by["who"]
    segment = DraftSegment(title=title, start=item.start, end=item.end, duration=length, where=str(item.line))
    segment.kind = kind_of(title)
    segment.group = "" if segment.kind != "segment" else group
    named, bullets, notes = _split_body(body)
    if named:
        segment.speakers = [*([speaker] if speaker else []), *named, *bullets]
    elif speaker:
        segment.speakers, segment.guesses["speaker"] = [speaker], tr("from 'by ...' in the title")
    elif bullets and not notes_only and (_DANGLING_RE.search(segment.title) or all(map(looks_like_a_name, bullets))):
        # Names ("Brazil", "Dr. Ngozi Adeyemi, University of Lagos"), or whoever "representatives of:" announced;
        # bulleted topics ("Snakemake best-practices") are notes.
        segment.speakers, segment.guesses["speakers"] = bullets, tr("the names listed under the item")
        # "Remarks by representatives of:" introduced the list that is now the speakers' list.
        segment.title = _DANGLING_RE.sub("", segment.title)
    else:
        notes = [*notes, *(f"- {b}" for b in bullets)]
    segment.notes = "\n".join(notes)
    segment.speaker_limit = per_speaker_limit(" ".join([text, *body]))
    return segment


def _split_body(body: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The names of "Chair:"/"Speakers:" lines, the bulleted names, and the other lines (notes)."""
    named: list[str] = []
    bullets: list[str] = []
    notes: list[str] = []
    listing = False  # under a bare "Panellists:", the bullets are its names
    for raw in body:
        for part in _TAG_BREAK_RE.split(raw):
            line = one_line(_plain(part)) if not _BULLET_RE.match(part.strip()) else part.strip()
            bullet = _BULLET_RE.match(line)
            text = one_line(_plain(bullet["text"])) if bullet else line
            role = ROLE_RE.match(text)
            by = _BY_LINE_RE.match(text) if not bullet else None
            if by and looks_like_a_name(by["who"]):
                named.append(by["who"].strip())
            elif role and not role["names"].strip():
                listing = True
            elif role:
                named.extend(_people(role["label"].strip(), role["names"]))
                listing = False
            elif bullet and listing:
                named.append(text)
            elif bullet and _DETAIL_RE.match(text):
                notes.append(text)
            elif bullet:
                bullets.append(text)
            elif line:
                notes.append(line)
                listing = False
    return named, bullets, notes


def _people(label: str, names: str) -> list[str]:
    """ "A; B; C" (or "A, B and C" after a plural label) as names; one person's label keeps its commas."""
    parts = re.split(r"\s*[;；؛]\s*", names.strip().rstrip(".。"))
    if len(parts) == 1 and not one_person(label):
        parts = AND_RE.split(parts[0])
    return [part.strip() for part in parts if part.strip()]


def _take_end_item(day: DraftDay) -> list[str]:
    """A final "12:00 End" ("16:00 Clôture de la journée") is the day's end, not a segment; the
    lines after it ("All times are CET") are the day's notes."""
    last = day.segments[-1] if day.segments else None
    if last is None or last.start is None or last.end is not None or last.duration is not None:
        return []
    if END_RE.match(last.title) and not last.speakers:
        day.end = day.segments.pop().start
        return last.notes.split("\n") if last.notes else []
    return []


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

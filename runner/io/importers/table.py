"""Spreadsheets (.xlsx read by runner.io.importers.workbook, .csv through the standard library) and Ontime's export.

Rows below the header row are events; a cell is located as `Sheet!B7` in a workbook and by its
line in a CSV file. Ontime's rundown sheet adds a "Timer Type" column whose `group` (or
`group-start`) rows name the events up to the next group or `group-end`; its milestones and rows
with no time become notes of the next item, and skipped rows and unknown timer types are left out
and reported, as Ontime's own import treats them.
"""

from __future__ import annotations

import csv
import heapq
import io
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from runner.core.i18n import tr, trn
from runner.io.importers.clashes import length_over_a_day
from runner.io.importers.columns import HEADER_SEARCH_ROWS, Columns, columns_without_header, normal, read_header
from runner.io.importers.model import (
    DraftDay,
    DraftSegment,
    ImportFailed,
    ImportOptions,
    Programme,
    SourceProblem,
    listed,
)
from runner.io.importers.ontime_rules import EVENT_TIMERS, GROUP_STARTS, Cues, in_running_order
from runner.io.importers.tablecells import cell_date, cell_day, cell_length, cell_text, cell_time
from runner.io.importers.timetext import DAY_SECONDS, kind_of, per_speaker_limit, read_range

MAX_ROWS = 100_000
# A label beside the title in a block above the header ("Event Name | Town hall"), as Ontime wrote.
_TITLE_LABELS = {"event name", "event title", "project name", "project title", "title", "name"}

Where = Callable[[int, int], str]
# How far a session's talks may start after it and end before its end and still fill it.
_FILL_SLACK = 5 * 60


@dataclass
class _Table:
    source: str
    rows: list[tuple[int, list[object]]]
    where: Where
    sheet: str = ""


def read_csv(text: str, source: str, options: ImportOptions) -> Programme:
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[object]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, list(row)))
            if len(rows) > MAX_ROWS:
                raise ImportFailed.at(source, reader.line_num, tr("more than {n} rows; not a programme", n=MAX_ROWS))
    except csv.Error as exc:
        raise ImportFailed.at(source, reader.line_num, tr("not readable as CSV: {why}", why=exc)) from None
    line_of: dict[int, int] = {}
    numbered = []
    for position, (line, cells) in enumerate(rows, start=1):
        line_of[position] = line
        numbered.append((position, cells))
    return read_table(_Table(source, numbered, lambda row, col: str(line_of.get(row, row))), options)


def read_table(table: _Table, options: ImportOptions) -> Programme:
    """The events below the table's header row."""
    header_at, columns = _header(table)
    problems: list[SourceProblem] = []
    programme = Programme(days=[])
    events = [row for row in table.rows if row[0] > header_at]
    where_held = _room_column(columns, events) or "room"
    rooms = _rooms(table, columns, events, options, where_held) if columns.has(where_held) else None
    reader = _RowReader(table, columns, problems, programme)
    for number, cells in events:
        if rooms is not None and cell_text(_cell(cells, columns, where_held)) not in rooms:
            continue
        reader.row(number, cells)
    if problems:
        raise ImportFailed(problems)
    if not columns.ontime:
        for day in programme.days:
            day.segments = _in_sessions(day.segments)
    _lengths_known(programme, table.source)
    if columns.ontime:
        _ontime_title(table, header_at, programme)
    else:
        _above_the_header(table, header_at, programme)
    if programme.days:
        reader.cues.end_of(programme.days[-1])
        programme.days[0].notes = "\n".join([*reader.header_notes, programme.days[0].notes]).strip()
    if columns.ontime:
        for day in programme.days:
            in_running_order(day, programme, table.source)
    return programme


def _in_sessions(segments: list[DraftSegment]) -> list[DraftSegment]:
    """A row whose time its next rows fill ("Contributed talks 12:09-12:40", then talks from 12:10
    to 12:40) is their session: its talks run, under its name (their group), and its people and
    notes go to the first talk's notes. A row they do not fill (a desk open all day) stays a row."""
    kept: list[DraftSegment] = []
    at = 0
    while at < len(segments):
        session = segments[at]
        talks = _talks_of(session, itertools.islice(segments, at + 1, None))  # no copy of the rest per row
        if not talks or not _filled(session, talks):
            kept.append(session)
            at += 1
            continue
        people = ", ".join(session.speakers)
        said = [f"{session.title}: {people}" if people else "", session.notes, talks[0].notes]
        talks[0].notes = "\n".join(n for n in said if n)
        for talk in talks:
            talk.group = talk.group or session.title
        kept.extend(talks)
        at += 1 + len(talks)
    return kept


def _talks_of(session: DraftSegment, after: Iterable[DraftSegment]) -> list[DraftSegment]:
    """The rows right after a row that run within its time."""
    return list(itertools.takewhile(lambda segment: _within(segment, session), after))


def _filled(session: DraftSegment, talks: list[DraftSegment]) -> bool:
    """The talks start and end within a few minutes of their session's start and end."""
    first, last, session_end = talks[0].start, _end_of(talks[-1]), _end_of(session)
    assert first is not None and last is not None and session_end is not None and session.start is not None
    return first - session.start <= _FILL_SLACK and session_end - last <= _FILL_SLACK


def _within(segment: DraftSegment, session: DraftSegment) -> bool:
    end, session_end = _end_of(segment), _end_of(session)
    if segment.start is None or session.start is None or end is None or session_end is None:
        return False
    shorter = end - segment.start < session_end - session.start
    return session.start <= segment.start and end <= session_end and shorter


def _end_of(segment: DraftSegment) -> int | None:
    if segment.end is not None:
        return segment.end
    return segment.start + segment.duration if segment.start is not None and segment.duration else None


def _lengths_known(programme: Programme, source: str) -> None:
    """A table of start times ends each item at the next one's start; a day's last item has no end
    to take, and no reader can guess how long a dinner runs: one line names it (and how many more)."""
    unknown = [
        day.segments[-1]
        for day in programme.days
        if day.segments and day.segments[-1].end is None and day.segments[-1].duration is None
    ]
    if unknown:
        said = tr("the length of '{title}' is not known; give it an end or a duration", title=unknown[0].title)
        if len(unknown) > 1:
            said += " " + trn("(and {count} more)", "(and {count} more)", len(unknown) - 1, count=len(unknown) - 1)
        raise ImportFailed([SourceProblem(source, unknown[0].where, said)])


def _above_the_header(table: _Table, header_at: int, programme: Programme) -> None:
    """Lines above the header row: the first is the programme's title, the rest its first day's notes."""
    above = [[cell_text(c) for c in cells if cell_text(c)] for number, cells in table.rows if number < header_at]
    named = [cells[1] for cells in above if len(cells) == 2 and normal(cells[0]) in _TITLE_LABELS]
    lines = [" ".join(cells) for cells in above if cells]
    if named or lines:
        programme.title = named[0] if named else lines[0]
    if len(lines) > 1 and programme.days:
        programme.days[0].notes = "\n".join([*lines[1:], programme.days[0].notes]).strip()


def _ontime_title(table: _Table, header_at: int, programme: Programme) -> None:
    """As Ontime reads its sheet: the rundown is named after the sheet; rows above the table are not read."""
    if table.sheet:
        programme.title = table.sheet
        programme.guesses["title"] = tr("the sheet's name, as Ontime names its rundown")
    above = [number for number, cells in table.rows if number < header_at and any(cell_text(c) for c in cells)]
    if above:
        programme.left_out.append(
            SourceProblem(
                table.source,
                table.where(above[0], 0),
                trn(
                    "{count} row above the table: Ontime reads only the table",
                    "{count} rows above the table: Ontime reads only the table",
                    len(above),
                    count=len(above),
                ),
            )
        )


def _header(table: _Table) -> tuple[int, Columns]:
    for number, cells in table.rows[:HEADER_SEARCH_ROWS]:
        columns = read_header(cells)
        if columns is not None:
            return number, columns
    guessed = columns_without_header([cells for _, cells in table.rows])
    if guessed is not None:
        return 0, guessed  # every row is an item: a schedule pasted into a sheet without its header
    raise ImportFailed.at(
        table.source,
        table.where(1, 0),
        tr("no header row naming a title and a start, end or duration column (in the first {n} rows)", n=50),
    )


def _cell(cells: list[object], columns: Columns, key: str) -> object:
    index = columns.index.get(key)
    return cells[index] if index is not None and index < len(cells) else None


def _room_column(columns: Columns, events: list[tuple[int, list[object]]]) -> str | None:
    """The column naming where items run: the room's; with none, the track's where tracks run side
    by side (a conference app's sheet of parallel tracks and no rooms)."""
    if columns.has("room"):
        return "room"
    return "group" if columns.has("group") and _parallel_rooms(columns, events, "group") else None


def _rooms(
    table: _Table, columns: Columns, events: list[tuple[int, list[object]]], options: ImportOptions, key: str
) -> set[str] | None:
    """The rooms whose rows are read: the chosen one's, and those of rooms (or no room) that never
    run beside another, as a plenary hall or the lunch room: everyone's, whichever room one runs."""
    found = sorted({cell_text(_cell(cells, columns, key)) for _, cells in events} - {""})
    parallel = _parallel_rooms(columns, events, key)
    if options.room:
        if options.room not in found:
            raise ImportFailed.at(
                table.source,
                1,
                tr("no room '{room}'; the rooms are: {rooms}", room=options.room, rooms=listed(found)),
            )
        return {options.room, ""} | (set(found) - parallel)
    if parallel:
        raise ImportFailed.at(
            table.source, 1, tr("several rooms; choose one with --room: {rooms}", rooms=listed(sorted(parallel)))
        )
    return None


def _parallel_rooms(columns: Columns, events: list[tuple[int, list[object]]], key: str) -> set[str]:
    """The rooms with an item at the same time as another room's, on the same day."""
    days: dict[str, list[tuple[int, int, str]]] = {}
    for _, cells in events:
        room, span = cell_text(_cell(cells, columns, key)), _span(cells, columns)
        if room and span is not None:
            days.setdefault(cell_text(_cell(cells, columns, "date")), []).append((*span, room))
    parallel: set[str] = set()
    for spans in days.values():
        parallel |= _side_by_side(spans)
    return parallel


def _side_by_side(spans: list[tuple[int, int, str]]) -> set[str]:
    """One day's rooms whose items overlap another room's: a sweep in order of start, against the
    items still running (a programme of 100,000 rows is read in one pass, not room against room)."""
    parallel: set[str] = set()
    running: list[tuple[int, str]] = []  # (end, room) of the items not yet over, a heap by end
    for start, end, room in sorted(spans):
        while running and running[0][0] <= start:
            heapq.heappop(running)
        others = {other for _, other in running if other != room}
        if others:
            parallel |= others | {room}
        heapq.heappush(running, (end, room))
    return parallel


def _span(cells: list[object], columns: Columns) -> tuple[int, int] | None:
    """A row's time from its start to its end (or its length; a minute where it says neither)."""
    start_text = cell_text(_cell(cells, columns, "start"))
    ranged = read_range(start_text) if start_text else None
    start = cell_time(_cell(cells, columns, "start")) if ranged is None else ranged[0]
    if start is None:
        return None
    end = cell_time(_cell(cells, columns, "end")) or (ranged[1] if ranged else None)
    length = cell_length(_cell(cells, columns, "duration")) if cell_text(_cell(cells, columns, "duration")) else None
    return start, end if end is not None and end > start else start + (length or 60)


class _RowReader:
    """Turns rows into segments, day by day, keeping Ontime's groups and the order of rows."""

    def __init__(self, table: _Table, columns: Columns, problems: list[SourceProblem], programme: Programme) -> None:
        self.table, self.columns, self.problems, self.programme = table, columns, problems, programme
        self.group = ""
        self.previous_start: int | None = None
        self.current: list[object] = []
        self.cues = Cues()
        self.header_notes: list[str] = []
        self.last: DraftSegment | None = None  # the item rows with no time belong to

    def problem(self, number: int, key: str, message: str) -> None:
        self.problems.append(
            SourceProblem(self.table.source, self.table.where(number, self.columns.index[key]), message)
        )

    def row(self, number: int, cells: list[object]) -> None:
        get = lambda key: _cell(cells, self.columns, key)
        self.current = cells
        title = cell_text(get("title"))
        timer = cell_text(get("timer_type")).lower() if self.columns.ontime else ""
        if timer in GROUP_STARTS:
            self.group = title
            return
        if timer == "group-end":
            self.group = ""
            return
        untimed = all(cell_text(get(k)) == "" for k in ("start", "end", "duration"))
        if not title and untimed:
            return  # a blank row
        if not title and self.last is None and _span(cells, self.columns) is None and not self.columns.ontime:
            self.header_notes.append(" ".join(cell_text(c) for c in cells if cell_text(c)))
            return  # under the header, before any item: how to read the table ("(GMT+1 Time)")
        if untimed and not self.columns.ontime and self.last is not None:
            self.last.notes = "\n".join(n for n in (self.last.notes, self._part(cells)) if n)
            return  # a row with no time under a timed one is part of it: a paper in its session
        where = self.table.where(number, self.columns.index["title"])
        if (self.columns.has("skip") and _truthy(get("skip"))) or timer == "skip-import":
            self._leave_out(where, tr("'{title}': skipped in the source", title=title))
        elif timer not in EVENT_TIMERS and timer != "milestone":
            self._leave_out(where, tr("'{title}': Ontime imports no timer type '{kind}'", title=title, kind=timer))
        elif timer == "milestone" or (untimed and self.columns.ontime):
            at = cell_time(get("start")) if self.columns.has("start") else None
            self.cues.hold(title, at, cell_text(get("notes")))
        else:
            segment = self._segment(number, get, title or cell_text(get("kind")), where)
            self.last = segment
            self.cues.give(segment)
            self._day(number, get).segments.append(segment)

    def _part(self, cells: list[object]) -> str:
        """A part of an item as one line of its notes: its cells, title first ("Paper — A, B")."""
        first = self.columns.index["title"]
        order = [first] + [i for i in range(len(cells)) if i != first]
        return " — ".join(text for i in order if i < len(cells) and (text := cell_text(cells[i])))

    def _leave_out(self, where: str, message: str) -> None:
        self.programme.left_out.append(SourceProblem(self.table.source, where, message))

    def _segment(self, number: int, get: Callable[[str], object], title: str, where: str) -> DraftSegment:
        start, end = self._time(number, get, "start"), self._time(number, get, "end")
        raw_start = cell_text(get("start"))
        ranged = read_range(raw_start) if raw_start else None
        if ranged and ranged[1] is not None and end is None:
            start, end = ranged[0], ranged[1]
        length = self._length(number, get)
        segment = DraftSegment(title=title, start=start, end=end, duration=length, where=where)
        self._past_midnight(segment)
        kind = cell_text(get("kind")).lower()
        known = kind in ("segment", "intermission", "break")
        segment.kind = kind if known else kind_of(title)
        if segment.kind != "segment" and kind not in ("segment", "intermission", "break"):
            segment.guesses["kind"] = tr("from the title")
        segment.group = cell_text(get("group")) or self.group
        people = [get("speakers"), *(self.current[i] for i in self.columns.more_speakers if i < len(self.current))]
        segment.speakers = [name for cell in people for name in _names(cell_text(cell))]
        notes = [cell_text(get("notes"))]
        if kind and not known and cell_text(get("kind")) != title:  # "Keynote", "Poster session": what it is
            notes.append(f"{self.columns.header_of('kind')}: {cell_text(get('kind'))}")
        for index, header in self.columns.extra.items():
            value = cell_text(self.current[index] if index < len(self.current) else None)
            repeats = value == title or (not header and title in value)  # "title_en"; a row's HTML copy
            if value and not repeats and any(ch.isalnum() for ch in value):
                notes.append(f"{header}: {value}" if header else value)
        segment.notes = "\n".join(n for n in notes if n)
        segment.speaker_limit = per_speaker_limit(segment.notes)
        return segment

    def _time(self, number: int, get: Callable[[str], object], key: str) -> int | None:
        if not self.columns.has(key):
            return None
        value = get(key)
        if cell_text(value) == "":
            return None
        seconds = cell_time(value)
        if seconds is None and not (key == "start" and read_range(cell_text(value))):
            self.problem(number, key, tr("'{value}' is not a time of day", value=cell_text(value)))
        return seconds

    def _length(self, number: int, get: Callable[[str], object]) -> int | None:
        if not self.columns.has("duration") or cell_text(get("duration")) == "":
            return None
        seconds = cell_length(get("duration"))
        if seconds is None:
            seconds = length_over_a_day(cell_text(get("duration")))  # left out (and listed) on finishing
        if seconds is None or seconds <= 0:
            self.problem(number, "duration", tr("'{value}' is not a length", value=cell_text(get("duration"))))
            return None
        return seconds

    def _past_midnight(self, segment: DraftSegment) -> None:
        """A start well before the previous one is the next morning (a rundown crossing midnight)."""
        if segment.start is None:
            return
        if self.previous_start is not None and segment.start + 12 * 3600 < self.previous_start:
            segment.start += DAY_SECONDS
            segment.guesses["start"] = tr("earlier than the row before: after midnight")
        if segment.end is not None and segment.end <= segment.start:
            segment.end += DAY_SECONDS
        self.previous_start = segment.start

    def _day(self, number: int, get: Callable[[str], object]) -> DraftDay:
        raw = get("date") if self.columns.has("date") else get("start")
        when = cell_date(raw)
        counted = cell_day(raw) if when is None and self.columns.has("date") else None
        if self.columns.has("date") and cell_text(raw) and when is None and counted is None:
            self.problem(number, "date", tr("'{value}' is not a date", value=cell_text(raw)))
        days = self.programme.days
        if not days or (when is not None and days[-1].date != when) or (counted and days[-1].counted != counted):
            existing = next((day for day in days if day.date == when), None) if when else None
            if counted:
                existing = next((day for day in days if day.counted == counted), None)
            if existing is not None:
                return existing
            days.append(DraftDay(date=when, where=self.table.where(number, 0), counted=counted))
            self.previous_start = None
        return days[-1]


def _truthy(value: object) -> bool:
    return value is True or cell_text(value).lower() in ("x", "true", "yes", "1", "skip", "skipped")


def _names(text: str) -> list[str]:
    listed = ";；؛\n|、"  # the semicolons of Chinese and Arabic too
    separators = list(listed) if any(sep in text for sep in listed) else [","]
    names = [text]
    for sep in separators:
        names = [part for name in names for part in name.split(sep)]
    return [name.strip() for name in names if name.strip()]

"""The chair's summary as one model of sections, in the active language: every heading, column,
legend and sentence decided here once; the HTML, PDF and Markdown writers only render it.

Texts are plain (writers escape them); cells carry what they mean (a figure, late, over, muted)
and each writer styles that its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from runner.core import i18n
from runner.core.delegations import delegation_code, delegation_name
from runner.core.engine import RunStatus
from runner.core.floor_order import rank_name
from runner.core.i18n import tr, tr_noop, trn
from runner.core.log_seal import SealCheck
from runner.core.report_data import DayReport, Mark, SpeakerLine
from runner.core.speakers import SlotStatus
from runner.io import report_format as fmt


@dataclass(frozen=True)
class Cell:
    text: str
    numeric: bool = False
    late: bool = False
    over: bool = False
    muted: bool = False
    keep_together: bool = False  # a time range: never broken across lines
    isolate: bool = False  # a name or title, in its own direction inside a right-to-left page

    def __post_init__(self) -> None:
        # Figures and times read left to right on a right-to-left page too ('+2:00', never
        # '2:00+'): isolated by Unicode's LRI ... PDI, which every writer passes through.
        if (self.numeric or self.keep_together) and self.text and i18n.active_catalogue().right_to_left:
            object.__setattr__(self, "text", f"{LRI}{self.text}{PDI}")


LRI, PDI = "\u2066", "\u2069"


def figure(text: str) -> str:
    """A figure or time for a fact line, isolated left to right on a right-to-left page."""
    return f"{LRI}{text}{PDI}" if text and i18n.active_catalogue().right_to_left else text


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False
    width: int = 10  # percent of the page, for writers that fix column widths


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...] | str, ...]  # a str is a group's heading across the table


@dataclass(frozen=True)
class Item:
    """A note, an alert or a restart: its time, where it belongs, and its text."""

    time: str
    where: str
    text: str


@dataclass(frozen=True)
class Section:
    kind: str  # summary, charts, changes, timings, overruns, speakers, notes, alerts, messages, restarts
    heading: str
    paragraphs: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()
    tables: tuple[tuple[str, Table], ...] = ()  # (subheading, table)
    items: tuple[Item, ...] = ()
    legend: str = ""
    subheadings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """The timing log's seal as the summary prints it, below the footer (runner.core.log_seal).

    `token` (sr-chain:1:EVENTS:HEAD) is what `verify --report` reads back, and what the QR holds;
    '' when the log had no sound seal, and `lines` say why."""

    lines: tuple[str, ...]
    token: str = ""


@dataclass(frozen=True)
class Summary:
    """The whole summary: its language, its direction, and its parts in order."""

    language: str
    right_to_left: bool
    title: str  # the document's title (a browser tab, the PDF's metadata)
    kicker: str
    heading: str
    about: tuple[str, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)
    footer: str = ""
    record: Record | None = None  # None: not made from a log (a rehearsal's report)

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)


def build_summary(report: DayReport, source: str = "") -> Summary:
    """Every part of the chair's summary, in the active language."""
    catalogue = i18n.active_catalogue()
    heading = fmt.heading(report) if report.day.title or report.event_title else tr("Session")
    parts = [
        _summary(report),
        _charts(),
        _changes(report),
        _timings(report),
        _overruns(report),
        _speakers(report),
        _floor(report),
        _marks(tr("Host's notes"), "notes", report, report.notes),
        _marks(tr("Alerts"), "alerts", report, report.alerts),
        _messages(report),
        _restarts(report),
    ]
    origin = tr("Written by Session Runner from the timing log {source}.", source=source) if source else ""
    footer = origin or tr("Written by Session Runner.")
    footer += " " + tr("Times are wall-clock; lengths come from the monotonic clock.")
    return Summary(
        language=catalogue.language,
        right_to_left=catalogue.right_to_left,
        title=tr("Chair's summary: {title}, {date}", title=heading, date=report.day.date.isoformat()),
        kicker=tr("Chair's summary"),
        heading=heading,
        about=tuple(_about(report)),
        sections=tuple(p for p in parts if p is not None),
        footer=footer,
        record=_record(report.seal, source),
    )


def _record(seal: SealCheck | None, source: str) -> Record | None:
    if seal is None:
        return None
    if not seal.sealed:
        return Record(
            (
                tr(
                    "The timing log has no seal (an earlier version wrote it): "
                    "this summary cannot be checked against it."
                ),
            )
        )
    if seal.finding is not None:
        return Record(
            (
                tr(
                    "The timing log does not match its seal ({finding}): this summary carries no seal.",
                    finding=seal.finding,
                ),
            )
        )
    token = seal.token()
    lines = [tr("Seal of the timing log after {count} events: {seal}", count=seal.events, seal=figure(token))]
    if seal.unsealed_before:
        lines.append(
            tr(
                "Its first {count} events were written by an earlier version, before the seal.",
                count=seal.unsealed_before,
            )
        )
    lines.append(
        tr(
            "To check that the log was not changed after this summary was written: "
            "session-runner verify {log} --report followed by this file's name.",
            log=source or "LOG",
        )
    )
    return Record(tuple(lines), token)


def _about(report: DayReport) -> list[str]:
    parts = [report.event_title] if report.event_title else []
    parts += [i18n.active_catalogue().long_date(report.day.date), tr("times in {zone}", zone=report.day.timezone)]
    if report.day.chair:
        parts.append(tr("Chair: {name}", name=report.day.chair))
    return parts


def status_label(status: RunStatus) -> str:
    labels = {
        RunStatus.DONE: tr("done"),
        RunStatus.SKIPPED: tr("skipped"),
        RunStatus.RUNNING: tr("running"),
        RunStatus.NOT_STARTED: tr("not started"),
    }
    return labels[status]


def _summary(report: DayReport) -> Section:
    dash = "\u2013"
    facts = [(tr("Planned"), figure(f"{fmt.hm(report.day.start)}{dash}{fmt.hm(report.day.end)}"))]
    if report.opened_at is None:
        facts.append((tr("Actual"), tr("not started")))
    elif report.closed_at is None:
        facts.append((tr("Actual"), f"{figure(fmt.hm(report.opened_at) + dash)}{tr('still running')}"))
    else:
        facts.append((tr("Actual"), figure(f"{fmt.hm(report.opened_at)}{dash}{fmt.hm(report.closed_at)}")))
    if report.day.hard_stop is not None:
        facts.append((tr("Hard stop"), figure(fmt.hm(report.day.hard_stop))))
    order = (RunStatus.DONE, RunStatus.RUNNING, RunStatus.SKIPPED, RunStatus.NOT_STARTED)
    counts = [f"{report.count(s)} {status_label(s)}" for s in order if report.count(s)]
    facts.append((tr("Segments"), ", ".join(counts)))
    if report.pause_count:
        paused = tr("{count}×, {length} in all", count=report.pause_count, length=figure(fmt.length(report.paused_s)))
        facts.append((tr("Paused"), paused))
    return Section("summary", tr("Summary"), paragraphs=tuple(fmt.narrative_lines(report)), facts=tuple(facts))


def _charts() -> Section:
    return Section(
        "charts", tr("Timeline"), subheadings=(tr("Behind or ahead of the plan, in minutes, at each start"),)
    )


def _timings(report: DayReport) -> Section:
    # Figures never wrap (a start of −1:16:49 broke after "−1:16:4" in the PDF); Start is wide enough for one.
    numeric, widths = (True, False, False, False, True, True, True, True, False), (3, 23, 12, 12, 8, 9, 11, 10, 12)
    said = {
        "Segment": tr("Segment"),
        "Planned": tr("Planned"),
        "Actual": tr("Actual"),
        "Length": tr("Length"),
        "Allotted": tr("Allotted"),
        "Start": tr("Start"),
        "Length ±": tr("Length ±"),
        "Status": tr("Status"),
    }
    columns = tuple(
        Column(said.get(title, title), figure, width)
        for title, figure, width in zip(fmt.TIMING_HEADERS, numeric, widths)
    )
    rows: list[tuple[Cell, ...] | str] = []
    group = None
    for row in fmt.rows(report):
        if row.group and row.group != group:
            rows.append(row.group)
        group = row.group
        skipped = row.line.status is RunStatus.SKIPPED
        actual = tr("skipped") if skipped else row.actual
        rows.append(
            (
                Cell(row.number, numeric=True),
                Cell(row.title, muted=skipped, isolate=True),
                Cell(row.planned, keep_together=True),
                Cell(actual, keep_together=True, muted=skipped),
                Cell(row.actual_length, numeric=True),
                Cell(row.planned_length, numeric=True),
                Cell(row.start_delta, numeric=True, late=row.late),
                Cell(row.length_delta + (" ⚠" if row.overrun else ""), numeric=True, over=row.overrun),
                Cell(status_label(row.line.status), muted=skipped, keep_together=True),
            )
        )
    legend = tr(
        "Start: late (+) or early (−) against the plan. Length ±: overrun (+) or short (−) against the "
        "planned length; pauses count as part of a segment's length."
    )
    return Section("timings", tr("Timings"), tables=(("", Table(columns, tuple(rows))),), legend=legend)


def _changes(report: DayReport) -> Section | None:
    """The plan as changed live: what changed, when and by whom; then the changed plan beside the printed one."""
    if not report.changes:
        return None
    items = tuple(Item(time, "", text) for time, text in fmt.plan_changes(report))
    columns = (
        Column("#", True, 4),
        Column(tr("Segment"), False, 40),
        Column(tr("Plan as changed"), False, 20),
        Column(tr("Length"), True, 10),
        Column(tr("Printed plan"), False, 26),
    )
    rows = tuple(
        (
            Cell(r.number, numeric=True),
            Cell(r.title, isolate=True),
            Cell(r.planned, keep_together=True),
            Cell(r.planned_length, numeric=True),
            Cell(tr(r.printed) if r.printed == "added live" else r.printed, keep_together=True),
        )
        for r in fmt.changed_rows(report)
    )
    return Section("changes", tr("Changes to the plan"), items=items, tables=(("", Table(columns, rows)),))


def _overruns(report: DayReport) -> Section | None:
    over = report.overruns()
    if not over:
        return None
    items = tuple(
        Item(
            "",
            line.segment.title,
            tr(
                "+{over} ({actual} against {planned})",
                over=fmt.length(line.duration_delta_s),
                actual=fmt.length(line.actual_s),
                planned=fmt.length(line.segment.duration.total_seconds()),
            ),
        )
        for line in over
    )
    return Section("overruns", tr("Largest overruns"), items=items)


def speaker_status(speaker: SpeakerLine) -> str:
    labels = {"waiting": tr("waiting"), "speaking": tr("speaking"), "spoken": tr("spoken"), "skipped": tr("skipped")}
    text = labels.get(speaker.status.value, speaker.status.value)
    return tr("{status} (added)", status=text) if speaker.added else text


def _speakers(report: DayReport) -> Section | None:
    groups = fmt.speaker_sections(report)
    if not groups:
        return None
    columns = (
        Column("#", True, 4),
        Column(tr("Speaker"), False, 46),
        Column(tr("Limit"), True, 10),
        Column(tr("Spoke"), True, 10),
        Column(tr("Over"), True, 10),
        Column(tr("Status"), False, 20),
    )
    # A floor of speakers repeats its figures and statuses: each distinct cell is made once.
    figures: dict[tuple[str, bool], Cell] = {}
    statuses: dict[tuple[SlotStatus, bool], Cell] = {}

    def figure_cell(text: str, over: bool = False) -> Cell:
        found = figures.get((text, over))
        if found is None:
            found = figures[text, over] = Cell(text, numeric=True, over=over)
        return found

    def status_cell(speaker: SpeakerLine) -> Cell:
        key = (speaker.status, speaker.added)
        found = statuses.get(key)
        if found is None:
            found = statuses[key] = Cell(speaker_status(speaker))
        return found

    # The limit, spoken and over cells follow from the limit and the time spoken alone, and a
    # floor repeats its names across segments: each made once per distinct value.
    timed: dict[tuple[float | None, float], tuple[Cell, Cell, Cell]] = {}
    names: dict[str, Cell] = {}
    tables, language = [], i18n.active_catalogue().language
    for line, speakers in groups:
        rows = []
        for s in speakers:
            times = timed.get((s.limit_s, s.spoken_s))
            if times is None:
                over = fmt.over(s)
                times = timed[s.limit_s, s.spoken_s] = (
                    figure_cell(fmt.limit(s)),
                    figure_cell(fmt.length(s.spoken_s)),
                    figure_cell(over, over=bool(over)),
                )
            label = s.label(language)
            name = names.get(label)
            if name is None:
                name = names[label] = Cell(label, isolate=True)
            rows.append((figure_cell(str(s.position + 1)), name, *times, status_cell(s)))
        tables.append((line.segment.title, Table(columns, tuple(rows))))
    return Section("speakers", tr("Speakers"), tables=tuple(tables))


@dataclass
class _DelegationTime:
    """One delegation's time on a floor, its inscribed turns and its replies added up."""

    name: str
    category: str
    rank: str = ""  # short, in the report's language ("" when none was given)
    limit_s: float | None = None
    turns: int = 0
    spoken_s: float = 0.0
    over_s: float = 0.0
    replies: int = 0
    reply_s: float = 0.0


def category_label(category: str) -> str:
    labels = {"member": tr("member"), "observer": tr("observer"), "group": tr("group")}
    return labels.get(category, category)


def _floor(report: DayReport) -> Section | None:
    """Per floor segment: each delegation's turns and time against its limit, its replies, and
    the points of order (never charged to a delegation)."""
    floors = [line for line in report.segments if line.segment.floor is not None and line.speakers]
    if not floors:
        return None
    language = i18n.active_catalogue().language
    columns = (
        Column(tr("Delegation"), False, 34),
        Column(tr("Category"), False, 14),
        Column(tr("Turns"), True, 8),
        Column(tr("Spoke"), True, 10),
        Column(tr("Limit"), True, 10),
        Column(tr("Over"), True, 10),
        Column(tr("Replies"), True, 14),
    )
    tables, paragraphs = [], []
    for line in floors:
        by_delegation = _delegation_times(line.speakers, language)
        # Ranks: a column where the list gives any (a list in protocol order), after the category.
        ranked = any(entry.rank for entry in by_delegation.values())
        shown = (*columns[:2], Column(tr("Rank"), False, 18), *columns[2:]) if ranked else columns
        rows = tuple(_floor_row(entry, ranked) for entry in by_delegation.values())
        tables.append((line.segment.title, Table(shown, rows)))
        paragraphs.append(_points_of_order(line.segment.title, line.points_of_order, language))
        if line.draws:
            paragraphs.append(_draws(line.segment.title, line.draws))
    return Section("floor", tr("The floor by delegation"), paragraphs=tuple(paragraphs), tables=tuple(tables))


def _delegation_times(speakers: tuple[SpeakerLine, ...], language: str) -> dict[str, _DelegationTime]:
    found: dict[str, _DelegationTime] = {}
    for s in speakers:
        if not s.delegation:
            continue
        key = delegation_code(s.delegation) or s.delegation.casefold()
        entry = found.get(key)
        if entry is None:
            entry = found[key] = _DelegationTime(delegation_name(s.delegation, language), s.category)
        entry.rank = entry.rank or rank_name(s.rank, language)
        if s.reply:
            entry.replies += 1 if s.spoken_s >= 1 else 0
            entry.reply_s += s.spoken_s
        elif s.spoken_s >= 1:
            entry.turns += 1
            entry.spoken_s += s.spoken_s
            entry.over_s += s.over_s
        if not s.reply:
            entry.limit_s = s.limit_s
            entry.category = entry.category or s.category
    return found


def _floor_row(entry: _DelegationTime, ranked: bool) -> tuple[Cell, ...]:
    over = f"+{fmt.length(entry.over_s)}" if entry.over_s >= 1 else ""
    replies = f"{entry.replies} · {fmt.length(entry.reply_s)}" if entry.replies else ""
    return (
        Cell(entry.name, isolate=True),
        Cell(category_label(entry.category)),
        *((Cell(entry.rank),) if ranked else ()),
        Cell(str(entry.turns), numeric=True),
        Cell(fmt.length(entry.spoken_s), numeric=True),
        Cell(fmt.length(entry.limit_s) if entry.limit_s is not None else "\u2014", numeric=True),
        Cell(over, numeric=True, over=bool(over)),
        Cell(replies, numeric=True),
    )


def _draws(title: str, seeds: tuple[str, ...]) -> str:
    """The draws of lots that ordered the list, by seed: `verify` re-derives each from the log."""
    return trn(
        "{title}: the order drawn by lot, seed {seeds}; 'verify' re-derives it from the log.",
        "{title}: the order drawn by lot {count} times, seeds {seeds}; 'verify' re-derives each from the log.",
        len(seeds),
        title=title,
        seeds=i18n.join(list(seeds)),
    )


def _points_of_order(title: str, points: tuple[tuple[float, str], ...], language: str) -> str:
    if not points:
        return tr("{title}: no point of order.", title=title)
    total = fmt.length(sum(length for length, _ in points))
    during = i18n.join(sorted({delegation_name(d, language) for _, d in points if d}))
    return trn(
        "{title}: {count} point of order ({total}), not charged to {during}.",
        "{title}: {count} points of order ({total} in all), not charged to {during}.",
        len(points),
        title=title,
        total=figure(total),
        during=during or tr("any delegation"),
    )


def _where(report: DayReport, mark: Mark) -> str:
    return tr("day") if mark.segment is None else report.segments[mark.segment].segment.title


# An alert's kind as the chair reads it, not the log's key ("intermission_ending").
ALERT_KIND_NAMES = {
    "warning": tr_noop("warning"),
    "overtime": tr_noop("overtime"),
    "intermission_ending": tr_noop("intermission ending"),
    "intermission_over": tr_noop("intermission over"),
    "hard_stop": tr_noop("hard stop"),
    "speaker_warning": tr_noop("speaker's warning"),
    "speaker_overtime": tr_noop("speaker's overtime"),
    "start_reminder": tr_noop("start reminder"),
}


def _marks(heading: str, kind: str, report: DayReport, marks: tuple[Mark, ...]) -> Section | None:
    if not marks:
        return None
    items = []
    for mark in marks:
        where = _where(report, mark)
        if kind == "alerts":
            where = f"{where} [{tr(ALERT_KIND_NAMES[mark.kind]) if mark.kind in ALERT_KIND_NAMES else mark.kind}]"
        items.append(Item(fmt.hm(mark.at), where, mark.text))
    return Section(kind, heading, items=tuple(items))


def _messages(report: DayReport) -> Section | None:
    """What the chair's screen said, and when it was cleared (from the log: a crash loses none)."""
    if not report.messages:
        return None
    items = tuple(Item(fmt.hm(m.at), _where(report, m), m.text or tr("(cleared)")) for m in report.messages)
    return Section("messages", tr("Messages to the chair"), items=items)


def _restarts(report: DayReport) -> Section | None:
    if not report.recoveries:
        return None
    items = tuple(
        Item(
            fmt.hm(m.at),
            "",
            tr("the app came back after at most {seconds} s away; timings continued", seconds=m.text),
        )
        for m in report.recoveries
    )
    return Section("restarts", tr("Restarts"), items=items)

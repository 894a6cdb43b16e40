"""The pass every reader's programme goes through: the user's options, then what is still unknown."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runner.core.agenda_rules import MAX_TEXT
from runner.core.i18n import tr, trn
from runner.io.importers.clashes import desks_beside, leave_out_long, refuse_overlaps
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, ImportOptions, Programme, SourceProblem
from runner.io.importers.timetext import clean, one_line

DEFAULT_ZONE = "UTC"
# Under the agenda's limit on a text (MAX_TEXT), with room for the " …" that marks a cut.
KEPT_TEXT = MAX_TEXT - 8


def finish(programme: Programme, options: ImportOptions, source: str, today: date | None = None) -> Programme:
    """Apply --title, --timezone and --date, fill what is unknown (marked as guessed), tidy the text;
    leave out what is longer than a day and refuse overlaps in one line (clashes)."""
    _zone(programme, options, source)
    leave_out_long(programme, source)
    desks_beside(programme, source)
    programme.days = _dated(programme, options, source, today or date.today())
    refuse_overlaps(programme, options, source)
    if options.title:
        programme.title, programme.guesses["title"] = options.title, ""
    # Tidied before the test for "no title": a title of blanks is none, and so is a day's.
    programme.title = one_line(programme.title)
    if not programme.title:
        first = next((title for day in programme.days if (title := one_line(day.title))), "")
        programme.title = first or one_line(Path(source).stem) or "Imported programme"
        programme.guesses["title"] = tr("the source gives no title")
    for day in programme.days:
        _tidy(day)
        items: list[DraftDay | DraftSegment] = [day, *day.segments]
        for item in items:
            programme.left_out.extend(
                SourceProblem(
                    source,
                    item.where,
                    tr("'{title}': {key} cut: {what}", title=item.title, key=key, what=what),
                    cut=True,
                )
                for key, what in item.cuts.items()
            )
    return programme


def _zone(programme: Programme, options: ImportOptions, source: str) -> None:
    if options.timezone:
        try:
            ZoneInfo(options.timezone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ImportFailed.at(
                source, 1, tr("--timezone: unknown time zone '{zone}'", zone=options.timezone)
            ) from None
        programme.timezone = options.timezone
        programme.guesses.pop("timezone", None)
    elif not programme.timezone:
        programme.timezone = DEFAULT_ZONE
        programme.guesses["timezone"] = tr("the source names no zone; give --timezone")


def _dated(programme: Programme, options: ImportOptions, source: str, today: date) -> list[DraftDay]:
    days = [day for day in programme.days if day.segments]
    for day in programme.days:
        if not day.segments and day.date is not None:
            programme.left_out.append(
                SourceProblem(source, day.where, tr("{date}: a day with no timed items", date=day.date))
            )
    if not days:
        raise _nothing_timed(programme, source)
    guess = "" if options.date else tr("the source names the days, not their dates; give --date for the first")
    counted = {id(day) for day in _date_counted(days, options.date or today, guess)}
    dated = [day for day in days if day.date is not None and id(day) not in counted]
    if options.date and dated:
        chosen = [day for day in dated if day.date == options.date]
        if not chosen:
            listed = ", ".join(sorted({str(day.date) for day in dated}))
            raise ImportFailed.at(
                source, 1, tr("no day on {date}; the source holds {dates}", date=options.date, dates=listed)
            )
        return chosen + [day for day in days if day.date is None and _fill(day, options.date, "")]
    for day in days:
        if day.date is None:
            _fill(day, options.date or today, "" if options.date else tr("the source names no date; give --date"))
    return days


def _date_counted(days: list[DraftDay], first: date, guess: str) -> list[DraftDay]:
    """Days the source counts ("Day 2", "Tuesday") follow the first one's date (--date, or today;
    moved on to the first weekday named), in the source's count."""
    counted = [day for day in days if day.date is None and day.counted is not None]
    kinds = {day.counted[0] for day in counted if day.counted is not None}
    if not counted or len(kinds) != 1:
        return []
    previous: date | None = None
    for day in counted:
        assert day.counted is not None
        kind, number = day.counted
        if kind == "number":
            assert counted[0].counted is not None
            day.date = first + timedelta(days=number - counted[0].counted[1])
        else:  # the next such weekday: Tuesday, Wednesday, then Monday of the week after
            after = previous or first - timedelta(days=1)
            day.date = after + timedelta(days=(number - after.weekday() - 1) % 7 + 1)
        previous = day.date
        if guess:
            day.guesses["date"] = guess
    return counted


def _nothing_timed(programme: Programme, source: str) -> ImportFailed:
    """No timed item: one line, naming the first thing left out (and how many more) where any was."""
    if not programme.left_out:
        return ImportFailed.at(source, 1, tr("found no timed items to import"))
    first = programme.left_out[0]
    said = tr("found no timed items to import; left out: {what}", what=first.message)
    if len(programme.left_out) > 1:
        said += " " + trn("(and {count} more)", "(and {count} more)", len(programme.left_out) - 1)
    return ImportFailed.at(source, first.where, said)


def _fill(day: DraftDay, when: date, guess: str) -> bool:
    day.date = when
    if guess:
        day.guesses["date"] = guess
    return True


def _tidy(day: DraftDay) -> None:
    day.title = _fitted(one_line(day.title), "title", day.cuts)
    day.notes = _fitted(clean(day.notes), "notes", day.cuts)
    for segment in day.segments:
        segment.title = _fitted(one_line(segment.title), "title", segment.cuts)
        if not segment.title:
            segment.title = tr("(untitled)")
            segment.guesses["title"] = tr("the source gives this item no title")
        segment.group = _fitted(one_line(segment.group), "group", segment.cuts)
        segment.notes = _fitted(clean(segment.notes), "notes", segment.cuts)
        segment.speakers = [name[:KEPT_TEXT] for name in (one_line(s) for s in segment.speakers) if name]


def _fitted(text: str, key: str, cuts: dict[str, str]) -> str:
    """The text, cut at a word before the agenda's limit where it is longer (a long abstract)."""
    if len(text) <= KEPT_TEXT:
        return text
    kept = text[:KEPT_TEXT]
    space = max(kept.rfind(" "), kept.rfind("\n"))
    kept = (kept[:space] if space > KEPT_TEXT // 2 else kept).rstrip() + " …"
    cuts[key] = tr("{cut} of its {total} characters", cut=len(text) - len(kept) + 2, total=len(text))
    return kept

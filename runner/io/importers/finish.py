"""The pass every reader's programme goes through: the user's options, then what is still unknown."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runner.core.i18n import tr
from runner.io.importers.model import DraftDay, ImportFailed, ImportOptions, Programme, SourceProblem
from runner.io.importers.timetext import clean, one_line

DEFAULT_ZONE = "UTC"


def finish(programme: Programme, options: ImportOptions, source: str, today: date | None = None) -> Programme:
    """Apply --title, --timezone and --date, fill what is unknown (marked as guessed), tidy the text."""
    _zone(programme, options, source)
    programme.days = _dated(programme, options, source, today or date.today())
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
        raise ImportFailed.at(source, 1, tr("found no timed items to import"))
    dated = [day for day in days if day.date is not None]
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


def _fill(day: DraftDay, when: date, guess: str) -> bool:
    day.date = when
    if guess:
        day.guesses["date"] = guess
    return True


def _tidy(day: DraftDay) -> None:
    day.title, day.notes = one_line(day.title), clean(day.notes)
    for segment in day.segments:
        segment.title = one_line(segment.title)
        if not segment.title:
            segment.title = tr("(untitled)")
            segment.guesses["title"] = tr("the source gives this item no title")
        segment.group, segment.notes = one_line(segment.group), clean(segment.notes)
        segment.speakers = [name for name in (one_line(s) for s in segment.speakers) if name]

"""How times read on screen: one set of rules shared by the host window and the chair view."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QGuiApplication

from runner.core.durations import format_duration
from runner.core.snapshot import Snapshot
from runner.ui.base.translations import Translate, qt_translate

# Unicode's isolates: in a right-to-left sentence, a time ('+0:42') or a Latin name keeps its own
# direction and does not reorder what is around it. FSI ... PDI: the direction of the value's own
# first strong letter; with none (a time, a figure) left to right.
FSI, PDI = "\u2068", "\u2069"
_PLACES = re.compile(r"%(\d)")


def right_to_left(text: str) -> bool:
    """Whether `text` holds right-to-left letters (an Arabic template)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate(text: str) -> str:
    """`text` (a name, a title, a time) shown in its own direction inside any sentence."""
    return f"{FSI}{text}{PDI}" if text else text


def isolated_in_mirrored_layout(text: str) -> str:
    """A title or a name for an item view: isolated when the app is mirrored (Arabic), where a
    Latin title would otherwise take the row's right-to-left direction ('(Opening (part 2')."""
    return isolate(text) if QGuiApplication.isRightToLeft() else text


WORD_JOINER, NO_BREAK_SPACE = "\u2060", "\u00a0"
# A name this short keeps its spaces too ("Сергей Лавров" on one line); a longer one (a
# delegation with its speaker) may wrap at its spaces rather than run off a narrow screen.
WHOLE_NAME_AT_MOST = 30


def kept_whole(name: str) -> str:
    """`name` with no line break allowed inside it: a label that wraps breaks "Next: 王毅, Сергей
    Лавров" between names, never between 王 and 毅. Word joiners go only beside wide (Chinese,
    Japanese, Korean) letters, so Arabic joins as before; a long name still wraps at its spaces."""
    if len(name) <= WHOLE_NAME_AT_MOST:
        name = name.replace(" ", NO_BREAK_SPACE)
    if len(name) < 2:
        return name
    kept = [name[0]]
    for before, after in itertools.pairwise(name):
        if not (before.isspace() or after.isspace()) and (_wide(before) or _wide(after)):
            kept.append(WORD_JOINER)
        kept.append(after)
    return "".join(kept)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2 ... replaced by `values`, each isolated in a right-to-left template."""
    shown = [isolate(v) for v in values] if right_to_left(template) else list(values)
    # One pass, so a value that itself holds '%2' (a title) is never filled in again.
    return _PLACES.sub(lambda m: shown[int(m.group(1)) - 1] if int(m.group(1)) <= len(shown) else m.group(0), template)


# Within this many seconds of the plan the day counts as on time: a host cannot act on less.
ON_TIME_S = 60


def countdown_text(remaining_s: float) -> str:
    """'4:59', '1:02:03', or '+0:42' in overtime.

    Counting down shows the ceiling (a fresh 5-minute segment reads 5:00 and 0:00 comes exactly
    at the end); overtime counts up in whole seconds past the end.
    """
    if remaining_s >= 0:
        return format_duration(math.ceil(remaining_s - 1e-9))
    return "+" + format_duration(math.floor(-remaining_s + 1e-9))


def clock_text(when: datetime | None, zone: tzinfo | None = None, seconds: bool = False) -> str:
    """'09:52' (or '09:52:07') in `zone`, or the time's own zone; a dash when unknown."""
    if when is None:
        return "–"
    local = when.astimezone(zone) if zone is not None else when
    return local.strftime("%H:%M:%S" if seconds else "%H:%M")


def length_text(seconds: float | None) -> str:
    """A span such as '20:00' or '1:05:00' in whole seconds passed; empty when unknown.

    Time gone by is shown in the seconds it has completed (floor), time left in the seconds it
    has begun (`countdown_text`, ceiling): 7.6 s spoken reads 0:07 everywhere, and a 3-minute
    limit reads 2:53 left beside it, the two always adding up to the limit.
    """
    return "" if seconds is None else elapsed_text(seconds)


def elapsed_text(seconds: float) -> str:
    """Whole seconds passed: '0:07' from 7.99 s (the Spoken column and the untimed speaker's face)."""
    return format_duration(math.floor(seconds + 1e-9))


def offset_text(offset_s: float, translate: Translate = qt_translate, at_risk: bool = False) -> str:
    """'7 min behind', '2 min ahead' or 'on time' (positive offsets are behind the plan).

    With the hard stop at risk it never says 'on time': a day 45 s behind says so in seconds,
    and a day at risk for another reason leaves the word to the hard stop's warning.
    """
    if abs(offset_s) < ON_TIME_S:
        if not at_risk:
            return translate("Formatting", "on time")
        seconds = math.ceil(offset_s)
        return fill(translate("Formatting", "%1 s behind"), str(seconds)) if seconds > 0 else ""
    shown = minutes_text(offset_s, translate)
    if offset_s > 0:
        return fill(translate("Formatting", "%1 behind"), shown)
    return fill(translate("Formatting", "%1 ahead"), shown)


class Formatting:
    """The context of these texts in the catalogues. Plurals go through `tr` of a class because
    pyside6-lupdate marks a `translate(...)` call as plural only when its count is a literal."""

    def __init__(self, translate: Translate) -> None:
        self._translate = translate

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._translate("Formatting", text, disambiguation, n)

    def minutes(self, minutes: int) -> str:
        return self.tr("%n min", "", minutes)


def minutes_text(seconds: float, translate: Translate = qt_translate) -> str:
    """A spoken length for offsets: '7 min', '1 h 5 min' (a whole minute at least)."""
    minutes = max(1, round(abs(seconds)) // 60)
    if minutes < 60:
        return Formatting(translate).minutes(minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return fill(translate("Formatting", "%1 h %2 min"), str(hours), str(minutes))
    return fill(translate("Formatting", "%1 h"), str(hours))


def zone_label(when: datetime) -> str:
    """The zone's short name at that moment, e.g. 'EDT'."""
    return when.tzname() or ""


def projection_text(
    projected_end: datetime | None, hard_stop: datetime | None, at_risk: bool, translate: Translate = qt_translate
) -> str:
    """'Ends ≈ 12:07 · hard stop 12:00 AT RISK' (or just the projected end)."""
    if projected_end is None:
        return ""
    # Within a minute past the stop, the minutes alone would read 'Ends ≈ 12:00 · hard stop 12:00 AT RISK'.
    close = at_risk and hard_stop is not None and (projected_end - hard_stop).total_seconds() < 60
    text = fill(translate("Formatting", "Ends ≈ %1"), clock_text(projected_end, seconds=close))
    if hard_stop is not None:
        stop = clock_text(hard_stop)
        if at_risk:
            text += " · " + fill(translate("Formatting", "hard stop %1 AT RISK"), stop)
        else:
            text += " · " + fill(translate("Formatting", "hard stop %1"), stop)
    return text


def header_texts(snapshot: Snapshot, translate: Translate = qt_translate) -> tuple[str, str]:
    """The header's two parts, how the day runs against the plan and when it ends, worded together
    so they never contradict: no 'on time' beside a hard stop at risk, no 'ahead' once it is over."""
    if snapshot.finished:
        ended = snapshot.projected_end
        return translate("Formatting", "Day over"), (
            fill(translate("Formatting", "Ended at %1"), clock_text(ended)) if ended is not None else ""
        )
    at_risk = snapshot.hard_stop_at_risk
    return (
        offset_text(snapshot.offset_s, translate, at_risk),
        projection_text(snapshot.projected_end, snapshot.hard_stop, at_risk, translate),
    )


def day_title(title: str, when: date, translate: Translate = qt_translate) -> str:
    """'Dialogue on Implementation of the Roadmap — Fri 12 June 2020', the date in the app's language."""
    return f"{title} — {date_text(when, translate)}"


# Every figure on screen is in Western digits (the clocks, the countdown, the report's dates):
# Qt's Arabic locale would write the date's in Eastern Arabic ones.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def date_text(when: date, translate: Translate = qt_translate) -> str:
    """'Fri 12 June 2020', 'ven. 12 juin 2020', '2020年6月12日 周五': the names from the locale the
    language installed (QLocale's default), the order from the catalogue (a Qt date format)."""
    pattern = translate("Formatting", "ddd d MMMM yyyy", "a date as Qt formats one: weekday, day, month, year")
    shown = QLocale().toString(QDate(when.year, when.month, when.day), pattern)
    return shown.translate(_WESTERN_DIGITS)

"""Dates as programmes write them in the six UN languages, with the month and weekday names CLDR
(through Babel) gives each: "Jeudi 14 novembre 2024", "Martes, 22 de abril de 2025", "Среда,
12 марта 2025 г.", "الأربعاء، 12 مارس 2025", "2025年3月12日（星期三）", "June 12, 2020", "2020-06-12".

In figures ("03.07.2024 (Wednesday)", "15/09/2025", "9/15/2025") a date is read only where its
order is certain: a part above 12 is the day, a weekday beside it rules out the other order, or
the programme's other dates settled it (`numeric_order`); "03/07/2024" alone is no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal, get_args

from babel.dates import get_day_names, get_month_names

# Arabic is written with other month names in the Levant (كانون الثاني) and the Maghreb (جانفي);
# United Nations documents write both: "12 آذار/مارس 2025".
_LOCALES = ("en", "fr", "es", "ru", "ar", "ar_SY", "ar_MA", "ar_TN", "zh")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_HAMZA = str.maketrans("أإآ", "ااا")
# What may stand before a date in a heading: "Day 1 –", "Programme – Day 1:", "Jour 2 :".
_SEPARATORS = ":：–—-|,،(（"


def normal(text: str) -> str:
    """Lower case, Western digits, one form of alef: how names are compared."""
    return text.translate(_ARABIC_DIGITS).translate(_HAMZA).lower()


@cache
def _names() -> tuple[dict[str, int], set[str]]:
    months = _cldr_names(get_month_names)
    months.setdefault("sept", 9)
    return months, set(_weekdays())


# English programmes also shorten weekdays as CLDR does not: "Tues", "Weds", "Thur", "Thurs".
_MORE_WEEKDAYS = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}


@cache
def _weekdays() -> dict[str, int]:
    """Each weekday's names (Monday is 0)."""
    return {**_MORE_WEEKDAYS, **_cldr_names(get_day_names)}


Width = Literal["wide", "abbreviated"]
Context = Literal["format", "stand-alone"]


def _cldr_names(names_of: Callable[[Width, Context, str], Any]) -> dict[str, int]:
    """Every language's names (wide, abbreviated; in a date and alone) to their number; a name two
    languages give different numbers would be a guess, and is left out."""
    numbers: dict[str, set[int]] = {}
    for locale in _LOCALES:
        for width in get_args(Width):
            for context in get_args(Context):
                for number, name in names_of(width, context, locale).items():
                    numbers.setdefault(normal(name).rstrip("."), set()).add(number)
    return {name: found.pop() for name, found in numbers.items() if len(found) == 1}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months, weekdays = _names()
    month = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
    day = r"(?P<d{n}>\d{{1,2}})(?:er|st|nd|rd|th|º|°)?"
    date_re = re.compile(
        rf"(?<![\w/.-])(?:{day.format(n=1)}[\s.]*(?:de\s+)?(?P<m1>{month})\.?(?:\s*/\s*(?:{month}))?,?\s*"
        rf"(?:de\s+|del\s+)?(?P<y1>\d{{4}})"
        rf"|(?P<m2>{month})\.?\s+{day.format(n=2)},?\s+(?P<y2>\d{{4}})"
        rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}}))(?![\w])"
        rf"|(?P<y4>\d{{4}})\s*年\s*(?P<m4>\d{{1,2}})\s*月\s*(?P<d4>\d{{1,2}})\s*日",  # 日星期三: no space needed
    )
    weekday = "|".join(re.escape(name) for name in sorted(weekdays, key=len, reverse=True))
    return date_re, re.compile(rf"(?:^|(?<=[\s(（]))(?:{weekday})\.?(?![\w])")


@cache
def _alternatives() -> tuple[str, str]:
    """Every month's and weekday's name as a regex alternation, the longest first."""
    months, _ = _names()
    month = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
    return month, "|".join(re.escape(name) for name in sorted(_weekdays(), key=len, reverse=True))


@cache
def _yearless() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday and a day and month inside a line ("Schedule for Day 1: Tue, April 25", "3月12日"), and a
    line that is only a day and month ("16th August", "August 16", "14.09", "11.10.", "Tue 14.09")."""
    month, weekday = _alternatives()
    inside = re.compile(
        rf"(?:^|(?<=[\s(（:：–—|-]))(?P<w>{weekday})\.?,?\s*(?:(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th|º)?[\s.]*(?:de\s+)?"
        rf"(?P<m1>{month})\.?|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\w])"
        rf"|(?:^|(?<![\d年]))(?P<m3>\d{{1,2}})\s*月\s*(?P<d3>\d{{1,2}})\s*日",
    )
    whole = re.compile(
        rf"^(?:(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th|º)?[\s.]*(?:de\s+)?(?P<m1>{month})\.?"
        rf"|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?:(?P<w1>{weekday})\.?,?\s*)?(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})(?P<dot>\.)?"
        rf"(?:,?\s*[(（]?(?P<w2>{weekday})\.?[)）]?)?)$"
    )
    return inside, whole


@dataclass(frozen=True)
class DayMonth:
    """A day and month a heading names without a year ("Tue, April 25", "16th August", "14.09.")."""

    month: int
    day: int
    weekday: int | None
    before: str  # "Schedule for Day 1" in "Schedule for Day 1: Tue, April 25"
    rest: str
    # "14.09" alone may be a time (14:09); a trailing dot or a weekday makes it a date.
    certain: bool = True

    def in_year(self, year: int) -> date | None:
        """The date in `year`, or in the year either side where the weekday is right."""
        for candidate in (year, year + 1, year - 1):
            try:
                when = date(candidate, self.month, self.day)
            except ValueError:
                continue
            if self.weekday is None or when.weekday() == self.weekday:
                return when
        return None


def day_month(line: str) -> DayMonth | None:
    """The day and month a yearless heading names, or None when the line is no such heading: a
    weekday and a date ("Jeudi 6 novembre", "3月12日") after at most a short label, or a line that is
    only a day and month ("16th August", "14.09")."""
    if len(line) > 200:
        return None
    plain = normal(line)
    months, _ = _names()
    inside, whole_line = _yearless()
    whole = whole_line.match(plain.strip())
    if whole:
        named = whole["w1"] or whole["w2"]
        weekday = _weekdays().get(named.rstrip(".")) if named else None
        if whole["m3"]:
            day, month = int(whole["d3"]), int(whole["m3"])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None  # "14.30" is a time
            return DayMonth(month, day, weekday, "", "", certain=bool(whole["dot"] or named))
        month = months[(whole["m1"] or whole["m2"]).rstrip(".")]
        return DayMonth(month, int(whole["d1"] or whole["d2"]), None, "", "")
    match = inside.search(plain)
    if match is None:
        return None
    before = line[: match.start()].strip()
    if not _label(before):
        return None
    month = months.get((match["m1"] or match["m2"] or "").rstrip("."), 0) or int(match["m3"] or 0)
    day = int(match["d1"] or match["d2"] or match["d3"])
    weekday = _weekdays().get(match["w"].rstrip(".")) if match["w"] else None
    rest = without_weekday(line[match.end() :].lstrip(" \t,،.:：)）"), at_end=False)
    return DayMonth(month, day, weekday, before.rstrip(_SEPARATORS + ". \t"), rest.strip(" \t:：–—-|,،"))


def yearless_heading(line: str, year: int) -> tuple[date, str, str] | None:
    """A heading that names its day without a year ("Tuesday, 15 July", "Jeudi 6 novembre", "3月12日"):
    in `year` (the year the programme named last), or the one either side where the weekday is right."""
    found = day_month(line)
    when = found.in_year(year) if found and found.certain else None
    return (when, found.before, found.rest) if found and when else None


# Day, month and year in figures, one separator: "03.07.2024", "15/09/2025", "4-7-2024".
_NUMERIC_RE = re.compile(r"(?<![\w/.:-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/.-])")
DayFirst = bool | None  # a programme's order of figures: day first, month first, or not known


def numeric_order(lines: list[str]) -> DayFirst:
    """Whether the programme writes its dates in figures day first (True) or month first (False),
    as its dates with a part above 12 say; None when none says, or they disagree."""
    day_first = month_first = False
    for line in lines:
        for match in _NUMERIC_RE.finditer(normal(line)):
            a, b = int(match["a"]), int(match["b"])
            day_first |= 12 < a <= 31 and b <= 12
            month_first |= 12 < b <= 31 and a <= 12
    return None if day_first == month_first else day_first


def _numeric(match: re.Match[str], plain: str, day_first: DayFirst) -> date | None:
    """The one date figures can be in this text, or None when either order fits."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    orders = {True: (b, a), False: (a, b)}
    dates = set()
    for first, (month, day) in orders.items():
        if day_first is None or day_first is first:
            try:
                dates.add(date(year, month, day))
            except ValueError:
                continue
    named = _patterns()[1].search(plain)
    weekday = _weekdays().get(named[0].rstrip(".")) if named else None
    if weekday is not None and len(dates) > 1:
        dates = {when for when in dates if when.weekday() == weekday}
    return dates.pop() if len(dates) == 1 else None


def find_date(text: str, day_first: DayFirst = None) -> tuple[date, str, str] | None:
    """The first date the text names, with the text before it and after it (both as written);
    figures are read in the programme's order (`day_first`) where a part above 12 or a weekday
    does not settle it."""
    plain = normal(text)
    named = _named_date(text, plain)
    for match in _NUMERIC_RE.finditer(plain):
        if named is not None and len(named[1]) <= match.start():
            break
        when = _numeric(match, plain, day_first)
        if when is not None:
            return when, text[: match.start()], text[match.end() :]
    return named


def _named_date(text: str, plain: str) -> tuple[date, str, str] | None:
    """The first date the text names in words or in year-first figures; `plain` is `normal(text)`."""
    date_re, _ = _patterns()
    months, _ = _names()
    for match in date_re.finditer(plain):
        if match["y3"] or match["y4"]:
            year = int(match["y3"] or match["y4"])
            month, day = int(match["m3"] or match["m4"]), int(match["d3"] or match["d4"])
        else:
            year = int(match["y1"] or match["y2"])
            month = months[(match["m1"] or match["m2"]).rstrip(".")]
            day = int(match["d1"] or match["d2"])
        try:
            return date(year, month, day), text[: match.start()], text[match.end() :]
        except ValueError:
            continue
    return None


def without_weekday(text: str, at_end: bool) -> str:
    """The text without a weekday's name at its end (before a date) or start (after one)."""
    _, weekday_re = _patterns()
    plain = normal(text)
    stripped = plain.rstrip(" \t,،") if at_end else plain.lstrip(" \t,،(（")
    found = [m for m in weekday_re.finditer(stripped)]
    if at_end and found and found[-1].end() == len(stripped.rstrip(".")):
        return text[: found[-1].start()]
    if not at_end and found and found[0].start() == 0:
        cut = len(plain) - len(stripped) + found[0].end()
        return text[cut:].lstrip(" .)）")
    return text


def _label(before: str) -> bool:
    """What may stand before a heading's date: nothing, or a short label ending in a separator
    ("Programme – Day 1:") or in a number's dot ("Day 1. Wed 14 June 2023")."""
    if not before:
        return True
    return len(before) <= 60 and (before[-1] in _SEPARATORS or re.search(r"\d\.$", before) is not None)


def heading_date(line: str, day_first: DayFirst = None) -> tuple[date, str, str] | None:
    """A day heading's date, its prefix ("Day 1") and the rest, or None when the line is no heading.

    A heading starts with its date, or has before it only a weekday or a short label ending in a
    separator ("Programme – Day 1: Wednesday, 12 March 2025"); a date inside a sentence is none.
    `day_first`: the programme's order of dates in figures (`numeric_order`)."""
    if len(line) > 200:
        return None
    found = find_date(line, day_first)
    if found is None:
        return None
    when, before, after = found
    before = without_weekday(before.rstrip(" \t(（"), at_end=True).strip()
    if not _label(before):
        return None
    prefix = before.rstrip(_SEPARATORS + ". \t")
    rest = re.sub(r"^\s*(?:г\.|года|г(?![\w]))", "", after)
    rest = without_weekday(rest.lstrip(" \t,،.:：)）"), at_end=False)
    return when, prefix, rest.strip(" \t:：–—-|,،")


def weekday_number(text: str) -> int | None:
    """The weekday a cell names alone ("Tuesday", "mardi", "вторник", "周二"; Monday is 0), or None."""
    return _weekdays().get(normal(text).strip().rstrip("."))

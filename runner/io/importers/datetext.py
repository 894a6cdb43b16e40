"""Dates as programmes write them in the six UN languages, with the month and weekday names CLDR
(through Babel) gives each: "Jeudi 14 novembre 2024", "Martes, 22 de abril de 2025", "Среда,
12 марта 2025 г.", "الأربعاء، 12 مارس 2025", "2025年3月12日（星期三）", "June 12, 2020", "2020-06-12".
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

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
    months: dict[str, set[int]] = {}
    weekdays: set[str] = set()
    for locale in _LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    months.setdefault(normal(name).rstrip("."), set()).add(number)
                weekdays.update(normal(name).rstrip(".") for name in get_day_names(width, context, locale).values())
    months.setdefault("sept", set()).add(9)
    # A name two languages give different months (none today) would be a guess: left out.
    return {name: numbers.pop() for name, numbers in months.items() if len(numbers) == 1}, weekdays


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


def find_date(text: str) -> tuple[date, str, str] | None:
    """The first date the text names, with the text before it and after it (both as written)."""
    date_re, _ = _patterns()
    plain = normal(text)
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


def heading_date(line: str) -> tuple[date, str, str] | None:
    """A day heading's date, its prefix ("Day 1") and the rest, or None when the line is no heading.

    A heading starts with its date, or has before it only a weekday or a short label ending in a
    separator ("Programme – Day 1: Wednesday, 12 March 2025"); a date inside a sentence is none."""
    if len(line) > 200:
        return None
    found = find_date(line)
    if found is None:
        return None
    when, before, after = found
    before = without_weekday(before.rstrip(" \t(（"), at_end=True).strip()
    if before and (len(before) > 60 or before[-1] not in _SEPARATORS):
        return None
    prefix = before.rstrip(_SEPARATORS + " \t")
    rest = re.sub(r"^\s*(?:г\.|года|г(?![\w]))", "", after)
    rest = without_weekday(rest.lstrip(" \t,،.:：)）"), at_end=False)
    return when, prefix, rest.strip(" \t:：–—-|,،")

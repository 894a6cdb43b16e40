"""Babel's CLDR data as the core uses it: lists joined, long dates, plural categories.

Loaded through `runner.core.i18n`'s one lazy seam the first time a list is joined, a date
written in full or a translated plural asked for: babel.dates alone costs ~8 ms to import, which
the host window's first frame does not need.
"""

from __future__ import annotations

from datetime import date

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list


def join(items: list[str], locale: str) -> str:
    return str(format_list(items, locale=locale))


def long_date(day: date, pattern: str, locale: str) -> str:
    return str(format_date(day, pattern, locale=locale))


def plural_form(language: str, count: int) -> str:
    return str(Locale.parse(language).plural_form(abs(count)))

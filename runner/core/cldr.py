"""Babel's CLDR data as the core uses it: lists joined, plural categories.

Loaded through `runner.core.i18n`'s lazy seam the first time a list is joined or a translated
plural asked for: each loads the language's CLDR data (40-60 ms), which the host window's first
frame does not need. (Long dates: runner.core.long_dates, without Babel.)
"""

from __future__ import annotations

from babel import Locale
from babel.lists import format_list


def join(items: list[str], locale: str) -> str:
    return str(format_list(items, locale=locale))


def plural_form(language: str, count: int) -> str:
    return str(Locale.parse(language).plural_form(abs(count)))

"""Babel's CLDR data as the core uses it: lists joined, plural categories, countries' names.

Loaded through `runner.core.i18n`'s lazy seam (runner.core.delegations reads it there too) the
first time a list is joined, a translated plural asked for or a delegation named: Babel costs
~5 ms to import and each language's data 40-60 ms to load, which the host window's first frame
does not need. (Long dates: runner.core.long_dates, without Babel.)
"""

from __future__ import annotations

from collections.abc import Mapping

from babel import Locale
from babel.core import get_global
from babel.lists import format_list


def join(items: list[str], locale: str) -> str:
    return str(format_list(items, locale=locale))


def plural_form(language: str, count: int) -> str:
    return str(Locale.parse(language).plural_form(abs(count)))


def territories(locale: str) -> Mapping[str, str]:
    """CLDR's names of the regions in `locale` (ISO 3166 code -> name); ValueError or
    LookupError for a locale CLDR does not know."""
    names: Mapping[str, str] = Locale.parse(locale).territories
    return names


def territory_aliases(code: str) -> list[str] | None:
    """The regions a deprecated or three-letter code stands for (BRA -> [BR]), if any."""
    aliases: list[str] | None = get_global("territory_aliases").get(code)
    return aliases

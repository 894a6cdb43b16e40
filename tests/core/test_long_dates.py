"""runner.core.long_dates writes a day in full as Babel (CLDR) does, in each of the six languages,
without loading Babel's locale data. Checked against Babel itself: a Babel update that changes a
pattern or a name fails here; the fresh table to paste is in the failure's message."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel import Locale
from babel.dates import format_date

from runner.core import i18n, long_dates

# Babel's name of each language's conventions: English as the UN writes it (British).
LOCALES = {"ar": "ar", "en": "en_GB", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh"}


def _babel_pattern(language: str) -> str:
    return "EEEE d MMMM y" if language == "en" else Locale.parse(LOCALES[language]).date_formats["full"].pattern


def test_every_language_is_there() -> None:
    assert set(long_dates.PATTERNS) == set(long_dates.MONTHS) == set(long_dates.DAYS) == set(i18n.LANGUAGES)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_patterns_and_names_are_cldr_s(language: str) -> None:
    locale = Locale.parse(LOCALES[language])
    fresh = (
        _babel_pattern(language),
        tuple(str(locale.months["format"]["wide"][m]) for m in range(1, 13)),
        tuple(str(locale.days["format"]["wide"][d]) for d in range(7)),
    )
    shipped = (long_dates.PATTERNS[language], long_dates.MONTHS[language], long_dates.DAYS[language])
    assert shipped == fresh, f"{language}: {fresh!r}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_a_day_reads_as_babel_writes_it(language: str) -> None:
    # Every weekday and month, one- and two-digit days, across leap years.
    days = [date(2019, 12, 25) + timedelta(days=11 * k) for k in range(120)]
    pattern = _babel_pattern(language)
    for day in days:
        assert long_dates.long_date(day, language) == format_date(day, pattern, locale=LOCALES[language])


def test_the_catalogue_writes_its_language_s_long_date() -> None:
    assert i18n.load_catalogue("fr").long_date(date(2020, 6, 12)) == "vendredi 12 juin 2020"
    assert i18n.load_catalogue("en").long_date(date(2020, 6, 12)) == "Friday 12 June 2020"
    assert i18n.load_catalogue("zh").long_date(date(2020, 6, 12)) == "2020年6月12日星期五"


def test_quoted_text_is_literal() -> None:
    assert long_dates._pieces("d 'de' MMMM ''") == [
        (True, "d"),
        (False, " "),
        (False, "de"),
        (False, " "),
        (True, "MMMM"),
        (False, " "),
        (False, "'"),
    ]

"""A day written in full in the six languages: 'Friday 12 June 2020', 'vendredi 12 juin 2020',
'пятница, 12 июня 2020 г.', '2020年6月12日星期五'.

CLDR's patterns and names for these six, as Babel ships them, are copied here: Babel formats a
date only after loading the language's whole CLDR data (pickles of the locale and its parents,
merged: 40-60 ms on a 2-core VM), and a day opened off its date shows such a line in the host
window's first frame (the rehearsal notice). tests/core/test_long_dates.py checks every pattern
and name against Babel, so a Babel update that changes one fails there, not on a screen.
"""

from __future__ import annotations

from datetime import date

# CLDR's full date pattern of each language (English: the UN's own order, no comma).
PATTERNS: dict[str, str] = {
    "ar": "EEEE، d MMMM y",
    "en": "EEEE d MMMM y",
    "es": "EEEE, d 'de' MMMM 'de' y",
    "fr": "EEEE d MMMM y",
    "ru": "EEEE, d MMMM y\u202f'г'.",
    "zh": "y年M月d日EEEE",
}
# Month names as a date writes them (CLDR's format context: Russian's genitive), January first.
MONTHS: dict[str, tuple[str, ...]] = {
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "zh": ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"),
}
# Day names, Monday first (as `date.weekday()` counts).
DAYS: dict[str, tuple[str, ...]] = {
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
}


def long_date(day: date, language: str) -> str:
    """`day` in full in `language` (one of runner.core.i18n.LANGUAGES)."""
    fields = {
        "EEEE": DAYS[language][day.weekday()],
        "MMMM": MONTHS[language][day.month - 1],
        "M": str(day.month),
        "d": str(day.day),
        "y": str(day.year),
    }
    return "".join(fields[text] if field else text for field, text in _pieces(PATTERNS[language]))


def _pieces(pattern: str) -> list[tuple[bool, str]]:
    """A CLDR pattern as (is a field, text): runs of one letter are fields, 'quoted' text and
    any other character are literal ('' is a quote)."""
    pieces: list[tuple[bool, str]] = []
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "'":
            end = pattern.find("'", at + 1)
            end = len(pattern) if end < 0 else end
            pieces.append((False, pattern[at + 1 : end] or "'"))
            at = end + 1
        elif char.isascii() and char.isalpha():
            end = at
            while end < len(pattern) and pattern[end] == char:
                end += 1
            pieces.append((True, pattern[at:end]))
            at = end
        else:
            pieces.append((False, char))
            at += 1
    return pieces

"""A spreadsheet cell as text, a time of day, a length or a date: Excel values or typed text."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, time, timedelta

from runner.io.importers.datetext import weekday_number
from runner.io.importers.programme_words import DAY_WORDS
from runner.io.importers.text import day_heading_date
from runner.io.importers.timetext import read_range, table_duration

# Sheets kept to build a web page write its markup in their cells: "<i>Title</i>", "teamer&#x27;s",
# "[more](dinner.qmd)".
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
_LINK_RE = re.compile(r"\[([^\[\]]{1,300})\]\([^()\s]{1,500}\)")
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# A day column that counts the days: "1", "Day 2", "Jour 2", "Día 3", "День 2", "第2天".
_DAY_NUMBER_RE = re.compile(rf"^(?:{DAY_WORDS}\s*)?(?P<n>\d{{1,2}})$|^第(?P<zh>\d{{1,2}})天$", re.IGNORECASE)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    text = str(value)
    if "<" in text or "&" in text or "](" in text:
        text = _ENTITY_RE.sub(lambda m: html.unescape(m[0]), _LINK_RE.sub(r"\1", _TAG_RE.sub("", text)))
    return text.strip()


def cell_time(value: object) -> int | None:
    """Seconds from midnight: an Excel time or date-time, a day fraction, or text ('9:30', '2 pm')."""
    if isinstance(value, datetime):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, timedelta):
        seconds = round(value.total_seconds())
        return seconds if 0 <= seconds < 2 * 86400 else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Excel stores a time as the fraction of a day; 1.0 and beyond reads as the next date.
        return round(float(value) * 86400) if 0 <= value < 2 else None
    text = cell_text(value)
    if " " in text and text[:4].isdigit():  # "2024-06-03 09:30:00" from a CSV
        text = text.split(" ", 1)[1]
    ranged = read_range(text)
    return ranged[0] if ranged is not None and ranged[2] == "" else None


def cell_length(value: object) -> int | None:
    """Seconds: an Excel duration (a time or a timedelta), a number of minutes, or text ('10m', '0:10:00')."""
    if isinstance(value, timedelta):
        return round(value.total_seconds())
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return round(float(value) * 60)
    return table_duration(cell_text(value))


def cell_date(value: object) -> date | None:
    """A date from an Excel date (or date-time) or from text ('2024-06-03', 'Monday 3 June 2024')."""
    if isinstance(value, datetime):
        return value.date() if value.year > 1900 else None
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return day_heading_date(text)


def cell_day(value: object) -> tuple[str, int] | None:
    """A day a cell names without its date: ("number", 2) for "2" or "Day 2", ("weekday", 1) for "Tuesday"."""
    text = cell_text(value)
    counted = _DAY_NUMBER_RE.match(text)
    if counted and int(counted["n"] or counted["zh"]) > 0:
        return "number", int(counted["n"] or counted["zh"])
    weekday = weekday_number(text)
    return ("weekday", weekday) if weekday is not None else None

"""A spreadsheet cell as text, a time of day, a length or a date: Excel values or typed text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from runner.io.importers.text import day_heading_date
from runner.io.importers.timetext import read_range, table_duration


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


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

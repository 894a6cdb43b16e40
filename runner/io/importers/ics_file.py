"""An .ics file as bytes, before and around its parsing: folds, what lies outside the calendar,
events that share one UID, and the file's own line of each event (the text is unfolded)."""

from __future__ import annotations

import re
from typing import Any

import icalendar

from runner.core.i18n import tr, trn
from runner.io.importers.model import ImportFailed, SourceProblem
from runner.io.importers.sources import decode

_FOLD = re.compile(rb"\r?\n[ \t]")
_BEGIN = re.compile(rb"^BEGIN:VCALENDAR\r?$", re.MULTILINE | re.IGNORECASE)
_END = re.compile(rb"^END:VCALENDAR[ \t]*(\r?\n|$)", re.MULTILINE | re.IGNORECASE)
# Recurrence: events of one UID that carry any of these are one series (RFC 5545 3.8.4.7).
_SERIES_KEYS = ("RRULE", "RDATE", "RECURRENCE-ID")


def unfolded(data: bytes) -> bytes:
    """The calendar's bytes with every folded line joined (RFC 5545 3.1: CRLF and one blank)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data  # UTF-16: the text's own decoder sees its folds whole
    return _FOLD.sub(b"", data)


class CalendarFile:
    """The file's bytes, its parsed calendar, and the lines of its events."""

    def __init__(self, data: bytes, source: str) -> None:
        self.data, self.source = data, source
        self.left_out: list[SourceProblem] = []
        self.lines_of: dict[str, str] = {}
        self.calendar = self._parse()
        self.shared_uids = self._separate_shared_uids()

    def _parse(self) -> Any:
        inside = self._inside()
        text = decode(unfolded(inside), self.source)
        try:
            calendar = icalendar.Calendar.from_ical(text)
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise ImportFailed.at(self.source, self._line_of(exc), tr("not valid iCalendar: {why}", why=exc)) from None
        if not isinstance(calendar, icalendar.Calendar):
            raise ImportFailed.at(self.source, 1, tr("not an iCalendar file (no VCALENDAR)"))
        return calendar

    def _inside(self) -> bytes:
        """From BEGIN:VCALENDAR to END:VCALENDAR: a web page's comment around it is not the calendar."""
        begin = _BEGIN.search(self.data)
        ends = list(_END.finditer(self.data))
        if begin is None or not ends:
            return self.data
        end = ends[-1].end()
        before, after = self.data[: begin.start()], self.data[end:]
        for where, outside in ((1, before), (self.data.count(b"\n", 0, end) + 1, after)):
            lines = sum(1 for line in outside.splitlines() if line.strip())
            if lines:
                said = trn(
                    "{count} line outside BEGIN:VCALENDAR … END:VCALENDAR",
                    "{count} lines outside BEGIN:VCALENDAR … END:VCALENDAR",
                    lines,
                )
                self.left_out.append(SourceProblem(self.source, str(where), said))
        return self.data[begin.start() : end]

    def _line_of(self, exc: Exception) -> int:
        """The file's line holding the text the parser quotes in its message, else 1."""
        for piece in re.findall(r"'([^']{4,})'", str(exc)):
            at = self.data.find(piece.encode("utf-8"))
            if at >= 0:
                return self.data.count(b"\n", 0, at) + 1
        return 1

    def _separate_shared_uids(self) -> int:
        """Single events that share a UID and a SEQUENCE are separate events a generator numbered
        alike, not versions of one (those differ in SEQUENCE): each gets a UID of its own, or the
        recurrence library keeps one of them. How many were renumbered."""
        groups: dict[tuple[str, str], list[Any]] = {}
        for event in self.calendar.walk("VEVENT"):
            key = (str(event.get("UID") or ""), str(event.get("SEQUENCE") or "0").strip())
            groups.setdefault(key, []).append(event)
        renumbered = 0
        for (uid, _), group in groups.items():
            if len(group) < 2 or any(event.get(key) is not None for event in group for key in _SERIES_KEYS):
                continue
            lines = self._uid_lines(uid)
            for n, event in enumerate(group):
                event["UID"] = f"{uid}#{n + 1}"
                self.lines_of[f"{uid}#{n + 1}"] = lines[n] if n < len(lines) else "1"
            renumbered += len(group)
        return renumbered

    def _uid_lines(self, uid: str) -> list[str]:
        found = re.finditer(rb"^UID:" + re.escape(uid.encode("utf-8")) + rb"\r?$", self.data, re.MULTILINE)
        return [str(self.data.count(b"\n", 0, match.start()) + 1) for match in found]

    def where(self, event: Any) -> str:
        """The file's line of the event's UID (the text was unfolded; the file's lines are counted)."""
        uid = str(event.get("UID") or "")
        if uid in self.lines_of:
            return self.lines_of[uid]
        at = self.data.find(b"UID:" + uid.encode("utf-8")) if uid else -1
        return str(self.data.count(b"\n", 0, at) + 1) if at >= 0 else "1"

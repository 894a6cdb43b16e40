"""Small agendas built directly from the model, so core tests need no reader."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from runner.core.agenda import Agenda, Day, Segment, SegmentKind, Speaker
from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine

NEW_YORK = ZoneInfo("America/New_York")
DAY = date(2020, 6, 12)


def at(hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return datetime(DAY.year, DAY.month, DAY.day, hours, minutes, tzinfo=NEW_YORK)


def segment(index: int, start: str, minutes: float, title: str = "", **extra) -> Segment:
    return Segment(
        index=index,
        title=title or f"Segment {index + 1}",
        start=at(start),
        duration=timedelta(minutes=minutes),
        **extra,
    )


def dialogue_day() -> Day:
    """The 12 June 2020 dialogue, as in the seed programme."""
    speakers = (
        Speaker("Ms Spatolisano", timedelta(minutes=3)),
        Speaker("Mr Cerf", timedelta(minutes=3)),
        Speaker("Ms Nwakanma", None),
    )
    segments = (
        segment(0, "09:00", 30, "Opening"),
        segment(1, "09:30", 20, "Global connectivity", group="The Way Forward I"),
        segment(
            2,
            "09:50",
            30,
            "Digital public goods",
            group="The Way Forward I",
            speakers=speakers,
            speaker_limit=timedelta(minutes=2),
        ),
        segment(3, "10:20", 20, "Digital inclusion", group="The Way Forward I"),
        segment(4, "10:40", 10, "Intermission", kind=SegmentKind.INTERMISSION),
        segment(5, "10:50", 20, "Digital capacity-building", group="The Way Forward II"),
        segment(6, "11:10", 48, "Digital human rights", group="The Way Forward II"),
        segment(7, "11:58", 2, "Closing", group="The Way Forward II", speakers=(Speaker("Mr. Hochschild"),)),
    )
    return Day(
        date=DAY,
        title="Dialogue on Implementation of the Roadmap",
        segments=segments,
        timezone="America/New_York",
        hard_stop=at("12:00"),
    )


def engine_at(hhmm: str, day: Day | None = None) -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock(at(hhmm))
    return SessionEngine(day or dialogue_day(), clock), clock


def agenda_for(day: Day) -> Agenda:
    """An agenda around one test day, for sessions that keep a log."""
    return Agenda(
        title="Launch of the Roadmap",
        timezone=day.timezone,
        days=(day,),
        source="dialogue.yaml",
        data=b"title: stand-in\n",
    )

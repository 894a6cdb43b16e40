"""A general debate as a UN secretariat writes it: 30 delegations of three categories, with
limits by category and the right of reply (shared by the floor's tests)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from runner.core.agenda import Agenda
from runner.core.clock import FakeClock
from runner.io.agenda_yaml import parse_agenda

# fmt: off
MEMBERS = [
    "BR", "KEN", "FR", "CHN", "EG", "IN", "MX", "NGA", "JP", "DE",
    "ARG", "ZA", "ID", "RU", "SA", "CL", "PK", "ESP", "CA", "NO",
]
# fmt: on
OBSERVERS = ["VA", "PSE", "ITU", "UNESCO", "ILO", "EU"]
GROUPS = ["African Group", "Group of 77 and China", "Group of Arab States", "Alliance of Small Island States"]

DEBATE_YAML = f"""\
title: General debate on digital cooperation
timezone: America/New_York
date: 2020-06-12
room: plenary
segments:
  - start: "10:00"
    title: Opening of the general debate
    duration: 5m
  - title: General debate
    duration: 120m
    floor:
      limits: {{member: 3m, observer: 2m, group: 5m}}
      replies: [5m, 3m]
      list:
{chr(10).join(f"        - {code}" for code in MEMBERS[:2])}
        - {{delegation: {GROUPS[0]}, category: group}}
{chr(10).join(f"        - {code}" for code in MEMBERS[2:12])}
        - {{delegation: {OBSERVERS[0]}, category: observer, speaker: Archbishop Gallagher}}
{chr(10).join(f"        - {{delegation: {name}, category: group}}" for name in GROUPS[1:])}
{chr(10).join(f"        - {code}" for code in MEMBERS[12:])}
{chr(10).join(f"        - {{delegation: {code}, category: observer}}" for code in OBSERVERS[1:])}
  - title: Closing
    duration: 5m
"""


def debate_agenda() -> Agenda:
    """The debate's agenda (the UI tests' `agenda` fixture: `pytest.fixture(name="agenda")(debate_agenda)`)."""
    return parse_agenda(DEBATE_YAML.encode(), "debate.yaml")


def debate_clock() -> FakeClock:
    """The debate day's clock at 10:00 in New York, before its first segment (the `clock` fixture)."""
    return FakeClock(datetime(2020, 6, 12, 10, 0, tzinfo=ZoneInfo("America/New_York")))


def run_debate(engine, clock, *, until_turn: int | None = None) -> None:
    """The debate by the host's actions: each delegation speaks 150 s (the fourth 200 s: over a
    3-minute limit), a point of order of 40 s in the 2nd and the 9th turns, Kenya and Brazil ask
    for the right of reply and Kenya for a second; the replies are heard after the list.
    `until_turn` stops in the middle of that turn (a crash test kills the process there)."""
    engine.advance()  # the opening
    clock.advance(300)
    engine.advance()  # the debate: the first delegation has the floor
    for turn in range(30):
        if turn in (1, 8):
            clock.advance(30)
            engine.point_of_order()
            clock.advance(40)
            engine.point_of_order()
            clock.advance(120)
        else:
            clock.advance(200 if turn == 3 else 150)
        if turn == 5:
            engine.request_reply("KEN")
            engine.request_reply("BRA")
        if turn == 20:
            engine.request_reply("KE")
        if until_turn == turn:
            return
        engine.next_speaker()
    for length in (240, 200, 170):  # the three replies
        clock.advance(length)
        engine.next_speaker()
    engine.advance()  # the closing
    clock.advance(300)
    engine.advance()

"""The scripted 12 June 2020 dialogue used by report tests and the README's sample report.

Run as `python -m tests.scripted_day docs` to rewrite docs/sample-report.{html,md,pdf}.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from runner.core.agenda import Agenda, Day
from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda

DIALOGUE_YAML = """\
title: Launch of the Secretary-General's Roadmap for Digital Cooperation
timezone: America/New_York
days:
  - date: 2020-06-12
    title: Dialogue on Implementation of the Roadmap
    chair: Fabrizio Hochschild
    end: "12:00"
    segments:
      - start: "09:00"
        title: Opening
        notes: Overview remarks
      - start: "09:30"
        title: Global connectivity
        group: "The Way Forward I: Connectivity, Digital Public Goods, and Inclusion"
      - start: "09:50"
        title: Digital public goods
        group: "The Way Forward I: Connectivity, Digital Public Goods, and Inclusion"
        speaker_limit: 2m
        speakers:
          - {name: Ms Maria-Francesca Spatolisano, limit: 3m}
          - {name: Mr Vint Cerf, limit: 3m}
          - Ms Nnenna Nwakanma
      - start: "10:20"
        title: Digital inclusion
        group: "The Way Forward I: Connectivity, Digital Public Goods, and Inclusion"
      - start: "10:40"
        title: Intermission
        kind: intermission
      - start: "10:50"
        title: Digital capacity-building
        group: "The Way Forward II: Digital Capacity-Building, Human Rights, and Artificial Intelligence"
      - start: "11:10"
        title: Digital human rights and AI — statements from the floor
        group: "The Way Forward II: Digital Capacity-Building, Human Rights, and Artificial Intelligence"
        speaker_limit: 3m
      - start: "11:58"
        title: Closing
        speaker: Mr. Hochschild
"""

ZONE = ZoneInfo("America/New_York")
FLOOR = ("M. François Lefèvre", "السيدة ليلى حداد", "王芳女士", "Г-н Дмитрий Иванов", "Sra. María José Núñez")


def at(hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return datetime(2020, 6, 12, hours, minutes, tzinfo=ZONE)


def dialogue() -> tuple[Agenda, Day]:
    agenda = parse_agenda(DIALOGUE_YAML.encode("utf-8"), "dialogue.yaml")
    return agenda, agenda.days[0]


def play(engine: SessionEngine, clock: FakeClock) -> None:
    """09:02 late start; DPG +5 min and 6 min over with three speakers; a 2 min pause; a 12 min
    intermission; capacity-building skipped; five statements from the floor; close at 12:04."""
    engine.advance()  # 09:02 Opening
    clock.advance(29 * 60)
    engine.advance()  # 09:31 Global connectivity
    clock.advance(10 * 60)
    engine.add_note("Connectivity figures from ITU to be circulated after the session")
    clock.advance(10 * 60)
    engine.advance()  # 09:51 Digital public goods, Ms Spatolisano
    clock.advance(170)
    engine.next_speaker()  # Mr Cerf at 2:50
    clock.advance(250)
    engine.next_speaker()  # Ms Nwakanma at 7:00 (Cerf 4:10 of 3:00)
    clock.advance(150)
    engine.next_speaker()  # done at 9:30 (Nwakanma 2:30 of 2:00)
    clock.advance(20 * 60 - 570)
    engine.adjust(300)  # at 20:00 the host adds five minutes
    clock.advance(14 * 60)
    engine.record_alert("warning", "2 minutes left")
    clock.advance(2 * 60)
    engine.advance()  # 10:27 Digital inclusion (36 min, 6 over)
    clock.advance(5 * 60)
    engine.pause()
    engine.add_note("Audio lost on the interpretation bridge; paused")
    clock.advance(2 * 60)
    engine.resume()
    clock.advance(11 * 60)
    engine.advance()  # 10:45 Intermission
    engine.skip(5)  # capacity-building dropped to make up time
    clock.advance(10 * 60)
    engine.record_alert("intermission_ending", "Intermission ends in 0:00")
    clock.advance(2 * 60)
    engine.advance()  # 10:57 human rights and AI, the floor
    for name in FLOOR:
        engine.add_speaker(name)
    clock.advance(8 * 60)
    engine.next_speaker()  # the floor opens at 11:05
    for seconds in (150, 200, 175, 180):
        clock.advance(seconds)
        engine.next_speaker()
    clock.advance(165)
    engine.next_speaker()  # done
    clock.advance(62 * 60 - 8 * 60 - 870)
    engine.record_alert("hard_stop", "Projected end is past the hard stop 12:00")
    engine.advance()  # 11:59 Closing
    clock.advance(5 * 60)
    engine.add_note("Chair thanks the Envoy's office and all speakers")
    engine.advance()  # 12:04 the day ends


def write_log(folder: Path, boot: str = "scripted") -> Path:
    """A timing log of the scripted day, as the app would have written it."""
    agenda, day = dialogue()
    clock = FakeClock(at("09:02"))
    path = folder / "dialogue-2020-06-12.sqlite"
    opened = open_session(agenda, day, clock, path, boot_id=boot, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
    play(opened.engine, clock)
    opened.close()
    return path


def main(folder: str) -> int:
    """Write the sample reports into `folder` (the docs)."""
    import tempfile

    from runner.io.report_command import write_report

    out = Path(folder)
    with tempfile.TemporaryDirectory() as temp:
        log = write_log(Path(temp))
        for suffix in (".html", ".md", ".pdf"):
            code = write_report(log, out / f"sample-report{suffix}", None)
            if code:
                return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))

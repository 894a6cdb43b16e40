"""One life of the soak's app: open the day's log (recovering it), run the live rules and a host
who acts on what the screen shows, on an accelerated clock shared by every life, until the day
ends or the parent kills it. Prints one line per event it was shown: `shown TYPE SEGMENT MONO`.

Usage: python -m bench.soak_child FOLDER
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from runner.core.controller import LiveController
from runner.core.engine import EngineError, SessionEngine
from runner.core.events import EngineEvent
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda

BOOT = "soak"  # every life is on this machine's one boot: monotonic times carry over


class AcceleratedClock:
    """Real time, `speed` times faster, from an origin all lives share (so a restart goes on)."""

    def __init__(self, origin_real: float, origin_wall: datetime, speed: float) -> None:
        self.origin_real, self.origin_wall, self.speed = origin_real, origin_wall, speed

    def _elapsed(self) -> float:
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - self.origin_real) * self.speed

    def monotonic(self) -> float:
        return 1000.0 + self._elapsed()

    def now(self) -> datetime:
        return self.origin_wall + timedelta(seconds=self._elapsed())

    @property
    def rate(self) -> float:
        return float(self.speed)

    def slept(self) -> float:
        return 0.0  # a soak's lives run on one boot without sleeping


def act_as_host(engine: SessionEngine) -> None:
    """What a host does on seeing the screen: state-based, so a restarted life does the same."""
    run = engine.current_run
    now = engine.clock.monotonic()
    if run is None:
        return
    if not run.notes and run.active(now) > 60:
        engine.add_note(f"note on segment {run.segment.index + 1}")
    turn = run.speakers.current
    if turn is not None and turn.slot.limit and run.active(now) - turn.start_active > turn.slot.limit + 5:
        engine.next_speaker()  # the host gives the floor on once a speaker is 5 s over
    last = engine.runs[-1]
    if run is last and run.remaining(now) <= 0:
        engine.end_day()


def show(event: EngineEvent) -> None:
    print(f"shown {event.type.value} {event.segment} {event.mono:.6f}", flush=True)


def main(folder: str) -> int:
    base = Path(folder)
    setup = json.loads((base / "soak.json").read_text(encoding="utf-8"))
    data = (base / "soak.yaml").read_bytes()
    agenda = parse_agenda(data, str(base / "soak.yaml"))
    day = agenda.days[0]
    clock = AcceleratedClock(setup["origin_real"], datetime.fromisoformat(setup["origin_wall"]), setup["speed"])
    opened = open_session(agenda, day, clock, base / "soak.sqlite", boot_id=BOOT, agenda_bytes=data)
    engine = opened.engine
    engine.subscribe(show)
    controller = LiveController(engine)
    print("ready", flush=True)
    while not engine.finished:
        controller.wake()
        try:
            act_as_host(engine)
        except EngineError as exc:
            print(f"refused {exc}", flush=True)
        time.sleep(0.002)
    opened.close()
    print("day over", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""The general debate's done-check: 30 delegations of three categories, points of order and
replies, a real process killed with SIGKILL in the middle of a turn; the next start has the
floor as it was (who speaks, for how long, the replies waiting), and the summary, in Arabic and
French, names every delegation with its time."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from runner.core import i18n
from runner.core.clock import FakeClock
from runner.core.delegations import delegation_name
from runner.core.floor_order import lot
from runner.core.session import open_session
from runner.core.snapshot import take_snapshot
from runner.core.state_document import state_document
from runner.io.agenda_yaml import parse_agenda
from runner.io.report_command import load_report
from runner.io.report_markdown import render_markdown
from tests.floor_debate import DEBATE_YAML, GROUPS, MEMBERS, OBSERVERS, run_debate
from tests.killed_child import killed_after_first_line

START = datetime(2020, 6, 12, 10, 0, tzinfo=ZoneInfo("America/New_York"))
CHILD = """
import sys, time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from tests.floor_debate import DEBATE_YAML, run_debate

data = DEBATE_YAML.encode()
agenda = parse_agenda(data, "debate.yaml")
clock = FakeClock(datetime(2020, 6, 12, 10, 0, tzinfo=ZoneInfo("America/New_York")))
opened = open_session(agenda, agenda.days[0], clock, Path(sys.argv[1]), boot_id="host", agenda_bytes=data)
run_debate(opened.engine, clock, until_turn=12)  # South Africa has the floor: 150 s so far
opened.engine.draw_lots("kill-seed")  # lots drawn for those still waiting, just before the crash
print("ready", clock.monotonic(), flush=True)
time.sleep(600)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(log: Path) -> float:
    line, err = killed_after_first_line(CHILD, str(log))
    assert line.startswith("ready"), err
    return float(line.split()[1])


def test_a_general_debate_killed_mid_turn_goes_on_as_it_was(tmp_path):
    log = tmp_path / "debate.sqlite"
    killed_at = _run_and_kill(log)
    data = DEBATE_YAML.encode()
    agenda = parse_agenda(data, "debate.yaml")
    # The host restarts 20 s later, on the same machine (the same monotonic clock).
    clock = FakeClock(START, monotonic=1000.0)
    clock.advance(killed_at - 1000.0 + 20)
    opened = open_session(agenda, agenda.days[0], clock, log, boot_id="host", agenda_bytes=data)
    engine = opened.engine
    snap = take_snapshot(engine)
    speaking = snap.current_speaker
    assert (speaking.delegation, speaking.spoken_s) == ("ZA", 170)  # the turn went on through the crash
    assert [s.delegation for s in snap.upcoming_speakers() if s.reply] == ["KEN", "BR"]
    assert len(engine.runs[1].points_of_order) == 2
    waiting = [s.delegation for s in snap.upcoming_speakers() if not s.reply]
    assert engine.runs[1].draws == ["kill-seed"] and len(waiting) == 17
    assert waiting == sorted(waiting, key=lambda code: lot("kill-seed", code))  # the drawn order came back
    document = state_document(snap, agenda.days[0].date, "plenary", language="fr")
    assert document["speaker"]["delegation"] == "Afrique du Sud"
    assert document["floor"]["replies"] == ["Kenya", "Brésil"]
    # The rest of the debate, by the host's actions, then the summary.
    for _ in range(12, 30):
        engine.next_speaker()
        clock.advance(150)
    engine.request_reply("KE")  # Kenya's second reply; then Brazil's and Kenya's are heard, and the last closes
    for _ in range(3):
        engine.next_speaker()
        clock.advance(100)
    engine.advance()
    clock.advance(300)
    engine.advance()
    opened.close()
    report = load_report(log)
    before = i18n.active_catalogue()
    try:
        for code in ("ar", "fr"):
            i18n.use(i18n.load_catalogue(code))
            text = render_markdown(report).replace("\\", "")
            for written in [*MEMBERS, *OBSERVERS, *GROUPS]:
                assert delegation_name(written, code) in text, (code, written)
            assert {"ar": "جنوب أفريقيا", "fr": "Afrique du Sud"}[code] in text
    finally:
        i18n.use(before)


def test_run_debate_is_the_whole_day(tmp_path):
    """The scripted debate ends the day (the report tests rely on it)."""
    data = DEBATE_YAML.encode()
    agenda = parse_agenda(data, "debate.yaml")
    clock = FakeClock(START)
    opened = open_session(agenda, agenda.days[0], clock, tmp_path / "d.sqlite", boot_id="t", agenda_bytes=data)
    run_debate(opened.engine, clock)
    assert opened.engine.finished
    opened.close()

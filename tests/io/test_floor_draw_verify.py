"""`verify` re-derives every draw of lots in a timing log from its seed: a log whose drawn order
was changed, even with every seal recomputed after, is refused in one line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from runner.cli import main
from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from tests.core.test_floor_order import PROTOCOL_YAML
from tests.test_verify import _reseal


def _debate_log(path: Path) -> Path:
    data = PROTOCOL_YAML.encode()
    agenda = parse_agenda(data, "debate.yaml")
    clock = FakeClock(agenda.days[0].segments[0].start)
    opened = open_session(agenda, agenda.days[0], clock, path, boot_id="host", agenda_bytes=data)
    opened.engine.start(0)  # the agenda's draw, logged with its seed
    clock.advance(600)
    opened.engine.draw_lots("live-seed")  # a second draw among those still waiting
    opened.close()
    return path


def test_verify_re_derives_each_draw_from_its_seed(tmp_path, capsys):
    log = _debate_log(tmp_path / "debate.sqlite")
    assert main(["verify", str(log)]) == 0
    assert "its 2 draws of lots follow from their seeds" in capsys.readouterr().out


def test_a_drawn_order_changed_and_resealed_is_refused(tmp_path, capsys):
    log = _debate_log(tmp_path / "debate.sqlite")
    with sqlite3.connect(log) as db:
        seq, data = db.execute("SELECT seq, data FROM events WHERE type = 'draw' ORDER BY seq DESC").fetchone()
        record = json.loads(data)
        for key in ("positions", "delegations", "ranks"):
            record[key][0], record[key][1] = record[key][1], record[key][0]  # two delegations swap places
        db.execute("UPDATE events SET data = ? WHERE seq = ?", (json.dumps(record), seq))
        _reseal(db)
    capsys.readouterr()
    assert main(["verify", str(log)]) == 1
    err = capsys.readouterr().err
    assert "does not follow from its seed live-seed" in err and err.count("\n") == 1


def test_a_draw_that_left_a_waiting_delegation_out_is_refused_though_its_order_follows(tmp_path, capsys):
    """A forger who drops a delegation from the draw (and keeps the rest in seed order) still
    writes an order that follows from the seed: only the replay shows who was waiting."""
    log = _debate_log(tmp_path / "debate.sqlite")
    with sqlite3.connect(log) as db:
        seq, data = db.execute("SELECT seq, data FROM events WHERE type = 'draw' ORDER BY seq DESC").fetchone()
        record = json.loads(data)
        for key in ("positions", "delegations", "ranks"):
            record[key] = record[key][:-1]  # the last drawn left out of the draw
        db.execute("UPDATE events SET data = ? WHERE seq = ?", (json.dumps(record), seq))
        _reseal(db)
    capsys.readouterr()
    assert main(["verify", str(log)]) == 1
    assert "and the delegations then waiting: the log was changed" in capsys.readouterr().err


def test_the_summary_names_the_seeds_of_the_floor_s_draws(tmp_path):
    from runner.io.report_command import load_report
    from runner.io.report_sections import build_summary

    log = _debate_log(tmp_path / "debate.sqlite")
    section = build_summary(load_report(log)).section("floor")
    assert section is not None
    assert (
        "General debate: the order drawn by lot 2 times, seeds 2020-09-22 and live-seed; "
        "'verify' re-derives each from the log." in section.paragraphs
    )

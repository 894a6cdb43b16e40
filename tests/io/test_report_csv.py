"""The report CSV: the contract's columns in order, ISO times with offsets, seconds; speakers' file."""

from __future__ import annotations

import csv
import io

from runner.io.report_csv import render_csv, render_speakers_csv, speakers_path
from tests.io.report_fixtures import scripted_report

CONTRACT = (
    "day,index,title,kind,status,planned_start,planned_end,planned_duration_s,actual_start,actual_end,"
    "actual_duration_s,start_delta_s,duration_delta_s"
)


def test_the_contract_columns_come_first_in_order(tmp_path):
    header = render_csv(scripted_report(tmp_path)).splitlines()[0]
    assert header.startswith(CONTRACT + ",")


def test_rows_hold_the_scripted_figures(tmp_path):
    rows = list(csv.DictReader(io.StringIO(render_csv(scripted_report(tmp_path)))))
    assert len(rows) == 8
    dpg = rows[2]
    assert {k: dpg[k] for k in CONTRACT.split(",")} == {
        "day": "2020-06-12",
        "index": "2",
        "title": "Digital public goods",
        "kind": "segment",
        "status": "done",
        "planned_start": "2020-06-12T09:50:00-04:00",
        "planned_end": "2020-06-12T10:20:00-04:00",
        "planned_duration_s": "1800",
        "actual_start": "2020-06-12T09:51:00-04:00",
        "actual_end": "2020-06-12T10:27:00-04:00",
        "actual_duration_s": "2160",
        "start_delta_s": "60",
        "duration_delta_s": "360",
    }
    assert dpg["adjust_s"] == "300"
    assert rows[3]["paused_s"] == "120"
    assert [r["status"] for r in rows] == ["done"] * 5 + ["skipped"] + ["done"] * 2
    assert (rows[5]["actual_start"], rows[5]["actual_duration_s"], rows[5]["start_delta_s"]) == ("", "", "")
    assert rows[4]["kind"] == "intermission" and rows[6]["start_delta_s"] == "-780"


def test_the_speakers_file_lists_every_name_in_order(tmp_path):
    rows = list(csv.DictReader(io.StringIO(render_speakers_csv(scripted_report(tmp_path)))))
    assert [(r["segment"], r["name"], r["limit_s"], r["spoken_s"], r["over_s"]) for r in rows[:3]] == [
        ("2", "Ms Maria-Francesca Spatolisano", "180", "170", "0"),
        ("2", "Mr Vint Cerf", "180", "250", "70"),
        ("2", "Ms Nnenna Nwakanma", "120", "150", "30"),
    ]
    assert [r["name"] for r in rows[3:8]][1:3] == ["السيدة ليلى حداد", "王芳女士"]
    assert rows[-1]["limit_s"] == "" and rows[3]["added"] == "yes"


def test_the_speakers_file_sits_beside_the_report(tmp_path):
    assert speakers_path(tmp_path / "day.csv") == tmp_path / "day-speakers.csv"

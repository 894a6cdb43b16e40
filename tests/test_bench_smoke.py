"""The benchmarks import and their helpers work on tiny inputs (the real runs: python bench/run.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import agenda_gen, drift, flip, load, record, report, run, views
from bench.common import percentile
from runner.io.agenda_yaml import parse_agenda


def test_percentile_interpolates() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([5.0], 99) == 5.0


def test_generated_agendas_load_with_every_segment() -> None:
    agenda = parse_agenda(agenda_gen.agenda_yaml(23, days=5).encode(), "gen.yaml")
    assert [len(d.segments) for d in agenda.days] == [5, 5, 5, 4, 4]


def test_load_benchmark_on_the_smallest_size() -> None:
    out = load.run(quick=True, sizes=(200,))
    assert out["load_200_segments_ms"] > 0


def test_drift_over_a_short_simulated_run_is_flat() -> None:
    ours = drift.simulate_ours(hours=0.05)
    assert ours["flips"] > 150 and abs(ours["slope"]) < 50
    assert drift.simulate_naive(hours=0.05)["slope"] > 1000  # the naive countdown falls behind


def test_flip_summary_of_recorded_changes() -> None:
    raw = {
        "t0": 100.0,
        "segment_s": 60.0,
        "naive_phase_s": 0.5,
        "widget": "W",
        "ours": [[59, 101.002, 101.003], [58, 102.002, 102.004]],
        "naive": [[59, 101.5, 101.5], [58, 102.5, 102.501]],
    }
    out = flip.summarise(raw)
    assert out["flip_error_ms_p99"] == pytest.approx(4.0, abs=0.1)
    assert out["naive_flip_error_ms_p99"] == pytest.approx(501.0, abs=0.1)


def test_report_fixture_log_holds_the_events_asked_for(tmp_path: Path) -> None:
    path = report.make_log(tmp_path, 300)
    assert abs(report._count(path) - 300) <= 6


def test_record_benchmark_helpers_on_a_short_day(tmp_path: Path) -> None:
    agenda, day, text, events = record._day_events(tmp_path, 3)
    assert len(events) > 10
    assert record._sealed_round(tmp_path, "a", agenda, day, text, events) > 0
    assert record._unsealed_round(tmp_path, "b", agenda, day, text, events) > 0
    assert 0 < record._seal_cpu_us(events, 1) < 1000


def test_targets_are_checked_and_missing_figures_are_none() -> None:
    verdict = run.meets({"flip_error_ms_p99": 5.0, "naive_flip_error_ms_p99": 400.0, "rss_mb": 250.0})
    assert verdict["flip_error_ms_p99"] is True and verdict["rss_mb"] is False
    assert verdict["startup_ratio_vs_bare_qt"] is None


@pytest.mark.skipif(not hasattr(__import__("time"), "CLOCK_BOOTTIME"), reason="the soak's clock is Linux's")
def test_a_short_soak_loses_and_doubles_nothing(tmp_path: Path) -> None:
    from bench import soak

    figures = soak.soak(hours=0.25, speed=240.0, seed=1, kill_range=(1.2, 2.5), folder=tmp_path)
    assert figures["kills"] >= 1 and figures["day_ended"]
    assert figures["lost"] == figures["duplicated"] == figures["alerts_doubled"] == 0
    assert figures["segments_started_twice"] == 0
    assert figures["seal_sound"], figures["seal_finding"]  # every life's events sealed, the chain unbroken


def test_views_summary_compares_the_host_with_and_without_viewers_and_the_browser() -> None:
    def host(late_s: float) -> dict:
        flips = [[59, 0.0, 101.0 + late_s], [58, 0.0, 102.0 + late_s]]
        return {"t0": 100.0, "segment_s": 60.0, "flips": flips, "cpu_s": 0.2, "wall_s": 10.0, "document_bytes_max": 400}

    crowded = {**host(0.006), "crowd": {"connected": 500, "messages": 1000, "bytes_max": 420}}
    browsed = {**host(0.002), "wall0": 1000.0, "browser_flips": [["1:00", 0.0], ["0:59", 1001_003.0]]}
    out = views.summarise(host(0.002), crowded, browsed)
    assert out["views_host_flip_p99_difference_ms"] == pytest.approx(4.0, abs=0.01)
    assert out["views_browser_flip_ms_p99"] == pytest.approx(3.0, abs=0.01)
    assert out["views_document_bytes_max"] == 420 and out["views_app_cpu_percent_500_viewers"] == 2.0


def test_the_compact_agenda_holds_sixty_thousand_segments_in_two_megabytes() -> None:
    from runner.io.agenda_file import MAX_BYTES

    text = agenda_gen.compact_agenda_yaml(60000)
    assert len(text.encode()) <= MAX_BYTES
    assert text.count("title: S") == 60000


def test_report_export_of_every_format_is_timed_against_the_slowest_command(tmp_path: Path) -> None:
    path = report.make_log(tmp_path, 120)
    _, by_format = report._time_cli(path, tmp_path)
    out = report._export_all(path, tmp_path, 120, by_format, 1)
    assert out["report_120_pdf_ms"] > 0 and (tmp_path / "export-all" / f"{path.stem}-report.pdf").exists()
    assert out["report_120_export_all_vs_slowest_format"] > 0
    derived = {**out, "report_1000_export_all_vs_slowest_format": 1.05}
    run.derived(derived)
    assert (
        derived["report_export_all_vs_slowest_format"] == 1.05
        and run.meets(derived)["report_export_all_vs_slowest_format"]
    )


def test_the_built_start_marks_the_app_and_the_bare_window_alike(tmp_path: Path) -> None:
    """bench/built_startup.py times both by what they print once their first frame is out: the
    app's probe (runner.ui.app STARTUP_PROBE) and the bare window's. Run here from source."""
    import sys

    from bench import built_startup
    from bench.common import ROOT

    env = {**built_startup._env(tmp_path, "offscreen"), "PYTHONPATH": str(ROOT)}
    app = built_startup.once([sys.executable, str(ROOT / "main.py"), "--log", str(tmp_path / "a.sqlite")], env)
    bare = built_startup.once([sys.executable, str(ROOT / "bench" / "built_bare_child.py")], env)
    assert app > 0 and bare > 0
    wall, by_frame, cpu = built_startup.timed([sys.executable, str(ROOT / "bench" / "built_bare_child.py")], env)
    assert wall > 0 and 0 < by_frame <= cpu
    app_wall, app_by_frame = built_startup.marked(
        [sys.executable, str(ROOT / "main.py"), "--log", str(tmp_path / "a.sqlite")], env
    )
    assert app_wall > 0 and app_by_frame > 0


@pytest.mark.parametrize("least", [[], ["--least"]], ids=["floor", "least"])
def test_the_floor_runs_the_days_clock_on_its_log_and_marks_its_frame(tmp_path: Path, least: list[str]) -> None:
    """bench/built_floor_child.py (the day's clock alone; with --least, painted by a plain widget)
    opens the day's session on the log it is given, as the app does, and prints the same mark.
    Run here from source."""
    import sqlite3
    import sys

    from bench import built_startup
    from bench.common import ROOT

    env = {**built_startup._env(tmp_path, "offscreen"), "PYTHONPATH": str(ROOT)}
    log = tmp_path / "floor.sqlite"
    wall, by_frame = built_startup.marked(
        [sys.executable, str(ROOT / "bench" / "built_floor_child.py"), "--log", str(log), *least], env
    )
    assert wall > 0 and by_frame > 0
    with sqlite3.connect(log) as db:  # a real timing log, made by the session the floor opened
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


def test_clock_viewers_anchor_as_views_js_does_whatever_their_clock() -> None:
    """bench/clock_viewers_child.py's viewer against views.js's rule: the quickest transit of the
    last minute, a clock minutes off cancelling out (the real run: python bench/clock_agreement.py)."""
    from bench.clock_viewers_child import CountingViewer

    for shift in (-90_000.0, 120_000.0):
        viewer = CountingViewer(shift, wall0_ms=0.0, mono0=0.0)
        late = [viewer.receive(sent, sent + transit + shift) - shift - sent for sent, transit in _TRANSITS]
        assert late == [30.0, 5.0, 5.0, 5.0, 40.0, 40.0, 1_500.0]
        # quicker replaces, slower keeps; a minute on, afresh; one delivery 1.5 s slow is not a
        # clock jump, two in a row are (the host's clock stepped back)


_TRANSITS = [(1_000.0, 30.0), (6_000.0, 5.0), (11_000.0, 50.0), (60_000.0, 8.0), (130_000.0, 40.0)]
_TRANSITS += [(135_000.0, 1_540.0), (140_000.0, 1_500.0)]


def test_the_node_viewers_count_as_the_python_ones_do() -> None:
    """bench/clock_viewers_child.mjs (the benchmark's viewers where `node` is) keeps the same rule."""
    import json
    import shutil
    import subprocess

    from bench.common import ROOT

    node = shutil.which("node")
    if node is None:
        pytest.skip("no node: the benchmark's viewers are then the Python ones")
    script = (
        f"import {{ CountingViewer }} from {json.dumps((ROOT / 'bench' / 'clock_viewers_child.mjs').as_uri())};"
        f"const transits = {json.dumps(_TRANSITS)}; const out = [];"
        "for (const shift of [-90000, 120000]) { const v = new CountingViewer(shift);"
        " out.push(transits.map(([sent, t]) => v.receive(sent, sent + t + shift) - shift - sent)); }"
        "console.log(JSON.stringify(out));"
    )
    done = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60)
    assert json.loads(done.stdout) == [[30.0, 5.0, 5.0, 5.0, 40.0, 40.0, 1_500.0]] * 2, done.stderr


def test_clock_benchmark_reads_the_host_flips_and_pairs_of_viewers() -> None:
    from bench.clock_agreement import Host, pair_differences, seconds_of

    host = Host(link=None)  # type: ignore[arg-type]  # no publishing here: the timeline alone
    host.stretches = [(0.0, 10_000.0, True), (4_500.0, 5_500.0, False), (6_500.0, 5_500.0, True)]
    assert host.flip_at(9) == 1_000.0 and host.flip_at(6) == 4_000.0
    assert host.flip_at(5) == 7_000.0  # paused at 5.5 s left for 2 s: the flip to 0:05 comes later
    assert seconds_of("1:00:00") == 3600 and seconds_of("59:58") == 3598 and seconds_of("–:––") is None
    assert sorted(set(pair_differences([[0.0, 10.0]], 20))) == [10.0]


def test_the_summary_target_is_one_command_and_four_commands_are_a_comparison(tmp_path: Path) -> None:
    """The chair's summary at 10,000 events is the four text formats from one `report` (one
    pass over the log, as issue 31 asks); a command per format is reported beside it, untargeted."""
    path = report.make_log(tmp_path, 120)
    one = report._time_one_command(path, tmp_path)
    assert one > 0 and all((tmp_path / f"{path.stem}-together.{s}").exists() for s in report.FORMATS)
    figures: dict[str, object] = {
        "report_10000_events_ms": 300.0,
        "report_10000_four_commands_ms": 600.0,
        "report_100000_events_ms": 3000.0,
        "baseline_calibration_ms": 30.0,
    }
    run.derived(figures)
    assert figures["report_10000_vs_calibration"] == 10.0
    assert figures["report_10000_four_commands_vs_calibration"] == 20.0
    assert figures["report_growth_100000_vs_10000"] == 10.0
    verdict = run.meets(figures)
    assert verdict["report_10000_vs_calibration"] and verdict["report_growth_100000_vs_10000"]
    assert "report_10000_four_commands_vs_calibration" not in verdict

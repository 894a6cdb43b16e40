"""The agendas we ship load, and the roadmap agenda says what its seed programme says."""

from __future__ import annotations

import itertools
import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from runner.core.agenda import Agenda, Day, SegmentKind
from runner.io.agenda_yaml import load_agenda

REPO = Path(__file__).resolve().parents[2]
AGENDAS = sorted((REPO / "agendas").glob("*.yaml"))
# CI clones the repository with the project's shared folder beside it.
SEED = REPO.parent / "shared" / "seeds" / "programme-roadmap-launch-june-2020.txt"

# Block lengths stated in the seed as "[N minutes]", so the check holds without the seed too.
EXPECTED_GROUP_MINUTES = {
    "The Way Forward I: Connectivity, Digital Public Goods, and Inclusion": 70,
    "The Way Forward II: Digital Capacity-Building and Human Rights": 70,
    "The Way Forward III: Artificial Intelligence and Global Digital Cooperation": 60,
    "The Way Forward IV: Digital Trust and Security and Other Key Areas": 80,
}
EXPECTED_INTERMISSION_MINUTES = 10


@pytest.fixture(scope="module")
def roadmap() -> Agenda:
    return load_agenda(REPO / "agendas" / "roadmap-launch-june-2020.yaml")


def _hm(day: Day) -> list[str]:
    return [f"{s.start:%H:%M}" for s in day.segments]


def _group_spans(agenda: Agenda) -> dict[str, timedelta]:
    """Each group's span from its first start to its last end; groups must be contiguous."""
    spans: dict[str, timedelta] = {}
    for day in agenda.days:
        for group in {s.group for s in day.segments if s.group}:
            members = [s for s in day.segments if s.group == group]
            for before, after in itertools.pairwise(members):
                assert after.index == before.index + 1, f"{group} is split on {day.date}"
            spans[group] = members[-1].end - members[0].start
    return spans


def test_there_are_shipped_agendas() -> None:
    names = {p.name for p in AGENDAS}
    assert {"roadmap-launch-june-2020.yaml", "sti-forum-side-event-2021.yaml", "rehearsal.yaml"} <= names


@pytest.mark.parametrize("path", AGENDAS, ids=lambda p: p.name)
def test_every_shipped_agenda_loads(path: Path) -> None:
    agenda = load_agenda(path)
    assert agenda.days and all(day.segments for day in agenda.days)


@pytest.mark.parametrize("path", AGENDAS, ids=lambda p: p.name)
def test_every_shipped_agenda_names_its_origin_in_a_comment(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("#")


def test_roadmap_days(roadmap: Agenda) -> None:
    assert roadmap.title == "Launch of the Secretary-General's Roadmap for Digital Cooperation"
    assert roadmap.timezone == "America/New_York"
    assert [d.date for d in roadmap.days] == [date(2020, 6, d) for d in (11, 12, 15, 16, 17)]
    assert [len(d.segments) for d in roadmap.days] == [8, 8, 7, 1, 3]
    assert [f"{d.hard_stop:%H:%M}" for d in roadmap.days] == ["15:30", "12:00", "12:00", "11:15", "11:00"]
    # June in New York is EDT.
    assert all(s.start.utcoffset() == timedelta(hours=-4) for d in roadmap.days for s in d.segments)


def test_roadmap_times(roadmap: Agenda) -> None:
    d11, d12, d15, d16, d17 = roadmap.days
    assert _hm(d11) == ["10:00", "13:00", "13:30", "13:33", "13:40", "14:30", "15:00", "15:25"]
    assert _hm(d12) == ["09:00", "09:30", "09:50", "10:20", "10:40", "10:50", "11:10", "11:58"]
    assert _hm(d15) == ["09:00", "09:30", "10:00", "10:30", "10:40", "11:20", "11:58"]
    assert _hm(d16) == ["10:15"]
    assert _hm(d17) == ["10:00", "10:40", "10:58"]
    for day in roadmap.days:
        # Every day runs without gaps up to its hard stop.
        assert day.end == day.hard_stop
        for before, after in zip(day.segments, day.segments[1:]):
            assert before.end == after.start


def test_roadmap_kinds_speakers_and_limits(roadmap: Agenda) -> None:
    d11, d12, d15, _, d17 = roadmap.days
    assert d11.segments[0].title == "Thematic Debate organised by the President of the General Assembly"
    assert "A/RES/73/17" in d11.segments[0].notes
    assert d11.segments[1].kind is SegmentKind.BREAK and d11.segments[1].title == "Lunch Break"
    assert "Academic and technical communities" in d11.segments[4].notes
    assert d11.segments[4].speaker_limit == timedelta(minutes=3)
    assert [s.kind for s in d12.segments].count(SegmentKind.INTERMISSION) == 1
    assert [s.kind for s in d15.segments].count(SegmentKind.INTERMISSION) == 1
    for day in (d12, d15):
        closing = day.segments[-1]
        assert (f"{closing.start:%H:%M}", closing.speaker_label) == ("11:58", "Mr. Hochschild")
    assert "Hochschild" in d11.chair
    assert d17.segments[1].title == "Q&A with the audience" and d17.segments[1].speaker_limit


def test_roadmap_group_spans_match_the_stated_block_lengths(roadmap: Agenda) -> None:
    spans = _group_spans(roadmap)
    for group, minutes in EXPECTED_GROUP_MINUTES.items():
        assert spans[group] == timedelta(minutes=minutes), group
    pauses = [s for d in roadmap.days for s in d.segments if s.kind is SegmentKind.INTERMISSION]
    assert pauses and all(s.duration == timedelta(minutes=EXPECTED_INTERMISSION_MINUTES) for s in pauses)


def _seed_blocks(text: str) -> list[tuple[str, int]]:
    """Every "Title [N minutes]" of the seed, its leading time and markup removed."""
    found = []
    for match in re.finditer(r"([^<>\[\]]+?)\s*\[(\d+) minutes\]", text):
        title = re.sub(r"^\s*\d{1,2}:\d{2}\s*", "", match.group(1)).strip()
        found.append((title, int(match.group(2))))
    return found


@pytest.mark.skipif(not SEED.exists(), reason="the seed programme is not beside the repository")
def test_roadmap_group_spans_agree_with_the_seed(roadmap: Agenda) -> None:
    blocks = _seed_blocks(SEED.read_text(encoding="utf-8"))
    spans = _group_spans(roadmap)
    pauses = [s for d in roadmap.days for s in d.segments if s.kind is SegmentKind.INTERMISSION]
    assert len(blocks) == 6
    for title, minutes in blocks:
        if title == "Intermission":
            assert all(s.duration == timedelta(minutes=minutes) for s in pauses)
        else:
            assert spans[title] == timedelta(minutes=minutes), title
            assert EXPECTED_GROUP_MINUTES[title] == minutes


def test_sti_side_event() -> None:
    agenda = load_agenda(REPO / "agendas" / "sti-forum-side-event-2021.yaml")
    (day,) = agenda.days
    assert day.date == date(2021, 5, 4)
    assert f"{day.start:%H:%M %Z}" == "14:00 EDT" and day.end == day.hard_stop
    assert f"{day.end:%H:%M}" == "15:00"
    assert day.segments[0].speaker_label == "H.E. Ambassador Mohammad Koba"
    panel = day.segments[1]
    assert [s.name for s in panel.speakers] == [
        "Ms Maria-Francesca Spatolisano",
        "Mr Vint Cerf",
        "Ms Nnenna Nwakanma",
        "Ms Doreen Bogdan-Martin",
    ]
    limits = [s.limit for s in panel.speakers]
    assert all(limits) and sum(limits, timedelta()) <= panel.duration  # type: ignore[arg-type]
    assert day.segments[2].speaker_limit is not None
    assert day.segments[-1].title == "Closing"


def test_rehearsal_is_short_and_auto_starts() -> None:
    agenda = load_agenda(REPO / "agendas" / "rehearsal.yaml")
    (day,) = agenda.days
    assert day.date == date(2020, 1, 1) and day.auto_start
    assert all(timedelta(seconds=1) <= s.duration <= timedelta(minutes=1) for s in day.segments)
    (pause,) = [s for s in day.segments if s.kind is SegmentKind.INTERMISSION]
    assert pause.duration == timedelta(seconds=8) and pause.alerts == (timedelta(seconds=5),)
    (panel,) = [s for s in day.segments if s.speakers]
    assert len(panel.speakers) == 3 and all(s.limit == timedelta(seconds=20) for s in panel.speakers)
    assert day.start.time() == time(9, 0)

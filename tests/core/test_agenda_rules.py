"""The agenda format's rules: where a segment's length comes from, defaults, zones, speakers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from runner.core.agenda import Agenda, SegmentKind, Speaker
from runner.core.agenda_rules import build_agenda
from runner.core.errors import AgendaError
from runner.core.source import Mapping, Scalar, Sequence
from runner.io.agenda_yaml import parse_agenda


def load(text: str) -> Agenda:
    return parse_agenda(text.encode("utf-8"), "test.yaml")


def single(*segments: str, extra: str = "", zone: str = "UTC", when: str = "2024-03-01") -> Agenda:
    body = "".join(f"  - {s}\n" for s in segments)
    return load(f"title: T\ntimezone: {zone}\ndate: {when}\n{extra}segments:\n{body}")


def spans(agenda: Agenda) -> list[str]:
    return [f"{s.start:%H:%M:%S}-{s.end:%H:%M:%S}" for s in agenda.days[0].segments]


# --- where a segment's length comes from --------------------------------------------------------


def test_duration_wins_over_the_next_start() -> None:
    agenda = single('{start: "09:00", title: A, duration: 10m}', '{start: "09:30", title: B, duration: 5m}')
    assert spans(agenda) == ["09:00:00-09:10:00", "09:30:00-09:35:00"]


def test_end_when_there_is_no_duration() -> None:
    agenda = single('{start: "09:00", end: "09:20", title: A}', '{start: "09:30", title: B, duration: 5m}')
    assert spans(agenda) == ["09:00:00-09:20:00", "09:30:00-09:35:00"]


def test_end_that_agrees_with_the_duration_is_fine() -> None:
    agenda = single('{start: "09:00", end: "09:20", title: A, duration: 20m}')
    assert spans(agenda) == ["09:00:00-09:20:00"]


def test_next_start_when_there_is_no_duration_or_end() -> None:
    agenda = single('{start: "09:00", title: A}', '{start: "09:45", title: B, duration: 5m}')
    assert spans(agenda) == ["09:00:00-09:45:00", "09:45:00-09:50:00"]


def test_the_days_end_for_the_last_segment() -> None:
    agenda = single('{start: "09:00", title: A, duration: 5m}', "{title: B}", extra='end: "10:00"\n')
    assert spans(agenda) == ["09:00:00-09:05:00", "09:05:00-10:00:00"]
    assert agenda.days[0].hard_stop == datetime(2024, 3, 1, 10, 0, tzinfo=ZoneInfo("UTC"))


def test_a_segment_without_start_follows_the_previous_one() -> None:
    agenda = single('{start: "09:00", title: A, duration: 90s}', "{title: B, duration: 1m}", "{title: C, duration: 2}")
    assert spans(agenda) == ["09:00:00-09:01:30", "09:01:30-09:02:30", "09:02:30-09:04:30"]


def test_the_day_end_does_not_stretch_a_segment_that_is_not_last() -> None:
    with pytest.raises(AgendaError, match="cannot be known"):
        single('{start: "09:00", title: A}', "{title: B, duration: 5m}", extra='end: "10:00"\n')


def test_gaps_are_allowed() -> None:
    agenda = single('{start: "09:00", title: A, duration: 5m}', '{start: "11:00", title: B, duration: 5m}')
    first, second = agenda.days[0].segments
    assert second.start - first.end == timedelta(minutes=115)
    assert agenda.days[0].planned_seconds == 600


def test_durations_of_a_few_seconds_are_valid() -> None:
    agenda = single('{start: "09:00:00", title: A, duration: 3s}', "{title: B, duration: 1s}")
    assert [s.duration for s in agenda.days[0].segments] == [timedelta(seconds=3), timedelta(seconds=1)]
    assert spans(agenda) == ["09:00:00-09:00:03", "09:00:03-09:00:04"]


def test_segment_indexes_kinds_and_lines() -> None:
    agenda = single(
        '{start: "09:00", title: A, duration: 5m}',
        "{title: B, duration: 5m, kind: Intermission}",
        "{title: C, duration: 5m, kind: break}",
    )
    segments = agenda.days[0].segments
    assert [s.index for s in segments] == [0, 1, 2]
    assert [s.kind for s in segments] == [SegmentKind.SEGMENT, SegmentKind.INTERMISSION, SegmentKind.BREAK]
    assert [s.line for s in segments] == [5, 6, 7]
    assert [s.is_pause for s in segments] == [False, True, True]


# --- single-day and multi-day files -------------------------------------------------------------


def test_single_day_file() -> None:
    agenda = single('{start: "09:00", title: A, duration: 5m}', extra="chair: Ms Chair\n")
    (day,) = agenda.days
    assert (day.date, day.title, day.chair, agenda.title) == (date(2024, 3, 1), "T", "Ms Chair", "T")


def test_multi_day_file_keeps_day_order_and_titles() -> None:
    agenda = load(
        "title: Event\ntimezone: UTC\ndays:\n"
        '  - {date: 2024-03-02, title: Second, segments: [{start: "09:00", title: A, duration: 5m}]}\n'
        '  - {date: 2024-03-01, segments: [{start: "10:00", title: B, duration: 5m}]}\n'
    )
    assert [(d.date, d.title) for d in agenda.days] == [(date(2024, 3, 2), "Second"), (date(2024, 3, 1), "2024-03-01")]
    assert agenda.day(date(2024, 3, 1)).title == "2024-03-01"
    assert agenda.day(date(1999, 1, 1)).title == "Second"  # no such day: the first one
    assert agenda.has_day(date(2024, 3, 2)) and not agenda.has_day(date(2024, 3, 3))


# --- defaults: top level -> day -> segment ------------------------------------------------------

INHERIT = """title: T
timezone: UTC
auto_start: true
alerts: [30s, 2m]
speaker_limit: 3m
days:
  - date: 2024-03-01
    segments:
      - {start: "09:00", title: Inherits, duration: 10m}
      - {title: Own, duration: 10m, alerts: [1m], speaker_limit: 90s}
      - {title: None, duration: 10m, alerts: []}
  - date: 2024-03-02
    auto_start: false
    alerts: [5m]
    speaker_limit: 1m
    segments:
      - {start: "09:00", title: Day, duration: 10m}
"""


def test_defaults_are_inherited_from_top_to_day_to_segment() -> None:
    first, second = load(INHERIT).days
    inherits, own, none = first.segments
    assert first.auto_start and not second.auto_start
    # Alerts are kept longest first: the order in which they fire.
    assert inherits.alerts == (timedelta(minutes=2), timedelta(seconds=30))
    assert inherits.speaker_limit == timedelta(minutes=3)
    assert (own.alerts, own.speaker_limit) == ((timedelta(minutes=1),), timedelta(seconds=90))
    assert none.alerts == ()
    (day,) = second.segments
    assert (day.alerts, day.speaker_limit) == ((timedelta(minutes=5),), timedelta(minutes=1))


def test_auto_start_defaults_to_off() -> None:
    assert not single('{start: "09:00", title: A, duration: 5m}').days[0].auto_start
    assert single('{start: "09:00", title: A, duration: 5m}', extra="auto_start: true\n").days[0].auto_start


# --- time zones and DST -------------------------------------------------------------------------


def test_times_are_aware_in_the_agenda_zone() -> None:
    agenda = single('{start: "09:00", title: A, duration: 5m}', zone="Asia/Tokyo")
    start = agenda.days[0].segments[0].start
    assert start.tzinfo == ZoneInfo("Asia/Tokyo")
    assert start.astimezone(timezone.utc) == datetime(2024, 3, 1, 0, 0, tzinfo=timezone.utc)


def test_spring_forward_day_has_real_lengths() -> None:
    # New York skips 02:00-03:00 on 2024-03-10: 01:00 EST to 04:00 EDT is two real hours.
    agenda = single(
        '{start: "01:00", title: Night, end: "04:00"}',
        "{title: Next, duration: 1h}",
        zone="America/New_York",
        when="2024-03-10",
    )
    night, following = agenda.days[0].segments
    assert night.duration == timedelta(hours=2)
    assert night.start.utcoffset() == timedelta(hours=-5) and night.end.utcoffset() == timedelta(hours=-4)
    assert f"{night.end:%H:%M}" == "04:00"
    assert following.end.astimezone(timezone.utc) == datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc)
    assert f"{following.end:%H:%M %Z}" == "05:00 EDT"


def test_fall_back_day_has_real_lengths() -> None:
    # London repeats 01:00-02:00 on 2024-10-27: 00:30 BST to 03:00 GMT is three and a half real hours.
    agenda = single(
        '{start: "00:30", title: Night, duration: 2h}',
        '{start: "03:00", title: Next, duration: 5m}',
        zone="Europe/London",
        when="2024-10-27",
    )
    night, following = agenda.days[0].segments
    assert night.end.astimezone(timezone.utc) == datetime(2024, 10, 27, 1, 30, tzinfo=timezone.utc)
    assert f"{night.end:%H:%M %Z}" == "01:30 GMT"
    # Same-zone subtraction would say 2h30: compare elapsed time in UTC.
    assert following.start.astimezone(timezone.utc) - night.start.astimezone(timezone.utc) == timedelta(
        hours=3, minutes=30
    )
    assert following.start.utcoffset() == timedelta(0)


def test_a_time_inside_the_spring_gap_moves_past_it() -> None:
    agenda = single('{start: "02:30", title: Gap, duration: 10m}', zone="America/New_York", when="2024-03-10")
    start = agenda.days[0].segments[0].start
    assert f"{start:%H:%M %Z}" == "03:30 EDT"


# --- speakers and names -------------------------------------------------------------------------


def test_speakers_as_names_and_as_mappings() -> None:
    agenda = single(
        '{start: "09:00", title: Panel, duration: 30m, speakers: [Ann, {name: Bob, limit: 5m}, {name: Cy}]}',
        "{title: Keynote, duration: 10m, speaker: Dee}",
    )
    panel, keynote = agenda.days[0].segments
    assert panel.speakers == (Speaker("Ann"), Speaker("Bob", timedelta(minutes=5)), Speaker("Cy"))
    assert panel.speaker_label == "Ann, Bob, Cy"
    assert keynote.speakers == (Speaker("Dee"),)


def test_speaker_and_speakers_together_are_an_error() -> None:
    with pytest.raises(AgendaError, match="either 'speaker' or 'speakers'"):
        single('{start: "09:00", title: A, duration: 5m, speaker: Ann, speakers: [Bob]}')


@pytest.mark.parametrize(
    "name",
    [
        "السفير محمد",
        "王小明",
        "Мария Ивановна Петрова",
        "Mme Françoise Lefèvre-Übermann",
        "Nnenna Nwakanma 🌍",
    ],
)
def test_names_in_any_script_load_unchanged(name: str) -> None:
    agenda = single(f'{{start: "09:00", title: "{name}", duration: 5m, speakers: ["{name}", {{name: "{name}"}}]}}')
    segment = agenda.days[0].segments[0]
    assert segment.title == name
    assert [s.name for s in segment.speakers] == [name, name]


# --- the validator reads only core nodes --------------------------------------------------------


def test_build_agenda_from_a_node_tree_without_yaml() -> None:
    def s(value: object, line: int = 1) -> Scalar:
        return Scalar(value, str(value), line, 1)

    segment = Mapping(((s("start"), s("09:00", 5)), (s("title"), s("A", 5)), (s("duration"), s("5m", 5))), 5, 5)
    root = Mapping(
        (
            (s("title"), s("T")),
            (s("timezone"), s("UTC")),
            (s("date"), s("2024-03-01")),
            (s("segments"), Sequence((segment,), 4, 1)),
        ),
        1,
        1,
    )
    agenda = build_agenda(root, "nodes")
    assert spans(agenda) == ["09:00:00-09:05:00"]
    assert agenda.source == "nodes"


def test_the_room_key_names_the_room() -> None:
    agenda = single('{start: "09:00", title: A, duration: 10m}', extra="room: Conference Room 4\n")
    assert agenda.room == "Conference Room 4"
    assert single('{start: "09:00", title: A, duration: 10m}').room == ""

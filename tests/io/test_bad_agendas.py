"""Everything a user can get wrong in an agenda file is one located `AgendaError`, never a crash."""

from __future__ import annotations

import time
from datetime import time as clock
from datetime import timedelta
from pathlib import Path

import pytest

from runner.core.durations import parse_clock, parse_duration
from runner.core.errors import AgendaError
from runner.io.agenda_yaml import load_agenda, parse_agenda

HEAD = "title: Test\ntimezone: Europe/Paris\ndate: 2024-03-01\n"


def day(*segments: str, end: str = "") -> str:
    """A single-day agenda whose segments start on line 5 (one line each, flow style)."""
    text = HEAD + (f'end: "{end}"\n' if end else "") + "segments:\n"
    return text + "".join(f"  - {s}\n" for s in segments)


# (id, document, message fragment, line, column): the column is a number, or the text the problem
# must point at on that line (its first occurrence), which keeps the table readable and honest.
BAD = [
    ("unknown key with hint", day('{start: "09:00", title: A, duraton: 5m}'), "unknown key 'duraton'", 5, "duraton"),
    (
        "unknown top key with hint",
        HEAD.replace("title", "titel") + day('{start: "09:00", title: A, duration: 5m}')[len(HEAD) :],
        "did you mean 'title'",
        1,
        1,
    ),
    (
        "unknown kind",
        day('{start: "09:00", title: A, duration: 5m, kind: intermision}'),
        "unknown kind 'intermision'",
        5,
        "intermision",
    ),
    (
        "overlap",
        day('{start: "09:00", title: A, duration: 30m}', '{start: "09:15", title: B, duration: 5m}'),
        "'B' starts at 09:15:00, before 'A' ends at 09:30:00",
        6,
        '"09:15"',
    ),
    ("length cannot be known", day('{start: "09:00", title: A}'), "the length of 'A' cannot be known", 5, "{"),
    (
        "bad duration",
        day('{start: "09:00", title: A, duration: 5 minutes}'),
        "'5 minutes' is not a duration",
        5,
        "5 minutes",
    ),
    ("hour 48", day('{start: "48:00", title: A, duration: 5m}'), "'48:00' is not a time of day", 5, '"48:00"'),
    ("dotted time", day("{start: 9.30, title: A, duration: 5m}"), "'9.30' is not a time of day", 5, "9.30"),
    (
        "end disagrees with duration",
        day('{start: "09:00", end: "09:20", title: A, duration: 30m}'),
        "'end' 09:20 disagrees with 'duration'",
        5,
        '"09:20"',
    ),
    (
        "past the day's end",
        day('{start: "09:00", title: A, duration: 2h}', end="10:00"),
        "ends at 11:00:00, after the day's end 10:00",
        6,
        "{",
    ),
    (
        "unknown time zone with hint",
        HEAD.replace("Europe/Paris", "America/New_Yrok") + "segments: []\n",
        "did you mean 'America/New_York'",
        2,
        "America/New_Yrok",
    ),
    (
        "time zone that is a folder",
        HEAD.replace("Europe/Paris", "America") + "segments: []\n",
        "unknown time zone 'America'",
        2,
        "America",
    ),
    ("root is a list", "- title: A\n- title: B\n", "an agenda must be a mapping", 1, 1),
    ("root is a scalar", "just some words\n", "an agenda must be a mapping", 1, 1),
    ("empty file", "", "the file is empty", 1, 1),
    ("only comments", "# nothing here\n", "the file is empty", 1, 1),
    ("invalid YAML", "title: [unclosed\ntimezone: UTC\n", "not valid YAML", 2, 9),
    ("tab indentation", "title: A\n\ttimezone: UTC\n", "not valid YAML", 2, 1),
    (
        "duplicate key",
        day('{start: "09:00", title: A, title: B, duration: 5m}'),
        "'title' appears twice",
        5,
        "title: B",
    ),
    (
        "duplicate date",
        "title: T\ntimezone: UTC\ndays:\n"
        '  - date: 2024-03-01\n    segments: [{start: "09:00", title: A, duration: 5m}]\n'
        '  - date: 2024-03-01\n    segments: [{start: "09:00", title: A, duration: 5m}]\n',
        "the date 2024-03-01 appears twice",
        6,
        "2024",
    ),
    ("missing first start", day("{title: A, duration: 5m}"), "the first segment of a day needs a 'start'", 5, "{"),
    (
        "speakers as a scalar",
        day('{start: "09:00", title: A, duration: 5m, speakers: Ann and Bob}'),
        "'speakers' must be a list",
        5,
        "Ann and Bob",
    ),
    (
        "alert with a bad duration",
        day('{start: "09:00", title: A, duration: 5m, alerts: [2m, soon]}'),
        "'soon' is not a duration",
        5,
        "soon",
    ),
    (
        "speaker limit that is not a duration",
        day('{start: "09:00", title: A, duration: 5m, speakers: [{name: Ann, limit: forever}]}'),
        "'forever' is not a duration",
        5,
        "forever",
    ),
    ("zero duration", day('{start: "09:00", title: A, duration: 0s}'), "must be longer than zero", 5, "0s"),
    ("days missing", "title: T\ntimezone: UTC\n", "'days' is missing", 1, 1),
    ("not a date", HEAD.replace("2024-03-01", "1st of March") + "segments: []\n", "is not a date", 3, "1st"),
    (
        "auto_start not a flag",
        HEAD + "auto_start: sometimes\n" + day('{start: "09:00", title: A, duration: 5m}')[len(HEAD) :],
        "'auto_start' must be true or false",
        4,
        "sometimes",
    ),
    ("alias to its own anchor", "title: &a [*a]\n", "refers to its own anchor", 1, "&a"),
    ("control character", "title: A\x07\ntimezone: UTC\n", "control character U+0007", 1, "\x07"),
]


@pytest.mark.parametrize(("text", "fragment", "line", "column"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_agenda_is_one_located_error(text: str, fragment: str, line: int, column: int | str) -> None:
    with pytest.raises(AgendaError) as caught:
        parse_agenda(text.encode("utf-8"), "bad.yaml")
    matching = [p for p in caught.value.problems if fragment in str(p)]
    assert matching, f"no problem mentions {fragment!r}: {caught.value}"
    problem = matching[0]
    assert problem.path == "bad.yaml"
    assert problem.line == line, str(problem)
    if isinstance(column, str):
        column = text.splitlines()[line - 1].index(column) + 1
    assert problem.column == column, str(problem)


def test_every_problem_is_reported_at_once() -> None:
    text = day('{start: "48:00", title: A, duraton: 5m}', '{start: "09:00", title: B, kind: pause}')
    with pytest.raises(AgendaError) as caught:
        parse_agenda(text.encode(), "bad.yaml")
    messages = " | ".join(str(p) for p in caught.value.problems)
    assert "'48:00'" in messages and "duraton" in messages and "unknown kind 'pause'" in messages


def test_undecodable_bytes_are_located() -> None:
    data = b"title: T\ntimezone: UTC\ndate: 2024-03-01\nsegments:\n  - {title: Caf\xff\xfe, start: '09:00'}\n"
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, "latin.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (5, 16)
    assert "0xff is not UTF-8" in problem.message and "UTF-8" in problem.hint


def test_a_missing_file_is_an_agenda_error(tmp_path: Path) -> None:
    with pytest.raises(AgendaError, match="no such file"):
        load_agenda(tmp_path / "absent.yaml")
    with pytest.raises(AgendaError, match="folder"):
        load_agenda(tmp_path)


def test_a_byte_order_mark_is_fine() -> None:
    text = day('{start: "09:00", title: A, duration: 5m}')
    assert parse_agenda(b"\xef\xbb\xbf" + text.encode()).days[0].segments[0].title == "A"


# --- hostile input: refused quickly and cleanly -------------------------------------------------

BILLION_LAUGHS = "\n".join([f"{a}: &{a} [" + ",".join([f"*{p}"] * 9) + "]" for p, a in zip("abcdefgh", "bcdefghi")])
BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + BILLION_LAUGHS + "\n"


def _refused_within(data: bytes, seconds: float) -> AgendaError:
    started = time.perf_counter()
    with pytest.raises(AgendaError) as caught:
        parse_agenda(data, "hostile.yaml")
    # A bound on the work done, not a wait: the loader must not expand or scan the whole thing.
    assert time.perf_counter() - started < seconds
    return caught.value


def test_alias_bomb_is_refused_quickly() -> None:
    error = _refused_within(BILLION_LAUGHS.encode(), 1.0)
    assert "aliases expand too far" in str(error)


def test_alias_bomb_under_segments_is_refused_quickly() -> None:
    text = BILLION_LAUGHS + "title: T\ntimezone: UTC\ndate: 2024-03-01\nsegments: *i\n"
    _refused_within(text.encode(), 1.0)


def test_three_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# padding\n" * 300_000)
    started = time.perf_counter()
    with pytest.raises(AgendaError, match="larger than"):
        load_agenda(big)
    assert time.perf_counter() - started < 1.0
    _refused_within(b"# padding\n" * 300_000, 1.0)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 5000 + "]" * 5000,
        "{a: " * 3000 + "}" * 3000,
        "- " * 3000 + "x",
        "".join(" " * i + "a:\n" for i in range(500)),
    ],
    ids=["flow sequences", "flow mappings", "block sequences", "block mappings"],
)
def test_deep_nesting_is_refused_cleanly(text: str) -> None:
    error = _refused_within(text.encode(), 1.0)
    assert "nested too deeply" in str(error)


# --- durations and clock times ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", timedelta(seconds=90)),
        ("10m", timedelta(minutes=10)),
        ("10min", timedelta(minutes=10)),
        ("1h10m", timedelta(hours=1, minutes=10)),
        ("1h 10m 5s", timedelta(hours=1, minutes=10, seconds=5)),
        ("1:30:00", timedelta(hours=1, minutes=30)),
        ("1:30", timedelta(hours=1, minutes=30)),
        ("10", timedelta(minutes=10)),
        ("1.5", timedelta(seconds=90)),
        ("2h", timedelta(hours=2)),
        (" 5S ", timedelta(seconds=5)),
        ("0.5h", timedelta(minutes=30)),
        ("24h", timedelta(hours=24)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    "text", ["", "  ", "soon", "5 minutes", "-5m", "1:60", "m", "h5", "25h", "99999999999999", "1" * 400, "1e3"]
)
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", clock(10, 0)),
        ("9:30", clock(9, 30)),
        ("09:30", clock(9, 30)),
        ("23:59:59", clock(23, 59, 59)),
        ("00:00", clock(0, 0)),
    ],
)
def test_parse_clock(text: str, expected: clock) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["25:00", "24:00", "9.30", "9", "10:60", "10:00:60", "ten", "", "10:00pm"])
def test_parse_clock_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_clock(text)


def test_unquoted_times_read_as_written() -> None:
    # YAML 1.1 reads unquoted 10:00 as the sexagesimal number 600; the loader reads the characters.
    agenda = parse_agenda(
        day("{start: 10:00, title: A, duration: 1:30:00}", "{start: 11:45, title: B, end: 12:00}").encode()
    )
    first, second = agenda.days[0].segments
    assert f"{first.start:%H:%M}" == "10:00" and first.duration == timedelta(hours=1, minutes=30)
    assert f"{second.start:%H:%M}-{second.end:%H:%M}" == "11:45-12:00"

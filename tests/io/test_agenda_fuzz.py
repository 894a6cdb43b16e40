"""Whatever bytes arrive, loading either gives an agenda or one `AgendaError`: never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runner.core.agenda import Agenda
from runner.core.errors import AgendaError
from runner.io.agenda_yaml import parse_agenda

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "agendas").glob("*.yaml"))
TEXTS = [p.read_text(encoding="utf-8") for p in SHIPPED]

# Short runs: these guard against crashes, the table in test_bad_agendas checks the messages.
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def loads_or_refuses(data: bytes) -> None:
    try:
        agenda = parse_agenda(data, "fuzz.yaml")
    except AgendaError as exc:
        assert exc.problems and all(p.line >= 1 and p.column >= 1 for p in exc.problems)
        assert all(str(p).startswith("fuzz.yaml:") for p in exc.problems)
        return
    assert isinstance(agenda, Agenda) and agenda.days


KEYS = [
    "title",
    "timezone",
    "date",
    "days",
    "segments",
    "start",
    "end",
    "duration",
    "kind",
    "speakers",
    "speaker",
    "name",
    "limit",
    "alerts",
    "auto_start",
    "speaker_limit",
    "group",
    "notes",
    "chair",
    "x",
]
VALUES = [
    "'09:00'",
    "09:00",
    "10:00",
    "25:00",
    "9.30",
    "5m",
    "90s",
    "1:30:00",
    "0",
    "-1",
    "2024-03-01",
    "2024-02-30",
    "UTC",
    "America/New_York",
    "Nowhere/City",
    "intermission",
    "break",
    "true",
    "~",
    "[]",
    "{}",
    "[5s, 2m]",
    "*a",
    "&a x",
    "!!binary aGk=",
    "!!python/object:os.system x",
    '"\\u0000"',
    "'",
    '"',
    "|",
    ">",
    "- ",
    "? ",
    "%YAML 1.1",
    "---",
    "...",
]


@st.composite
def yamlish(draw: st.DrawFn) -> str:
    """Lines of keys, values and list markers at random indentation: mostly YAML, often broken."""
    lines = []
    for _ in range(draw(st.integers(1, 14))):
        indent = " " * draw(st.sampled_from([0, 0, 2, 4, 6, 8, 1, 3]))
        dash = draw(st.sampled_from(["", "", "- "]))
        key = draw(st.sampled_from(KEYS))
        value = draw(st.one_of(st.sampled_from(VALUES), st.text(max_size=12)))
        lines.append(f"{indent}{dash}{key}: {value}")
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


@FUZZ
@given(yamlish())
def test_yamlish_documents(text: str) -> None:
    loads_or_refuses(text.encode("utf-8"))


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    loads_or_refuses(data)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A shipped agenda after a few line deletions, swaps, character changes or re-indentations."""
    lines = draw(st.sampled_from(TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "swap", "char", "indent", "duplicate"]))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "char" and lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            new = draw(
                st.sampled_from([":", "-", " ", "\t", '"', "'", "[", "{", "#", "&", "*", "0", "9", "x", "é", ""])
            )
            lines[i] = lines[i][:k] + new + lines[i][k + 1 :]
        elif action == "indent":
            lines[i] = " " * draw(st.integers(0, 9)) + lines[i].lstrip(" ")
        elif action == "duplicate":
            lines.insert(i, lines[i])
    return "\n".join(lines)


@FUZZ
@given(mutated())
def test_mutated_shipped_agendas(text: str) -> None:
    loads_or_refuses(text.encode("utf-8"))

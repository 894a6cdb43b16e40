"""The libyaml fast path reads the same agendas as the guarded pure-Python loader, and leaves every
problem to it, so messages and their locations do not depend on which path ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from runner.core.errors import AgendaError
from runner.io import agenda_yaml
from runner.io.agenda_yaml import parse_agenda

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "agendas").glob("*.yaml"))
needs_libyaml = pytest.mark.skipif(agenda_yaml.CParser is None, reason="PyYAML built without libyaml")


def _big_agenda(segments: int) -> bytes:
    lines = ["title: Big", "timezone: Europe/Zurich", "days:", "  - date: 2021-03-01", "    segments:"]
    for k in range(segments):
        lines += [
            f'      - start: "{7 + k // 60:02d}:{k % 60:02d}"',
            f"        title: Item {k} é",
            "        speakers: [A, {name: B, limit: 3m}]" if k % 5 == 0 else "        notes: Q&A",
        ]
    lines.append('    end: "23:00"')
    return ("\n".join(lines) + "\n").encode()


def _pure(monkeypatch: pytest.MonkeyPatch, data: bytes) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(agenda_yaml, "CParser", None)
        try:
            return parse_agenda(data, "a.yaml")
        except AgendaError as exc:
            return [str(p) for p in exc.problems]


def _fast(data: bytes) -> object:
    try:
        return parse_agenda(data, "a.yaml")
    except AgendaError as exc:
        return [str(p) for p in exc.problems]


@needs_libyaml
@pytest.mark.parametrize(
    "data", [p.read_bytes() for p in SHIPPED] + [_big_agenda(300)], ids=[p.name for p in SHIPPED] + ["big"]
)
def test_valid_agendas_are_read_by_libyaml_and_equal(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    expected = _pure(monkeypatch, data)
    with monkeypatch.context() as patch:
        patch.setattr(agenda_yaml, "_GuardedLoader", None)  # any use of the slow path would fail
        assert _fast(data) == expected


BROKEN = [
    b"title: x\ntimezone: UTC\ndays: [\n",
    b"title: x\n\ttimezone: UTC\n",
    "title: é\x07\n".encode(),
    b"title: x\ntimezone: UTC\ndate: 2021-01-01\nsegments:\n  - start: '09:00'\n    titel: A\n",
    b"a: &a [*a]\n",
    b"[" * 5000,
    b"x:\n" + b"".join(b"  " * i + b"- y:\n" for i in range(1, 80)),
]


@needs_libyaml
@pytest.mark.parametrize("data", BROKEN)
def test_problems_read_the_same_on_both_paths(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    assert _fast(data) == _pure(monkeypatch, data)


@pytest.mark.parametrize("data", [SHIPPED[0].read_bytes(), BROKEN[0]])
def test_the_garbage_collector_is_back_on_after_loading(data: bytes) -> None:
    import gc

    assert gc.isenabled()
    _fast(data)
    assert gc.isenabled()


TRICKY_SCALARS = [
    "",
    "~",
    "null",
    "Null",
    "yes",
    "No",
    "on",
    "OFF",
    "true",
    "y",
    "n",
    "0",
    "-1",
    "+12",
    "0x1F",
    "0o17",
    "017",
    "1_000",
    "1e3",
    "1.5",
    ".5",
    "-.inf",
    ".NaN",
    "1:30",
    "190:20:30",
    "2021-03-01",
    "2021-03-01 09:00:00",
    "2021-3-1T9:00:00Z",
    "09:00",
    "10m",
    "=",
    "<<",
    "!",
    "é",
    "S1",
    "Item 12",
]


@needs_libyaml
@pytest.mark.parametrize("plain", [True, False])
def test_the_fast_resolver_gives_pyyaml_s_tags(plain: bool) -> None:
    import yaml

    fast = agenda_yaml._FastLoader("")
    reference = yaml.resolver.Resolver()
    for value in TRICKY_SCALARS:
        implicit = (plain, not plain)
        assert fast.resolve(yaml.ScalarNode, value, implicit) == reference.resolve(yaml.ScalarNode, value, implicit)
    for kind in (yaml.MappingNode, yaml.SequenceNode):
        assert fast.resolve(kind, None, (True, False)) == reference.resolve(kind, None, (True, False))


ALIASED = b"""title: Aliased
timezone: Europe/Zurich
alerts: &warn [5m, 1m]
days:
  - date: 2021-03-01
    segments:
      - &opening {start: "09:00", title: Opening, duration: 10m, alerts: *warn}
      - {title: Panel, duration: 30m, speakers: &pair [A, {name: B, limit: 3m}]}
      - {title: Reprise, duration: 30m, speakers: *pair, alerts: *warn}
"""


@pytest.mark.parametrize("fast", [True, False], ids=["libyaml", "pure"])
def test_aliases_read_as_their_anchors(monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    agenda = _fast(ALIASED) if fast else _pure(monkeypatch, ALIASED)
    assert not isinstance(agenda, list), agenda
    panel, reprise = agenda.days[0].segments[1:]  # type: ignore[attr-defined]
    assert panel.speakers == reprise.speakers and reprise.speakers[1].limit.total_seconds() == 180
    assert reprise.alerts == agenda.days[0].segments[0].alerts  # type: ignore[attr-defined]

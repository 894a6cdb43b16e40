"""The agenda cache: the same Agenda as parsing, used only for the very same file, never trusted further."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from runner.core.errors import AgendaError
from runner.io import agenda_cache
from runner.io.agenda_cache import entry_path, load_agenda_cached
from runner.io.agenda_yaml import load_agenda

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted((REPO / "agendas").glob("*.yaml"))

AGENDA = """\
title: Cache test
timezone: Europe/Zurich
days:
  - date: 2021-05-04
    title: Side event
    segments:
      - {start: "08:00", title: Opening, duration: 15m, speakers: [Ms A, {name: Mr B, limit: 3m}]}
      - {title: Break, kind: intermission, duration: 10m}
      - {start: "08:30", title: Closing, duration: 5m}
"""


@pytest.fixture
def agenda_file(tmp_path: Path) -> Path:
    path = tmp_path / "side event.yaml"
    path.write_text(AGENDA, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_a_cached_agenda_equals_the_parsed_one_in_every_field(path: Path, tmp_path: Path) -> None:
    parsed = load_agenda(path)
    first, second = load_agenda_cached(path, tmp_path), load_agenda_cached(path, tmp_path)
    assert entry_path(str(path), tmp_path).exists()
    for agenda in (first, second):
        assert agenda == parsed
        assert (agenda.source, agenda.text_hash, agenda.data) == (parsed.source, parsed.text_hash, parsed.data)
        assert repr(agenda) == repr(parsed)  # every field, time zones and segment kinds included
        day = agenda.days[0]
        assert day.segments[0].start.tzinfo is parsed.days[0].segments[0].start.tzinfo


def test_a_hit_reads_no_yaml(agenda_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    load_agenda_cached(agenda_file, folder)
    probe = (
        "import sys; from pathlib import Path; from runner.io.agenda_cache import load_agenda_cached; "
        f"a = load_agenda_cached({str(agenda_file)!r}, Path({str(folder)!r})); "
        "print(a.title, 'yaml' in sys.modules, 'runner.core.agenda_rules' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ).stdout
    assert out.split() == ["Cache", "test", "False", "False"]


def test_an_edited_file_is_read_again(agenda_file: Path, tmp_path: Path) -> None:
    assert load_agenda_cached(agenda_file, tmp_path).title == "Cache test"
    agenda_file.write_text(AGENDA.replace("Cache test", "Edited"), encoding="utf-8")
    assert load_agenda_cached(agenda_file, tmp_path).title == "Edited"


def test_an_edited_file_with_a_mistake_fails_as_without_a_cache(agenda_file: Path, tmp_path: Path) -> None:
    load_agenda_cached(agenda_file, tmp_path)
    agenda_file.write_text(AGENDA.replace('"08:30"', '"07:30"'), encoding="utf-8")
    with pytest.raises(AgendaError) as cached:
        load_agenda_cached(agenda_file, tmp_path)
    with pytest.raises(AgendaError) as direct:
        load_agenda(agenda_file)
    assert [str(p) for p in cached.value.problems] == [str(p) for p in direct.value.problems]


def test_a_missing_file_says_so_as_the_loader_does(tmp_path: Path) -> None:
    with pytest.raises(AgendaError, match="no such file"):
        load_agenda_cached(tmp_path / "gone.yaml", tmp_path)


def test_changed_code_makes_every_entry_stale(
    agenda_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_agenda_cached(agenda_file, tmp_path)
    monkeypatch.setattr(agenda_cache, "_fingerprint", lambda: ("another build",))
    parsed: list[str] = []
    import runner.io.agenda_yaml as agenda_yaml

    real = agenda_yaml.parse_agenda
    monkeypatch.setattr(agenda_yaml, "parse_agenda", lambda data, name: parsed.append(name) or real(data, name))
    assert load_agenda_cached(agenda_file, tmp_path).title == "Cache test"
    assert parsed == [str(agenda_file)]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01.", b"\x80\x05\x95"])
def test_a_damaged_entry_is_a_miss(agenda_file: Path, tmp_path: Path, damage: bytes) -> None:
    load_agenda_cached(agenda_file, tmp_path)
    entry_path(str(agenda_file), tmp_path).write_bytes(damage)
    assert load_agenda_cached(agenda_file, tmp_path).title == "Cache test"
    assert load_agenda_cached(agenda_file, tmp_path) == load_agenda(agenda_file)  # rewritten, good again


class _Planted:
    def __reduce__(self) -> tuple:
        return (os.system, ("touch planted",))


def test_a_planted_entry_runs_no_code(agenda_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    entry = entry_path(str(agenda_file), tmp_path)
    entry.write_bytes(pickle.dumps((agenda_cache._fingerprint(), _Planted())))
    assert load_agenda_cached(agenda_file, tmp_path).title == "Cache test"
    assert not (tmp_path / "planted").exists()


def test_an_unwritable_cache_only_costs_speed(agenda_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    assert load_agenda_cached(agenda_file, blocker / "cache").title == "Cache test"
    assert load_agenda_cached(agenda_file, blocker / "cache").title == "Cache test"


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SESSION_RUNNER_CACHE", str(tmp_path / "chosen"))
    assert agenda_cache.cache_folder() == tmp_path / "chosen"
    monkeypatch.delenv("SESSION_RUNNER_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert agenda_cache.cache_folder() == tmp_path / "xdg" / "session-runner" / "agendas"


def test_files_with_one_name_in_two_folders_keep_two_entries(tmp_path: Path) -> None:
    assert entry_path(str(tmp_path / "a" / "day.yaml")) != entry_path(str(tmp_path / "b" / "day.yaml"))

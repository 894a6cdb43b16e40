"""Where the app writes for each user (runner/core/places.py): never beside the program."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from runner.core import places
from runner.core.session import default_log_path
from runner.io import agenda_cache
from runner.io.agenda_cache import load_agenda_cached

REPO = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")


@linux_only
def test_logs_and_caches_follow_xdg_as_before(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SESSION_RUNNER_CACHE", raising=False)
    assert places.data_folder() == tmp_path / "data" / "session-runner"
    assert places.cache_base() == tmp_path / "cache" / "session-runner"
    assert agenda_cache.cache_folder() == tmp_path / "cache" / "session-runner" / "agendas"


@linux_only
def test_without_xdg_the_home_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert places.data_folder() == tmp_path / ".local" / "share" / "session-runner"
    assert places.cache_base() == tmp_path / ".cache" / "session-runner"


@linux_only
def test_the_log_is_one_per_agenda_and_day_under_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    agenda = load_agenda_cached(REPO / "agendas" / "rehearsal.yaml", tmp_path / "agenda-cache")
    day = agenda.days[0]
    assert default_log_path(agenda, day) == tmp_path / "session-runner" / "logs" / f"rehearsal-{day.date}.sqlite"
    assert day.date == date(2020, 1, 1)


def test_a_built_app_caches_agendas_keyed_by_its_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A built app has no runner/core/*.py to look at: its executable stands for its code."""
    executable = tmp_path / "session-runner"
    executable.write_bytes(b"build 1")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setattr(agenda_cache, "_MAKERS", (tmp_path / "no such folder",))
    folder = tmp_path / "cache"
    agenda = REPO / "agendas" / "rehearsal.yaml"
    load_agenda_cached(agenda, folder)
    entry = agenda_cache.entry_path(str(agenda), folder)
    assert entry.exists()
    assert agenda_cache._read_entry(entry, str(agenda), agenda.read_bytes()) is not None
    executable.write_bytes(b"build 2, another size")
    os.utime(executable, (1, 1))
    assert agenda_cache._read_entry(entry, str(agenda), agenda.read_bytes()) is None

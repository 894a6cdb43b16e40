"""The app installs as a wheel, not only from a checkout: the bundled agendas and chime travel with it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from runner import bundled

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_finds_its_files_beside_the_package():
    assert (
        bundled.bundled_file("agendas", "roadmap-launch-june-2020.yaml")
        == ROOT / "agendas" / "roadmap-launch-june-2020.yaml"
    )
    assert bundled.bundled_file("resources", "chime.wav").exists()


def test_an_installed_package_finds_them_inside_itself(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "runner"
    (package / "agendas").mkdir(parents=True)
    (package / "agendas" / "day.yaml").write_text("title: x\n")
    monkeypatch.setattr(bundled, "_PACKAGE", package)
    assert bundled.bundled_file("agendas", "day.yaml") == package / "agendas" / "day.yaml"


@pytest.mark.slow
def test_the_wheel_carries_the_agendas_and_the_chime(tmp_path):
    # Built as pip builds it for a user (an isolated build with pyproject's setuptools), from a
    # copy, so the checkout gets no build/ or egg-info folders.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache", ".hypothesis", "out"
        ),
    )
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    offline = ("No matching distribution found for setuptools", "Could not find a version that satisfies")
    if built.returncode != 0 and any(text in built.stderr for text in offline):
        pytest.skip("the build backend (setuptools>=68) cannot be fetched here")
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("session_runner-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for agenda in (ROOT / "agendas").glob("*.yaml"):
        assert f"runner/agendas/{agenda.name}" in names
    assert "runner/resources/chime.wav" in names
    assert {"runner/cli.py", "runner/bundled.py", "runner/core/engine.py", "runner/ui/app.py"} <= names

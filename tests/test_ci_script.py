"""CI runs exactly the test command the README gives to people."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _readme_test_command() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Run the tests", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in section.splitlines() if line.startswith("python3 -m venv")]
    assert len(commands) == 1, section
    return commands[0]


def test_ci_runs_the_readme_command() -> None:
    command = _readme_test_command()
    assert command == "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.startswith(command) for line in script.splitlines())
    assert "set -euo pipefail" in script
    assert os.access(REPO / ".ci" / "run", os.X_OK)


def test_ci_and_pre_commit_run_the_same_checks() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for check in ("ruff check", "ruff format --check", "mypy", "lint-imports"):
        assert any(line.startswith(f".venv/bin/{check}") for line in script), check
    hooks = (REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    for check in ("ruff check", "ruff format --check", "mypy", "lint-imports"):
        assert f"entry: .venv/bin/{check}" in hooks, check

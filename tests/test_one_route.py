"""Every host action reaches the engine by one route (runner.core.commands), whatever its origin:
keys, menus, the control API, the speakers' panel, the rundown's edits (issue 29, item 2). Were a
window to call an engine action itself, its events would name no command and Ctrl+Z could not
take it back."""

from __future__ import annotations

import ast
from pathlib import Path

from runner.core.engine import SessionEngine

ROOT = Path(__file__).resolve().parents[1]
# The engine's actions (one batch of events each, `_action`): what changes the day.
ACTIONS = {name for name, value in vars(SessionEngine).items() if hasattr(value, "__wrapped__")} | {"toggle_pause"}
# Inside a command already: the rundown editor's speakers' limits, one `edit` command of several edits.
INSIDE_A_COMMAND = {("runner/ui/console/rundown_editor.py", "apply_edits")}


def engine_actions_called(path: Path) -> list[tuple[str, int]]:
    """(action, line) for each engine action named on something called `engine` (called, or
    handed on to be called: `bridge.perform(engine.end_day)`)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ACTIONS:
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "engine":
                found.append((node.attr, node.lineno))
    return found


def test_the_engine_knows_its_actions() -> None:
    assert {"advance", "skip", "undo", "redo", "apply_edits", "inscribe"} <= ACTIONS


def test_the_windows_and_the_control_api_call_no_engine_action_but_through_the_commands() -> None:
    stray = []
    for path in sorted([*ROOT.glob("runner/ui/**/*.py"), *ROOT.glob("runner/web/**/*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        for action, line in engine_actions_called(path):
            if (relative, action) not in INSIDE_A_COMMAND:
                stray.append(f"{relative}:{line}: engine.{action}")
    assert stray == []

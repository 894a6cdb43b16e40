"""Every timer of the UI comes from the one factory (runner.ui.base.timers): no module makes its own."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "runner" / "ui"
ALLOWED = {"timers.py"}  # the factory itself


def test_no_ui_module_makes_a_qtimer_of_its_own():
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"^[^#`]*\bQTimer\s*[(.]", line)  # code, not a comment or a docstring's `QTimer`
    ]
    assert offenders == []

"""The core knows nothing of Qt: the import-linter contracts hold, and importing it loads no PySide6."""

from __future__ import annotations

import importlib.util
import json
import os
import pkgutil
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import tomllib

import runner.core

REPO = Path(__file__).resolve().parents[2]


def _lint_imports() -> str | None:
    """The venv's lint-imports (beside this interpreter), else one on PATH."""
    beside = Path(sys.executable).parent / "lint-imports"
    return str(beside) if beside.exists() else shutil.which("lint-imports")


def _contracts(folder: Path) -> Path:
    """pyproject's contracts, minus forbidden project modules not written yet (e.g. runner.ui early on).

    import-linter refuses to run when a forbidden module of the project does not exist; a layer
    that does not exist cannot be imported, so leaving it out weakens nothing.
    """
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    root = config["root_package"]
    lines = ["[tool.importlinter]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in config.items() if key != "contracts"]
    for contract in config["contracts"]:
        lines.append("[[tool.importlinter.contracts]]")
        for key, value in contract.items():
            if key == "forbidden_modules":
                absent = [m for m in value if m.startswith(root + ".") and importlib.util.find_spec(m) is None]
                if absent:
                    warnings.warn(
                        f"layering: {', '.join(absent)} not written yet; left out of the contract", stacklevel=2
                    )
                value = [m for m in value if m not in absent]
            lines.append(f"{key} = {json.dumps(value)}")
    path = folder / "contracts.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_contracts_hold(tmp_path: Path) -> None:
    command = _lint_imports()
    if command is None:
        pytest.fail("lint-imports is not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [command, "--no-cache", "--config", str(_contracts(tmp_path))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_importing_the_core_loads_no_qt() -> None:
    modules = sorted(f"runner.core.{m.name}" for m in pkgutil.iter_modules(runner.core.__path__))
    assert "runner.core.agenda" in modules
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'apscheduler'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"runner.core pulled in {result.stdout.strip()}"


def test_the_contract_would_catch_qt_in_the_core(tmp_path: Path) -> None:
    """The contract is not vacuous: a copy of the package whose core imports PySide6 breaks it."""
    command = _lint_imports()
    if command is None:
        pytest.fail("lint-imports is not installed: pip install -e '.[test]'")
    shutil.copytree(REPO / "runner", tmp_path / "runner", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "runner" / "core" / "leak.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    config = _contracts(tmp_path)
    # The copy first; the repository after it, for the contract types in tests/import_contracts.py.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)])}
    result = subprocess.run(
        [command, "--no-cache", "--config", str(config)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "runner.core.leak -> PySide6" in result.stdout


def test_the_contract_would_catch_widgets_in_the_readers_and_writers(tmp_path: Path) -> None:
    """QtGui is allowed in runner.io (the PDF writer), QtWidgets is not: a copy that imports it breaks."""
    command = _lint_imports()
    if command is None:
        pytest.fail("lint-imports is not installed: pip install -e '.[test]'")
    shutil.copytree(REPO / "runner", tmp_path / "runner", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "runner" / "io" / "leak.py").write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)])}
    result = subprocess.run(
        [command, "--no-cache", str(_contracts(tmp_path))], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "runner.io.leak:1: from PySide6.QtWidgets import QLabel" in result.stdout

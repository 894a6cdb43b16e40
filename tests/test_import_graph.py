"""The import graph's limits (issue #29): no cycle anywhere, few arrows back up in the UI, few
imports inside functions. Measured by tests/import_graph.py (`python -m tests.import_graph -v`).

The limits only go down: each is the figure on main, and a change that lowers a figure lowers
its limit here. The goal: no cycle, at most 3 upward arrows, at most 25 imports in functions.
"""

from __future__ import annotations

import grimp
import pytest

from tests import import_graph
from tests.import_graph import Figures, measure

# No cycle is left; a new one fails.
KNOWN_CYCLES: set[tuple[str, ...]] = set()
MAX_UPWARD = 0
MAX_IN_FUNCTIONS = 25


@pytest.fixture(scope="module")
def figures() -> Figures:
    return measure()


def test_no_cycle_anywhere(figures: Figures) -> None:
    new = [cycle for cycle in figures.cycles if cycle not in KNOWN_CYCLES]
    assert not new, "import cycles: " + "; ".join(" <-> ".join(cycle) for cycle in new)


def test_the_core_readers_and_the_view_server_have_no_cycle(figures: Figures) -> None:
    assert not [c for c in figures.cycles if any(not m.startswith("runner.ui") for m in c)]


def test_few_arrows_back_up_in_the_ui(figures: Figures) -> None:
    assert len(figures.upward) <= MAX_UPWARD, "\n".join(f"{a} -> {b}" for a, b in figures.upward)


def test_few_imports_inside_functions(figures: Figures) -> None:
    found = figures.in_functions
    assert len(found) <= MAX_IN_FUNCTIONS, "\n".join(f"{path}:{line}: {name}" for path, line, name in found)


def test_the_measure_finds_a_cycle_and_an_upward_arrow() -> None:
    """The measure itself: a graph with a known cycle and a known upward arrow shows both."""
    graph = grimp.ImportGraph()
    for module in ("runner", "runner.ui", "runner.ui.app", "runner.ui.base", "runner.ui.base.x", "runner.core"):
        graph.add_module(module)
    graph.add_import(importer="runner.ui.base.x", imported="runner.ui.app")
    graph.add_import(importer="runner.ui.app", imported="runner.ui.base.x")
    assert import_graph._strongly_connected(graph) == [["runner.ui.app", "runner.ui.base.x"]]
    assert import_graph._upward(graph) == [("runner.ui.base.x", "runner.ui.app")]

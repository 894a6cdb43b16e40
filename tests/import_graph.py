"""The import graph of `runner`, measured: cycles, arrows back up inside the UI, imports in functions.

Run `python -m tests.import_graph` for the figures; tests/test_import_graph.py holds the limits.
Every import counts, those under `if TYPE_CHECKING:` and those inside functions too: a cycle a
type hint closes is still a cycle a reader has to untangle.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import grimp

ROOT = "runner"
PACKAGE_DIR = Path(__file__).resolve().parents[1] / ROOT

# runner/ui's layers, top first, as the import contract in pyproject.toml names them. A module
# not listed (runner.ui itself) is outside the count.
UI_LAYERS: tuple[tuple[str, ...], ...] = (
    ("runner.ui.app", "runner.ui.opening", "runner.ui.rehearsal_window", "runner.ui.lazy"),
    ("runner.ui.console", "runner.ui.rooms"),
    ("runner.ui.widgets",),
    ("runner.ui.base",),
)


@dataclass(frozen=True)
class Figures:
    cycles: tuple[tuple[str, ...], ...]
    upward: tuple[tuple[str, str], ...]
    in_functions: tuple[tuple[str, int, str], ...]  # (module path, line, imported)


def build_graph() -> grimp.ImportGraph:
    """grimp's graph, plus the imports the named seams make by name at run time (the command
    line's `command("runner.io.report_command")`; a `deferred(...)` seam's module is already
    there, through its TYPE_CHECKING import)."""
    graph = grimp.build_graph(ROOT, cache_dir=None)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        importer = ".".join(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            seam = _deferred_call(node)
            if seam is not None and seam[1] in graph.modules and seam[1] != importer:
                graph.add_import(importer=importer, imported=seam[1], line_number=node.lineno, line_contents="")
    return graph


def _strongly_connected(graph: grimp.ImportGraph) -> list[list[str]]:
    """Tarjan's components of more than one module (or a module importing itself)."""
    modules = sorted(graph.modules)
    successors = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in modules:
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, at = work.pop()
            if at == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            nexts = successors.get(node, [])
            if at < len(nexts):
                work.append((node, at + 1))
                child = nexts[at]
                if child not in successors:
                    continue
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in successors[node]:
                    found.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(found)


def _layer_of(module: str) -> int | None:
    for rank, layer in enumerate(UI_LAYERS):
        if any(module == name or module.startswith(name + ".") for name in layer):
            return rank
    return None


def _upward(graph: grimp.ImportGraph) -> list[tuple[str, str]]:
    """Imports from a lower UI layer to a higher one (rank counts from the top)."""
    arrows = []
    for importer in sorted(graph.modules):
        low = _layer_of(importer)
        if low is None:
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            high = _layer_of(imported)
            if high is not None and high < low:
                arrows.append((importer, imported))
    return arrows


def _deferred_call(node: ast.AST) -> tuple[str, str] | None:
    """(the function, the module it loads at run time as written) for `deferred("name")` (a named
    lazy seam, runner.core.deferred), the command line's `command("name")` (its one seam) or
    `importlib.import_module(x)`; None for any other node."""
    if not isinstance(node, ast.Call):
        return None
    called = node.func
    name = called.id if isinstance(called, ast.Name) else called.attr if isinstance(called, ast.Attribute) else ""
    if name not in ("deferred", "import_module", "command"):
        return None
    first = node.args[0] if node.args else None
    return name, first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else "(computed)"


def _in_functions() -> list[tuple[str, int, str]]:
    """Every import made at run time rather than at the top of a module, anywhere in runner/:
    import statements nested in a function body, and the named lazy seams (`deferred(...)`,
    `importlib.import_module(...)`) wherever they stand."""
    found = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = str(path.relative_to(PACKAGE_DIR.parent))
        for node in ast.walk(tree):
            seam = _deferred_call(node)
            # A command's name passes through the command line's seam (its import_module counts);
            # runner.core.deferred's own import_module is the machinery of every deferred seam.
            if seam is None or seam[0] == "command" or path.name == "deferred.py":
                continue
            found.append((where, node.lineno, f"{seam[1]} (seam)"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import):
                    names = ", ".join(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom):
                    names = "." * node.level + (node.module or "")
                else:
                    continue
                found.append((where, node.lineno, names))
    # A function nested in a function is walked twice; count each statement once.
    return sorted(set(found))


def measure() -> Figures:
    graph = build_graph()
    return Figures(
        cycles=tuple(tuple(c) for c in _strongly_connected(graph)),
        upward=tuple(_upward(graph)),
        in_functions=tuple(_in_functions()),
    )


def main() -> int:
    figures = measure()
    print(f"cycles: {len(figures.cycles)}")
    for cycle in figures.cycles:
        print("  " + " <-> ".join(cycle))
    print(f"upward arrows in runner/ui: {len(figures.upward)}")
    for importer, imported in figures.upward:
        print(f"  {importer} -> {imported}")
    print(f"imports inside functions and named lazy seams: {len(figures.in_functions)}")
    if "-v" in sys.argv:
        for path, line, names in figures.in_functions:
            print(f"  {path}:{line}: {names}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

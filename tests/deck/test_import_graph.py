"""The import graph of the quiz package has no cycle: not between modules, not between
subpackages; and quiz.core, the ground floor, imports nothing of quiz above it.

The graph is read from the source with `ast` (no import is run): every `import` and
`from ... import` counts, at the top of a module, inside a function or under TYPE_CHECKING,
since a circle hidden in a function is still a circle. `from quiz.a import b` is an edge to
the module quiz.a.b when there is one, else to quiz.a.
"""

from __future__ import annotations

import ast
import sys
from collections import deque
from pathlib import Path

QUIZ = Path(__file__).parents[2] / "quiz"


def module_names(package: Path) -> dict[str, Path]:
    """Dotted module name -> its file, for every .py file of the package (`__init__` names
    the package itself)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imported_names(module: str, path: Path) -> list[tuple[str, list[str]]]:
    """What `module` imports: (a dotted name, the names taken from it), relative imports
    resolved; `import a.b` gives ("a.b", []), `from a import b, c` gives ("a", ["b", "c"])."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found.append((base, [alias.name for alias in node.names]))
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports. `from a import b` is an edge to
    the module a.b when there is one, else to a; `import a.b.c` to the longest of a.b.c, a.b
    and a that is a module of the package."""
    modules = module_names(package)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = set()
        for base, names in imported_names(module, path):
            for name in names or [""]:
                target = f"{base}.{name}" if f"{base}.{name}" in modules else base
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != module:
                    targets.add(target)
        graph[module] = targets
    return graph


def subpackage(module: str) -> str:
    """The unit a module belongs to: quiz.store.sync -> quiz.store; quiz.cli -> quiz.cli."""
    return ".".join(module.split(".")[:2])


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Subpackage (or top-level module) -> the other ones it imports."""
    result: dict[str, set[str]] = {}
    for module, targets in graph.items():
        mine = subpackage(module)
        result.setdefault(mine, set()).update(
            subpackage(t) for t in targets if subpackage(t) != mine)
    return result


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One shortest circle (a -> b -> a) through each strongly connected group of nodes."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the graph is a few hundred nodes
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_circle(graph, group) for group in groups]


def _circle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest path from the group's first node back to itself, inside the group."""
    start = min(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(graph.get(node, set()) & group):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    raise AssertionError(f"no circle in {sorted(group)}")


def shown(circles: list[list[str]]) -> str:
    return "\n".join(" -> ".join(circle) for circle in circles)


def test_no_cycle_between_modules() -> None:
    found = cycles(import_graph(QUIZ))
    assert not found, f"modules import each other:\n{shown(found)}"


def test_no_cycle_between_subpackages() -> None:
    found = cycles(package_graph(import_graph(QUIZ)))
    assert not found, f"subpackages import each other:\n{shown(found)}"


def test_core_imports_only_the_standard_library_and_quiz_errors() -> None:
    """quiz.core is the ground floor: every layer may use it, so it may use none of them
    (nor a third-party package: fsrs stays behind quiz.scheduling.scheduler)."""
    offenders = [
        f"{module} imports {base}"
        for module, path in module_names(QUIZ).items() if subpackage(module) == "quiz.core"
        for base, _names in imported_names(module, path)
        if not (subpackage(base) in ("quiz.core", "quiz.errors")
                or base.split(".")[0] in sys.stdlib_module_names)
    ]
    assert offenders == []


def test_the_checks_see_a_circle_through_a_function_level_import(tmp_path: Path) -> None:
    """Shown on a small package: the checks above fail as soon as a circle comes back."""
    pkg = tmp_path / "demo"
    for folder in (pkg, pkg / "low", pkg / "high"):
        folder.mkdir(exist_ok=True)
        (folder / "__init__.py").write_text("")
    (pkg / "low" / "a.py").write_text("X = 1\n")
    (pkg / "high" / "b.py").write_text("from demo.low import a\n")
    assert cycles(import_graph(pkg)) == cycles(package_graph(import_graph(pkg))) == []
    (pkg / "low" / "a.py").write_text("def f():\n    from ..high.b import Y\n")
    graph = import_graph(pkg)
    assert cycles(graph) == [["demo.high.b", "demo.low.a", "demo.high.b"]]
    assert cycles(package_graph(graph)) == [["demo.high", "demo.low", "demo.high"]]

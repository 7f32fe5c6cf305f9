"""No module of WellPlan imports itself back, however indirectly: every ``import`` that runs
counts, including those inside functions (which once hid cycles between the storage
modules). Imports under ``if TYPE_CHECKING:`` never run and only name types (the main
window's parts name the window they are given), so they are left out. Checked on the
source."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _nodes_that_run(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except what is under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            yield from (n for child in node.orelse for n in [child, *_nodes_that_run(child)])
            continue
        yield node
        yield from _nodes_that_run(node)


def graph() -> dict[str, set[str]]:
    """Module -> the WellPlan modules it imports anywhere in its source. ``from a import b``
    counts as importing ``a``, and ``a.b`` too when that is a module."""
    modules = {module_name(p): p for p in (SRC / "wellplan").rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in _nodes_that_run(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package, up level - 1
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*up, base] if base else up)
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names)
        edges[name] = {m for m in found if m in modules and m != name}
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_check_finds_a_cycle_when_there_is_one() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]


def test_the_graph_sees_imports_inside_functions() -> None:
    edges = graph()
    assert "wellplan.app" in edges["wellplan.cli"]  # only inside cli.main()
    assert "wellplan.storage.migrate" in edges["wellplan.storage.opening"]
    assert "wellplan.gui.main_window" not in edges["wellplan.gui.menus"]  # types only


def test_no_module_imports_itself_back() -> None:
    assert cycles(graph()) == []

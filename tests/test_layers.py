"""Layers point one way: domain/storage/export never import Qt or the GUI; domain imports no
database or PDF code either. Checked on the source, so a stray import fails here first."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "wellplan"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "wellplan.gui",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "pyhanko",
        "wellplan.storage",
        "wellplan.export",
    ),
    "storage": ("PySide6", "shiboken6", "wellplan.gui", "reportlab", "pyhanko", "wellplan.export"),
    "export": ("PySide6", "shiboken6", "wellplan.gui", "wellplan.storage", "sqlalchemy"),
    "cli.py": ("PySide6", "shiboken6", "wellplan.gui"),
    "resources.py": ("PySide6", "shiboken6", "wellplan.gui"),  # gui/__init__ relies on these
}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down_only(layer: str) -> None:
    target = SRC / layer
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    assert files
    for path in files:
        for name in imports(path):
            for bad in FORBIDDEN[layer]:
                assert not (name == bad or name.startswith(bad + ".")), (
                    f"{path.relative_to(SRC)} imports {name}"
                )

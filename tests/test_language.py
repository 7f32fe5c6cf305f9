"""The words WellPlan never uses about a person, checked everywhere people read our text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wellplan.domain.language import BANNED_WORDS, find_banned
from wellplan.resources import resource_root

ROOT = Path(__file__).resolve().parent.parent
RESOURCE_FILES = sorted(p for p in resource_root().rglob("*.toml"))
GUI_FILES = sorted((ROOT / "src" / "wellplan" / "gui").glob("*.py"))


def test_the_list_catches_what_it_should() -> None:
    assert find_banned("Patient is non-compliant and suffering from X") == [
        "Patient",
        "non-compliant",
        "suffering from",
    ]
    assert find_banned("The people who help you") == []
    assert "patient" in BANNED_WORDS


@pytest.mark.parametrize("path", RESOURCE_FILES, ids=lambda p: p.name)
def test_resources_never_use_banned_words(path: Path) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert not find_banned(line), f"{path.name}:{number}: {line.strip()}"


@pytest.mark.parametrize("path", GUI_FILES, ids=lambda p: p.name)
def test_gui_strings_never_use_banned_words(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not find_banned(node.value), f"{path.name}:{node.lineno}: {node.value!r}"


def test_every_kind_of_resource_is_checked() -> None:
    folders = {p.parent.name for p in RESOURCE_FILES}
    assert {"templates", "jurisdictions", "crisis_lines"} <= folders

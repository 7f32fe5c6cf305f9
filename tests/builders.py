"""Plan files the tests start from."""

from __future__ import annotations

from pathlib import Path

from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

TEXAS_TITLE = "Robin's advance directive (Texas)"


def add_directive(path: Path, code: str, title: str) -> int:
    """Copy the demo's Oregon directive into a new one under another state's rules (by
    profile code); its plan id."""
    with PlanFile.open(path) as doc:
        oregon = next(p for p in doc.list_plans() if p.kind == "pad" and "Oregon" in p.title)
        plan = doc.create_plan("pad", title)
        for question_id, value in doc.load_plan(oregon.id).answers.items():
            doc.save_answer(plan.id, question_id, value)
        doc.save_answer(plan.id, "pad.jurisdiction", code)
    return plan.id


def add_texas_directive(path: Path) -> int:
    """Copy the demo's Oregon directive into a new one under Texas rules; its plan id."""
    return add_directive(path, "TX", TEXAS_TITLE)


def demo_with_texas(path: Path) -> tuple[Path, int]:
    """The demo file for Robin, plus a Texas directive."""
    write_demo(path)
    return path, add_texas_directive(path)

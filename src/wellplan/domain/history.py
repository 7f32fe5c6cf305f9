"""What changed between two versions of a plan, question by question, in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellplan.domain.present import RecordLookup, answer_lines
from wellplan.domain.templates import Template
from wellplan.domain.words import say


@dataclass(frozen=True)
class Change:
    section: str
    question: str
    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def summary(self) -> str:
        """In plain words, quoting the person's text exactly as written."""

        def quoted(lines: tuple[str, ...] | list[str]) -> str:
            return ", ".join(f"“{line}”" for line in lines)

        if not self.before:
            return say("history", "Added {items}.").format(items=quoted(self.after))
        if not self.after:
            return say("history", "Removed {items}.").format(items=quoted(self.before))
        added = [line for line in self.after if line not in self.before]
        removed = [line for line in self.before if line not in self.after]
        if added and removed:
            return say("history", "Added {added}; removed {removed}.").format(
                added=quoted(added), removed=quoted(removed)
            )
        if added:
            return say("history", "Added {items}.").format(items=quoted(added))
        if removed:
            return say("history", "Removed {items}.").format(items=quoted(removed))
        return say("history", "Same items, in a new order.")


def differences(
    template: Template,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    lookup: RecordLookup,
    after_lookup: RecordLookup | None = None,
) -> list[Change]:
    """Every question whose answer reads differently, in the template's order. Records are
    read through ``lookup`` for the earlier answers and ``after_lookup`` (if given) for the
    later ones, so a person renamed between two versions shows as a change."""
    changes = []
    for section in template.sections:
        for question in section.questions:
            old = tuple(answer_lines(question, before.get(question.id), lookup))
            new = tuple(answer_lines(question, after.get(question.id), after_lookup or lookup))
            if old != new:
                changes.append(Change(section.title, question.text, old, new))
    return changes

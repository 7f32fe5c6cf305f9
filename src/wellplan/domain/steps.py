"""Next steps: the steps not yet done in a plan whose template names them (``next_steps``:
a steps question, or a group, such as goals, whose entries hold steps, directly or in a
group of their own, such as paths). The home card shows the first of each entry's; "My next
steps" prints them all. Nothing is counted or scored: a step is done, or still to do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wellplan.domain.answers import steps_not_done
from wellplan.domain.present import entry_title, title_field
from wellplan.domain.templates import AnswerType, Question, Template


@dataclass(frozen=True)
class Steps:
    """Steps still to do under one heading: a path, or none (the entry's own steps)."""

    where: str
    steps: tuple[Mapping[str, str], ...]


@dataclass(frozen=True)
class Entry:
    """One goal (or the whole plan, for a plain steps question) and its steps still to do."""

    title: str  # in the person's words, or "Goal 2" before it has any
    parts: tuple[Steps, ...]

    def first(self) -> Mapping[str, str] | None:
        return next((p.steps[0] for p in self.parts if p.steps), None)


def _words(question: Question, entry: Mapping[str, Any], number: int) -> str:
    field = title_field(question)
    words = str(entry.get(field.key, "")).strip() if field is not None else ""
    return words or entry_title(question, entry, number)


def _parts(question: Question, entry: Mapping[str, Any], where: str = "") -> list[Steps]:
    """The open steps of one entry, field by field, a group's entries under their names."""
    parts: list[Steps] = []
    for field in question.fields:
        value = entry.get(field.key)
        if field.type is AnswerType.STEPS:
            parts.append(Steps(where, tuple(steps_not_done(value))))
        elif field.type is AnswerType.GROUP and isinstance(value, list):
            for number, sub in enumerate(value, start=1):
                if isinstance(sub, Mapping):
                    parts += _parts(field, sub, _words(field, sub, number))
    return parts


def open_steps(template: Template, answers: Mapping[str, Any]) -> list[Entry]:
    """Each entry with the steps still to do, in the person's order ([] if the template
    names no next steps)."""
    if not template.next_steps:
        return []
    question = template.question(template.next_steps)
    value = answers.get(question.id)
    if question.type is AnswerType.STEPS:
        return [Entry("", (Steps("", tuple(steps_not_done(value))),))]
    entries = []
    for number, entry in enumerate(value if isinstance(value, list) else [], start=1):
        if isinstance(entry, Mapping):
            parts = [p for p in _parts(question, entry) if p.steps]
            entries.append(Entry(_words(question, entry, number), tuple(parts)))
    return entries


def card_lines(template: Template, answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(what, its next step) for the home card: one line for each goal (or the plan), the
    first step not done yet; "" when every step is done or none is written yet."""
    found = []
    for entry in open_steps(template, answers):
        first = entry.first()
        text = str(first.get("text", "")).strip() if first is not None else ""
        when = str(first.get("when", "")).strip() if first is not None else ""
        found.append((entry.title, f"{text} ({when})" if text and when else text))
    return found


def flat(entries: Sequence[Entry]) -> int:
    """How many steps are still to do in all (to know whether a page holds them)."""
    return sum(len(p.steps) for e in entries for p in e.parts)

"""Answers as plain lines of text, for reading views (and later the PDFs). Pure Python."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from wellplan.domain.records import Record, RecordKind
from wellplan.domain.templates import RECORD_TYPES, AnswerType, Question, choice_label
from wellplan.domain.words import say

RecordLookup = Callable[[AnswerType, int], Record | None]


def record_line(record: Record | None, note: str) -> str:
    """'Jo Okafor · Sister · +1 555 0142 — stay with me'"""
    text = record.summary() if record is not None else say("present", "(no longer in your records)")
    return f"{text} — {note}" if note.strip() else text


def compact(record: Record) -> str:
    """A short form for cards and the one-page summary: who or what, and how to reach it."""
    v = record.values
    if record.kind is RecordKind.PERSON:
        relation = f" ({v['relationship']})" if v.get("relationship") else ""
        return f"{record.name}{relation}" + (f", {v['phone']}" if v.get("phone") else "")
    if record.kind is RecordKind.MEDICATION:
        return record.name + (f" {v['dose']}" if v.get("dose") else "")
    return record.name + (f", {v['phone']}" if v.get("phone") else "")


def short_record_line(record: Record, note: str) -> str:
    """'Jo Okafor (Sister), +1 555 0142 — stay with me': for cards and the summary."""
    return f"{compact(record)} — {note}" if note.strip() else compact(record)


def answer_lines(
    question: Question, value: Any, lookup: RecordLookup, *, short: bool = False
) -> list[str]:
    """The answer as lines a person reads; [] when there is nothing to show. ``short``
    describes shared records briefly (name and how to reach them)."""
    t = question.type
    if value is None:
        return []
    if isinstance(value, str):
        return (
            [line for line in value.splitlines() if line.strip()]
            if t is not AnswerType.JURISDICTION
            else []
        )
    if t is AnswerType.LIST and isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    if t is AnswerType.PICK and isinstance(value, Mapping):
        return [
            str(v) for v in [*value.get("tools", []), *value.get("steps", [])] if str(v).strip()
        ]
    if t in RECORD_TYPES and isinstance(value, list):
        lines = []
        for item in value:
            if not isinstance(item, Mapping):
                continue
            record = lookup(t, item["id"])
            note = str(item.get("note", ""))
            if short and record is not None:
                lines.append(short_record_line(record, note))
            else:
                lines.append(record_line(record, note))
        return lines
    if t is AnswerType.CRISIS_LINES and isinstance(value, list):
        return [
            f"{line.get('name', '')}: {line.get('how', '')}"
            for line in value
            if isinstance(line, Mapping)
        ]
    if t is AnswerType.CHOICE and isinstance(value, Mapping):
        choice = choice_label(str(value.get("choice", "")))
        reason = str(value.get("reason", "")).strip()
        return (
            [f"{choice} — {reason}" if choice and reason else choice or reason]
            if choice or reason
            else []
        )
    return []

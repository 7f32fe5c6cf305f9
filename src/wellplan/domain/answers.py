"""Answer values: their shapes, checking, and whether a question counts as answered.

Answers are stored as JSON under the question id. Shapes by answer type:

- short_text, long_text, date: ``str`` (a date is ``YYYY-MM-DD`` or empty)
- list: ``list[str]`` in the person's order
- pick: ``{"tools": list[str], "steps": list[str]}``
- people, medications, places: ``list[{"id": int, "note": str}]`` in the person's order
- choice: ``{"choice": "yes" | "no" | "unsure" | "", "reason": str}``
- jurisdiction: ``str`` (a profile code such as ``"TX"``, or empty)
- crisis_lines: ``list[{"name", "how", "region", "last_checked": str}]``

Text is kept exactly as typed: no trimming, no Unicode normalisation, no stripping of
control characters. The only limit is size, so a runaway paste cannot swamp the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from wellplan.domain.templates import CHOICES, RECORD_TYPES, AnswerType, Question

#: An answer's value in any of the shapes above (what an editor gives and is given).
AnswerValue = str | Sequence[str] | Mapping[str, Any] | Sequence[Mapping[str, Any]]

#: Characters one answer may hold in all (about 2,500 printed pages). A 1 MB paste fits easily.
MAX_ANSWER_CHARS = 5_000_000
_CHOICE_VALUES = frozenset(v for v, _ in CHOICES) | {""}


class AnswerError(ValueError):
    """An answer has the wrong shape or is too large. The message is written for a person."""


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise AnswerError(f"{what} should be text.")
    return value


def _texts(value: Any, what: str) -> list[str]:
    if not isinstance(value, list):
        raise AnswerError(f"{what} should be a list.")
    return [_text(v, what) for v in value]


def _size(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(_size(v) for v in value)
    if isinstance(value, dict):
        return sum(_size(v) for v in value.values())
    return 0


CRISIS_LINE_FIELDS = ("name", "how", "region", "last_checked")


def empty_value(question: Question) -> Any:
    t = question.type
    if t in (AnswerType.LIST, AnswerType.CRISIS_LINES) or t in RECORD_TYPES:
        return []
    if t is AnswerType.PICK:
        return {"tools": [], "steps": []}
    if t is AnswerType.CHOICE:
        return {"choice": "", "reason": ""}
    return ""


def check_answer(question: Question, value: Any) -> Any:
    """Return ``value`` in its canonical shape, or raise AnswerError."""
    t = question.type
    if t in (AnswerType.SHORT_TEXT, AnswerType.LONG_TEXT, AnswerType.JURISDICTION):
        result: Any = _text(value, "This answer")
    elif t is AnswerType.DATE:
        result = _text(value, "A date")
        if result:
            try:
                dt.date.fromisoformat(result)
            except ValueError:
                raise AnswerError("That date doesn't look right; use year-month-day.") from None
    elif t is AnswerType.LIST:
        result = _texts(value, "This list")
    elif t is AnswerType.PICK:
        if not isinstance(value, dict):
            raise AnswerError("This action plan should have tools and steps.")
        result = {
            "tools": _texts(value.get("tools", []), "Tools"),
            "steps": _texts(value.get("steps", []), "Steps"),
        }
    elif t in RECORD_TYPES:
        if not isinstance(value, list):
            raise AnswerError("This answer should be a list.")
        result = []
        for item in value:
            if not isinstance(item, dict) or not isinstance(item.get("id"), int):
                raise AnswerError("Each entry should point to a saved record.")
            result.append({"id": item["id"], "note": _text(item.get("note", ""), "A note")})
    elif t is AnswerType.CRISIS_LINES:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise AnswerError("Crisis lines should be a list.")
        result = [
            {k: _text(line.get(k, ""), "A crisis line") for k in CRISIS_LINE_FIELDS}
            for line in value
        ]
    elif t is AnswerType.CHOICE:
        if not isinstance(value, dict):
            raise AnswerError("This answer should be a choice with a reason.")
        choice = _text(value.get("choice", ""), "A choice")
        if choice not in _CHOICE_VALUES:
            raise AnswerError(f"{choice!r} is not one of the choices.")
        result = {"choice": choice, "reason": _text(value.get("reason", ""), "A reason")}
    else:  # pragma: no cover - AnswerType is closed
        raise AnswerError(f"Unknown answer type {t}.")
    if _size(result) > MAX_ANSWER_CHARS:
        raise AnswerError(
            f"This answer is very long ({_size(result):,} characters; the most one answer can hold "
            f"is {MAX_ANSWER_CHARS:,}). Nothing was lost: what was saved before is still there. "
            "You could split it into a few shorter answers."
        )
    return result


def is_answered(question: Question, value: Any) -> bool:
    if value is None:
        return False
    t = question.type
    if isinstance(value, str):
        return bool(value.strip())
    if t is AnswerType.PICK and isinstance(value, dict):
        return bool(value.get("tools") or value.get("steps"))
    if t is AnswerType.CHOICE and isinstance(value, dict):
        return bool(value.get("choice") or str(value.get("reason", "")).strip())
    if isinstance(value, list):
        return any((v.strip() if isinstance(v, str) else bool(v)) for v in value)
    return False

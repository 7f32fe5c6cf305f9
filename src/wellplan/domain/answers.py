"""Answer values: their shapes, checking, and whether a question counts as answered.

Answers are stored as JSON under the question id. Shapes by answer type:

- short_text, long_text, date: ``str`` (a date is ``YYYY-MM-DD`` or empty)
- list: ``list[str]`` in the person's order
- pick: ``{"tools": list[str], "steps": list[str]}``
- people, medications, places: ``list[{"id": int, "note": str}]`` in the person's order
- choice: ``{"choice": "yes" | "no" | "unsure" | "", "reason": str}``
- jurisdiction: ``str`` (a profile code such as ``"TX"``, or empty)
- crisis_lines: ``list[{"name", "how", "region", "last_checked": str}]``
- options: ``{"chosen": list[option id], "own": list[str]}`` (the template's options ticked,
  in the template's order, and the person's own)
- steps: ``list[{"text", "who", "when": str, "done": "YYYY-MM-DD" or ""}]`` in the person's
  order (``done`` is the day the step was ticked done)
- group: ``list[{field key: answer}]``, one object per entry, each field's answer in its own
  shape (a field key is the last part of the field's id)

Text is kept exactly as typed: no trimming, no Unicode normalisation, no stripping of
control characters. The only limit is size, so a runaway paste cannot swamp the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from wellplan.domain.records import RecordKind
from wellplan.domain.templates import (
    CHOICES,
    RECORD_KINDS,
    RECORD_TYPES,
    AnswerType,
    Question,
    Template,
)

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
STEP_FIELDS = ("text", "who", "when", "done")


def empty_value(question: Question) -> Any:
    t = question.type
    if t in (AnswerType.LIST, AnswerType.CRISIS_LINES, AnswerType.STEPS, AnswerType.GROUP):
        return []
    if t in RECORD_TYPES:
        return []
    if t is AnswerType.PICK:
        return {"tools": [], "steps": []}
    if t is AnswerType.OPTIONS:
        return {"chosen": [], "own": []}
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
    elif t is AnswerType.OPTIONS:
        if not isinstance(value, dict):
            raise AnswerError("This answer should be the choices ticked and your own.")
        result = {
            "chosen": _texts(value.get("chosen", []), "Choices"),
            "own": _texts(value.get("own", []), "Your own"),
        }
    elif t is AnswerType.STEPS:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise AnswerError("These steps should be a list.")
        result = []
        for step in value:
            done = _text(step.get("done", ""), "When a step was done")
            if done:
                try:
                    dt.date.fromisoformat(done)
                except ValueError:
                    raise AnswerError(
                        "The day a step was done doesn't look right; use year-month-day."
                    ) from None
            result.append({k: _text(step.get(k, ""), "A step") for k in STEP_FIELDS[:3]})
            result[-1]["done"] = done
    elif t is AnswerType.GROUP:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise AnswerError("These entries should be a list.")
        fields = {f.key: f for f in question.fields}
        result = []
        for entry in value:
            unknown = [k for k in entry if k not in fields]
            if unknown:
                raise AnswerError(f"An entry has a part this plan doesn't ask ({unknown[0]}).")
            checked: dict[str, Any] = {}
            for key, field in fields.items():
                if key in entry:
                    try:
                        checked[key] = check_answer(field, entry[key])
                    except AnswerError as exc:
                        raise AnswerError(f"{field.text} {exc}") from None
            result.append(checked)
    else:  # pragma: no cover - AnswerType is closed
        raise AnswerError(f"Unknown answer type {t}.")
    if question.most and isinstance(result, list) and len(result) > question.most:
        raise AnswerError(f"This answer holds at most {question.most}.")
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
    if t is AnswerType.OPTIONS and isinstance(value, dict):
        return bool(value.get("chosen")) or any(str(v).strip() for v in value.get("own", []))
    if t is AnswerType.STEPS and isinstance(value, list):
        return any(isinstance(v, dict) and str(v.get("text", "")).strip() for v in value)
    if t is AnswerType.GROUP and isinstance(value, list):
        return any(
            isinstance(entry, dict) and is_answered(field, entry.get(field.key))
            for entry in value
            for field in question.fields
        )
    if isinstance(value, list):
        return any((v.strip() if isinstance(v, str) else bool(v)) for v in value)
    return False


# ---- what answers point at, and what carries over ------------------------------------------
def record_refs(question: Question, value: Any) -> Iterator[tuple[RecordKind, int]]:
    """The shared records an answer points at, by kind and id (in a group, its entries')."""
    kind = RECORD_KINDS.get(question.type)
    if kind is not None and isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and isinstance(item.get("id"), int):
                yield kind, item["id"]
    elif question.type is AnswerType.GROUP and isinstance(value, list):
        for entry in value:
            for field in question.fields:
                if isinstance(entry, dict):
                    yield from record_refs(field, entry.get(field.key))


def without_records(question: Question, value: Any, gone: Mapping[RecordKind, set[int]]) -> Any:
    """The answer with no mention of the records ``gone`` (a deleted person leaves every
    plan; in a group, every entry)."""
    kind = RECORD_KINDS.get(question.type)
    if kind is not None and isinstance(value, list):
        return [
            item for item in value if not (isinstance(item, dict) and item.get("id") in gone[kind])
        ]
    if question.type is AnswerType.GROUP and isinstance(value, list):
        return [
            {
                key: without_records(field, entry[key], gone)
                for field in question.fields
                if (key := field.key) in entry
            }
            if isinstance(entry, dict)
            else entry
            for entry in value
        ]
    return value


def only_records(question: Question, value: Any, kept: Mapping[RecordKind, set[int]]) -> Any:
    """The answer pointing only at records in ``kept`` (the others were deleted since)."""
    present = {
        kind: {i for k, i in record_refs(question, value) if k is kind and i not in ids}
        for kind, ids in kept.items()
    }
    return without_records(question, value, present)


def steps_not_done(value: Any) -> list[dict[str, str]]:
    return (
        [
            dict(step)
            for step in value
            if isinstance(step, dict) and not step.get("done") and str(step.get("text", "")).strip()
        ]
        if isinstance(value, list)
        else []
    )


def carried_answers(template: Template, earlier: Mapping[str, Any]) -> dict[str, Any]:
    """What a new plan starts with from the newest earlier plan of its kind: each question
    that carries another's answer (a meeting's "points still open" from the last one's "to
    bring up next time"); of steps, only those not yet done."""
    found: dict[str, Any] = {}
    for question in template.questions():
        if not question.carry:
            continue
        value = earlier.get(question.carry)
        if question.type is AnswerType.STEPS:
            value = steps_not_done(value)
        if is_answered(question, value):
            found[question.id] = value
    return found

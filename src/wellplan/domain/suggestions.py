"""Suggestions in together mode: words a supporter offers for one question. They are kept
apart from the plan and become part of it only when the person accepts them (as offered,
or after editing); declined ones are deleted. Suggestions never appear in an export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from wellplan.domain.templates import AnswerType

#: Answer types a supporter can suggest words for (free text and lists of the person's own).
SUGGESTIBLE = frozenset({AnswerType.SHORT_TEXT, AnswerType.LONG_TEXT, AnswerType.LIST})
MAX_AUTHOR = 80
MAX_TEXT = 20_000


@dataclass(frozen=True)
class Suggestion:
    id: int
    plan_id: int
    question_id: str
    author: str
    text: str
    created_at: dt.datetime


def check_suggestion(author: str, text: str) -> tuple[str, str]:
    """The author's name and the words, tidied; ValueError says what is wrong."""
    author = " ".join(author.split())
    text = text.strip()
    if not author:
        raise ValueError("Say who is suggesting this, so the person knows whose words they are.")
    if not text:
        raise ValueError("There's nothing to suggest yet.")
    if len(author) > MAX_AUTHOR or len(text) > MAX_TEXT:
        raise ValueError("That's too long for a suggestion; keep it to a few lines.")
    return author, text


def merged(answer_type: AnswerType, current: Any, text: str) -> Any:
    """The answer once ``text`` is accepted: added after what is there, never replacing it.
    A list gets one new item per line (items it already has are not repeated)."""
    if answer_type is AnswerType.LIST:
        items = [str(i) for i in current] if isinstance(current, list) else []
        for line in text.splitlines():
            line = line.strip()
            if line and line not in items:
                items.append(line)
        return items
    if answer_type in (AnswerType.SHORT_TEXT, AnswerType.LONG_TEXT):
        before = current.rstrip() if isinstance(current, str) else ""
        if not before:
            return text
        joiner = " " if answer_type is AnswerType.SHORT_TEXT else "\n"
        return f"{before}{joiner}{text}"
    raise ValueError(f"Suggestions can't be made for {answer_type.value} questions.")

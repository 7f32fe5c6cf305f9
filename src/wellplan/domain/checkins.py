"""Today: a daily check-in, not a plan. From the daily list of the person's plan (a WRAP's
"things I do every day to stay well") and their own additions, they tick what they did on a
day and, if they like, add a line in their own words.

Words, not numbers: nothing here counts, rates or compares days. There are no scores, no
streaks and no reminders; a day with nothing ticked is simply a day. A check-in lives only
in the person's file (and in an export they make themselves).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wellplan.domain.value import Plain

#: Limits that keep one day's check-in the size of a day's words, not of a runaway paste.
MAX_ITEM_CHARS = 1_000
MAX_NOTE_CHARS = 20_000
MAX_ITEMS = 500


class CheckInError(ValueError):
    """A check-in has the wrong shape or is too large. The message is written for a person."""


@dataclass(frozen=True, repr=False)
class CheckIn(Plain):
    """One day: what the person ticked, in the order of their list, and their own line."""

    day: dt.date
    done: tuple[str, ...] = ()
    note: str = ""

    @property
    def empty(self) -> bool:
        return not self.done and not self.note.strip()


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise CheckInError(f"{what} should be text.")
    if len(value) > limit:
        raise CheckInError(f"{what} is very long; the most it can hold is {limit:,} characters.")
    return value


def check_items(items: Any, what: str = "The list") -> list[str]:
    """A list of the person's items: texts, each once, none empty, in their order."""
    if not isinstance(items, list | tuple):
        raise CheckInError(f"{what} should be a list.")
    if len(items) > MAX_ITEMS:
        raise CheckInError(f"{what} holds more than {MAX_ITEMS} items.")
    found: list[str] = []
    for item in items:
        text = _text(item, "Each item", MAX_ITEM_CHARS)
        if text.strip() and text not in found:
            found.append(text)
    return found


def check_checkin(day: Any, done: Any, note: Any) -> CheckIn:
    """One day's check-in in its canonical shape, or CheckInError."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise CheckInError("A check-in belongs to one day.")
    return CheckIn(
        day, tuple(check_items(done, "What was done")), _text(note, "A note", MAX_NOTE_CHARS)
    )


def daily_list(*sources: Iterable[str]) -> list[str]:
    """The things offered to tick, in order: the plan's daily list, then the person's own
    additions, each once (the same words in both show once)."""
    found: list[str] = []
    for source in sources:
        for item in source:
            if isinstance(item, str) and item.strip() and item not in found:
                found.append(item)
    return found


def shown_on(day: CheckIn, offered: Sequence[str]) -> list[tuple[str, bool]]:
    """What a day shows: everything offered, ticked or not, then anything ticked that day
    that is no longer on the list (a past day keeps what was done as it was written)."""
    ticked = set(day.done)
    rows = [(item, item in ticked) for item in offered]
    return rows + [(item, True) for item in day.done if item not in offered]


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``day``'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def month_lines(
    checkins: Mapping[dt.date, CheckIn], first: dt.date, last: dt.date
) -> list[tuple[dt.date, str]]:
    """The days from ``first`` to ``last`` that have a check-in, each with what was done
    and the person's line, in words: a month the person can read back, not a chart."""
    lines = []
    for day in sorted(d for d in checkins if first <= d <= last):
        entry = checkins[day]
        if entry.empty:
            continue
        words = ", ".join(entry.done)
        note = entry.note.strip()
        if note:
            words = f"{words} — “{note}”" if words else f"“{note}”"
        lines.append((day, words))
    return lines

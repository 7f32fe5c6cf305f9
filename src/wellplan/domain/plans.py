"""Plans as the rest of the app sees them: plain, immutable snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wellplan.domain.answers import is_answered
from wellplan.domain.templates import Section
from wellplan.domain.value import Plain


class PlanStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


@dataclass(frozen=True, repr=False)
class PlanSummary(Plain):
    id: int
    kind: str
    title: str
    status: PlanStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    review_by: dt.date | None = None


@dataclass(frozen=True, repr=False)
class PlanSnapshot(Plain):
    summary: PlanSummary
    template_version: int
    answers: Mapping[str, Any] = field(default_factory=dict)
    position_section: str = ""
    position_question: str = ""


def newest_of_kind(plans: Sequence[PlanSummary], kind: str) -> int | None:
    """The id of the first plan of ``kind`` in ``plans`` (which list the newest first), the
    one "use my crisis plan now" shows."""
    return next((p.id for p in plans if p.kind == kind), None)


def section_answered(section: Section, answers: Mapping[str, Any]) -> bool:
    return any(is_answered(q, answers.get(q.id)) for q in section.questions)


#: How long a plan goes before the app suggests reading it through again (PADs follow the
#: length their jurisdiction profile gives; see domain.pad.review_date).
DEFAULT_REVIEW_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for candidate in (day.day, 30, 29, 28):  # 31 Jan + 1 month = 28/29 Feb
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def review_status(review_by: dt.date | None, today: dt.date) -> str:
    """'' (not yet), 'soon' (within 30 days) or 'due'."""
    if review_by is None:
        return ""
    if review_by <= today:
        return "due"
    if review_by <= today + dt.timedelta(days=30):
        return "soon"
    return ""

"""Plans as the rest of the app sees them: plain, immutable snapshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wellplan.domain.answers import is_answered
from wellplan.domain.templates import Section, Template


class PlanStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


STATUS_LABELS = {PlanStatus.DRAFT: "Draft", PlanStatus.COMPLETE: "Finished"}


@dataclass(frozen=True)
class PlanSummary:
    id: int
    kind: str
    title: str
    status: PlanStatus
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class PlanSnapshot:
    summary: PlanSummary
    template_version: int
    answers: Mapping[str, Any] = field(default_factory=dict)
    position_section: str = ""
    position_question: str = ""


def section_answered(section: Section, answers: Mapping[str, Any]) -> bool:
    return any(is_answered(q, answers.get(q.id)) for q in section.questions)


def visible_sections(template: Template, answers: Mapping[str, Any]) -> tuple[Section, ...]:
    return tuple(s for s in template.sections if s.visible(answers))

"""Everything a document needs, as plain data: the person's plans with their templates,
their shared records, and when and by what the export was made. Storage builds it; export
reads it and never touches the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from wellplan.domain.plans import PlanStatus, PlanSummary
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.signing import Signature
from wellplan.domain.templates import RECORD_KINDS, AnswerType, Template, load_template


@dataclass(frozen=True)
class PlanData:
    summary: PlanSummary
    template: Template
    answers: Mapping[str, Any]


@dataclass(frozen=True)
class Bundle:
    plans: tuple[PlanData, ...]
    records: Mapping[RecordKind, Mapping[int, Record]]
    exported_at: dt.datetime
    app_version: str
    person_name: str = ""
    # plan id -> signatures that belong to what the documents will show
    signatures: Mapping[int, tuple[Signature, ...]] = field(default_factory=dict)
    version: int | None = None  # set when this bundle is one frozen version of a plan

    def in_language(self, language: str) -> Bundle:
        """The same bundle with each plan's template in ``language``."""
        plans = tuple(
            replace(p, template=load_template(p.summary.kind, language)) for p in self.plans
        )
        return replace(self, plans=plans)

    def signed(self, plan: PlanData) -> tuple[Signature, ...]:
        return self.signatures.get(plan.summary.id, ())

    def lookup(self, answer_type: AnswerType, record_id: int) -> Record | None:
        kind = RECORD_KINDS.get(answer_type)
        return self.records.get(kind, {}).get(record_id) if kind is not None else None

    def latest(self, kind: str) -> PlanData | None:
        """The plan of a kind that documents should use: a finished one before any draft,
        then the most recently changed."""
        found = [p for p in self.plans if p.summary.kind == kind]
        return (
            max(
                found, key=lambda p: (p.summary.status is PlanStatus.COMPLETE, p.summary.updated_at)
            )
            if found
            else None
        )

    def plan(self, plan_id: int) -> PlanData:
        return next(p for p in self.plans if p.summary.id == plan_id)

    def people(self, plan: PlanData | None, question_id: str) -> list[tuple[Record, str]]:
        """The records an answer points to, with their notes, in the person's order."""
        if plan is None:
            return []
        value = plan.answers.get(question_id)
        found = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), int):
                question = plan.template.question(question_id)
                record = self.lookup(question.type, item["id"])
                if record is not None:
                    found.append((record, str(item.get("note", ""))))
        return found


def person_name(plans: tuple[PlanData, ...]) -> str:
    """The person's name, from a PAD's "About you" if they wrote one."""
    for plan in sorted(plans, key=lambda p: p.summary.updated_at, reverse=True):
        name = plan.answers.get("pad.about.name")
        if isinstance(name, str) and name.strip():
            return name.strip()
    return ""


#: Territories that use US Letter; everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "PA", "DO", "SV", "NI", "BZ"}
)


def default_paper(locale_name: str | None) -> str:
    """'letter' or 'a4' for a locale name such as 'en_US.UTF-8'."""
    territory = (
        (locale_name or "").split(".")[0].split("_")[-1].upper()
        if locale_name and "_" in locale_name
        else ""
    )
    return "letter" if territory in LETTER_TERRITORIES else "a4"

"""Plans and their answers: the rows a person writes into, one short transaction each.

``save_answer`` is the one path that writes an answer (DESIGN.md, "Typing"): the value is
checked against its question first, and the shared records it points at are noted so they
can be found and taken out again.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from wellplan.domain.answers import AnswerError, carried_answers, check_answer, record_refs
from wellplan.domain.pad import profiles, review_date
from wellplan.domain.plans import PlanSnapshot, PlanStatus, PlanSummary
from wellplan.domain.templates import RECORD_KINDS, AnswerType, load_template
from wellplan.domain.words import say
from wellplan.storage.errors import NotFound
from wellplan.storage.glance import RECORD_TABLES, read_overview, read_steps
from wellplan.storage.models import (
    Answer,
    ExportLog,
    Plan,
    PlanVersion,
    RecordUse,
    SignatureRow,
    SuggestionRow,
    utcnow,
)
from wellplan.storage.sessions import Sessions, aware, dumps, sql

#: Which column of record_use points at each kind of shared record.
USE_COLUMNS = {kind: column for kind, (_table, column) in RECORD_TABLES.items()}


def summary(row: Plan) -> PlanSummary:
    return PlanSummary(
        id=row.id,
        kind=row.kind,
        title=row.title,
        status=PlanStatus(row.status),
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
        review_by=row.review_by,
    )


def plan_row(s: Session, plan_id: int) -> Plan:
    row = s.get(Plan, plan_id)
    if row is None:
        raise NotFound(
            say(
                "storage",
                "This plan isn't in the file any more (it may have been deleted in another window). Go back to your plans to see what is there.",
            )
        )
    return row


class PlanStore:
    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self._kinds: dict[int, str] = {}  # plan id -> kind: a plan's kind never changes

    def forget(self) -> None:
        self._kinds.clear()

    def kind(self, plan_id: int) -> str:
        if plan_id not in self._kinds:
            with self.sessions.session() as s:
                self._kinds[plan_id] = plan_row(s, plan_id).kind
        return self._kinds[plan_id]

    def list_plans(self) -> list[PlanSummary]:
        """All plans, most recently changed first."""
        with self.sessions.session() as s:
            rows = s.scalars(select(Plan).order_by(Plan.updated_at.desc(), Plan.id.desc()))
            return [summary(r) for r in rows]

    def overview(self) -> tuple[list[PlanSummary], dict[int, tuple[int, bool]]]:
        """What the home window shows, in a few statements (see glance.read_overview): the
        plans as list_plans gives them, and plan id -> (newest signed version, whether the
        plan still matches it) for each plan anyone signed."""
        with self.sessions.session() as s:
            return read_overview(sql(s), tolerant=True)  # damage: see Sessions.health()

    def next_steps(self) -> dict[int, list[tuple[str, str]]]:
        """Plan id -> (goal, its first step not done) for each plan whose template names
        next steps: what the home card shows (see glance.read_steps)."""
        with self.sessions.session() as s:
            query = sql(s)
            plans, _signed = read_overview(query, tolerant=True)
            return read_steps(query, plans)

    def create_plan(self, kind: str, title: str | None = None) -> PlanSummary:
        template = load_template(kind)
        now = utcnow()
        review_by = review_date(now.date(), None)
        with self.sessions.session() as s:
            row = Plan(
                kind=kind,
                title=title if title is not None else template.title,
                status=PlanStatus.DRAFT.value,
                template_version=template.version,
                created_at=now,
                updated_at=now,
                position_section="",
                position_question="",
                review_by=review_by,
            )
            s.add(row)
            s.flush()
            self._kinds[row.id] = kind
            created = summary(row)
            earlier = s.scalar(
                select(Plan.id)
                .where(Plan.kind == kind, Plan.id != row.id)
                .order_by(Plan.created_at.desc(), Plan.id.desc())
            )
        if earlier is not None and any(q.carry for q in template.questions()):
            carried = carried_answers(template, self.load_plan(earlier).answers)
            for question_id, value in carried.items():  # through the one path that writes
                self.save_answer(created.id, question_id, value)
            if carried:
                created = self.load_plan(created.id).summary
        return created

    def delete_plan(self, plan_id: int) -> None:
        """Remove a plan with its answers, versions and signatures (the export log keeps
        only that a PDF was made). Deleted pages are overwritten (secure_delete)."""
        with self.sessions.session() as s:
            plan_row(s, plan_id)
            version_ids = select(PlanVersion.id).where(PlanVersion.plan_id == plan_id)
            s.execute(delete(SignatureRow).where(SignatureRow.version_id.in_(version_ids)))
            s.execute(delete(PlanVersion).where(PlanVersion.plan_id == plan_id))
            s.execute(delete(RecordUse).where(RecordUse.plan_id == plan_id))
            s.execute(delete(SuggestionRow).where(SuggestionRow.plan_id == plan_id))
            s.execute(delete(Answer).where(Answer.plan_id == plan_id))
            s.execute(update(ExportLog).where(ExportLog.plan_id == plan_id).values(plan_id=None))
            s.execute(delete(Plan).where(Plan.id == plan_id))
        self._kinds.pop(plan_id, None)

    def load_plan(self, plan_id: int) -> PlanSnapshot:
        with self.sessions.session() as s:
            row = plan_row(s, plan_id)
            answers = {
                a.question_id: json.loads(a.value)
                for a in s.scalars(select(Answer).where(Answer.plan_id == plan_id))
            }
            self._kinds[plan_id] = row.kind
            return PlanSnapshot(
                summary=summary(row),
                template_version=row.template_version,
                answers=answers,
                position_section=row.position_section,
                position_question=row.position_question,
            )

    def save_answer(self, plan_id: int, question_id: str, value: Any) -> dt.datetime:
        """The one path that writes answers: check, then one short transaction."""
        try:
            question = load_template(self.kind(plan_id)).question(question_id)
        except KeyError:
            raise AnswerError(say("storage", "This question isn't part of this plan.")) from None
        value = check_answer(question, value)
        payload = dumps(value)
        now = utcnow()
        with self.sessions.session() as s:
            stmt = sqlite_insert(Answer).values(
                plan_id=plan_id, question_id=question_id, value=payload, updated_at=now
            )
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=[Answer.plan_id, Answer.question_id],
                    set_={"value": stmt.excluded.value, "updated_at": now},
                )
            )
            s.execute(update(Plan).where(Plan.id == plan_id).values(updated_at=now))
            if question.type is AnswerType.JURISDICTION:  # a PAD's review date follows its law
                created = s.scalar(select(Plan.created_at).where(Plan.id == plan_id))
                profile = profiles().get(value) if value else None
                if created is not None:
                    s.execute(
                        update(Plan)
                        .where(Plan.id == plan_id)
                        .values(review_by=review_date(created.date(), profile))
                    )
            if question.type in RECORD_KINDS or question.type is AnswerType.GROUP:
                s.execute(
                    delete(RecordUse).where(
                        RecordUse.plan_id == plan_id, RecordUse.question_id == question_id
                    )
                )
                for record_kind, record_id in record_refs(question, value):
                    column = USE_COLUMNS[record_kind]
                    s.add(
                        RecordUse(plan_id=plan_id, question_id=question_id, **{column: record_id})
                    )
        return aware(now)

    def save_position(self, plan_id: int, section_id: str, question_id: str = "") -> None:
        """Remember where the person was, so "continue" returns to the same place."""
        with self.sessions.session() as s:
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id)
                .values(position_section=section_id, position_question=question_id)
            )

    def set_status(self, plan_id: int, status: PlanStatus) -> None:
        with self.sessions.session() as s:
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id)
                .values(status=status.value, updated_at=utcnow())
            )

    def set_review_by(self, plan_id: int, day: dt.date | None) -> None:
        with self.sessions.session() as s:
            s.execute(update(Plan).where(Plan.id == plan_id).values(review_by=day))

    def rename_plan(self, plan_id: int, title: str) -> None:
        with self.sessions.session() as s:
            s.execute(
                update(Plan).where(Plan.id == plan_id).values(title=title, updated_at=utcnow())
            )

    def clear_draft(self, plan_id: int) -> None:
        """Take every answer out of a plan (and its records' uses) and mark it a draft: the
        first step of putting an older version back."""
        with self.sessions.session() as s:
            s.execute(delete(Answer).where(Answer.plan_id == plan_id))
            s.execute(delete(RecordUse).where(RecordUse.plan_id == plan_id))
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id)
                .values(status=PlanStatus.DRAFT.value, updated_at=utcnow())
            )

    def owner_name(self) -> str:
        """The name in the newest directive's "About you", for plans that don't ask it."""
        with self.sessions.session() as s:
            values = s.scalars(
                select(Answer.value)
                .join(Plan, Plan.id == Answer.plan_id)
                .where(Answer.question_id == "pad.about.name")
                .order_by(Plan.updated_at.desc())
            )
            for value in values:
                name = json.loads(value)
                if isinstance(name, str) and name.strip():
                    return name.strip()
        return ""

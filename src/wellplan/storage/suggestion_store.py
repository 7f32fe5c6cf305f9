"""A supporter's suggestions (together mode), kept apart from the plan until the person
accepts or declines each one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from wellplan.domain.answers import AnswerError
from wellplan.domain.suggestions import SUGGESTIBLE, Suggestion, check_suggestion
from wellplan.domain.templates import load_template
from wellplan.domain.words import say
from wellplan.storage.models import SuggestionRow
from wellplan.storage.plan_store import PlanStore, plan_row
from wellplan.storage.sessions import Sessions


def _suggestion(row: SuggestionRow) -> Suggestion:
    return Suggestion(
        id=row.id,
        plan_id=row.plan_id,
        question_id=row.question_id,
        author=row.author,
        text=row.text,
        created_at=row.created_at.replace(tzinfo=dt.UTC),
    )


class SuggestionStore:
    def __init__(self, sessions: Sessions, plans: PlanStore) -> None:
        self.sessions = sessions
        self.plans = plans

    def add_suggestion(self, plan_id: int, question_id: str, author: str, text: str) -> Suggestion:
        """Keep a supporter's suggestion for one question, apart from the plan."""
        question = load_template(self.plans.kind(plan_id)).question(question_id)
        if question.type not in SUGGESTIBLE:
            raise AnswerError(
                say("storage", "Suggestions can be made for written answers and lists only.")
            )
        try:
            author, text = check_suggestion(author, text)
        except ValueError as exc:
            raise AnswerError(str(exc)) from None
        with self.sessions.session() as s:
            plan_row(s, plan_id)
            row = SuggestionRow(plan_id=plan_id, question_id=question_id, author=author, text=text)
            s.add(row)
            s.flush()
            return _suggestion(row)

    def suggestions(self, plan_id: int) -> list[Suggestion]:
        """The suggestions waiting for the person's answer, oldest first."""
        with self.sessions.session() as s:
            rows = s.scalars(
                select(SuggestionRow)
                .where(SuggestionRow.plan_id == plan_id)
                .order_by(SuggestionRow.id)
            )
            return [_suggestion(r) for r in rows]

    def remove_suggestion(self, suggestion_id: int) -> None:
        """Delete a suggestion: declined, or accepted once its words are saved in the plan.
        Its words are overwritten in the file (secure_delete)."""
        with self.sessions.session() as s:
            s.execute(delete(SuggestionRow).where(SuggestionRow.id == suggestion_id))

"""Shared records: the people, medications and places that answers point at by id.

A record is kept once and used by any number of answers; deleting one takes it out of
every answer that uses it, in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update

from wellplan.domain.answers import AnswerError, without_records
from wellplan.domain.records import RECORD_FIELDS, Record, RecordKind
from wellplan.domain.templates import load_template
from wellplan.domain.words import say
from wellplan.storage.errors import NotFound
from wellplan.storage.glance import Query, read_records
from wellplan.storage.models import (
    Answer,
    Medication,
    Person,
    Place,
    Plan,
    RecordUse,
    SharedRecord,
    utcnow,
)
from wellplan.storage.plan_store import USE_COLUMNS
from wellplan.storage.sessions import Sessions, dumps, sql

RECORD_MODELS: dict[RecordKind, type[SharedRecord]] = {
    RecordKind.PERSON: Person,
    RecordKind.MEDICATION: Medication,
    RecordKind.PLACE: Place,
}


@dataclass(frozen=True)
class RecordUseInfo:
    plan_id: int
    plan_title: str
    question_id: str
    question_text: str


def all_records(query: Query) -> dict[RecordKind, dict[int, Record]]:
    """Every shared record, by kind and id, as plain rows (documents look them up)."""
    return {kind: {r.id: r for r in read_records(query, kind)} for kind in RecordKind}


def _record(kind: RecordKind, row: Any) -> Record:
    return Record(kind, row.id, {f.name: getattr(row, f.name) for f in RECORD_FIELDS[kind]})


def _record_values(kind: RecordKind, values: Mapping[str, str]) -> dict[str, str]:
    names = {f.name for f in RECORD_FIELDS[kind]}
    unknown = set(values) - names
    if unknown:
        raise AnswerError(f"Unknown details: {', '.join(sorted(unknown))}.")
    clean = {n: str(values.get(n, "")) for n in names}
    if not clean["name"].strip():
        raise AnswerError(say("storage", "Please give a name, so you can find this again."))
    return clean


class RecordStore:
    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    def list_records(self, kind: RecordKind) -> list[Record]:
        with self.sessions.session() as s:  # plain rows: hundreds of them, no objects to track
            return read_records(sql(s), kind)

    def add_record(self, kind: RecordKind, values: Mapping[str, str]) -> Record:
        clean = _record_values(kind, values)
        with self.sessions.session() as s:
            now = utcnow()
            row = RECORD_MODELS[kind](**clean, created_at=now, updated_at=now)
            s.add(row)
            s.flush()
            return _record(kind, row)

    def update_record(self, kind: RecordKind, record_id: int, values: Mapping[str, str]) -> Record:
        clean = _record_values(kind, values)
        with self.sessions.session() as s:
            row = s.get(RECORD_MODELS[kind], record_id)
            if row is None:
                raise NotFound(
                    say(
                        "storage",
                        "This entry isn't in the file any more (it may have been deleted in another window), so it couldn't be changed. Add it again if you need it.",
                    )
                )
            for name, value in clean.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            s.flush()
            return _record(kind, row)

    def record_uses(self, kind: RecordKind, record_id: int) -> list[RecordUseInfo]:
        """Where a shared record is used: each plan and question, in plan order."""
        column = getattr(RecordUse, USE_COLUMNS[kind])
        with self.sessions.session() as s:
            rows = s.execute(
                select(Plan.id, Plan.title, Plan.kind, RecordUse.question_id)
                .join(RecordUse, RecordUse.plan_id == Plan.id)
                .where(column == record_id)
                .order_by(Plan.id, RecordUse.id)
            ).all()
        uses = []
        for plan_id, title, plan_kind, question_id in rows:
            try:
                text = load_template(plan_kind).question(question_id).text
            except KeyError:
                text = question_id
            uses.append(RecordUseInfo(plan_id, title, question_id, text))
        return uses

    def delete_record(self, kind: RecordKind, record_id: int) -> None:
        """Delete a shared record and take it out of every answer that uses it, in one
        transaction (the GUI asks first, naming those plans)."""
        column = getattr(RecordUse, USE_COLUMNS[kind])
        with self.sessions.session() as s:
            used = s.execute(
                select(RecordUse.plan_id, RecordUse.question_id)
                .where(column == record_id)
                .distinct()
            ).all()
            now = utcnow()
            kinds = {plan_id: kind for plan_id, kind in s.execute(select(Plan.id, Plan.kind))}
            gone = {k: ({record_id} if k is kind else set()) for k in RecordKind}
            for plan_id, question_id in used:
                answer = s.get(Answer, (plan_id, question_id))
                if answer is not None:
                    try:
                        question = load_template(kinds[plan_id]).question(question_id)
                    except KeyError:
                        continue
                    answer.value = dumps(without_records(question, json.loads(answer.value), gone))
                    answer.updated_at = now
                s.execute(update(Plan).where(Plan.id == plan_id).values(updated_at=now))
            s.execute(delete(RecordUse).where(column == record_id))
            row = s.get(RECORD_MODELS[kind], record_id)
            if row is not None:
                s.delete(row)

"""Versions and signatures: immutable copies of a plan, and who signed which copy.

A version is frozen when a plan is signed, sealed or exported (DESIGN.md); the same words
as a version already kept are that version, so its signatures still belong to them.
Signatures belong to a version, never to the live draft.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wellplan.domain.answers import only_records
from wellplan.domain.records import RecordKind
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.domain.templates import load_template
from wellplan.storage.errors import NotFound
from wellplan.storage.glance import canonical_json, plan_content
from wellplan.storage.models import PlanVersion, SignatureRow, utcnow
from wellplan.storage.plan_store import PlanStore, plan_row
from wellplan.storage.record_store import RecordStore
from wellplan.storage.sessions import Sessions, aware, sql

ROLE_ORDER = {role: n for n, role in enumerate(Role)}  # signatures are listed in this order


@dataclass(frozen=True)
class VersionInfo:
    id: int
    plan_id: int
    number: int
    reason: str
    title: str
    created_at: dt.datetime


def version_info(row: PlanVersion) -> VersionInfo:
    return VersionInfo(
        row.id, row.plan_id, row.number, row.reason, row.title, aware(row.created_at)
    )


def version_row(s: Session, version_id: int) -> PlanVersion:
    row = s.get(PlanVersion, version_id)
    if row is None:
        raise NotFound(
            "This version isn't in the file any more (its plan may have been deleted). "
            "Close the history and open it again to see what is there."
        )
    return row


def signature_from_row(r: SignatureRow, number: int) -> Signature:
    return Signature(
        role=Role(r.role),
        name=r.name,
        mark=Mark.from_json(json.loads(r.mark)),
        statement=r.statement,
        signed_at=aware(r.signed_at),
        eligibility=tuple((str(q), bool(yes)) for q, yes in json.loads(r.eligibility)),
        version=number,
    )


def in_role_order(signatures: list[Signature]) -> list[Signature]:
    return sorted(signatures, key=lambda sig: ROLE_ORDER[sig.role])


def signatures_of(s: Session, version: PlanVersion) -> list[Signature]:
    rows = s.scalars(select(SignatureRow).where(SignatureRow.version_id == version.id))
    return in_role_order([signature_from_row(r, version.number) for r in rows])


class VersionStore:
    def __init__(self, sessions: Sessions, plans: PlanStore, records: RecordStore) -> None:
        self.sessions = sessions
        self.plans = plans
        self.records = records

    # ---- versions ------------------------------------------------------------------------
    def _latest(self, s: Session, plan_id: int) -> PlanVersion | None:
        return s.scalars(
            select(PlanVersion)
            .where(PlanVersion.plan_id == plan_id)
            .order_by(PlanVersion.number.desc())
            .limit(1)
        ).first()

    def _freeze(self, s: Session, plan_id: int, reason: str) -> PlanVersion:
        plan = plan_row(s, plan_id)
        answers, kept = plan_content(sql(s), plan_id)
        # the same words as a version already kept (the last one, or one restored since)
        # are that version, not a new one: its signatures still belong to them
        same = s.scalars(
            select(PlanVersion)
            .where(
                PlanVersion.plan_id == plan_id,
                PlanVersion.answers == answers,
                PlanVersion.records == kept,
                PlanVersion.title == plan.title,
            )
            .order_by(PlanVersion.number.desc())
            .limit(1)  # the ORM would read every row to give the first
        ).first()
        if same is not None:
            return same
        last = self._latest(s, plan_id)
        row = PlanVersion(
            plan_id=plan_id,
            number=(last.number + 1) if last is not None else 1,
            reason=reason,
            title=plan.title,
            template_version=plan.template_version,
            answers=answers,
            records=kept,
            created_at=utcnow(),
        )
        s.add(row)
        s.flush()
        return row

    def freeze_version(self, plan_id: int, reason: str) -> VersionInfo:
        """Keep an immutable copy of the plan as it is now (with the records it shows). If a
        version already says exactly this, that version is returned, not a duplicate."""
        with self.sessions.session() as s:
            return version_info(self._freeze(s, plan_id, reason))

    def matches_version(self, version_id: int) -> bool:
        """Whether the plan still says exactly what this version says."""
        with self.sessions.session() as s:
            row = version_row(s, version_id)
            plan = plan_row(s, row.plan_id)
            answers, kept = plan_content(sql(s), row.plan_id)
            return (answers, kept, plan.title) == (row.answers, row.records, row.title)

    def versions(self, plan_id: int) -> list[VersionInfo]:
        with self.sessions.session() as s:  # the columns only: not the answers each one keeps
            rows = s.execute(
                select(
                    PlanVersion.id,
                    PlanVersion.plan_id,
                    PlanVersion.number,
                    PlanVersion.reason,
                    PlanVersion.title,
                    PlanVersion.created_at,
                )
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number)
            )
            return [VersionInfo(*r[:5], aware(r[5])) for r in rows]

    def version_answers(self, version_id: int) -> dict[str, Any]:
        with self.sessions.session() as s:
            answers: dict[str, Any] = json.loads(version_row(s, version_id).answers)
            return answers

    def restore_version(self, version_id: int) -> None:
        """Make an older version the plan's new draft (the versions themselves stay as they
        are). Each answer goes back through save_answer, the one path that writes them."""
        with self.sessions.session() as s:
            row = version_row(s, version_id)
            plan_id = row.plan_id
            answers: dict[str, Any] = json.loads(row.answers)
        self.plans.clear_draft(plan_id)
        template = load_template(self.plans.kind(plan_id))
        existing = {kind: {r.id for r in self.records.list_records(kind)} for kind in RecordKind}
        for question_id, value in answers.items():
            try:
                question = template.question(question_id)
            except KeyError:
                continue  # a question this template no longer has
            value = only_records(question, value, existing)  # leave out records deleted since
            self.plans.save_answer(plan_id, question_id, value)

    # ---- signatures ----------------------------------------------------------------------
    def sign(self, plan_id: int, signatures: Sequence[Signature]) -> VersionInfo:
        """Freeze the plan as it is now and put these signatures on that version, in one
        transaction. A role that had already signed this version is replaced."""
        with self.sessions.session() as s:
            version = self._freeze(s, plan_id, "signed")
            for signature in signatures:
                s.execute(
                    delete(SignatureRow).where(
                        SignatureRow.version_id == version.id,
                        SignatureRow.role == signature.role.value,
                    )
                )
                s.add(
                    SignatureRow(
                        version_id=version.id,
                        role=signature.role.value,
                        name=signature.name,
                        mark=canonical_json(signature.mark.to_json()),
                        statement=signature.statement,
                        eligibility=canonical_json([[q, yes] for q, yes in signature.eligibility]),
                        signed_at=signature.signed_at.astimezone(dt.UTC).replace(tzinfo=None),
                    )
                )
            s.flush()
            return version_info(version)

    def version_signatures(self, version_id: int) -> list[Signature]:
        with self.sessions.session() as s:
            row = s.get(PlanVersion, version_id)
            return signatures_of(s, row) if row is not None else []

    def plan_signers(self, plan_id: int) -> dict[int, list[tuple[Role, str]]]:
        """Who signed each version of the plan, in role order, by version id: one query,
        and no signature's marks read (the history lists every version's signers)."""
        with self.sessions.session() as s:
            rows = s.execute(
                select(SignatureRow.version_id, SignatureRow.role, SignatureRow.name)
                .join(PlanVersion, SignatureRow.version_id == PlanVersion.id)
                .where(PlanVersion.plan_id == plan_id)
            )
            found: dict[int, list[tuple[Role, str]]] = {}
            for version_id, role, name in rows:
                found.setdefault(version_id, []).append((Role(role), name))
        return {v: sorted(signers, key=lambda s: ROLE_ORDER[s[0]]) for v, signers in found.items()}

    def signed_version(self, plan_id: int) -> VersionInfo | None:
        """The newest version that anyone signed, if any."""
        with self.sessions.session() as s:
            row = s.scalars(
                select(PlanVersion)
                .join(SignatureRow, SignatureRow.version_id == PlanVersion.id)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number.desc())
                .limit(1)
            ).first()
            return version_info(row) if row is not None else None

    def current_signatures(self, plan_id: int) -> list[Signature]:
        """Signatures that still belong to the plan as it is now: those on the newest signed
        version, if the plan hasn't changed since. Otherwise none."""
        signed = self.signed_version(plan_id)
        if signed is None or not self.matches_version(signed.id):
            return []
        return self.version_signatures(signed.id)

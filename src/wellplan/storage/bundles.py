"""What documents read: every plan with its records and signatures as plain data (a
Bundle), or one frozen version as it was. Export never reads the database itself.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select, tuple_

from wellplan.domain.bundle import Bundle, PlanData, person_name
from wellplan.domain.plans import PlanStatus, PlanSummary
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.signing import Signature
from wellplan.domain.templates import load_template
from wellplan.storage.glance import read_overview
from wellplan.storage.models import PlanVersion, SignatureRow
from wellplan.storage.plan_store import PlanStore, plan_row
from wellplan.storage.record_store import all_records
from wellplan.storage.sessions import Sessions, aware, sql
from wellplan.storage.version_store import (
    in_role_order,
    signature_from_row,
    signatures_of,
    version_row,
)


class BundleReader:
    def __init__(self, sessions: Sessions, plans: PlanStore) -> None:
        self.sessions = sessions
        self.plans = plans

    def bundle(self, app_version: str) -> Bundle:
        """Every plan and shared record, as plain data for documents, with the signatures
        that still belong to each plan (as current_signatures gives them). A fixed number of
        statements, however many plans, versions and records the file holds."""
        with self.sessions.session() as s:
            query = sql(s)
            summaries, signed_state = read_overview(query)
            answers: dict[int, dict[str, Any]] = {summary.id: {} for summary in summaries}
            for plan_id, question_id, value in query(
                "SELECT plan_id, question_id, value FROM answer", ()
            ):
                answers.setdefault(plan_id, {})[str(question_id)] = json.loads(value)
            records = all_records(query)
            still = [(plan_id, n) for plan_id, (n, same) in signed_state.items() if same]
            found: dict[int, list[Signature]] = {}
            if still:
                rows = s.execute(
                    select(SignatureRow, PlanVersion.plan_id, PlanVersion.number)
                    .join(PlanVersion, SignatureRow.version_id == PlanVersion.id)
                    .where(tuple_(PlanVersion.plan_id, PlanVersion.number).in_(still))
                )
                for row, plan_id, number in rows:
                    found.setdefault(plan_id, []).append(signature_from_row(row, number))
        frozen = tuple(
            PlanData(summary, load_template(summary.kind), answers[summary.id])
            for summary in summaries
        )
        signed = {plan_id: tuple(in_role_order(sigs)) for plan_id, sigs in found.items()}
        return Bundle(
            frozen,
            records,
            dt.datetime.now(dt.UTC),
            app_version,
            person_name(frozen),
            signatures=signed,
        )

    def version_bundle(self, version_id: int, app_version: str) -> Bundle:
        """One frozen version as documents see it: its answers, the records as they were
        when it was frozen, its signatures, and its own moment as the documents' date, so
        exporting it again gives the same PDF."""
        with self.sessions.session() as s:
            row = version_row(s, version_id)
            plan = plan_row(s, row.plan_id)
            moment = aware(row.created_at)
            summary = PlanSummary(
                id=plan.id,
                kind=plan.kind,
                title=row.title,
                status=PlanStatus.COMPLETE,
                created_at=aware(plan.created_at),
                updated_at=moment,
                review_by=None,
            )
            answers = json.loads(row.answers)
            kept = json.loads(row.records or "{}")
            signatures = tuple(signatures_of(s, row))
            number = row.number
            records = all_records(sql(s))
        for kind_name, rows in kept.items():
            kind = RecordKind(kind_name)
            for record_id, values in rows.items():
                records[kind][int(record_id)] = Record(kind, int(record_id), dict(values))
        plans = (PlanData(summary, load_template(summary.kind), answers),)
        return Bundle(
            plans,
            records,
            moment,
            app_version,
            person_name(plans) or self.plans.owner_name(),
            signatures={summary.id: signatures} if signatures else {},
            version=number,
        )

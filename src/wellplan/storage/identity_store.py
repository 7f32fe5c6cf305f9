"""The file's own sealing identity, and the log of PDFs made from it (which document, its
fingerprint, whether it was sealed; never what it said)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from wellplan.storage.models import ExportLog, SigningIdentity
from wellplan.storage.sessions import Sessions, aware


@dataclass(frozen=True)
class StoredIdentity:
    name: str
    key_pem: bytes = field(repr=False)  # the sealing key: never in a log or a traceback
    cert_pem: bytes


@dataclass(frozen=True)
class ExportEntry:
    document: str
    plan_id: int | None
    fingerprint: str
    sealed: bool
    version: str
    created_at: dt.datetime


class IdentityStore:
    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions

    def signing_identity(self) -> StoredIdentity | None:
        with self.sessions.session() as s:
            row = s.scalars(select(SigningIdentity).order_by(SigningIdentity.id).limit(1)).first()
            return StoredIdentity(row.name, row.key_pem, row.cert_pem) if row else None

    def save_signing_identity(self, identity: StoredIdentity) -> None:
        with self.sessions.session() as s:
            s.add(
                SigningIdentity(
                    name=identity.name, key_pem=identity.key_pem, cert_pem=identity.cert_pem
                )
            )

    def log_export(
        self, document: str, plan_id: int | None, fingerprint: str, *, sealed: bool, version: str
    ) -> None:
        with self.sessions.session() as s:
            s.add(
                ExportLog(
                    plan_id=plan_id,
                    document=document,
                    fingerprint=fingerprint,
                    sealed=sealed,
                    version=version,
                )
            )

    def exports(self) -> list[ExportEntry]:
        with self.sessions.session() as s:
            rows = s.scalars(select(ExportLog).order_by(ExportLog.id))
            return [
                ExportEntry(
                    r.document, r.plan_id, r.fingerprint, r.sealed, r.version, aware(r.created_at)
                )
                for r in rows
            ]

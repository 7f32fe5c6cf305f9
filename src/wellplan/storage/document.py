"""A WellPlan file: one SQLite document holding one person's plans and shared records.

:class:`PlanFile` is the one object the GUI and the command line hold for an open file. It
opens and closes the file and hands each call to the store for that concern, all over one
session factory (storage/sessions.py), so every write is one short transaction:

- plan_store.py: plans and answers (``save_answer`` is the one path that writes answers)
- record_store.py: shared records (people, medications, places)
- suggestion_store.py: a supporter's suggestions
- checkin_store.py: Today's check-ins and the person's own daily items
- version_store.py: versions and signatures
- bundles.py: what documents read
- identity_store.py: the sealing identity and the export log
- sessions.py and damage.py: the file as a whole, its health

Callers get plain domain objects back, never ORM rows or sessions. Errors come out as typed
StorageErrors with a message a person can act on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from wellplan.domain.bundle import Bundle
from wellplan.domain.checkins import CheckIn
from wellplan.domain.plans import PlanSnapshot, PlanStatus, PlanSummary
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.signing import Role, Signature
from wellplan.domain.suggestions import Suggestion
from wellplan.storage.atomic import fsync_dir
from wellplan.storage.backups import copy_checked
from wellplan.storage.bundles import BundleReader
from wellplan.storage.checkin_store import CheckinStore
from wellplan.storage.connection import remove_sidecars, translated
from wellplan.storage.crypto import Unlock
from wellplan.storage.damage import check_file as check_file  # (re-exported)
from wellplan.storage.damage import require_healthy as require_healthy  # (re-exported)
from wellplan.storage.health import CheckReport
from wellplan.storage.identity_store import ExportEntry as ExportEntry  # (re-exported)
from wellplan.storage.identity_store import IdentityStore
from wellplan.storage.identity_store import StoredIdentity as StoredIdentity  # (re-exported)
from wellplan.storage.opening import Opened, create_file, open_file
from wellplan.storage.opening import OpenReport as OpenReport  # (re-exported)
from wellplan.storage.plan_store import PlanStore
from wellplan.storage.record_store import RecordStore
from wellplan.storage.record_store import RecordUseInfo as RecordUseInfo  # (re-exported)
from wellplan.storage.sessions import Sessions
from wellplan.storage.suggestion_store import SuggestionStore
from wellplan.storage.version_store import VersionInfo as VersionInfo  # (re-exported)
from wellplan.storage.version_store import VersionStore


class PlanFile:
    """One open WellPlan document."""

    def __init__(self, opened: Opened) -> None:
        self.path = opened.path
        self.report = opened.report
        self.sessions = Sessions(opened.path, opened.engine, opened.unlock)
        self.plan_store = PlanStore(self.sessions)
        self.record_store = RecordStore(self.sessions)
        self.suggestion_store = SuggestionStore(self.sessions, self.plan_store)
        self.version_store = VersionStore(self.sessions, self.plan_store, self.record_store)
        self.bundle_reader = BundleReader(self.sessions, self.plan_store)
        self.identity_store = IdentityStore(self.sessions)
        self.checkin_store = CheckinStore(self.sessions)

    # ---- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, unlock: Unlock | None = None) -> PlanFile:
        """Make a new, empty WellPlan file at ``path`` (see opening.create_file)."""
        return cls(create_file(path, unlock))

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = False, unlock: Unlock | None = None
    ) -> PlanFile:
        """Open a WellPlan file, updating its format after a backup if it is older (see
        opening.open_file). A locked file needs ``unlock``: without it, Locked; with the
        wrong one, WrongPassphrase."""
        return cls(open_file(path, create=create, unlock=unlock))

    @property
    def unlock(self) -> Unlock | None:
        """What opens this file, if it is locked with a passphrase (None once closed)."""
        return self.sessions.unlock

    @property
    def _engine(self) -> Engine:  # for tests that reach under the stores
        return self.sessions.engine

    @property
    def closed(self) -> bool:
        return self.sessions.closed

    def close(self) -> None:
        """Close for good: every connection is closed, the key is let go, and any later use
        raises FileClosed."""
        self.sessions.close()
        self.plan_store.forget()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- the file as a whole -------------------------------------------------------------
    def health(self) -> CheckReport:
        """The file examined as ``wellplan check`` examines it, once per open."""
        return self.sessions.health()

    def require_healthy(self) -> None:
        """Raise DamagedFile (naming the damaged plans and the newest good backup) unless
        the whole check passes. For commands that must not work from a damaged file."""
        self.sessions.require_healthy()

    def save_copy(
        self, dest: Path | str, pending: Mapping[tuple[int, str], Any] | None = None
    ) -> Path:
        """Write a complete, checked copy of this file to ``dest`` (File ▸ Save As), plus any
        ``pending`` answers that couldn't be saved here (plan id and question id to value).
        The copy is made through the open connection, so it works even when this file's disk
        is full or the file was moved or deleted. A locked file's copy is locked the same."""
        raw = self.sessions.engine.raw_connection()
        try:
            dest = copy_checked(raw.driver_connection, Path(dest), self.unlock, self.path.name)
        finally:
            raw.close()
        with translated(dest):
            remove_sidecars(dest)
            fsync_dir(dest.parent)
        if pending:
            with PlanFile.open(dest, unlock=self.unlock) as copy:
                for (plan_id, question_id), value in pending.items():
                    copy.save_answer(plan_id, question_id, value)
        return dest

    # ---- plans and answers (plan_store.py) -----------------------------------------------
    def list_plans(self) -> list[PlanSummary]:
        return self.plan_store.list_plans()

    def overview(self) -> tuple[list[PlanSummary], dict[int, tuple[int, bool]]]:
        return self.plan_store.overview()

    def next_steps(self) -> dict[int, list[tuple[str, str]]]:
        """For each plan with steps (goals, a meeting): each goal and its next step."""
        return self.plan_store.next_steps()

    def create_plan(self, kind: str, title: str | None = None) -> PlanSummary:
        return self.plan_store.create_plan(kind, title)

    def delete_plan(self, plan_id: int) -> None:
        self.plan_store.delete_plan(plan_id)

    def load_plan(self, plan_id: int) -> PlanSnapshot:
        return self.plan_store.load_plan(plan_id)

    def save_answer(self, plan_id: int, question_id: str, value: Any) -> dt.datetime:
        return self.plan_store.save_answer(plan_id, question_id, value)

    def save_position(self, plan_id: int, section_id: str, question_id: str = "") -> None:
        self.plan_store.save_position(plan_id, section_id, question_id)

    def set_status(self, plan_id: int, status: PlanStatus) -> None:
        self.plan_store.set_status(plan_id, status)

    def set_review_by(self, plan_id: int, day: dt.date | None) -> None:
        self.plan_store.set_review_by(plan_id, day)

    def rename_plan(self, plan_id: int, title: str) -> None:
        self.plan_store.rename_plan(plan_id, title)

    def owner_name(self) -> str:
        return self.plan_store.owner_name()

    # ---- suggestions (suggestion_store.py) -----------------------------------------------
    def add_suggestion(self, plan_id: int, question_id: str, author: str, text: str) -> Suggestion:
        return self.suggestion_store.add_suggestion(plan_id, question_id, author, text)

    def suggestions(self, plan_id: int) -> list[Suggestion]:
        return self.suggestion_store.suggestions(plan_id)

    def remove_suggestion(self, suggestion_id: int) -> None:
        self.suggestion_store.remove_suggestion(suggestion_id)

    # ---- Today (checkin_store.py) --------------------------------------------------------
    def checkin(self, day: dt.date) -> CheckIn:
        return self.checkin_store.checkin(day)

    def checkins(self, first: dt.date, last: dt.date) -> dict[dt.date, CheckIn]:
        return self.checkin_store.checkins(first, last)

    def save_checkin(self, day: dt.date, done: Sequence[str], note: str) -> CheckIn:
        return self.checkin_store.save_checkin(day, done, note)

    def daily_items(self) -> list[str]:
        return self.checkin_store.daily_items()

    def set_daily_items(self, items: Sequence[str]) -> list[str]:
        return self.checkin_store.set_daily_items(items)

    def daily_list(self) -> list[str]:
        return self.checkin_store.daily_list()

    # ---- shared records (record_store.py) ------------------------------------------------
    def list_records(self, kind: RecordKind) -> list[Record]:
        return self.record_store.list_records(kind)

    def add_record(self, kind: RecordKind, values: Mapping[str, str]) -> Record:
        return self.record_store.add_record(kind, values)

    def update_record(self, kind: RecordKind, record_id: int, values: Mapping[str, str]) -> Record:
        return self.record_store.update_record(kind, record_id, values)

    def record_uses(self, kind: RecordKind, record_id: int) -> list[RecordUseInfo]:
        return self.record_store.record_uses(kind, record_id)

    def delete_record(self, kind: RecordKind, record_id: int) -> None:
        self.record_store.delete_record(kind, record_id)

    # ---- what documents read (bundles.py) ------------------------------------------------
    def bundle(self, app_version: str) -> Bundle:
        return self.bundle_reader.bundle(app_version)

    def version_bundle(self, version_id: int, app_version: str) -> Bundle:
        return self.bundle_reader.version_bundle(version_id, app_version)

    # ---- versions and signatures (version_store.py) --------------------------------------
    def freeze_version(self, plan_id: int, reason: str) -> VersionInfo:
        return self.version_store.freeze_version(plan_id, reason)

    def matches_version(self, version_id: int) -> bool:
        return self.version_store.matches_version(version_id)

    def versions(self, plan_id: int) -> list[VersionInfo]:
        return self.version_store.versions(plan_id)

    def version_answers(self, version_id: int) -> dict[str, Any]:
        return self.version_store.version_answers(version_id)

    def restore_version(self, version_id: int) -> None:
        self.version_store.restore_version(version_id)

    def sign(self, plan_id: int, signatures: Sequence[Signature]) -> VersionInfo:
        return self.version_store.sign(plan_id, signatures)

    def version_signatures(self, version_id: int) -> list[Signature]:
        return self.version_store.version_signatures(version_id)

    def plan_signers(self, plan_id: int) -> dict[int, list[tuple[Role, str]]]:
        return self.version_store.plan_signers(plan_id)

    def signed_version(self, plan_id: int) -> VersionInfo | None:
        return self.version_store.signed_version(plan_id)

    def current_signatures(self, plan_id: int) -> list[Signature]:
        return self.version_store.current_signatures(plan_id)

    # ---- the sealing identity and the export log (identity_store.py) ---------------------
    def signing_identity(self) -> StoredIdentity | None:
        return self.identity_store.signing_identity()

    def save_signing_identity(self, identity: StoredIdentity) -> None:
        self.identity_store.save_signing_identity(identity)

    def log_export(
        self, document: str, plan_id: int | None, fingerprint: str, *, sealed: bool, version: str
    ) -> None:
        self.identity_store.log_export(
            document, plan_id, fingerprint, sealed=sealed, version=version
        )

    def exports(self) -> list[ExportEntry]:
        return self.identity_store.exports()

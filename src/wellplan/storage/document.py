"""A WellPlan file: one SQLite document holding one person's plans and shared records.

Every write is one short transaction through :class:`PlanFile`; callers get plain domain
objects back, never ORM rows or sessions. Errors come out as typed StorageErrors with a
message a person can act on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, select, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from wellplan.domain.answers import AnswerError, check_answer
from wellplan.domain.bundle import Bundle, PlanData, person_name
from wellplan.domain.pad import profiles, review_date
from wellplan.domain.plans import PlanSnapshot, PlanStatus, PlanSummary
from wellplan.domain.records import RECORD_FIELDS, Record, RecordKind
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.domain.suggestions import SUGGESTIBLE, Suggestion, check_suggestion
from wellplan.domain.templates import RECORD_KINDS, AnswerType, load_template
from wellplan.storage import errors as err
from wellplan.storage.atomic import atomic_target, fsync_dir, remove_stale_temps
from wellplan.storage.backups import backup_dir
from wellplan.storage.connection import (
    connect,
    make_engine,
    remove_sidecars,
    translated,
)
from wellplan.storage.connection import raw_connect as raw_connect  # (re-exported)
from wellplan.storage.connection import translate as translate
from wellplan.storage.connection import unlocked_info as unlocked_info
from wellplan.storage.crypto import Unlock
from wellplan.storage.fileformat import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    FileInfo,
    inspect_file,
)
from wellplan.storage.glance import (
    RECORD_TABLES,
    Query,
    canonical_json,
    plan_content,
    read_overview,
    read_records,
)
from wellplan.storage.health import (
    CheckReport,
    check_path,
    damaged_error,
    examine,
)
from wellplan.storage.locking import lock_plain_backups
from wellplan.storage.models import (
    Answer,
    ExportLog,
    Medication,
    Person,
    Place,
    Plan,
    PlanVersion,
    RecordUse,
    SharedRecord,
    SignatureRow,
    SigningIdentity,
    SuggestionRow,
    utcnow,
)

log = logging.getLogger(__name__)

ROLE_ORDER = {role: n for n, role in enumerate(Role)}  # signatures are listed in this order

RECORD_MODELS: dict[RecordKind, type[SharedRecord]] = {
    RecordKind.PERSON: Person,
    RecordKind.MEDICATION: Medication,
    RecordKind.PLACE: Place,
}
USE_COLUMNS = {kind: column for kind, (_table, column) in RECORD_TABLES.items()}


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the GUI to tell the person (quietly)."""

    created: bool = False
    upgraded_from: int | None = None
    backup: Path | None = None
    # a locked file's backups found plain (a lock cut short): locked now, or removed
    locked_backups: tuple[Path, ...] = ()
    removed_backups: tuple[Path, ...] = ()


@dataclass(frozen=True)
class VersionInfo:
    id: int
    plan_id: int
    number: int
    reason: str
    title: str
    created_at: dt.datetime


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


@dataclass(frozen=True)
class RecordUseInfo:
    plan_id: int
    plan_title: str
    question_id: str
    question_text: str


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them so they still round-trip exactly
        text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text


def _query(connection: Any) -> Query:
    """Plain SQL with ``?`` parameters on a SQLAlchemy connection."""

    def query(sql: str, parameters: tuple[Any, ...]) -> list[Sequence[Any]]:
        return [tuple(row) for row in connection.exec_driver_sql(sql, parameters)]

    return query


def backup_before_upgrade(path: Path, old_version: int, unlock: Unlock | None = None) -> Path:
    from wellplan.storage.backups import make_backup

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.before-update-v{old_version}-{stamp}{path.suffix}")
    return make_backup(path, dest, unlock)


def _initialise(path: Path, unlock: Unlock | None = None) -> None:
    """Give a new, empty file our identity and the current schema (locked from its first
    byte when ``unlock`` is given)."""
    from wellplan.storage.migrate import upgrade_to_head

    connection = connect(path, unlock)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        connection.close()
    engine = make_engine(path, unlock)
    try:
        upgrade_to_head(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        engine.dispose()


def _upgrade(engine: Engine) -> None:
    from wellplan.storage.migrate import upgrade_to_head

    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _undo_upgrade(
    path: Path, report: OpenReport, unlock: Unlock | None, exc: Exception
) -> err.StorageError:
    """An update of the file's format failed part way: put back the copy made just before
    it, and say so. Returns the error to raise."""
    why = str(exc) if isinstance(exc, err.StorageError) else f"{type(exc).__name__}: {exc}"
    if report.backup is None:  # a new file being made: there is nothing to put back
        return err.StorageError(f"WellPlan couldn't prepare “{path.name}”: {why}")
    from wellplan.storage.backups import put_back

    try:
        put_back(report.backup, path, unlock)
    except err.StorageError as again:
        return err.DamagedFile(
            f"WellPlan couldn't update “{path.name}” to its newer format ({why}), nor put "
            f"it back as it was ({again}). The copy made before the update is safe at "
            f"{report.backup}: use File ▸ Open on that copy."
        )
    return err.StorageError(
        f"WellPlan couldn't update “{path.name}” to its newer format, so it put the file "
        f"back exactly as it was before; nothing is lost. ({why}) The copy made before the "
        f"update is also kept at {report.backup}."
    )


def _suggestion(row: SuggestionRow) -> Suggestion:
    return Suggestion(
        id=row.id,
        plan_id=row.plan_id,
        question_id=row.question_id,
        author=row.author,
        text=row.text,
        created_at=row.created_at.replace(tzinfo=dt.UTC),
    )


def _all_records(query: Query) -> dict[RecordKind, dict[int, Record]]:
    """Every shared record, by kind and id, as plain rows (documents look them up)."""
    return {kind: {r.id: r for r in read_records(query, kind)} for kind in RecordKind}


class PlanFile:
    """One open WellPlan document."""

    def __init__(
        self, path: Path, engine: Engine, report: OpenReport, unlock: Unlock | None = None
    ) -> None:
        self.path = path
        self.report = report
        self.unlock = unlock  # what opens this file, if it is locked with a passphrase
        self._open_engine: Engine | None = engine
        self._kinds: dict[int, str] = {}
        where = os.stat(path)
        self._where = (where.st_dev, where.st_ino)  # which file this is, to notice a move

    # ---- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, unlock: Unlock | None = None) -> PlanFile:
        """Make a new, empty WellPlan file at ``path``, replacing any file there in one step
        (the caller has asked the person first). Owner-only permissions."""
        path = Path(path).expanduser().absolute()
        with translated(path):
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with atomic_target(path) as tmp:
                _initialise(tmp, unlock)  # an empty file: SQLite starts it afresh
                connection = raw_connect(tmp, unlock)
                connection.execute("PRAGMA journal_mode = DELETE")
                connection.close()
                remove_sidecars(tmp)
            remove_sidecars(path)
        info = inspect_file(path)
        if unlock is not None:
            info = FileInfo(path, info.size, SCHEMA_VERSION, locked=True)
        return cls._open_checked(path, info, OpenReport(created=True), unlock)

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = False, unlock: Unlock | None = None
    ) -> PlanFile:
        """Open a WellPlan file (upgrading its schema after a backup if needed). With
        ``create``, a missing file is made. A file that isn't ours, is damaged, or is from a
        newer WellPlan raises a StorageError and is not changed in any way. A locked file
        needs ``unlock``: without it, Locked; with the wrong one, WrongPassphrase."""
        path = Path(path).expanduser().absolute()
        if create and not path.exists():
            return cls.create(path)
        info = inspect_file(path)
        remove_stale_temps(path.parent, path.name)  # copies of it cut short by a crash
        remove_stale_temps(backup_dir(path))  # and of its backups
        report = OpenReport()
        if info.locked:
            info = unlocked_info(info, unlock)
            assert unlock is not None
            secured = lock_plain_backups(path, unlock)
            report = OpenReport(locked_backups=secured.locked, removed_backups=secured.removed)
        else:
            unlock = None  # a plain file needs no key (and a key would lock it by mistake)
        if info.needs_upgrade:
            with translated(path):
                backup = backup_before_upgrade(path, info.schema_version, unlock)
            report = dataclasses.replace(report, upgraded_from=info.schema_version, backup=backup)
        return cls._open_checked(path, info, report, unlock)

    @classmethod
    def _open_checked(
        cls, path: Path, info: FileInfo, report: OpenReport, unlock: Unlock | None = None
    ) -> PlanFile:
        engine = make_engine(path, unlock)
        try:
            if info.schema_version < SCHEMA_VERSION:
                try:
                    with translated(path):
                        _upgrade(engine)
                except Exception as exc:
                    engine.dispose()
                    raise _undo_upgrade(path, report, unlock, exc) from exc
            with translated(path), engine.connect() as conn:  # errors surface now
                conn.exec_driver_sql("SELECT count(*) FROM plan").scalar()
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, report, unlock)

    @property
    def _engine(self) -> Engine:
        engine = self._open_engine
        if engine is None:
            raise err.FileClosed(
                f"“{self.path.name}” was closed (or locked), so WellPlan can't read or write "
                "it now. Open it again to go on."
            )
        return engine

    @property
    def closed(self) -> bool:
        return self._open_engine is None

    def close(self) -> None:
        """Close for good: every connection is closed, the key is let go, and any later use
        raises FileClosed (an engine merely disposed would quietly connect again)."""
        engine, self._open_engine = self._open_engine, None
        self.unlock = None
        self._kinds.clear()
        if engine is not None:
            engine.dispose()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _session(self) -> Iterator[Session]:
        with (
            self._noticing_damage(),
            translated(self.path),
            Session(self._engine) as session,
            session.begin(),
        ):
            driver = session.connection().connection.driver_connection
            changes = driver.total_changes if driver is not None else 0
            yield session
            session.flush()  # what the ORM holds back is written now, so it is counted
            if driver is None or driver.total_changes != changes:
                self._check_still_there()  # before the commit: raising rolls it back
                self._check_healthy(session)

    # ---- damage --------------------------------------------------------------------------
    #: What the whole check found, once it has run (see health()); a damaged file is never
    #: written to again while it is open.
    _health: CheckReport | None = None

    def health(self) -> CheckReport:
        """The file examined as ``wellplan check`` examines it (storage/health.py): SQLite's
        integrity and foreign key checks and every row. Runs once per open (3 ms for the demo, about
        30 ms for ten years of use), then remembered; a damaged read runs it again."""
        if self._health is None:
            with translated(self.path), self._engine.connect() as conn:
                self._health = examine(_query(conn), self.path, locked=self.unlock is not None)
        return self._health

    def require_healthy(self) -> None:
        """Raise DamagedFile (naming the damaged plans and the newest good backup) unless
        the whole check passes. For commands that must not work from a damaged file."""
        report = self.health()
        if not report.healthy:
            raise self._damaged(report)

    def _damaged(self, report: CheckReport) -> err.DamagedFile:
        error: err.DamagedFile = damaged_error(report, self.unlock)
        return error

    def _check_healthy(self, session: Session) -> None:
        """Before the first commit, examine the file (what this transaction wrote too); a
        file found damaged is never written to: raising here rolls the write back."""
        if self._health is None:
            self._health = examine(
                _query(session.connection()), self.path, locked=self.unlock is not None
            )
        if not self._health.healthy:
            raise self._damaged(self._health)

    @contextlib.contextmanager
    def _noticing_damage(self) -> Iterator[None]:
        """A read that fails the way damage makes it fail (JSON or a date that doesn't
        parse, text that isn't UTF-8, a column that isn't there) becomes DamagedFile, named
        by the whole check, and the file is written to no more. If the check finds nothing,
        the error is a fault of WellPlan's and is raised as it is."""
        try:
            yield
        except err.DamagedFile as exc:
            if exc.path is not None and self._health is not None and not self._health.healthy:
                raise
            report = self._recheck(exc)
            raise self._damaged(report) from exc
        except AnswerError:
            raise
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            IndexError,
            err.StorageError,
        ) as exc:
            if isinstance(exc, err.StorageError) and type(exc) is not err.StorageError:
                raise  # a full disk, a busy or missing file: not damage
            report = self._recheck(exc)
            if report.healthy:
                raise
            raise self._damaged(report) from exc

    def _recheck(self, exc: BaseException) -> CheckReport:
        self._health = None
        try:
            report = self.health()
        except err.StorageError as again:
            report = CheckReport(self.path, [str(again)])
        if isinstance(exc, err.DamagedFile) and report.healthy:
            report = CheckReport(self.path, [str(exc)])  # SQLite said so: believe it
        self._health = report
        return report

    def _check_still_there(self) -> None:
        """SQLite keeps writing to a file that was deleted or moved away while open, and
        everything written then is lost when it closes. Refuse writes instead, and say so
        (reading it still works, so Save As can copy everything)."""
        try:
            now = os.stat(self.path)
            same = (now.st_dev, now.st_ino) == self._where
        except OSError:
            same = False
        if not same:
            raise err.FileMissing(
                f"“{self.path.name}” was moved or deleted while WellPlan had it open, so "
                "changes can't be saved to it.",
                window="What you typed is still on the screen: use File ▸ Save As to keep "
                "everything in a new file.",
            )

    # ---- plans ---------------------------------------------------------------------------
    @staticmethod
    def _summary(row: Plan) -> PlanSummary:
        return PlanSummary(
            id=row.id,
            kind=row.kind,
            title=row.title,
            status=PlanStatus(row.status),
            created_at=_aware(row.created_at),
            updated_at=_aware(row.updated_at),
            review_by=row.review_by,
        )

    def list_plans(self) -> list[PlanSummary]:
        """All plans, most recently changed first."""
        with self._session() as s:
            rows = s.scalars(select(Plan).order_by(Plan.updated_at.desc(), Plan.id.desc()))
            return [self._summary(r) for r in rows]

    def overview(self) -> tuple[list[PlanSummary], dict[int, tuple[int, bool]]]:
        """What the home window shows, in a few statements (see glance.read_overview): the
        plans as list_plans gives them, and plan id -> (newest signed version, whether the
        plan still matches it) for each plan anyone signed."""
        with self._session() as s:
            return read_overview(self._sql(s), tolerant=True)  # damage: see health()

    def create_plan(self, kind: str, title: str | None = None) -> PlanSummary:
        template = load_template(kind)
        now = utcnow()
        review_by = review_date(now.date(), None)
        with self._session() as s:
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
            return self._summary(row)

    def delete_plan(self, plan_id: int) -> None:
        """Remove a plan with its answers, versions and signatures (the export log keeps
        only that a PDF was made). Deleted pages are overwritten (secure_delete)."""
        with self._session() as s:
            self._plan(s, plan_id)
            version_ids = select(PlanVersion.id).where(PlanVersion.plan_id == plan_id)
            s.execute(delete(SignatureRow).where(SignatureRow.version_id.in_(version_ids)))
            s.execute(delete(PlanVersion).where(PlanVersion.plan_id == plan_id))
            s.execute(delete(RecordUse).where(RecordUse.plan_id == plan_id))
            s.execute(delete(SuggestionRow).where(SuggestionRow.plan_id == plan_id))
            s.execute(delete(Answer).where(Answer.plan_id == plan_id))
            s.execute(update(ExportLog).where(ExportLog.plan_id == plan_id).values(plan_id=None))
            s.execute(delete(Plan).where(Plan.id == plan_id))
        self._kinds.pop(plan_id, None)

    # ---- suggestions (together mode) ----------------------------------------------------
    def add_suggestion(self, plan_id: int, question_id: str, author: str, text: str) -> Suggestion:
        """Keep a supporter's suggestion for one question, apart from the plan."""
        question = load_template(self._kind(plan_id)).question(question_id)
        if question.type not in SUGGESTIBLE:
            raise AnswerError("Suggestions can be made for written answers and lists only.")
        try:
            author, text = check_suggestion(author, text)
        except ValueError as exc:
            raise AnswerError(str(exc)) from None
        with self._session() as s:
            self._plan(s, plan_id)
            row = SuggestionRow(plan_id=plan_id, question_id=question_id, author=author, text=text)
            s.add(row)
            s.flush()
            return _suggestion(row)

    def suggestions(self, plan_id: int) -> list[Suggestion]:
        """The suggestions waiting for the person's answer, oldest first."""
        with self._session() as s:
            rows = s.scalars(
                select(SuggestionRow)
                .where(SuggestionRow.plan_id == plan_id)
                .order_by(SuggestionRow.id)
            )
            return [_suggestion(r) for r in rows]

    def remove_suggestion(self, suggestion_id: int) -> None:
        """Delete a suggestion: declined, or accepted once its words are saved in the plan.
        Its words are overwritten in the file (secure_delete)."""
        with self._session() as s:
            s.execute(delete(SuggestionRow).where(SuggestionRow.id == suggestion_id))

    def _plan(self, s: Session, plan_id: int) -> Plan:
        row = s.get(Plan, plan_id)
        if row is None:
            raise KeyError(f"No plan with id {plan_id}")
        return row

    def load_plan(self, plan_id: int) -> PlanSnapshot:
        with self._session() as s:
            row = self._plan(s, plan_id)
            answers = {
                a.question_id: json.loads(a.value)
                for a in s.scalars(select(Answer).where(Answer.plan_id == plan_id))
            }
            self._kinds[plan_id] = row.kind
            return PlanSnapshot(
                summary=self._summary(row),
                template_version=row.template_version,
                answers=answers,
                position_section=row.position_section,
                position_question=row.position_question,
            )

    def _kind(self, plan_id: int) -> str:
        if plan_id not in self._kinds:
            with self._session() as s:
                self._kinds[plan_id] = self._plan(s, plan_id).kind
        return self._kinds[plan_id]

    def save_answer(self, plan_id: int, question_id: str, value: Any) -> dt.datetime:
        """The one path that writes answers: check, then one short transaction."""
        try:
            question = load_template(self._kind(plan_id)).question(question_id)
        except KeyError:
            raise AnswerError("This question isn't part of this plan.") from None
        value = check_answer(question, value)
        payload = _dumps(value)
        now = utcnow()
        with self._session() as s:
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
            record_kind = RECORD_KINDS.get(question.type)
            if record_kind is not None:
                s.execute(
                    delete(RecordUse).where(
                        RecordUse.plan_id == plan_id, RecordUse.question_id == question_id
                    )
                )
                column = USE_COLUMNS[record_kind]
                for item in value:
                    s.add(
                        RecordUse(plan_id=plan_id, question_id=question_id, **{column: item["id"]})
                    )
        return _aware(now)

    def save_position(self, plan_id: int, section_id: str, question_id: str = "") -> None:
        """Remember where the person was, so "continue" returns to the same place."""
        with self._session() as s:
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id)
                .values(position_section=section_id, position_question=question_id)
            )

    def set_status(self, plan_id: int, status: PlanStatus) -> None:
        with self._session() as s:
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id)
                .values(status=status.value, updated_at=utcnow())
            )

    def set_review_by(self, plan_id: int, day: dt.date | None) -> None:
        with self._session() as s:
            s.execute(update(Plan).where(Plan.id == plan_id).values(review_by=day))

    def rename_plan(self, plan_id: int, title: str) -> None:
        with self._session() as s:
            s.execute(
                update(Plan).where(Plan.id == plan_id).values(title=title, updated_at=utcnow())
            )

    # ---- shared records ------------------------------------------------------------------
    @staticmethod
    def _record(kind: RecordKind, row: Any) -> Record:
        return Record(kind, row.id, {f.name: getattr(row, f.name) for f in RECORD_FIELDS[kind]})

    @staticmethod
    def _record_values(kind: RecordKind, values: Mapping[str, str]) -> dict[str, str]:
        names = {f.name for f in RECORD_FIELDS[kind]}
        unknown = set(values) - names
        if unknown:
            raise AnswerError(f"Unknown details: {', '.join(sorted(unknown))}.")
        clean = {n: str(values.get(n, "")) for n in names}
        if not clean["name"].strip():
            raise AnswerError("Please give a name, so you can find this again.")
        return clean

    def list_records(self, kind: RecordKind) -> list[Record]:
        with self._session() as s:  # plain rows: hundreds of them, no objects to track
            return read_records(self._sql(s), kind)

    def add_record(self, kind: RecordKind, values: Mapping[str, str]) -> Record:
        clean = self._record_values(kind, values)
        with self._session() as s:
            now = utcnow()
            row = RECORD_MODELS[kind](**clean, created_at=now, updated_at=now)
            s.add(row)
            s.flush()
            return self._record(kind, row)

    def update_record(self, kind: RecordKind, record_id: int, values: Mapping[str, str]) -> Record:
        clean = self._record_values(kind, values)
        with self._session() as s:
            row = s.get(RECORD_MODELS[kind], record_id)
            if row is None:
                raise KeyError(f"No {kind} with id {record_id}")
            for name, value in clean.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            s.flush()
            return self._record(kind, row)

    def record_uses(self, kind: RecordKind, record_id: int) -> list[RecordUseInfo]:
        """Where a shared record is used: each plan and question, in plan order."""
        column = getattr(RecordUse, USE_COLUMNS[kind])
        with self._session() as s:
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
        with self._session() as s:
            used = s.execute(
                select(RecordUse.plan_id, RecordUse.question_id)
                .where(column == record_id)
                .distinct()
            ).all()
            now = utcnow()
            for plan_id, question_id in used:
                answer = s.get(Answer, (plan_id, question_id))
                if answer is not None:
                    items = [i for i in json.loads(answer.value) if i.get("id") != record_id]
                    answer.value = _dumps(items)
                    answer.updated_at = now
                s.execute(update(Plan).where(Plan.id == plan_id).values(updated_at=now))
            s.execute(delete(RecordUse).where(column == record_id))
            row = s.get(RECORD_MODELS[kind], record_id)
            if row is not None:
                s.delete(row)

    def bundle(self, app_version: str) -> Bundle:
        """Every plan and shared record, as plain data for documents, with the signatures
        that still belong to each plan (as current_signatures gives them). A fixed number of
        statements, however many plans, versions and records the file holds."""
        with self._session() as s:
            query = self._sql(s)
            summaries, signed_state = read_overview(query)
            answers: dict[int, dict[str, Any]] = {summary.id: {} for summary in summaries}
            for plan_id, question_id, value in query(
                "SELECT plan_id, question_id, value FROM answer", ()
            ):
                answers.setdefault(plan_id, {})[str(question_id)] = json.loads(value)
            records = _all_records(query)
            still = [(plan_id, n) for plan_id, (n, same) in signed_state.items() if same]
            found: dict[int, list[Signature]] = {}
            if still:
                rows = s.execute(
                    select(SignatureRow, PlanVersion.plan_id, PlanVersion.number)
                    .join(PlanVersion, SignatureRow.version_id == PlanVersion.id)
                    .where(tuple_(PlanVersion.plan_id, PlanVersion.number).in_(still))
                )
                for row, plan_id, number in rows:
                    found.setdefault(plan_id, []).append(self._signature(row, number))
        frozen = tuple(
            PlanData(summary, load_template(summary.kind), answers[summary.id])
            for summary in summaries
        )
        signed = {plan_id: tuple(self._in_role_order(sigs)) for plan_id, sigs in found.items()}
        return Bundle(
            frozen,
            records,
            dt.datetime.now(dt.UTC),
            app_version,
            person_name(frozen),
            signatures=signed,
        )

    def owner_name(self) -> str:
        """The name in the newest directive's "About you", for plans that don't ask it."""
        with self._session() as s:
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

    def version_bundle(self, version_id: int, app_version: str) -> Bundle:
        """One frozen version as documents see it: its answers, the records as they were
        when it was frozen, its signatures, and its own moment as the documents' date, so
        exporting it again gives the same PDF."""
        with self._session() as s:
            row = s.get(PlanVersion, version_id)
            if row is None:
                raise KeyError(f"No version {version_id}")
            plan = self._plan(s, row.plan_id)
            moment = _aware(row.created_at)
            summary = PlanSummary(
                id=plan.id,
                kind=plan.kind,
                title=row.title,
                status=PlanStatus.COMPLETE,
                created_at=_aware(plan.created_at),
                updated_at=moment,
                review_by=None,
            )
            answers = json.loads(row.answers)
            kept = json.loads(row.records or "{}")
            signatures = tuple(self._signatures(s, row))
            number = row.number
            query = self._sql(s)
            records = _all_records(query)
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
            person_name(plans) or self.owner_name(),
            signatures={summary.id: signatures} if signatures else {},
            version=number,
        )

    # ---- versions ------------------------------------------------------------------------
    @staticmethod
    def _version_info(row: PlanVersion) -> VersionInfo:
        return VersionInfo(
            row.id, row.plan_id, row.number, row.reason, row.title, _aware(row.created_at)
        )

    def _content(self, s: Session, plan_id: int) -> tuple[str, str]:
        """The plan's answers and the records they point at, as canonical JSON."""
        return plan_content(self._sql(s), plan_id)

    @staticmethod
    def _sql(s: Session) -> Query:
        """Plain SQL on the session's connection, for what the glance shares with it."""
        s.flush()  # the SQL reads the database, not the session
        connection = s.connection()

        def query(sql: str, parameters: tuple[Any, ...]) -> list[Sequence[Any]]:
            return [tuple(row) for row in connection.exec_driver_sql(sql, parameters)]

        return query

    def _latest_version(self, s: Session, plan_id: int) -> PlanVersion | None:
        return s.scalars(
            select(PlanVersion)
            .where(PlanVersion.plan_id == plan_id)
            .order_by(PlanVersion.number.desc())
            .limit(1)
        ).first()

    def _freeze(self, s: Session, plan_id: int, reason: str) -> PlanVersion:
        plan = self._plan(s, plan_id)
        answers, kept = self._content(s, plan_id)
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
        last = self._latest_version(s, plan_id)
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
        with self._session() as s:
            return self._version_info(self._freeze(s, plan_id, reason))

    def matches_version(self, version_id: int) -> bool:
        """Whether the plan still says exactly what this version says."""
        with self._session() as s:
            row = s.get(PlanVersion, version_id)
            if row is None:
                raise KeyError(f"No version {version_id}")
            plan = self._plan(s, row.plan_id)
            answers, kept = self._content(s, row.plan_id)
            return (answers, kept, plan.title) == (row.answers, row.records, row.title)

    # ---- signatures ----------------------------------------------------------------------
    def sign(self, plan_id: int, signatures: Sequence[Signature]) -> VersionInfo:
        """Freeze the plan as it is now and put these signatures on that version, in one
        transaction. A role that had already signed this version is replaced."""
        with self._session() as s:
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
            return self._version_info(version)

    @staticmethod
    def _signature(r: SignatureRow, number: int) -> Signature:
        return Signature(
            role=Role(r.role),
            name=r.name,
            mark=Mark.from_json(json.loads(r.mark)),
            statement=r.statement,
            signed_at=_aware(r.signed_at),
            eligibility=tuple((str(q), bool(yes)) for q, yes in json.loads(r.eligibility)),
            version=number,
        )

    @staticmethod
    def _in_role_order(signatures: list[Signature]) -> list[Signature]:
        return sorted(signatures, key=lambda sig: ROLE_ORDER[sig.role])

    def _signatures(self, s: Session, version: PlanVersion) -> list[Signature]:
        rows = s.scalars(select(SignatureRow).where(SignatureRow.version_id == version.id))
        return self._in_role_order([self._signature(r, version.number) for r in rows])

    def version_signatures(self, version_id: int) -> list[Signature]:
        with self._session() as s:
            row = s.get(PlanVersion, version_id)
            return self._signatures(s, row) if row is not None else []

    def plan_signers(self, plan_id: int) -> dict[int, list[tuple[Role, str]]]:
        """Who signed each version of the plan, in role order, by version id: one query,
        and no signature's marks read (the history lists every version's signers)."""
        with self._session() as s:
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
        with self._session() as s:
            row = s.scalars(
                select(PlanVersion)
                .join(SignatureRow, SignatureRow.version_id == PlanVersion.id)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number.desc())
                .limit(1)
            ).first()
            return self._version_info(row) if row is not None else None

    def current_signatures(self, plan_id: int) -> list[Signature]:
        """Signatures that still belong to the plan as it is now: those on the newest signed
        version, if the plan hasn't changed since. Otherwise none."""
        signed = self.signed_version(plan_id)
        if signed is None or not self.matches_version(signed.id):
            return []
        return self.version_signatures(signed.id)

    def versions(self, plan_id: int) -> list[VersionInfo]:
        with self._session() as s:  # the columns only: not the answers each version keeps
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
            return [VersionInfo(*r[:5], _aware(r[5])) for r in rows]

    def version_answers(self, version_id: int) -> dict[str, Any]:
        with self._session() as s:
            row = s.get(PlanVersion, version_id)
            if row is None:
                raise KeyError(f"No version {version_id}")
            answers: dict[str, Any] = json.loads(row.answers)
            return answers

    def restore_version(self, version_id: int) -> None:
        """Make an older version the plan's new draft (the versions themselves stay as they are)."""
        answers = self.version_answers(version_id)
        with self._session() as s:
            row = s.get(PlanVersion, version_id)
            assert row is not None
            plan_id = row.plan_id
            now = utcnow()
            s.execute(delete(Answer).where(Answer.plan_id == plan_id))
            s.execute(delete(RecordUse).where(RecordUse.plan_id == plan_id))
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id)
                .values(status=PlanStatus.DRAFT.value, updated_at=now)
            )
        template = load_template(self._kind(plan_id))
        existing = {kind: {r.id for r in self.list_records(kind)} for kind in RecordKind}
        for question_id, value in answers.items():
            try:
                question = template.question(question_id)
            except KeyError:
                continue  # a question this template no longer has
            kind = RECORD_KINDS.get(question.type)
            if kind is not None and isinstance(value, list):  # leave out records deleted since
                value = [
                    item
                    for item in value
                    if isinstance(item, dict) and item.get("id") in existing[kind]
                ]
            self.save_answer(plan_id, question_id, value)

    # ---- seals and exports ---------------------------------------------------------------
    def signing_identity(self) -> StoredIdentity | None:
        with self._session() as s:
            row = s.scalars(select(SigningIdentity).order_by(SigningIdentity.id).limit(1)).first()
            return StoredIdentity(row.name, row.key_pem, row.cert_pem) if row else None

    def save_signing_identity(self, identity: StoredIdentity) -> None:
        with self._session() as s:
            s.add(
                SigningIdentity(
                    name=identity.name, key_pem=identity.key_pem, cert_pem=identity.cert_pem
                )
            )

    def log_export(
        self, document: str, plan_id: int | None, fingerprint: str, *, sealed: bool, version: str
    ) -> None:
        with self._session() as s:
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
        with self._session() as s:
            rows = s.scalars(select(ExportLog).order_by(ExportLog.id))
            return [
                ExportEntry(
                    r.document, r.plan_id, r.fingerprint, r.sealed, r.version, _aware(r.created_at)
                )
                for r in rows
            ]

    # ---- the file as a whole -------------------------------------------------------------
    def save_copy(
        self, dest: Path | str, pending: Mapping[tuple[int, str], Any] | None = None
    ) -> Path:
        """Write a complete, checked copy of this file to ``dest`` (File ▸ Save As), plus any
        ``pending`` answers that couldn't be saved here (plan id and question id to value).
        The copy is made through the open connection, so it works even when this file's disk
        is full or the file was moved or deleted. A locked file's copy is locked the same."""
        from wellplan.storage.backups import copy_checked

        raw = self._engine.raw_connection()
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


def check_file(path: Path | str, unlock: Unlock | None = None) -> CheckReport:
    """Health check for ``wellplan check``: the header, then (storage/health.py) SQLite's
    integrity and foreign key checks and every row read as WellPlan reads it. Read-only:
    never migrates, never writes, and leaves no -wal or -shm beside the file."""
    path = Path(path).expanduser().absolute()
    report = CheckReport(path)
    try:
        info = inspect_file(path)
        if info.locked:
            unlocked_info(info, unlock)
        else:
            unlock = None
    except err.StorageError as exc:
        report.problems.append(str(exc))
        report.damaged = isinstance(exc, err.DamagedFile)
        return report
    return check_path(path, unlock)


def require_healthy(path: Path | str, unlock: Unlock | None = None) -> None:
    """Raise the StorageError check_file's first problem comes from (DamagedFile naming the
    damaged plans and the newest good backup) unless ``path`` passes the whole check. For
    commands that must not read half a file or write to a damaged one. Opens nothing for
    writing and leaves nothing beside the file."""
    path = Path(path).expanduser().absolute()
    info = inspect_file(path)
    if info.locked:
        unlocked_info(info, unlock)
    else:
        unlock = None
    report = check_path(path, unlock)
    if not report.healthy:
        raise damaged_error(report, unlock)

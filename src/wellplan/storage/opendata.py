"""Your data, in the open: every plan, record, version and signature as documented JSON
(docs/data-format.md), and a new plan file rebuilt from such JSON.

Importing checks the whole document before writing anything: a problem is reported with
where it is ("plans[1].answers.daily.when_well: ...") and no file is made. The file's
sealing key is not exported (a rebuilt file makes a new one the first time it seals).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wellplan.domain.answers import AnswerError, check_answer, record_refs
from wellplan.domain.checkins import CheckInError, check_checkin, check_items
from wellplan.domain.plans import PlanStatus
from wellplan.domain.records import RECORD_FIELDS, RecordKind
from wellplan.domain.signing import Mark, Role
from wellplan.domain.templates import available_kinds, load_template
from wellplan.storage.atomic import atomic_target, remove_stale_temps
from wellplan.storage.crypto import Unlock
from wellplan.storage.data_json import MAX_DATA_BYTES as MAX_DATA_BYTES  # (re-exported)
from wellplan.storage.data_json import MAX_VALUES as MAX_VALUES  # (re-exported)
from wellplan.storage.data_json import DataError as DataError  # (re-exported)
from wellplan.storage.data_json import load_path as load_path  # (re-exported)
from wellplan.storage.data_json import loads as loads  # (re-exported)
from wellplan.storage.document import PlanFile
from wellplan.storage.errors import DamagedFile
from wellplan.storage.glance import canonical_json
from wellplan.storage.models import (
    Answer,
    CheckInRow,
    DailyItem,
    ExportLog,
    Plan,
    PlanVersion,
    RecordUse,
    SignatureRow,
)
from wellplan.storage.plan_store import USE_COLUMNS
from wellplan.storage.record_store import RECORD_MODELS

FORMAT = "wellplan-data"
FORMAT_VERSION = 1
MAX_ITEMS = 100_000  # of any one list: far beyond a lifetime of plans, short of a memory bomb


# ---- writing -------------------------------------------------------------------------------
def _when(value: dt.datetime) -> str:
    return value.replace(tzinfo=dt.UTC).isoformat()


def export_data(doc: PlanFile, app_version: str) -> dict[str, Any]:
    """Everything in an open PlanFile, as plain JSON-ready data (the same file gives the
    same document: no export time in it)."""
    records: dict[str, list[dict[str, Any]]] = {}
    plans: list[dict[str, Any]] = []
    exports: list[dict[str, Any]] = []
    with doc.sessions.session() as s:  # the storage package's own unit of work
        for kind, model in RECORD_MODELS.items():
            rows = s.scalars(select(model).order_by(model.id))
            records[kind.value] = [
                {"id": r.id, **{f.name: getattr(r, f.name) for f in RECORD_FIELDS[kind]}}
                for r in rows
            ]
        for plan in s.scalars(select(Plan).order_by(Plan.id)):
            answers = {
                a.question_id: json.loads(a.value)
                for a in s.scalars(
                    select(Answer).where(Answer.plan_id == plan.id).order_by(Answer.question_id)
                )
            }
            versions = []
            for version in s.scalars(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan.id)
                .order_by(PlanVersion.number)
            ):
                order = {role.value: n for n, role in enumerate(Role)}
                signatures = sorted(
                    s.scalars(select(SignatureRow).where(SignatureRow.version_id == version.id)),
                    key=lambda r: order.get(r.role, 99),
                )
                versions.append(
                    {
                        "number": version.number,
                        "reason": version.reason,
                        "title": version.title,
                        "template_version": version.template_version,
                        "created_at": _when(version.created_at),
                        "answers": json.loads(version.answers),
                        "records": json.loads(version.records or "{}"),
                        "signatures": [
                            {
                                "role": r.role,
                                "name": r.name,
                                "mark": json.loads(r.mark),
                                "statement": r.statement,
                                "eligibility": json.loads(r.eligibility),
                                "signed_at": _when(r.signed_at),
                            }
                            for r in signatures
                        ],
                    }
                )
            plans.append(
                {
                    "id": plan.id,
                    "kind": plan.kind,
                    "title": plan.title,
                    "status": plan.status,
                    "template_version": plan.template_version,
                    "created_at": _when(plan.created_at),
                    "updated_at": _when(plan.updated_at),
                    "review_by": plan.review_by.isoformat() if plan.review_by else None,
                    "position": {
                        "section": plan.position_section,
                        "question": plan.position_question,
                    },
                    "answers": answers,
                    "versions": versions,
                }
            )
        checkins = [
            {
                "day": row.day.isoformat(),
                "done": json.loads(row.done),
                "note": row.note,
                "updated_at": _when(row.updated_at),
            }
            for row in s.scalars(select(CheckInRow).order_by(CheckInRow.day))
        ]
        daily_items = [
            row.text
            for row in s.scalars(select(DailyItem).order_by(DailyItem.position, DailyItem.id))
        ]
        for entry in s.scalars(select(ExportLog).order_by(ExportLog.id)):
            exports.append(
                {
                    "document": entry.document,
                    "plan_id": entry.plan_id,
                    "fingerprint": entry.fingerprint,
                    "sealed": entry.sealed,
                    "version": entry.version,
                    "created_at": _when(entry.created_at),
                }
            )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "records": records,
        "plans": plans,
        "exports": exports,
        "checkins": checkins,
        "daily_items": daily_items,
    }


def dumps(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# ---- checking ------------------------------------------------------------------------------
def _obj(
    value: Any, where: str, keys: set[str], optional: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DataError(f"{where}: should be an object.")
    unknown = set(value) - keys - optional
    if unknown:
        raise DataError(f"{where}: unknown field “{sorted(unknown)[0]}”.")
    missing = keys - set(value)
    if missing:
        raise DataError(f"{where}: “{sorted(missing)[0]}” is missing.")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise DataError(f"{where}: should be a list.")
    if len(value) > MAX_ITEMS:
        raise DataError(f"{where}: has more than {MAX_ITEMS} items.")
    return value


def _str(value: Any, where: str, limit: int = 5_000_000) -> str:
    if not isinstance(value, str):
        raise DataError(f"{where}: should be text.")
    if len(value) > limit:
        raise DataError(f"{where}: is too long.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise DataError(f"{where}: has characters that aren't valid text.") from None
    return value


def _int(value: Any, where: str, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value < 2**62:
        raise DataError(f"{where}: should be a whole number of at least {low}.")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise DataError(f"{where}: should be true or false.")
    return value


def _moment(value: Any, where: str) -> dt.datetime:
    text = _str(value, where, 64)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise DataError(
            f"{where}: should be a date and time like 2026-11-23T10:15:00+00:00."
        ) from None
    if moment.tzinfo is None:
        raise DataError(f"{where}: needs a time zone (for example +00:00).")
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def check(data: Any) -> dict[str, Any]:
    """The whole document checked; raises DataError naming the first problem."""
    top = _obj(
        data,
        "the document",
        {"format", "format_version", "records", "plans", "exports"},
        {"app_version", "checkins", "daily_items"},  # Today's, from WellPlan 0.2 (issue 26)
    )
    if top["format"] != FORMAT:
        raise DataError(f"format: this isn't a WellPlan data document (expected “{FORMAT}”).")
    if top["format_version"] != FORMAT_VERSION:
        raise DataError(
            f"format_version: WellPlan reads version {FORMAT_VERSION}; this is "
            f"{top['format_version']!r}. A newer WellPlan may read it."
        )
    records = _obj(top["records"], "records", set(), {k.value for k in RecordKind})
    ids: dict[RecordKind, set[int]] = {}
    for kind in RecordKind:
        seen: set[int] = set()
        for n, row in enumerate(_list(records.get(kind.value, []), f"records.{kind.value}")):
            where = f"records.{kind.value}[{n}]"
            fields = {f.name for f in RECORD_FIELDS[kind]}
            _obj(row, where, {"id", "name"}, fields)
            record_id = _int(row["id"], f"{where}.id")
            if record_id in seen:
                raise DataError(f"{where}.id: {record_id} is used twice.")
            seen.add(record_id)
            for name in fields & set(row):
                _str(row[name], f"{where}.{name}", 100_000)
            if not row["name"].strip():
                raise DataError(f"{where}.name: a record needs a name.")
        ids[kind] = seen
    plan_ids: set[int] = set()
    kinds = set(available_kinds())
    for n, plan in enumerate(_list(top["plans"], "plans")):
        where = f"plans[{n}]"
        _obj(
            plan,
            where,
            {
                "id",
                "kind",
                "title",
                "status",
                "template_version",
                "created_at",
                "updated_at",
                "answers",
                "versions",
            },
            {"review_by", "position"},
        )
        plan_id = _int(plan["id"], f"{where}.id")
        if plan_id in plan_ids:
            raise DataError(f"{where}.id: {plan_id} is used twice.")
        plan_ids.add(plan_id)
        plan_kind = _str(plan["kind"], f"{where}.kind", 40)
        if plan_kind not in kinds:
            raise DataError(f"{where}.kind: WellPlan has no kind of plan called “{plan_kind}”.")
        _str(plan["title"], f"{where}.title", 10_000)
        if plan["status"] not in {s.value for s in PlanStatus}:
            raise DataError(f"{where}.status: should be “draft” or “complete”.")
        _int(plan["template_version"], f"{where}.template_version")
        _moment(plan["created_at"], f"{where}.created_at")
        _moment(plan["updated_at"], f"{where}.updated_at")
        if plan.get("review_by") is not None:
            try:
                dt.date.fromisoformat(_str(plan["review_by"], f"{where}.review_by", 16))
            except ValueError:
                raise DataError(f"{where}.review_by: should be a date like 2027-11-23.") from None
        if "position" in plan:
            position = _obj(plan["position"], f"{where}.position", {"section", "question"})
            _str(position["section"], f"{where}.position.section", 200)
            _str(position["question"], f"{where}.position.question", 200)
        template = load_template(plan_kind)
        answers = plan["answers"]
        if not isinstance(answers, dict):
            raise DataError(f"{where}.answers: should be an object.")
        for question_id, value in answers.items():
            at = f"{where}.answers.{question_id}"
            try:
                question = template.question(question_id)
            except KeyError:
                raise DataError(f"{at}: a {template.title} has no such question.") from None
            try:
                clean = check_answer(question, value)
            except AnswerError as exc:
                raise DataError(f"{at}: {exc}") from None
            for record_kind, record_id in record_refs(question, clean):
                if record_id not in ids[record_kind]:
                    raise DataError(
                        f"{at}: points to {record_kind.value} {record_id}, which isn't in records."
                    )
            answers[question_id] = clean
        numbers: set[int] = set()
        for v, version in enumerate(_list(plan["versions"], f"{where}.versions")):
            vat = f"{where}.versions[{v}]"
            _obj(
                version,
                vat,
                {
                    "number",
                    "reason",
                    "title",
                    "template_version",
                    "created_at",
                    "answers",
                    "signatures",
                },
                {"records"},
            )
            number = _int(version["number"], f"{vat}.number")
            if number in numbers:
                raise DataError(f"{vat}.number: version {number} is there twice.")
            numbers.add(number)
            _str(version["reason"], f"{vat}.reason", 20)
            _str(version["title"], f"{vat}.title", 10_000)
            _int(version["template_version"], f"{vat}.template_version")
            _moment(version["created_at"], f"{vat}.created_at")
            if not isinstance(version["answers"], dict):
                raise DataError(f"{vat}.answers: should be an object.")
            for question_id, value in version["answers"].items():
                try:  # a question of an older template is kept as it was
                    question = template.question(question_id)
                except KeyError:
                    continue
                try:
                    check_answer(question, value)
                except AnswerError as exc:
                    raise DataError(f"{vat}.answers.{question_id}: {exc}") from None
            kept = version.get("records", {})
            if not isinstance(kept, dict) or any(
                k not in {r.value for r in RecordKind} or not isinstance(rows, dict)
                for k, rows in kept.items()
            ):
                raise DataError(
                    f"{vat}.records: should map person, medication or place to records."
                )
            for kind_name, rows in kept.items():
                names = {f.name for f in RECORD_FIELDS[RecordKind(kind_name)]}
                for record_id, fields in rows.items():
                    rat = f"{vat}.records.{kind_name}.{record_id}"
                    if not record_id.isdigit() or not isinstance(fields, dict):
                        raise DataError(f"{rat}: should be a record under its id.")
                    for name, text in fields.items():
                        if name not in names:
                            raise DataError(f"{rat}: unknown field “{name}”.")
                        _str(text, f"{rat}.{name}", 100_000)
            roles: set[str] = set()
            for g, sig in enumerate(_list(version["signatures"], f"{vat}.signatures")):
                sat = f"{vat}.signatures[{g}]"
                _obj(sig, sat, {"role", "name", "mark", "statement", "eligibility", "signed_at"})
                if sig["role"] not in {r.value for r in Role} or sig["role"] in roles:
                    raise DataError(f"{sat}.role: unknown, or signed twice on one version.")
                roles.add(sig["role"])
                _str(sig["name"], f"{sat}.name", 1_000)
                _str(sig["statement"], f"{sat}.statement", 100_000)
                _moment(sig["signed_at"], f"{sat}.signed_at")
                try:
                    if not isinstance(sig["mark"], dict):
                        raise TypeError
                    Mark.from_json(sig["mark"])
                except (TypeError, ValueError, KeyError):
                    raise DataError(f"{sat}.mark: isn't a drawn or typed signature.") from None
                for e, pair in enumerate(_list(sig["eligibility"], f"{sat}.eligibility")):
                    if not (isinstance(pair, list) and len(pair) == 2):
                        raise DataError(f"{sat}.eligibility[{e}]: should be [question, yes].")
                    _str(pair[0], f"{sat}.eligibility[{e}][0]", 10_000)
                    _bool(pair[1], f"{sat}.eligibility[{e}][1]")
    for n, entry in enumerate(_list(top["exports"], "exports")):
        where = f"exports[{n}]"
        _obj(
            entry, where, {"document", "plan_id", "fingerprint", "sealed", "version", "created_at"}
        )
        _str(entry["document"], f"{where}.document", 40)
        if (
            entry["plan_id"] is not None
            and _int(entry["plan_id"], f"{where}.plan_id") not in plan_ids
        ):
            raise DataError(f"{where}.plan_id: there is no plan {entry['plan_id']}.")
        _str(entry["fingerprint"], f"{where}.fingerprint", 80)
        _bool(entry["sealed"], f"{where}.sealed")
        _str(entry["version"], f"{where}.version", 200)
        _moment(entry["created_at"], f"{where}.created_at")
    days: set[str] = set()
    for n, entry in enumerate(_list(top.get("checkins", []), "checkins")):
        where = f"checkins[{n}]"
        _obj(entry, where, {"day", "done", "note", "updated_at"})
        day = _str(entry["day"], f"{where}.day", 16)
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            raise DataError(f"{where}.day: should be a date like 2027-11-23.") from None
        if day in days:
            raise DataError(f"{where}.day: {day} has two check-ins.")
        days.add(day)
        try:
            check_checkin(dt.date.fromisoformat(day), entry["done"], entry["note"])
        except CheckInError as exc:
            raise DataError(f"{where}: {exc}") from None
        _moment(entry["updated_at"], f"{where}.updated_at")
    try:
        check_items(_list(top.get("daily_items", []), "daily_items"), "daily_items")
    except CheckInError as exc:
        raise DataError(f"daily_items: {exc}") from None
    return top


def import_data(data: Any, dest: Path, unlock: Unlock | None = None) -> Path:
    """A new plan file at ``dest`` holding what ``data`` holds. Nothing is written unless all
    of it checks out; an existing file is never replaced."""
    top = check(data)
    dest = Path(dest).expanduser().absolute()
    if dest.exists():
        raise DataError(f"“{dest.name}” already exists. Choose a new file name to import into.")
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_temps(dest.parent, dest.name)  # an earlier import of it, cut short
    try:
        _rebuild(top, dest, unlock)
    except DamagedFile as exc:  # checked above; should it still not read back, say what
        problem = exc.problems[0] if exc.problems else str(exc)
        raise DataError(f"Some of it doesn't read back as a plan: {problem}") from None
    return dest


def _rebuild(top: dict[str, Any], dest: Path, unlock: Unlock | None) -> None:
    with (
        atomic_target(dest) as tmp,
        PlanFile.create(tmp, unlock) as doc,
        doc.sessions.session() as s,
    ):
        for kind, model in RECORD_MODELS.items():
            for row in top["records"].get(kind.value, []):
                values = {f.name: row.get(f.name, "") for f in RECORD_FIELDS[kind]}
                s.add(model(id=row["id"], **values))
        s.flush()
        for plan in top["plans"]:
            position = plan.get("position") or {"section": "", "question": ""}
            review = plan.get("review_by")
            s.add(
                Plan(
                    id=plan["id"],
                    kind=plan["kind"],
                    title=plan["title"],
                    status=plan["status"],
                    template_version=plan["template_version"],
                    created_at=_moment(plan["created_at"], ""),
                    updated_at=_moment(plan["updated_at"], ""),
                    position_section=position["section"],
                    position_question=position["question"],
                    review_by=dt.date.fromisoformat(review) if review else None,
                )
            )
            s.flush()
            template = load_template(plan["kind"])
            for question_id, value in plan["answers"].items():
                s.add(
                    Answer(
                        plan_id=plan["id"],
                        question_id=question_id,
                        value=json.dumps(value, ensure_ascii=False, separators=(",", ":")),
                        updated_at=_moment(plan["updated_at"], ""),
                    )
                )
                for record_kind, record_id in record_refs(template.question(question_id), value):
                    s.add(
                        RecordUse(
                            plan_id=plan["id"],
                            question_id=question_id,
                            **{USE_COLUMNS[record_kind]: record_id},
                        )
                    )
            for version in plan["versions"]:
                row = PlanVersion(
                    plan_id=plan["id"],
                    number=version["number"],
                    reason=version["reason"],
                    title=version["title"],
                    template_version=version["template_version"],
                    answers=canonical_json(version["answers"]),
                    records=canonical_json(version.get("records", {})),
                    created_at=_moment(version["created_at"], ""),
                )
                s.add(row)
                s.flush()
                for sig in version["signatures"]:
                    s.add(
                        SignatureRow(
                            version_id=row.id,
                            role=sig["role"],
                            name=sig["name"],
                            mark=canonical_json(sig["mark"]),
                            statement=sig["statement"],
                            eligibility=canonical_json(sig["eligibility"]),
                            signed_at=_moment(sig["signed_at"], ""),
                        )
                    )
        for entry in top.get("checkins", []):
            done = check_checkin(dt.date.fromisoformat(entry["day"]), entry["done"], entry["note"])
            if not done.empty:  # (a day left alone keeps no row)
                s.add(
                    CheckInRow(
                        day=done.day,
                        done=json.dumps(list(done.done), ensure_ascii=False, separators=(",", ":")),
                        note=done.note,
                        updated_at=_moment(entry["updated_at"], ""),
                    )
                )
        for position, text in enumerate(check_items(top.get("daily_items", []))):
            s.add(DailyItem(text=text, position=position))
        for entry in top["exports"]:
            s.add(
                ExportLog(
                    plan_id=entry["plan_id"],
                    document=entry["document"],
                    fingerprint=entry["fingerprint"],
                    sealed=entry["sealed"],
                    version=entry["version"],
                    created_at=_moment(entry["created_at"], ""),
                )
            )

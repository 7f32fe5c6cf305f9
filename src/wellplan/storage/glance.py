"""A quick look into a WellPlan file with Python's own sqlite3, read-only, before the
storage layer (SQLAlchemy, about half a second to import) is loaded.

The window paints the person's plans from a glance, then opens the file properly. A glance
is only taken of a plain, current-schema file that opens read-only without trouble; anything
else (a locked file, one to upgrade, a damaged one, one left mid-write) gives None and the
file is opened the usual way, with its usual messages. A glance never writes.

The SQL that says what a plan contains (for "signed, and not changed since") lives here, so
the storage layer and the glance share one definition.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wellplan.domain.plans import PlanSnapshot, PlanStatus, PlanSummary
from wellplan.domain.records import RECORD_FIELDS, Record, RecordKind
from wellplan.domain.value import Plain

#: Runs one SQL statement with ``?`` parameters and gives its rows.
Query = Callable[[str, tuple[Any, ...]], Iterable[Sequence[Any]]]

#: Where each kind of shared record lives, and the column of record_use that points at it.
RECORD_TABLES: dict[RecordKind, tuple[str, str]] = {
    RecordKind.PERSON: ("person", "person_id"),
    RecordKind.MEDICATION: ("medication", "medication_id"),
    RecordKind.PLACE: ("place", "place_id"),
}


def canonical_json(value: Any) -> str:
    """JSON that is the same text for the same content (for versions and comparisons)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def plan_answers(query: Query, plan_id: int) -> dict[str, Any]:
    """The plan's answers by question id, as stored."""
    rows = query("SELECT question_id, value FROM answer WHERE plan_id = ?", (plan_id,))
    return {str(question_id): json.loads(value) for question_id, value in rows}


def read_records(
    query: Query, kind: RecordKind, record_ids: Collection[int] | None = None
) -> list[Record]:
    """The shared records of ``kind`` by name, or those with ``record_ids`` in no set order."""
    table, _column = RECORD_TABLES[kind]
    names = [f.name for f in RECORD_FIELDS[kind]]
    sql = f"SELECT id, {', '.join(names)} FROM {table}"
    if record_ids is None:
        rows = list(query(f"{sql} ORDER BY name, id", ()))
    else:
        rows = [
            row
            for chunk in _chunks(sorted(record_ids))
            for row in query(f"{sql} WHERE id IN ({_marks(chunk)})", tuple(chunk))
        ]
    return [Record(kind, row[0], dict(zip(names, row[1:], strict=True))) for row in rows]


def plan_content(query: Query, plan_id: int) -> tuple[str, str]:
    """The plan's answers and the records they point at, as canonical JSON."""
    return plans_content(query, [plan_id])[plan_id]


def plans_content(query: Query, plan_ids: Collection[int]) -> dict[int, tuple[str, str]]:
    """Each plan's answers and the records they point at, as canonical JSON, in a fixed
    number of statements however many plans and records there are."""
    ids = sorted(set(plan_ids))
    answers: dict[int, dict[str, Any]] = {plan_id: {} for plan_id in ids}
    columns = ", ".join(column for _table, column in RECORD_TABLES.values())
    uses: list[Sequence[Any]] = []
    for chunk in _chunks(ids):
        marks = _marks(chunk)
        for plan_id, question_id, value in query(
            f"SELECT plan_id, question_id, value FROM answer WHERE plan_id IN ({marks})",
            tuple(chunk),
        ):
            answers[plan_id][str(question_id)] = json.loads(value)
        uses += query(
            f"SELECT plan_id, {columns} FROM record_use WHERE plan_id IN ({marks})", tuple(chunk)
        )
    wanted: dict[RecordKind, set[int]] = {kind: set() for kind in RECORD_TABLES}
    for _plan_id, *refs in uses:
        for kind, record_id in zip(RECORD_TABLES, refs, strict=True):
            if record_id is not None:
                wanted[kind].add(record_id)
    found = {
        kind: {record.id: record for record in read_records(query, kind, record_ids)}
        for kind, record_ids in wanted.items()
        if record_ids
    }
    kept: dict[int, dict[str, dict[str, dict[str, str]]]] = {plan_id: {} for plan_id in ids}
    for plan_id, *refs in uses:
        for kind, record_id in zip(RECORD_TABLES, refs, strict=True):
            record = found.get(kind, {}).get(record_id)
            if record is not None:  # a use of a record that is gone says nothing
                kept[plan_id].setdefault(kind.value, {})[str(record.id)] = record.values
    return {
        plan_id: (canonical_json(answers[plan_id]), canonical_json(kept[plan_id]))
        for plan_id in ids
    }


def _chunks(values: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    """``values`` in pieces small enough for one statement's parameters."""
    return [values[start : start + size] for start in range(0, len(values), size)]


def _marks(values: Sequence[int]) -> str:
    return ", ".join("?" * len(values))


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@dataclass(repr=False)
class Glance(Plain):
    """What the home window and "use my plan now" need, read from the file as it is now."""

    path: Path
    plans: list[PlanSummary]
    signed: dict[int, tuple[int, bool]]  # plan id -> (newest signed version, still matches)
    steps: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # the cards' steps
    _answers: dict[int, dict[str, Any]] = field(default_factory=dict)
    _records: dict[RecordKind, list[Record]] = field(default_factory=dict)

    def load_plan(self, plan_id: int) -> PlanSnapshot:
        summary = next(p for p in self.plans if p.id == plan_id)
        return PlanSnapshot(summary=summary, template_version=0, answers=self._answers[plan_id])

    def list_records(self, kind: RecordKind) -> list[Record]:
        return self._records.get(kind, [])


def glance(path: Path) -> Glance | None:
    """The plans in ``path``, read-only, or None when the file should be opened properly
    first (see the module's note)."""
    from wellplan.storage.errors import StorageError
    from wellplan.storage.fileformat import SCHEMA_VERSION, inspect_file

    try:
        info = inspect_file(path)
    except StorageError:
        return None
    if info.locked or info.schema_version != SCHEMA_VERSION:
        return None
    if _mid_write(path):
        return None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(path, connection)
    except Exception:  # only a head start: on any surprise the file opens the usual way
        return None  # (tests check that a glance is taken of every file it should read)
    finally:
        connection.close()


def _mid_write(path: Path) -> bool:
    """Whether SQLite has writes to finish or roll back first: a rollback journal, or a
    write-ahead log with something in it (another WellPlan has the file open, or one
    stopped mid-write). An empty log holds nothing: SQLite leaves one beside the file after a
    read-only look like this one (the open that follows removes it), and so may a WellPlan
    that was stopped."""
    if path.with_name(path.name + "-journal").exists():
        return True
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def read_overview(
    query: Query, *, tolerant: bool = False
) -> tuple[list[PlanSummary], dict[int, tuple[int, bool]]]:
    """What the home window shows: the plans, most recently changed first, and for each plan
    anyone signed, its newest signed version and whether the plan still says exactly that.
    A fixed number of statements, however many plans, versions and records the file holds.

    ``tolerant`` (the home, a glance): a plan whose own row is damaged is left out and one
    whose words can't be read counts as changed since it was signed, so the other plans can
    still be opened (the damage is named by storage/health.py). Otherwise damage raises."""
    plans: list[PlanSummary] = []
    for row in query(
        "SELECT id, CAST(kind AS BLOB), CAST(title AS BLOB), CAST(status AS BLOB), "
        "CAST(created_at AS BLOB), CAST(updated_at AS BLOB), CAST(review_by AS BLOB) "
        "FROM plan ORDER BY updated_at DESC, id DESC",
        (),
    ):
        try:
            plans.append(_summary(row))
        except (ValueError, TypeError, AttributeError):
            if not tolerant:
                raise
    signed: dict[int, tuple[int, bool]] = {}
    newest_signed = query(
        "SELECT v.plan_id, v.number, CAST(v.title AS BLOB), CAST(v.answers AS BLOB), "
        "CAST(v.records AS BLOB) FROM plan_version v "
        "WHERE v.number = (SELECT MAX(w.number) FROM plan_version w JOIN signature s "
        "ON s.version_id = w.id WHERE w.plan_id = v.plan_id)",
        (),
    )
    titles = {p.id: p.title for p in plans}
    ids = [row[0] for row in newest_signed]
    content: dict[int, tuple[str, str] | None]
    try:
        content = dict(plans_content(query, ids))
    except Exception:  # something one of them points at can't be read: see which
        if not tolerant:
            raise
        content = {}
        for plan_id in ids:
            try:
                content[plan_id] = plans_content(query, [plan_id])[plan_id]
            except Exception:  # this plan's words can't be read
                content[plan_id] = None
    for plan_id, number, title, answers, records in newest_signed:
        now = content[plan_id]
        frozen = (_bytes(answers), _bytes(records), _bytes(title))
        same = now is not None and frozen == (
            now[0].encode(),
            now[1].encode(),
            titles.get(plan_id, "").encode() if plan_id in titles else None,
        )
        signed[plan_id] = (number, same)
    return plans, signed


def read_steps(query: Query, plans: Sequence[PlanSummary]) -> dict[int, list[tuple[str, str]]]:
    """Plan id -> (goal, its first step not done) for each plan whose template names next
    steps (a goals plan, a meeting): what the home card shows. A plan whose steps can't be
    read shows none (storage/health.py names the damage)."""
    from wellplan.domain.steps import card_lines
    from wellplan.domain.templates import available_kinds, load_template

    with_steps = {k for k in available_kinds() if load_template(k).next_steps}
    found: dict[int, list[tuple[str, str]]] = {}
    for plan in plans:
        if plan.kind not in with_steps:
            continue
        template = load_template(plan.kind)
        try:
            rows = list(
                query(
                    "SELECT value FROM answer WHERE plan_id = ? AND question_id = ?",
                    (plan.id, template.next_steps),
                )
            )
            value = json.loads(rows[0][0]) if rows else None
        except (ValueError, TypeError, IndexError):
            continue
        found[plan.id] = card_lines(template, {template.next_steps: value})
    return found


def _bytes(value: Any) -> bytes | None:
    return bytes(value) if value is not None else None


def _summary(row: Sequence[Any]) -> PlanSummary:
    """One plan's row, read from its columns' bytes (so a damaged one is one error)."""
    plan_id, kind, title, status, created, updated, review_by = row
    review = bytes(review_by).decode() if review_by is not None else ""
    return PlanSummary(
        id=plan_id,
        kind=bytes(kind).decode(),
        title=bytes(title).decode(),
        status=PlanStatus(bytes(status).decode()),
        created_at=_moment(bytes(created).decode()),
        updated_at=_moment(bytes(updated).decode()),
        review_by=dt.date.fromisoformat(review) if review else None,
    )


def _read(path: Path, connection: sqlite3.Connection) -> Glance:
    def query(sql: str, parameters: tuple[Any, ...]) -> list[Sequence[Any]]:
        return connection.execute(sql, parameters).fetchall()

    plans, signed = read_overview(query, tolerant=True)
    result = Glance(path, plans, signed, read_steps(query, plans))
    crisis = next((p.id for p in plans if p.kind == "crisis"), None)  # "use my plan now"
    if crisis is not None:
        result._answers[crisis] = plan_answers(query, crisis)
        result._records = {kind: read_records(query, kind) for kind in RecordKind}
    return result

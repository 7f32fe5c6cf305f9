"""Whether a WellPlan file is whole: SQLite's own checks, and every row read the way
WellPlan reads it (the JSON parses, the dates parse, what an answer points at is there, each
value passes the checks typing passes).

``wellplan check`` reports what :func:`examine` finds; an open PlanFile runs the same
examination before its first write and whenever a read fails in a way only damage explains,
so a file this calls unhealthy is never written to (see PlanFile._session). A :func:`probe`
reads a file without changing anything beside it: no -wal or -shm is left behind.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wellplan.storage.connection import probe as probe  # (re-exported: checks read through it)
from wellplan.storage.crypto import Unlock

#: Runs one SQL statement with ``?`` parameters and gives its rows.
Query = Callable[[str, tuple[Any, ...]], Iterable[Sequence[Any]]]

#: More than this many problems, and the rest are only counted.
MAX_PROBLEMS = 50


@dataclass
class CheckReport:
    """What a check found. ``plans`` names each plan that is damaged (id -> its title, or
    "plan N" when even the title can't be read)."""

    path: Path
    problems: list[str] = field(default_factory=list)
    plans: dict[int, str] = field(default_factory=dict)
    #: False when the problem is that it isn't a file to check at all (missing, not a
    #: WellPlan file, locked, from a newer WellPlan), not that it is damaged
    damaged: bool = True

    @property
    def healthy(self) -> bool:
        return not self.problems


def connection_query(connection: Any) -> Query:
    def query(sql: str, parameters: tuple[Any, ...]) -> list[Sequence[Any]]:
        return list(connection.execute(sql, parameters).fetchall())

    return query


# ---- the examination ---------------------------------------------------------------------
INT, OPT_INT, TEXT, MOMENT, OPT_DATE, DATE, JSON, BOOL, PEM = (
    "int",
    "opt_int",
    "text",
    "moment",
    "opt_date",
    "date",
    "json",
    "bool",
    "pem",
)

#: Each table WellPlan reads, and how each column must read. Files from older schemas lack
#: some tables and columns; those that are there are checked.
COLUMNS: dict[str, dict[str, str]] = {
    "plan": {
        "id": INT,
        "kind": TEXT,
        "title": TEXT,
        "status": TEXT,
        "template_version": INT,
        "created_at": MOMENT,
        "updated_at": MOMENT,
        "position_section": TEXT,
        "position_question": TEXT,
        "review_by": OPT_DATE,
    },
    "answer": {"plan_id": INT, "question_id": TEXT, "value": JSON, "updated_at": MOMENT},
    "person": {
        "id": INT,
        "name": TEXT,
        "relationship": TEXT,
        "phone": TEXT,
        "email": TEXT,
        "notes": TEXT,
        "created_at": MOMENT,
        "updated_at": MOMENT,
    },
    "medication": {
        "id": INT,
        "name": TEXT,
        "dose": TEXT,
        "prescriber": TEXT,
        "pharmacy": TEXT,
        "purpose": TEXT,
        "notes": TEXT,
        "created_at": MOMENT,
        "updated_at": MOMENT,
    },
    "place": {
        "id": INT,
        "name": TEXT,
        "kind": TEXT,
        "phone": TEXT,
        "address": TEXT,
        "notes": TEXT,
        "created_at": MOMENT,
        "updated_at": MOMENT,
    },
    "record_use": {
        "id": INT,
        "plan_id": INT,
        "question_id": TEXT,
        "person_id": OPT_INT,
        "medication_id": OPT_INT,
        "place_id": OPT_INT,
    },
    "signing_identity": {
        "id": INT,
        "name": TEXT,
        "key_pem": PEM,
        "cert_pem": PEM,
        "created_at": MOMENT,
    },
    "export_log": {
        "id": INT,
        "plan_id": OPT_INT,
        "document": TEXT,
        "fingerprint": TEXT,
        "sealed": BOOL,
        "version": TEXT,
        "created_at": MOMENT,
    },
    "plan_version": {
        "id": INT,
        "plan_id": INT,
        "number": INT,
        "reason": TEXT,
        "title": TEXT,
        "template_version": INT,
        "answers": JSON,
        "created_at": MOMENT,
        "records": JSON,
    },
    "signature": {
        "id": INT,
        "version_id": INT,
        "role": TEXT,
        "name": TEXT,
        "mark": JSON,
        "statement": TEXT,
        "eligibility": JSON,
        "signed_at": MOMENT,
    },
    "suggestion": {
        "id": INT,
        "plan_id": INT,
        "question_id": TEXT,
        "author": TEXT,
        "text": TEXT,
        "created_at": MOMENT,
    },
    "checkin": {"day": DATE, "done": JSON, "note": TEXT, "updated_at": MOMENT},
    "daily_item": {"id": INT, "text": TEXT, "position": INT, "created_at": MOMENT},
}

#: What a column is, in words, for the problems found.
WHAT = {
    "kind": "what kind of plan it is",
    "title": "its title",
    "status": "whether it is finished",
    "template_version": "its template version",
    "created_at": "when it was made",
    "updated_at": "when it was last changed",
    "signed_at": "when it was signed",
    "position_section": "where you left off",
    "position_question": "where you left off",
    "review_by": "its review date",
    "key_pem": "its key",
    "cert_pem": "its certificate",
}


class _Unreadable(Exception):
    """One value doesn't read as its column must."""


def _read(kind: str, storage: str, raw: bytes | None) -> Any:
    """The value of a column as WellPlan reads it, from SQLite's storage class and the
    value's bytes (text columns are read as bytes, so a bad one is found, not fatal)."""
    if kind in (INT, OPT_INT, BOOL):
        if storage == "null" and kind == OPT_INT:
            return None
        if storage != "integer" or raw is None:
            raise _Unreadable
        number = int(raw)
        if kind == BOOL and number not in (0, 1):
            raise _Unreadable
        return number
    if kind == OPT_DATE and storage == "null":
        return None
    if kind == PEM:
        if storage not in ("blob", "text") or raw is None:
            raise _Unreadable
        lines = raw.strip().splitlines()
        if (
            len(lines) < 3
            or not lines[0].startswith(b"-----BEGIN ")
            or not lines[-1].startswith(b"-----END ")
        ):
            raise _Unreadable
        try:
            base64.b64decode(b"".join(lines[1:-1]), validate=True)
        except (binascii.Error, ValueError):
            raise _Unreadable from None
        return raw
    if storage != "text" or raw is None:
        raise _Unreadable
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unreadable from None
    try:
        if kind == MOMENT:
            return dt.datetime.fromisoformat(text)
        if kind in (OPT_DATE, DATE):
            return dt.date.fromisoformat(text)
        if kind == JSON:
            return json.loads(text)
    except (ValueError, RecursionError):
        raise _Unreadable from None
    return text


class _Examination:
    def __init__(self, query: Query, path: Path, locked: bool) -> None:
        self.query = query
        self.locked = locked
        self.report = CheckReport(path)
        self.more = 0  # problems beyond MAX_PROBLEMS
        self.plans: dict[int, tuple[str, str | None]] = {}  # id -> (label, kind)
        self._questions: dict[str, dict[str, Any]] = {}

    def problem(self, text: str, plan_id: int | None = None) -> None:
        if plan_id is not None and plan_id in self.plans:
            self.report.plans[plan_id] = self.plans[plan_id][0]
        elif plan_id is not None:
            self.report.plans[plan_id] = f"plan {plan_id}"
        if len(self.report.problems) < MAX_PROBLEMS:
            self.report.problems.append(text)
        else:
            self.more += 1

    def questions(self, kind: str) -> dict[str, Any]:
        """The questions of a kind of plan by id (looked up thousands of times)."""
        if kind not in self._questions:
            from wellplan.domain.templates import load_template

            self._questions[kind] = {q.id: q for q in load_template(kind).questions()}
        return self._questions[kind]

    def label(self, plan_id: int | None) -> str:
        if plan_id is None:
            return "A plan"
        if plan_id in self.plans:
            label = self.plans[plan_id][0]
            return label if label.startswith("plan ") else f"“{label}” (plan {plan_id})"
        return f"Plan {plan_id}"

    def rows(self, table: str) -> Iterator[tuple[int, dict[str, Any], set[str]]]:
        """Each row of ``table``: its rowid, the columns that read, and the names of those
        that don't. Nothing if the table isn't there (an older file)."""
        spec = COLUMNS[table]
        present = [
            str(row[0])
            for row in self.query("SELECT name FROM pragma_table_info(?)", (table,))
            if str(row[0]) in spec
        ]
        if not present:
            return
        parts = ", ".join(f'typeof("{c}"), CAST("{c}" AS BLOB)' for c in present)
        for row in self.query(f'SELECT rowid, {parts} FROM "{table}"', ()):
            values: dict[str, Any] = {}
            bad: set[str] = set()
            for n, column in enumerate(present):
                storage, raw = row[1 + 2 * n], row[2 + 2 * n]
                try:
                    values[column] = _read(spec[column], str(storage), raw)
                except _Unreadable:
                    bad.add(column)
            yield int(row[0]), values, bad

    # ---- the steps ------------------------------------------------------------------------
    def run(self) -> CheckReport:
        try:
            lines = [
                bytes(row[0]).decode("utf-8", "replace")
                for row in self.query(
                    "SELECT CAST(integrity_check AS BLOB) FROM pragma_integrity_check", ()
                )
            ]
        except Exception as exc:  # the file's layout itself can't be read
            self.problem(_sqlite_problem(exc, self.locked))
            return self.finish()
        if lines != ["ok"]:
            for line in lines:
                self.problem(f"SQLite's integrity check: {line}")
        try:
            self.schema()
            for table, rowid, parent, _ in self.query("PRAGMA foreign_key_check", ()):
                self.problem(f"Row {rowid} of {table} points to a missing {parent}.")
            records = self.records()
            self.plan_rows()
            self.answers(records)
            self.versions()
            self.others()
        except Exception as exc:  # SQLite gave up part way: what it said is the problem
            self.problem(_sqlite_problem(exc, self.locked))
        return self.finish()

    def finish(self) -> CheckReport:
        if self.more:
            self.report.problems.append(f"… and {self.more} more.")
        return self.report

    def schema(self) -> None:
        """Every table and column this build uses is there (for a file of this build's
        schema; an older one is upgraded when it is opened). COLUMNS holds exactly the
        models' columns (a test keeps the two in step)."""
        from wellplan.storage.fileformat import SCHEMA_VERSION

        version = next(iter(self.query("PRAGMA user_version", ())))[0]
        if version != SCHEMA_VERSION:
            return
        for table, spec in COLUMNS.items():
            have = {
                str(r[0]) for r in self.query("SELECT name FROM pragma_table_info(?)", (table,))
            }
            if not have:
                self.problem(f"The table “{table}” is missing from the file's layout.")
                continue
            for column in spec:
                if column not in have:
                    self.problem(f"The column “{column}” is missing from the table “{table}”.")

    def records(self) -> dict[str, set[int]]:
        """Checks the people, medications and places; gives their ids by kind."""
        found: dict[str, set[int]] = {}
        for table in ("person", "medication", "place"):
            ids: set[int] = set()
            for rowid, values, bad in self.rows(table):
                record_id = values.get("id", rowid)
                ids.add(record_id)
                for column in sorted(bad):
                    what = (
                        WHAT[column]
                        if column.endswith("_at")
                        else f"its {column.replace('_', ' ')}"
                    )
                    self.problem(f"A {table} in your records ({record_id}): {what} can't be read.")
            found[table] = ids
        return found

    def plan_rows(self) -> None:
        from wellplan.domain.plans import PlanStatus
        from wellplan.domain.templates import available_kinds

        kinds = set(available_kinds())
        statuses = {s.value for s in PlanStatus}
        rows = list(self.rows("plan"))
        for rowid, values, _bad in rows:  # labels first, so every problem can name its plan
            plan_id = values.get("id", rowid)
            title = values.get("title")
            kind = values.get("kind")
            self.plans[plan_id] = (
                title if isinstance(title, str) and title.strip() else f"plan {plan_id}",
                kind if kind in kinds else None,
            )
        for rowid, values, bad in rows:
            plan_id = values.get("id", rowid)
            if "kind" not in bad and values.get("kind") not in kinds:
                bad.add("kind")
            if "status" not in bad and values.get("status") not in statuses:
                bad.add("status")
            for column in sorted(bad):
                self.problem(
                    f"{self.label(plan_id)}: {WHAT.get(column, column)} can't be read.", plan_id
                )

    def answers(self, records: dict[str, set[int]]) -> None:
        from wellplan.domain.answers import AnswerError, check_answer, record_refs

        for _rowid, values, bad in self.rows("answer"):
            plan_id = values.get("plan_id")
            question_id = values.get("question_id")
            where = self.label(plan_id)
            if "plan_id" in bad or plan_id not in self.plans:
                self.problem(f"An answer belongs to no plan in the file ({question_id or '?'}).")
                continue
            if "question_id" in bad:
                self.problem(
                    f"{where}: which question an answer belongs to can't be read.", plan_id
                )
                continue
            kind = self.plans[plan_id][1]
            if kind is None:
                continue  # the plan's own row is reported already
            try:
                question = self.questions(kind)[str(question_id)]
            except KeyError:
                self.problem(
                    f"{where}: an answer is kept for a question this plan doesn't have "
                    f"({question_id}).",
                    plan_id,
                )
                continue
            about = f"the answer to “{question.text}”"
            if "updated_at" in bad:
                self.problem(f"{where}: when {about} was saved can't be read.", plan_id)
            if "value" in bad:
                self.problem(f"{where}: {about} can't be read.", plan_id)
                continue
            try:
                value = check_answer(question, values["value"])
            except AnswerError:
                self.problem(f"{where}: {about} isn't in the shape WellPlan saves.", plan_id)
                continue
            missing = [
                kind for kind, i in record_refs(question, value) if i not in records[kind.value]
            ]
            if missing:
                self.problem(
                    f"{where}: {about} points to a {missing[0].value} that isn't in your records.",
                    plan_id,
                )

    def versions(self) -> dict[int, int]:
        """Checks each frozen version; gives version id -> plan id, for the signatures."""
        from wellplan.domain.answers import AnswerError, check_answer
        from wellplan.domain.records import RECORD_FIELDS, RecordKind
        from wellplan.domain.signing import Mark, Role

        owners: dict[int, int] = {}
        numbers: dict[int, int] = {}
        for rowid, values, bad in self.rows("plan_version"):
            plan_id = values.get("plan_id")
            if plan_id is None or plan_id not in self.plans:
                self.problem(f"A frozen version ({rowid}) belongs to no plan in the file.")
                continue
            owners[values.get("id", rowid)] = plan_id
            numbers[values.get("id", rowid)] = values.get("number", 0)
            where = f"{self.label(plan_id)}, version {values.get('number', '?')}"
            shapes = set(bad)
            answers = values.get("answers")
            if "answers" not in bad:
                kind = self.plans[plan_id][1]
                if not isinstance(answers, dict):
                    shapes.add("answers")
                elif kind is not None:
                    questions = self.questions(kind)
                    for question_id, value in answers.items():
                        try:
                            check_answer(questions[question_id], value)
                        except KeyError:
                            continue  # a question of an older template: shown as it was
                        except AnswerError:
                            shapes.add("answers")
                            break
            kept = values.get("records", {})
            if "records" not in bad and kept is not None:
                try:
                    for kind_name, rows in kept.items():
                        names = {f.name for f in RECORD_FIELDS[RecordKind(kind_name)]}
                        for record_id, fields in rows.items():
                            int(record_id)
                            if not set(fields) <= names or not all(
                                isinstance(v, str) for v in fields.values()
                            ):
                                raise ValueError
                except (AttributeError, TypeError, ValueError):
                    shapes.add("records")
            for column in sorted(shapes):
                what = {
                    "answers": "its answers",
                    "records": "the people, medications and places it showed",
                }.get(column, WHAT.get(column, column.replace("_", " ")))
                self.problem(f"{where}: {what} can't be read.", plan_id)
        roles = {r.value for r in Role}
        for rowid, values, bad in self.rows("signature"):
            version_id: int = values.get("version_id", -1)
            plan_id = owners.get(version_id)
            if plan_id is None:
                self.problem(f"A signature ({rowid}) belongs to no version in the file.")
                continue
            number = numbers.get(version_id, "?")
            role = values.get("role") if "role" not in bad else None
            who = f"the {role} signature" if role in roles else "a signature"
            where = f"{self.label(plan_id)}, {who} on version {number}"
            if "role" not in bad and values.get("role") not in roles:
                bad.add("role")
            if "mark" not in bad:
                try:
                    mark = values["mark"]
                    if not isinstance(mark, dict):
                        raise TypeError
                    Mark.from_json(mark)
                except (TypeError, ValueError, KeyError, AttributeError):
                    bad.add("mark")
            if "eligibility" not in bad:
                try:
                    for question, yes in values["eligibility"]:
                        str(question), bool(yes)
                except (TypeError, ValueError):
                    bad.add("eligibility")
            for column in sorted(bad):
                what = {
                    "mark": "the signature itself",
                    "eligibility": "the witness's answers",
                    "role": "who signed",
                    "name": "the signer's name",
                    "statement": "the words signed",
                }.get(column, WHAT.get(column, column))
                self.problem(f"{where}: {what} can't be read.", plan_id)
        return owners

    def others(self) -> None:
        from wellplan.domain.checkins import CheckInError, check_items

        for rowid, values, bad in self.rows("checkin"):
            if "done" not in bad:
                try:
                    check_items(values["done"])
                except CheckInError:
                    bad.add("done")
            if bad:
                day = values.get("day", f"row {rowid}")
                self.problem(f"The check-in for {day} can't be read.")
        for rowid, _values, bad in self.rows("daily_item"):
            if bad:
                self.problem(f"Something you added to your daily list ({rowid}) can't be read.")
        for rowid, values, bad in self.rows("suggestion"):
            plan_id = values.get("plan_id")
            if bad:
                self.problem(
                    f"{self.label(plan_id)}: a suggestion waiting for your answer ({rowid}) "
                    "can't be read.",
                    plan_id if plan_id in self.plans else None,
                )
        for rowid, _values, bad in self.rows("record_use"):
            if bad:
                self.problem(
                    f"Row {rowid} of record_use (which answer uses which record) can't be read."
                )
        for _rowid, _values, bad in self.rows("signing_identity"):
            if bad:
                self.problem(
                    "The key this file seals PDFs with can't be read, so it can't seal them "
                    "or recognise its own seals."
                )
        for rowid, _values, bad in self.rows("export_log"):
            if bad:
                self.problem(f"Entry {rowid} of the list of PDFs made can't be read.")


def _sqlite_problem(exc: BaseException, locked: bool = False) -> str:
    if isinstance(exc, UnicodeDecodeError):  # SQLite's message quoted bytes of the damage
        return "The file's layout (its list of tables) is damaged, so SQLite can't read it."
    if locked:  # SQLCipher checks every page: one that fails was changed on disk
        return (
            f"Part of the locked file doesn't decrypt: it was damaged or changed after "
            f"WellPlan wrote it (SQLCipher said: {exc})."
        )
    return f"SQLite can't read all of the file (it said: {exc})."


def examine(query: Query, path: Path, *, locked: bool = False) -> CheckReport:
    """Everything :mod:`wellplan.storage.health` checks, through ``query`` (``locked``: a
    file locked with a passphrase, for the words)."""
    return _Examination(query, path, locked).run()


def check_path(path: Path, unlock: Unlock | None = None) -> CheckReport:
    """Examine ``path`` through a :func:`probe` (nothing is written, nothing left beside
    it). The header is the caller's to check first (inspect_file, unlocked_info)."""
    report = CheckReport(path)
    try:
        with probe(path, unlock) as connection:
            return examine(connection_query(connection), path, locked=unlock is not None)
    except Exception as exc:  # opening it failed: sqlite3, SQLCipher or the file system
        report.problems.append(_sqlite_problem(exc, unlock is not None))
        return report

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellplan.domain.answers import AnswerError
from wellplan.domain.plans import PlanStatus
from wellplan.domain.records import RecordKind
from wellplan.storage import fileformat, opening
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import (
    DamagedFile,
    DiskFull,
    FileMissing,
    NewerVersionFile,
    NotAWellPlanFile,
    StorageError,
)
from wellplan.storage.fileformat import APPLICATION_ID, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_private_and_recognisable(tmp_path: Path) -> None:
    path = tmp_path / "mine.wellplan"
    PlanFile.open(path, create=True).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_connections_use_full_sync_and_foreign_keys(doc: PlanFile) -> None:
    raw = doc._engine.raw_connection()
    try:
        assert raw.driver_connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.driver_connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        raw.close()


def test_answers_and_list_order_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.wellplan"
    with PlanFile.open(path, create=True) as d:
        plan = d.create_plan("wrap")
        d.save_answer(plan.id, "toolbox.tools", ["zebra", "apple", "mango"])
        d.save_answer(plan.id, "daily.when_well", "Calm")
        d.save_answer(plan.id, "daily.when_well", "Calm and curious")
        d.save_position(plan.id, "daily", "daily.when_well")
    with PlanFile.open(path) as d:
        snap = d.load_plan(plan.id)
    assert snap.answers["toolbox.tools"] == ["zebra", "apple", "mango"]
    assert snap.answers["daily.when_well"] == "Calm and curious"
    assert (snap.position_section, snap.position_question) == ("daily", "daily.when_well")


def test_plans_are_listed_most_recent_first(doc: PlanFile) -> None:
    first = doc.create_plan("wrap", "First")
    second = doc.create_plan("wrap", "Second")
    doc.save_answer(first.id, "daily.when_well", "edited later")
    assert [p.title for p in doc.list_plans()] == ["First", "Second"]
    doc.set_status(second.id, PlanStatus.COMPLETE)
    assert doc.list_plans()[0].status is PlanStatus.COMPLETE


def test_unknown_question_is_refused(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    with pytest.raises(AnswerError):
        doc.save_answer(plan.id, "no.such.question", "x")


def test_shared_records_are_referenced_and_kept_whole(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    jo = doc.add_record(RecordKind.PERSON, {"name": "Jo", "phone": "555 0142"})
    doc.save_answer(plan.id, "crisis.supporters", [{"id": jo.id, "note": "stay with me"}])
    doc.update_record(RecordKind.PERSON, jo.id, {"name": "Jo", "phone": "555 9999"})
    assert [r.values["phone"] for r in doc.list_records(RecordKind.PERSON)] == ["555 9999"]
    with pytest.raises(AnswerError, match="name"):
        doc.add_record(RecordKind.PERSON, {"name": "  "})
    # the database refuses a pointer to a record that doesn't exist
    with pytest.raises(Exception, match="FOREIGN KEY"):
        doc.save_answer(plan.id, "crisis.supporters", [{"id": 999, "note": ""}])
    assert doc.load_plan(plan.id).answers["crisis.supporters"] == [
        {"id": jo.id, "note": "stay with me"}
    ]
    assert check_file(doc.path).healthy


text_values = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300
) | st.sampled_from(
    [
        "🙂👩🏽‍🦱🏳️‍🌈",
        "שלום עולם مرحبا",
        "\x00\x01\x1b[31m\x7f",
        "a\r\nb\u2028c\u2029",
        "\ufeffZ\u0301",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=text_values, items=st.lists(text_values, max_size=8))
def test_any_text_round_trips_exactly(doc: PlanFile, text: str, items: list[str]) -> None:
    plan_id = doc.list_plans()[0].id if doc.list_plans() else doc.create_plan("wrap").id
    doc.save_answer(plan_id, "daily.when_well", text)
    doc.save_answer(plan_id, "toolbox.tools", items)
    doc.save_answer(plan_id, "crisis.home_wanted", {"choice": "yes", "reason": text})
    answers = doc.load_plan(plan_id).answers
    assert answers["daily.when_well"] == text
    assert answers["toolbox.tools"] == items
    assert answers["crisis.home_wanted"]["reason"] == text


def test_a_one_megabyte_paste_round_trips(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    big = ("Line with emoji 🌊 and עברית and control \x07 chars.\n" * 25_000)[:1_048_576]
    assert len(big) == 1_048_576
    doc.save_answer(plan.id, "daily.when_well", big)
    assert doc.load_plan(plan.id).answers["daily.when_well"] == big


def test_lone_surrogates_still_round_trip(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    doc.save_answer(plan.id, "daily.when_well", "a\ud800b")
    assert doc.load_plan(plan.id).answers["daily.when_well"] == "a\ud800b"


# ---- files that must be refused and left exactly as they were --------------------------
def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sqlite_file(path: Path, app_id: int = 0, user_version: int = 0) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.execute(f"PRAGMA application_id = {app_id}")
    con.execute(f"PRAGMA user_version = {user_version}")
    con.commit()
    con.close()
    return path


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.wellplan"
    with PlanFile.create(path) as d:
        d.create_plan("wrap")
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    return path


def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "cut.wellplan"
    with PlanFile.create(path) as d:
        plan = d.create_plan("wrap")
        d.save_answer(plan.id, "daily.when_well", "x" * 50_000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: _write(p / "notes.wellplan", b"Dear diary"), NotAWellPlanFile),
        (lambda p: _write(p / "e.wellplan", b""), NotAWellPlanFile),
        (lambda p: _sqlite_file(p / "other.wellplan"), NotAWellPlanFile),
        (lambda p: _sqlite_file(p / "x.wellplan", app_id=1234), NotAWellPlanFile),
        (_truncated, DamagedFile),
        (_newer, NewerVersionFile),
        (lambda p: _write(p / "short.wellplan", b"SQLite format 3\x00" + bytes(20)), DamagedFile),
    ],
    ids=["text", "empty", "other-sqlite", "other-app", "truncated", "newer", "header-only"],
)
def test_refused_files_are_left_byte_for_byte(tmp_path: Path, make, error) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    before = digest(path)
    siblings = sorted(os.listdir(tmp_path))
    with pytest.raises(error) as caught:
        PlanFile.open(path)
    assert path.name in str(caught.value)
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == siblings  # no -wal, -shm or backup left behind
    assert not check_file(path).healthy


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match=r"doesn.t exist"):
        PlanFile.open(tmp_path / "gone.wellplan")


def test_upgrade_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.wellplan"
    with PlanFile.create(path) as d:
        d.create_plan("wrap", "Kept")
    before = digest(path)
    # pretend this build's schema is one newer than the file's
    monkeypatch.setattr(fileformat, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(opening, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with PlanFile.open(path) as d:
        assert d.report.upgraded_from == SCHEMA_VERSION
        backup = d.report.backup
        assert [p.title for p in d.list_plans()] == ["Kept"]
    assert backup is not None and backup.exists() and backup.parent == tmp_path
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    con.close()
    monkeypatch.undo()
    assert digest(path) != before
    with PlanFile.open(backup) as old:
        assert [p.title for p in old.list_plans()] == ["Kept"]


def test_migrations_build_exactly_the_models(doc: PlanFile) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from wellplan.storage.migrate import head_revision
    from wellplan.storage.models import Base

    assert int(head_revision()) == SCHEMA_VERSION
    with doc._engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_save_copy_is_complete_and_private(doc: PlanFile, tmp_path: Path) -> None:
    plan = doc.create_plan("wrap", "Copied")
    doc.save_answer(plan.id, "toolbox.tools", ["a", "b"])
    dest = doc.save_copy(tmp_path / "Kopie – ümlaut #1.wellplan")
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert check_file(dest).healthy
    with PlanFile.open(dest) as copy:
        assert copy.load_plan(plan.id).answers["toolbox.tools"] == ["a", "b"]
    added = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("plans.wellplan"))
    assert added == [dest.name]  # no temp file, no stray -wal, nothing at a mangled name


def test_full_disk_is_reported_and_loses_nothing(doc: PlanFile) -> None:
    plan = doc.create_plan("wrap")
    doc.save_answer(plan.id, "daily.when_well", "kept")
    raw = doc._engine.raw_connection()
    con = raw.driver_connection
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")  # the 'disk' is now full
    raw.close()
    with pytest.raises(DiskFull, match="disk is full"):
        doc.save_answer(plan.id, "daily.when_well", "y" * 200_000)
    assert doc.load_plan(plan.id).answers["daily.when_well"] == "kept"
    raw = doc._engine.raw_connection()
    raw.driver_connection.execute("PRAGMA max_page_count = 1073741823")
    raw.close()
    doc.save_answer(plan.id, "daily.when_well", "y" * 200_000)
    assert len(doc.load_plan(plan.id).answers["daily.when_well"]) == 200_000


def test_a_version_1_file_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    """A file exactly as WellPlan 0.1 (schema 1) wrote it opens, is upgraded, and keeps
    everything; a copy from before the upgrade sits beside it."""
    from wellplan.storage.connection import connect as _connect
    from wellplan.storage.connection import make_engine as _make_engine
    from wellplan.storage.migrate import upgrade_to_head

    path = tmp_path / "old.wellplan"
    path.touch(mode=0o600)
    con = _connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.close()
    engine = _make_engine(path)
    upgrade_to_head(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 1")
        conn.exec_driver_sql(
            "INSERT INTO plan (id, kind, title, status, template_version, created_at, updated_at,"
            " position_section, position_question) VALUES (1, 'wrap', 'From 0.1', 'draft', 1,"
            " '2026-01-02 03:04:05', '2026-01-02 03:04:05', '', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO answer VALUES (1, 'toolbox.tools', '[\"tea\"]', '2026-01-02 03:04:05')"
        )
    engine.dispose()

    with PlanFile.open(path) as doc:
        assert doc.report.upgraded_from == 1
        (plan,) = doc.list_plans()
        assert plan.title == "From 0.1" and plan.review_by is None
        assert doc.load_plan(plan.id).answers == {"toolbox.tools": ["tea"]}
        doc.set_review_by(plan.id, dt.date(2027, 1, 2))
        assert doc.list_plans()[0].review_by == dt.date(2027, 1, 2)
        backup = doc.report.backup
    assert backup is not None
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1  # the backup is the old file
    con.close()
    assert check_file(path).healthy


def test_deleting_a_shared_record_takes_it_out_of_every_plan(doc: PlanFile) -> None:
    wrap = doc.create_plan("wrap")
    crisis = doc.create_plan("crisis")
    jo = doc.add_record(RecordKind.PERSON, {"name": "Jo"})
    sam = doc.add_record(RecordKind.PERSON, {"name": "Sam"})
    doc.save_answer(
        wrap.id, "crisis.supporters", [{"id": jo.id, "note": "a"}, {"id": sam.id, "note": "b"}]
    )
    doc.save_answer(crisis.id, "crisis_plan.helpers", [{"id": jo.id, "note": "c"}])
    uses = doc.record_uses(RecordKind.PERSON, jo.id)
    assert [(u.plan_id, u.question_text) for u in uses] == [
        (wrap.id, "Who would you like to step in?"),
        (crisis.id, "Who can you ask for help?"),
    ]
    doc.delete_record(RecordKind.PERSON, jo.id)
    assert doc.load_plan(wrap.id).answers["crisis.supporters"] == [{"id": sam.id, "note": "b"}]
    assert doc.load_plan(crisis.id).answers["crisis_plan.helpers"] == []
    assert [r.name for r in doc.list_records(RecordKind.PERSON)] == ["Sam"]
    assert doc.record_uses(RecordKind.PERSON, jo.id) == []
    assert check_file(doc.path).healthy


def test_new_plans_get_a_review_date_a_year_ahead(doc: PlanFile) -> None:
    plan = doc.create_plan("crisis")
    assert plan.review_by is not None
    assert 364 <= (plan.review_by - dt.date.today()).days <= 366


def _version_4_file(path: Path) -> None:
    from wellplan.storage.connection import connect as _connect
    from wellplan.storage.connection import make_engine as _make_engine
    from wellplan.storage.migrate import upgrade_to_head

    path.touch(mode=0o600)
    con = _connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.close()
    engine = _make_engine(path)
    upgrade_to_head(engine, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 4")
        conn.exec_driver_sql(
            "INSERT INTO plan (id, kind, title, status, template_version, created_at, updated_at,"
            " position_section, position_question) VALUES (1, 'wrap', 'Mine', 'draft', 1,"
            " '2026-01-02 03:04:05', '2026-01-02 03:04:05', '', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO answer VALUES (1, 'toolbox.tools', '[\"tea\"]', '2026-01-02 03:04:05')"
        )
        conn.exec_driver_sql(
            "INSERT INTO plan_version (id, plan_id, number, reason, title, template_version,"
            " answers, created_at) VALUES (1, 1, 1, 'sealed', 'Mine', 1,"
            " '{\"toolbox.tools\":[\"tea\"]}', '2026-01-03 04:05:06')"
        )
    engine.dispose()


def test_a_version_4_file_keeps_its_versions_and_can_be_signed(tmp_path: Path) -> None:
    """Schema 5 adds signatures and the records a version showed: a version frozen by
    schema 4 still opens, exports and counts as the same words."""
    path = tmp_path / "v4.wellplan"
    _version_4_file(path)
    with PlanFile.open(path) as doc:
        assert doc.report.upgraded_from == 4
        (version,) = doc.versions(1)
        assert doc.matches_version(version.id)
        assert doc.freeze_version(1, "signed") == version  # the same words: no new version
        bundle = doc.version_bundle(version.id, "9.9.9")
        assert bundle.plans[0].answers == {"toolbox.tools": ["tea"]} and bundle.version == 1
        assert doc.version_signatures(version.id) == []
    assert check_file(path).healthy


def test_a_deleted_plan_leaves_no_words_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "private.wellplan"
    secret = "Zebra-quartz-umbrella secret words"
    with PlanFile.create(path) as doc:
        keep = doc.create_plan("wrap", "Kept")
        doc.save_answer(keep.id, "daily.when_well", "Calm and kept")
        plan = doc.create_plan("crisis", "To delete")
        doc.save_answer(plan.id, "crisis_plan.warning_signs", [secret])
        doc.freeze_version(plan.id, "sealed")
        doc.log_export("full", plan.id, "ABCD", sealed=True, version="v1")
        doc.delete_plan(plan.id)
        assert [p.title for p in doc.list_plans()] == ["Kept"]
        assert doc.exports()[0].plan_id is None
    raw = path.read_bytes()
    assert secret.encode() not in raw and b"To delete" not in raw
    assert b"Calm and kept" in raw
    assert check_file(path).healthy


def test_a_failed_update_puts_the_file_back_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The update runs part way (its tables are made and committed), then fails: the
    copy made just before is put back, and the message says nothing is lost."""
    from wellplan.storage import migrate

    path = tmp_path / "v4.wellplan"
    _version_4_file(path)
    real_upgrade = migrate.upgrade_to_head

    def fails_half_way(engine, revision: str = "head") -> None:  # type: ignore[no-untyped-def]
        real_upgrade(engine, revision)  # the file is changed now...
        raise RuntimeError("simulated failure after the new tables were made")

    monkeypatch.setattr(migrate, "upgrade_to_head", fails_half_way)
    with pytest.raises(StorageError, match="put the file back exactly as it was") as caught:
        PlanFile.open(path)
    assert "simulated failure" in str(caught.value)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert con.execute("PRAGMA user_version").fetchone()[0] == 4
    assert "signature" not in tables  # the half-made update is gone
    assert con.execute("SELECT title FROM plan").fetchall() == [("Mine",)]
    assert [r[0] for r in con.execute("PRAGMA quick_check")] == ["ok"]
    con.close()

    monkeypatch.undo()  # the next WellPlan (or a fixed one) updates it normally
    with PlanFile.open(path) as doc:
        assert doc.report.upgraded_from == 4 and [p.title for p in doc.list_plans()] == ["Mine"]

"""The glance that paints the plans before the storage layer is loaded: it must show what
opening the file shows, never write, and step aside for any file it can't read plainly."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wellplan.domain.records import RecordKind
from wellplan.domain.signing import Mark, Role, Signature
from wellplan.storage.crypto import new_unlock
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile
from wellplan.storage.glance import glance, read_overview
from wellplan.storage.locking import set_lock


def sign(doc: PlanFile, plan_id: int) -> None:
    doc.sign(
        plan_id,
        [
            Signature(
                Role.PERSON,
                "Robin Okafor",
                Mark("typed", text="Robin Okafor"),
                "I, Robin Okafor, make this directive of my own free will.",
                dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC),
            )
        ],
    )


def add_signed_plans(doc: PlanFile, times: int = 1) -> None:
    """A dozen more signed plans, each using three people of its own."""
    for n in range(12):
        plan = doc.create_plan("wrap", f"Plan {n}")
        people = [doc.add_record(RecordKind.PERSON, {"name": f"Friend {n}.{k}"}) for k in range(3)]
        doc.save_answer(plan.id, "crisis.supporters", [{"id": p.id, "note": ""} for p in people])
        for _ in range(times):
            sign(doc, plan.id)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.wellplan")


def test_a_glance_shows_what_opening_the_file_shows(demo: Path) -> None:
    with PlanFile.open(demo) as doc:
        plans = doc.list_plans()
        pad, crisis = (next(p for p in plans if p.kind == k) for k in ("pad", "crisis"))
        sign(doc, pad.id)
        sign(doc, crisis.id)
        doc.save_answer(crisis.id, "crisis_plan.warning_signs", ["I stop eating"])  # changed since
        plans = doc.list_plans()
        signed = {}
        for plan in plans:
            version = doc.signed_version(plan.id)
            if version is not None:
                signed[plan.id] = (version.number, doc.matches_version(version.id))
        snapshot = doc.load_plan(crisis.id)
        people = doc.list_records(RecordKind.PERSON)
        assert doc.overview() == (plans, signed)  # what the home shows once the file is open
    before = demo.read_bytes()

    look = glance(demo)

    assert look is not None
    assert look.plans == plans
    assert look.signed == signed == {pad.id: (1, True), crisis.id: (1, False)}
    assert look.load_plan(crisis.id).answers == snapshot.answers
    assert look.list_records(RecordKind.PERSON) == people
    assert demo.read_bytes() == before  # a glance never writes


def test_a_signed_plan_whose_people_changed_no_longer_matches_what_was_signed(
    demo: Path,
) -> None:
    with PlanFile.open(demo) as doc:
        plan = doc.create_plan("wrap", "With Jo")
        jo = doc.add_record(RecordKind.PERSON, {"name": "Jo", "phone": "555 0142"})
        doc.save_answer(plan.id, "crisis.supporters", [{"id": jo.id, "note": "stay with me"}])
        sign(doc, plan.id)
        assert doc.overview()[1][plan.id] == (1, True)
        doc.update_record(RecordKind.PERSON, jo.id, {"name": "Jo", "phone": "555 9999"})
        assert doc.overview()[1][plan.id] == (1, False)
        version = doc.signed_version(plan.id)
        assert version is not None and not doc.matches_version(version.id)
    look = glance(demo)
    assert look is not None and look.signed[plan.id] == (1, False)


def test_the_home_is_read_in_the_same_few_statements_however_much_the_file_holds(
    demo: Path,
) -> None:
    def statements() -> int:
        said: list[str] = []
        connection = sqlite3.connect(demo)

        def query(sql: str, parameters: tuple[Any, ...]) -> list[Any]:
            said.append(sql)
            return connection.execute(sql, parameters).fetchall()

        try:
            read_overview(query)
        finally:
            connection.close()
        return len(said)

    with PlanFile.open(demo) as doc:
        sign(doc, doc.list_plans()[0].id)
    few = statements()
    with PlanFile.open(demo) as doc:
        add_signed_plans(doc)
        assert len(doc.overview()[1]) == 13
    assert statements() == few


def test_everything_for_documents_is_read_in_the_same_few_statements(demo: Path) -> None:
    """The bundle (what the signing window and every PDF start from) says what reading
    each plan on its own says, in a fixed number of statements."""
    from sqlalchemy import event

    def read(doc: PlanFile) -> tuple[Any, int]:
        said: list[str] = []

        def count(*args: Any) -> None:
            said.append(args[2])

        event.listen(doc._engine, "before_cursor_execute", count)
        try:
            return doc.bundle("9.9.9"), len(said)
        finally:
            event.remove(doc._engine, "before_cursor_execute", count)

    def one_by_one(doc: PlanFile) -> tuple[Any, ...]:
        plans = doc.list_plans()
        return (
            [(p, doc.load_plan(p.id).answers) for p in plans],
            {k: {r.id: r for r in doc.list_records(k)} for k in RecordKind},
            {p.id: tuple(s) for p in plans if (s := doc.current_signatures(p.id))},
        )

    def bundled(bundle: Any) -> tuple[Any, ...]:
        return (
            [(plan.summary, plan.answers) for plan in bundle.plans],
            bundle.records,
            bundle.signatures,
        )

    with PlanFile.open(demo) as doc:
        plans = doc.list_plans()
        sign(doc, plans[0].id)
        sign(doc, plans[1].id)
        doc.rename_plan(plans[1].id, "Changed since it was signed")
        bundle, few = read(doc)
        assert bundled(bundle) == one_by_one(doc)
        assert list(bundle.signatures) == [plans[0].id]
        add_signed_plans(doc, times=2)  # signed twice: one version, its newest signatures
        bundle, more = read(doc)
        assert bundled(bundle) == one_by_one(doc)
        assert len(bundle.signatures) == 13 and more == few


def test_a_glance_steps_aside_for_files_it_should_not_read(tmp_path: Path, demo: Path) -> None:
    locked = write_demo(tmp_path / "locked.wellplan")
    set_lock(locked, None, new_unlock("a long passphrase to test with"))
    assert glance(locked) is None  # asks for the passphrase the usual way

    older = write_demo(tmp_path / "older.wellplan")
    with sqlite3.connect(older) as connection:
        connection.execute("PRAGMA user_version = 5")
    connection.close()
    assert glance(older) is None  # upgraded (with a backup) by the usual way

    interrupted = write_demo(tmp_path / "interrupted.wellplan")
    writer = sqlite3.connect(interrupted)  # another WellPlan, mid-write
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE plan SET title = 'Changed'")
    writer.commit()
    assert (tmp_path / "interrupted.wellplan-wal").stat().st_size > 0
    assert glance(interrupted) is None  # SQLite finishes the write first
    writer.close()
    (tmp_path / "interrupted.wellplan-journal").write_bytes(b"")
    assert glance(interrupted) is None  # or rolls it back
    (tmp_path / "interrupted.wellplan-journal").unlink()

    killed = write_demo(tmp_path / "killed.wellplan")
    (tmp_path / "killed.wellplan-wal").write_bytes(b"")  # empty: nothing left to write
    (tmp_path / "killed.wellplan-shm").write_bytes(bytes(32768))
    look = glance(killed)
    assert look is not None and len(look.plans) == 6
    shown = write_demo(tmp_path / "shown.wellplan")
    assert glance(shown) is not None
    assert glance(shown) is not None  # the empty log a first look leaves is no obstacle

    garbage = tmp_path / "photo.wellplan"
    garbage.write_bytes(b"\x89PNG not a plan")
    assert glance(garbage) is None
    assert glance(tmp_path / "missing.wellplan") is None
    assert glance(demo) is not None


def test_the_window_paints_before_the_file_opens_and_then_opens_it(demo: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WELLPLAN_DATA_DIR": str(demo.parent / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "wellplan", "--smoke", "--open", "crisis", str(demo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("smoke: first paint at ")
    assert lines[1] == f"smoke: {demo} open with 6 plan(s)"
    painted, ready = (float(line.rsplit(" ", 1)[1]) for line in (lines[0], lines[2]))
    assert painted <= ready


def test_the_home_from_a_glance_looks_exactly_like_the_open_file(qtbot: QtBot, demo: Path) -> None:
    from wellplan.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    look = glance(demo)
    assert look is not None
    window.show_glance(look)
    window.show()
    qtbot.waitExposed(window)
    painted = window.grab().toImage()
    assert window.doc is None  # nothing opened yet: the storage layer may not even be loaded
    window.start(demo)
    assert window.doc is not None
    assert window.grab().toImage() == painted


def test_what_the_person_chose_before_the_file_opened_is_still_chosen_after(
    qtbot: QtBot, demo: Path
) -> None:
    from wellplan.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    look = glance(demo)
    assert look is not None
    window.show_glance(look)
    window.show()
    qtbot.waitExposed(window)
    plans = window.home.list
    plans.setCurrentRow(2)  # they moved down the list while the file was being opened
    cards = [plans.item(row) for row in range(plans.count())]

    window.start(demo)

    assert window.doc is not None
    assert plans.currentRow() == 2
    assert [plans.item(row) for row in range(plans.count())] == cards  # not made again


def test_coming_back_home_shows_the_plan_just_left_chosen(qtbot: QtBot, demo: Path) -> None:
    from tests.gui_helpers import open_window

    window = open_window(qtbot, demo, create=False)
    plans = window.home.list
    assert plans.currentRow() == 0
    last = plans.item(plans.count() - 1).data(Qt.ItemDataRole.UserRole)
    window.edit_plan(last)  # from the menu, say, with another plan chosen on the home
    assert window.wizard is not None
    window.go_home()

    assert window.stack.currentWidget() is window.home
    assert plans.currentItem().data(Qt.ItemDataRole.UserRole) == last
    assert plans.hasFocus()

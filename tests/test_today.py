"""Today, a daily check-in: what it offers to tick (the WRAP's daily list, then the person's
own), days kept in words and found again, a day in a few keystrokes, the month as a
calendar, nothing counted; check-ins through export-data and import-data; and a file made
by the schema before Today (revision 0006) upgraded with nothing lost."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import focused, open_window, press, tab_to, type_text
from wellplan import cli
from wellplan.domain.checkins import (
    CheckIn,
    CheckInError,
    check_checkin,
    month_lines,
    shown_on,
)
from wellplan.domain.plans import PlanStatus
from wellplan.gui import today as today_view
from wellplan.storage.demo import CHECKINS, OWN_DAILY_ITEMS, write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.fileformat import APPLICATION_ID
from wellplan.storage.opendata import DataError, export_data, import_data

DAY = dt.date(2027, 3, 10)  # "today" in these tests, given to the code that reads the clock
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
COUNTING = re.compile(
    r"\bstreaks?\b|\bscores?\b|in a row|%|\b\d+\s*(/|of|out of|days?|times)\b", re.I
)


# ---- the day, in words ---------------------------------------------------------------------
def test_a_past_day_keeps_what_was_done_after_the_list_changes() -> None:
    day = CheckIn(DAY, ("Walk", "Old habit"), "")
    assert shown_on(day, ["Breakfast", "Walk"]) == [
        ("Breakfast", False),
        ("Walk", True),
        ("Old habit", True),  # no longer on the list, still what was done that day
    ]


def test_the_month_reads_as_words_and_skips_empty_days() -> None:
    checkins = {
        DAY: CheckIn(DAY, ("Walk", "Call Jo"), "Sunny"),
        DAY + dt.timedelta(days=1): CheckIn(DAY + dt.timedelta(days=1)),
        DAY + dt.timedelta(days=2): CheckIn(DAY + dt.timedelta(days=2), (), "Rest day"),
    }
    lines = month_lines(checkins, DAY.replace(day=1), DAY.replace(day=31))
    assert lines == [
        (DAY, "Walk, Call Jo — “Sunny”"),
        (DAY + dt.timedelta(days=2), "“Rest day”"),
    ]


@pytest.mark.parametrize(
    ("day", "done", "note", "message"),
    [
        ("2027-03-10", [], "", "one day"),
        (DAY, "Walk", "", "should be a list"),
        (DAY, [7], "", "should be text"),
        (DAY, [], "x" * 20_001, "very long"),
    ],
)
def test_a_check_in_of_the_wrong_shape_is_named(
    day: Any, done: Any, note: Any, message: str
) -> None:
    with pytest.raises(CheckInError, match=message):
        check_checkin(day, done, note)


# ---- storage -------------------------------------------------------------------------------
def _wrap_with_daily_list(doc: PlanFile, items: list[str], *, complete: bool = False) -> int:
    plan = doc.create_plan("wrap")
    doc.save_answer(plan.id, "daily.every_day", items)
    if complete:
        doc.set_status(plan.id, PlanStatus.COMPLETE)
    return plan.id


def test_today_offers_the_wrap_s_daily_list_then_the_person_s_own(tmp_path: Path) -> None:
    with PlanFile.create(tmp_path / "t.wellplan") as doc:
        assert doc.daily_list() == []
        _wrap_with_daily_list(doc, ["Breakfast", "Walk"], complete=True)
        _wrap_with_daily_list(doc, ["A draft's list"])  # newer, but only a draft
        doc.set_daily_items(["Water the plants", "Walk", "  "])
        assert doc.daily_items() == ["Water the plants", "Walk"]
        assert doc.daily_list() == ["Breakfast", "Walk", "Water the plants"]  # each once


def test_a_day_is_kept_as_ticked_and_an_untouched_day_leaves_no_row(tmp_path: Path) -> None:
    path = tmp_path / "t.wellplan"
    with PlanFile.create(path) as doc:
        doc.save_checkin(DAY, ["Walk", "Breakfast", "Walk"], "Good day")
        doc.save_checkin(DAY - dt.timedelta(days=1), ["Walk"], "")
        doc.save_checkin(DAY - dt.timedelta(days=1), [], " ")  # unticked again
    with PlanFile.open(path) as doc:
        assert doc.checkin(DAY) == CheckIn(DAY, ("Walk", "Breakfast"), "Good day")
        assert doc.checkins(DAY - dt.timedelta(days=5), DAY) == {DAY: doc.checkin(DAY)}
    con = sqlite3.connect(path)
    assert con.execute("SELECT day FROM checkin").fetchall() == [(DAY.isoformat(),)]
    con.close()
    assert check_file(path).healthy


def test_a_broken_check_in_is_named_by_the_health_check(tmp_path: Path) -> None:
    path = tmp_path / "t.wellplan"
    with PlanFile.create(path) as doc:
        doc.save_checkin(DAY, ["Walk"], "")
    con = sqlite3.connect(path)
    con.execute('UPDATE checkin SET done = \'{"not": "a list"}\'')
    con.commit()
    con.close()
    report = check_file(path)
    assert not report.healthy
    assert any("check-in for 2027-03-10" in p for p in report.problems), report.problems


# ---- the demo, export-data and import-data -------------------------------------------------
def test_check_ins_go_through_export_data_and_import_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_demo(tmp_path / "demo.wellplan", today=DAY)
    with PlanFile.open(path) as doc:
        before = doc.checkins(DAY - dt.timedelta(days=31), DAY)
        own = doc.daily_items()
    assert sorted(before) == sorted(DAY - dt.timedelta(days=n) for n, _, _ in CHECKINS)
    assert own == OWN_DAILY_ITEMS
    out = tmp_path / "data.json"
    assert cli.main(["export-data", str(path), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [c["day"] for c in data["checkins"]] == [d.isoformat() for d in sorted(before)]
    assert data["daily_items"] == OWN_DAILY_ITEMS
    rebuilt = tmp_path / "rebuilt.wellplan"
    assert cli.main(["import-data", str(out), str(rebuilt)]) == 0
    capsys.readouterr()
    with PlanFile.open(rebuilt) as doc:
        assert doc.checkins(DAY - dt.timedelta(days=31), DAY) == before
        assert doc.daily_items() == own
        assert export_data(doc, "x")["checkins"] == data["checkins"]  # times kept too


def test_a_document_from_before_today_imports_with_no_check_ins(tmp_path: Path) -> None:
    path = write_demo(tmp_path / "demo.wellplan", today=DAY)
    with PlanFile.open(path) as doc:
        data = export_data(doc, "x")
    del data["checkins"], data["daily_items"]
    with PlanFile.open(import_data(data, tmp_path / "old.wellplan")) as doc:
        assert doc.checkins(dt.date(2000, 1, 1), DAY) == {} and doc.daily_items() == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["checkins"][1].update(day=d["checkins"][0]["day"]), "two check-ins"),
        (lambda d: d["checkins"][0].update(day="last Tuesday"), r"checkins\[0\]\.day"),
        (lambda d: d["checkins"][0].update(done="Walk"), r"checkins\[0\]: .*list"),
        (lambda d: d["checkins"][0].update(mood=3), r"checkins\[0\]"),
        (lambda d: d.update(daily_items=[1]), "daily_items"),
    ],
)
def test_a_broken_check_in_in_a_document_is_named_and_nothing_written(
    tmp_path: Path, change: Any, message: str
) -> None:
    path = write_demo(tmp_path / "demo.wellplan", today=DAY)
    with PlanFile.open(path) as doc:
        data = export_data(doc, "x")
    change(data)
    with pytest.raises(DataError, match=message):
        import_data(data, tmp_path / "bad.wellplan")
    assert not (tmp_path / "bad.wellplan").exists()


# ---- the migration from the schema before Today ---------------------------------------------
def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    rows = {name: sorted(con.execute(f'SELECT * FROM "{name}"'), key=repr) for name in names}
    con.close()
    return rows


def _revision_6_file(path: Path, source: Path) -> None:
    """A file exactly as schema 6 (main before Today) makes it, holding everything the demo
    holds that schema 6 can: plans of every kind, answers, records, versions, exports."""
    from wellplan.storage.connection import connect, make_engine
    from wellplan.storage.migrate import upgrade_to_head

    path.touch(mode=0o600)
    con = connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.close()
    engine = make_engine(path)
    upgrade_to_head(engine, "0006")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("ATTACH DATABASE ? AS demo", (str(source),))
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'"
        )
    ]
    assert "checkin" not in tables and "daily_item" not in tables
    for table in tables:
        columns = ", ".join(f'"{r[1]}"' for r in con.execute(f'PRAGMA table_info("{table}")'))
        con.execute(f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM demo."{table}"')
    con.commit()
    con.execute("DETACH DATABASE demo")
    con.execute("PRAGMA user_version = 6")
    con.close()


def test_a_file_made_by_schema_6_is_upgraded_with_nothing_lost(tmp_path: Path) -> None:
    demo = write_demo(tmp_path / "demo.wellplan", today=DAY)
    path = tmp_path / "before-today.wellplan"
    _revision_6_file(path, demo)
    before = _tables(path)
    assert (
        before["plan"] and before["answer"] and before["person"] and before["record_use"]
    )  # a file worth keeping
    with PlanFile.open(path) as doc:
        assert doc.report.upgraded_from == 6
        backup = doc.report.backup
        kinds = sorted(p.kind for p in doc.list_plans())
        assert doc.checkins(dt.date(2000, 1, 1), DAY) == {}
        doc.save_checkin(DAY, ["Walk"], "The first day after the update")
    after = _tables(path)
    assert after.pop("alembic_version") == [("0007",)]
    assert before.pop("alembic_version") == [("0006",)]
    assert after.pop("daily_item") == []
    assert [r[:3] for r in after.pop("checkin")] == [
        (DAY.isoformat(), '["Walk"]', "The first day after the update")
    ]
    assert after == before  # every row of every table, exactly as it was
    assert kinds == ["crisis", "goals", "meeting", "pad", "pad", "wrap"]
    assert backup is not None and _tables(backup)["alembic_version"] == [("0006",)]
    assert check_file(path).healthy


# ---- the window ----------------------------------------------------------------------------
@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setattr(today_view, "today", lambda: DAY)
    return DAY


def test_a_day_by_keyboard_then_reopened(
    qtbot: QtBot, tmp_path: Path, fixed_today: dt.date
) -> None:
    path = tmp_path / "t.wellplan"
    with PlanFile.create(path) as doc:
        _wrap_with_daily_list(doc, ["Breakfast", "Walk", "Call Jo"], complete=True)
    window = open_window(qtbot, path, create=False)
    assert window.doc is not None
    view = window.stack.today

    # from the home, a day in four keys: Ctrl+T, Space, Down, Space (saved as it is ticked)
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert window.stack.currentWidget() is view and focused() is view.list
    assert view.day_label.text() == "Today, 10 March 2027"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert window.doc.checkin(DAY).done == ("Breakfast", "Walk")

    # something of my own, and a line in my words
    tab_to(qtbot, view.add_line)
    type_text(qtbot, "Stretch")
    press(qtbot, Qt.Key.Key_Return)
    assert [view.list.item(i).text() for i in range(view.list.count())] == [
        "Breakfast",
        "Walk",
        "Call Jo",
        "Stretch",
    ]
    tab_to(qtbot, view.note)
    type_text(qtbot, "A calm day.")

    # yesterday is one key away (the line is kept on the way), and back again
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert view.day == DAY - dt.timedelta(days=1)
    assert view.day_label.text() == "Yesterday, 9 March 2027"
    assert window.doc.checkin(DAY).note == "A calm day."
    assert view.note.text() == "" and view.later.isEnabled() is not False
    tab_to(qtbot, view.list)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # Call Jo, yesterday
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert view.day == DAY and view.note.text() == "A calm day."
    assert not view.later.isEnabled()  # no ticking days still to come
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert view.day == DAY

    # the month: Alt+M, then the calendar by arrows; Enter opens the day chosen
    press(qtbot, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(view.month.isVisible)  # (a mnemonic clicks a moment later)
    assert view.calendar.isAncestorOf(focused())
    month_words = [view.month_text.item(i).text() for i in range(view.month_text.count())]
    assert month_words == [
        "9 March 2027: Call Jo",
        "10 March 2027: Breakfast, Walk — “A calm day.”",
    ]
    bold = view.calendar.dateTextFormat()
    assert sorted((d.day() for d in bold), reverse=False) == [9, 10]
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Return)
    assert view.day == DAY - dt.timedelta(days=1) and focused() is view.list
    window.close()

    with PlanFile.open(path) as doc:
        assert doc.checkin(DAY) == CheckIn(DAY, ("Breakfast", "Walk"), "A calm day.")
        assert doc.checkin(DAY - dt.timedelta(days=1)) == CheckIn(
            DAY - dt.timedelta(days=1), ("Call Jo",), ""
        )
        assert doc.daily_items() == ["Stretch"]


def test_delete_takes_only_my_own_things_off_the_list(
    qtbot: QtBot, tmp_path: Path, fixed_today: dt.date
) -> None:
    path = tmp_path / "t.wellplan"
    with PlanFile.create(path) as doc:
        _wrap_with_daily_list(doc, ["Breakfast"], complete=True)
        doc.set_daily_items(["Stretch"])
        doc.save_checkin(DAY - dt.timedelta(days=1), ["Stretch"], "")
    window = open_window(qtbot, path, create=False)
    window.show_today()
    view = window.stack.today
    press(qtbot, Qt.Key.Key_Delete)  # Breakfast is the plan's: it stays
    assert view.list.count() == 2
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Delete)
    assert [view.list.item(i).text() for i in range(view.list.count())] == ["Breakfast"]
    view.show_day(DAY - dt.timedelta(days=1))  # the day it was done keeps it
    assert shown_on(view.current(), ["Breakfast"]) == [("Breakfast", False), ("Stretch", True)]
    window.close()


def test_the_demo_s_days_read_as_words_and_nothing_is_counted(
    qtbot: QtBot, tmp_path: Path, fixed_today: dt.date
) -> None:
    path = write_demo(tmp_path / "demo.wellplan", today=DAY)
    window = open_window(qtbot, path, create=False)
    window.show_today()
    view = window.stack.today
    view.month_button.setChecked(True)
    texts = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QPushButton)]
    texts += [view.list.item(i).text() for i in range(view.list.count())]
    texts += [view.month_text.item(i).text() for i in range(view.month_text.count())]
    texts += [view.list.accessibleName(), view.list.accessibleDescription()]
    for text in texts:
        assert not COUNTING.search(text), text
    assert (  # a day in words, the person's line in their words
        "8 March 2027: Take my evening medication, Screens off by 11 — "
        "“Tired after the library. Early night.”"
    ) in texts
    assert view.list.accessibleName() == "What I did on 10 March 2027"
    assert view.calendar.accessibleName() and view.note.accessibleName()
    window.close()


def test_the_calendar_names_months_and_days_in_the_language_spoken(
    qtbot: QtBot, tmp_path: Path, fixed_today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path / "t.wellplan")
    monkeypatch.setattr(today_view, "language", lambda: "es")
    window.show_today()
    locale = window.stack.today.calendar.locale()
    assert (locale.monthName(3), locale.dayName(1)) == ("marzo", "lunes")
    window.close()


def test_a_month_is_saved_as_a_pdf_of_its_days_in_words(
    qtbot: QtBot, tmp_path: Path, fixed_today: dt.date, dialog_log: DialogLog
) -> None:
    from pypdf import PdfReader

    path = write_demo(tmp_path / "demo.wellplan", today=DAY)
    window = open_window(qtbot, path, create=False)
    window.show_today()
    view = window.stack.today
    press(qtbot, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(view.month.isVisible)
    dialog_log.pdf_path = tmp_path / "march.pdf"
    tab_to(qtbot, view.pdf_button)  # by keyboard, as everything else
    press(qtbot, Qt.Key.Key_Space)
    assert dialog_log.suggested[-1].name == "My days 2027-03.pdf"
    reader = PdfReader(tmp_path / "march.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert text.startswith("My days From 1 March 2027 to 31 March 2027")
    for days_ago, done, note in CHECKINS:
        when = DAY - dt.timedelta(days=days_ago)
        assert f"{when.day} March 2027" in text and all(d in text for d in done)
        assert not note or f"“{note}”" in text
    assert "6 March 2027" not in text  # a day with nothing in it is left out
    assert not COUNTING.search(text.replace("page 1 of 1", ""))  # (the page number)
    assert view.saved.text() == f"Saved {tmp_path / 'march.pdf'}."
    window.close()


@pytest.mark.parametrize(("paper", "width"), [("a4", 595), ("letter", 612)])
def test_my_days_is_on_the_paper_last_chosen_for_pdfs(
    qtbot: QtBot,
    tmp_path: Path,
    fixed_today: dt.date,
    dialog_log: DialogLog,
    paper: str,
    width: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from pypdf import PdfReader

    from wellplan.export import days

    made_on: list[threading.Thread] = []
    make = days.days_pdf

    def days_pdf(*args: Any, **kw: Any) -> bytes:
        made_on.append(threading.current_thread())
        return make(*args, **kw)

    monkeypatch.setattr(days, "days_pdf", days_pdf)
    window = open_window(qtbot, write_demo(tmp_path / "demo.wellplan", today=DAY), create=False)
    window.settings.set_paper(paper)
    window.show_today()
    dialog_log.pdf_path = tmp_path / "days.pdf"
    assert window.stack.today.save_month_pdf() == tmp_path / "days.pdf"
    (page,) = PdfReader(tmp_path / "days.pdf").pages[:1]
    assert round(float(page.mediabox.width)) == width
    assert made_on and threading.main_thread() not in made_on  # on the PDF thread, not the window's
    window.close()

"""Issue 3 in the window: the crisis plan and a PAD written end to end, readiness as the
person goes, switching states keeps every answer, and shared records edited once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window, type_text
from wellplan.domain.pad import profiles, review_date
from wellplan.domain.records import RecordKind
from wellplan.gui.editors import (
    Editor,
    ListEditor,
    LongTextEditor,
    ShortTextEditor,
)
from wellplan.gui.main_window import MainWindow
from wellplan.gui.structured_editors import CrisisLinesEditor, JurisdictionEditor, RecordsEditor
from wellplan.gui.wizard import PlanWizard
from wellplan.gui.wizard_pages import SectionPage
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile


def go(wizard: PlanWizard, question_id: str) -> Editor:
    editor = wizard.go_to_question(question_id)
    assert editor.isVisibleTo(wizard.currentPage())
    return editor


def add_person(qtbot: QtBot, editor: Editor, name: str, note: str = "") -> None:
    assert isinstance(editor, RecordsEditor)
    editor.new_button.click()
    editor.fields["name"].setFocus()
    type_text(qtbot, name, editor.fields["name"])
    editor.new_note.setText(note)
    editor.save_new_button.click()


def readiness_text(wizard: PlanWizard) -> str:
    wizard.go_to(wizard.section_page_ids["ready"])
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.readiness is not None
    return page.readiness.summary.text() + "\n" + page.readiness.body.text()


def start(window: MainWindow, kind: str) -> PlanWizard:
    button = next(b for b in window.home.start_buttons if b.objectName() == f"start:{kind}")
    button.click()
    assert window.wizard is not None
    return window.wizard


def test_crisis_plan_end_to_end_then_used_in_a_hard_moment(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "c.wellplan"
    window = open_window(qtbot, path)
    wizard = start(window, "crisis")
    assert [s.title[:2] for s in wizard.template.sections] == [
        "1.",
        "2.",
        "3.",
        "4.",
        "5.",
        "6.",
        "7.",
    ]
    for question_id, items in (
        ("crisis_plan.warning_signs", ["Racing thoughts"]),
        ("crisis_plan.coping", ["Cold water on my face", "Walk"]),
        ("crisis_plan.places", ["The library"]),
        ("crisis_plan.safer_steps", ["Give spare pills to Jo"]),
        ("crisis_plan.reasons", ["My niece", "The garden"]),
    ):
        editor = go(wizard, question_id)
        assert isinstance(editor, ListEditor)
        for item in items:
            editor.add_line.setFocus()
            type_text(qtbot, item, editor.add_line)
            qtbot.keyClick(editor.add_line, Qt.Key.Key_Return)
    add_person(qtbot, go(wizard, "crisis_plan.helpers"), "Jo Okafor", "Come over")
    lines = go(wizard, "crisis_plan.lines")
    assert isinstance(lines, CrisisLinesEditor)
    lines.country.setCurrentIndex(lines.country.findData("US"))
    lines.add_button.click()
    lines.add_button.click()  # adding twice doesn't duplicate
    assert lines.value()[0]["how"] == "Call or text 988, or chat at 988lifeline.org, any time"
    assert len(lines.value()) == 7
    lines.table.item(6, 1).setText("Call 911, or ask Jo to")  # the person's own wording
    for _ in range(5):  # keep the first line and the last
        lines.table.setCurrentCell(1, 0)
        lines.remove_button.click()
    assert [line["name"] for line in lines.value()] == [
        "988 Suicide & Crisis Lifeline",
        "Emergency services",
    ]
    wizard.go_to(wizard.section_page_ids["reasons"])
    wizard.accept()  # Done
    assert window.wizard is None

    with PlanFile.open(path) as doc:
        (plan,) = doc.list_plans()
        answers = doc.load_plan(plan.id).answers
    assert answers["crisis_plan.coping"] == ["Cold water on my face", "Walk"]
    assert answers["crisis_plan.lines"][1]["how"] == "Call 911, or ask Jo to"
    assert answers["crisis_plan.lines"][0]["last_checked"] == "2026-12-05"

    # "use my plan now": one calm screen, steps in order
    assert window.home.use_now_button.isVisible()
    window.home.use_now_button.click()
    assert window.stack.currentWidget() is window.use_now_view
    lines = window.use_now_view.text.toPlainText().splitlines()
    assert lines.index("1. My warning signs") < lines.index("7. My reasons to keep going")
    assert (
        "•\t988 Suicide & Crisis Lifeline: Call or text 988, or chat at 988lifeline.org, any time"
        in lines
    )
    assert "•\tJo Okafor — Come over" in lines
    qtbot.keyClick(window.use_now_view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_texas_pad_end_to_end_then_switched_to_nebraska(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "p.wellplan"
    window = open_window(qtbot, path)
    wizard = start(window, "pad")
    state = go(wizard, "pad.jurisdiction")
    assert isinstance(state, JurisdictionEditor)
    state.combo.setCurrentIndex(state.combo.findData("TX"))
    assert "Tex. Civ. Prac. & Rem. Code ch. 137" in state.facts.text()
    # Texas names no agent in this form: the part disappears, and Next skips it
    assert wizard.sidebar.items[wizard.section_page_ids["agent"]].isHidden()
    assert wizard.section_page_ids["agent"] not in wizard.visible_page_ids()
    assert wizard.review_by == review_date(
        dt.date.today(), profiles()["TX"]
    )  # follows Texas's 3 years
    assert wizard.intro.review_edit.date().year() == wizard.review_by.year

    name = go(wizard, "pad.about.name")
    assert isinstance(name, ShortTextEditor)
    name.line.setFocus()
    type_text(qtbot, "Ana Lima", name.line)
    # Texas law fixes when it applies (a court), so that isn't asked; who to involve is
    starts = wizard.template.question("pad.effect.starts")
    assert not starts.visible({}, profiles()["TX"].features)
    assert starts.visible({}, profiles()["NE"].features)
    effect = go(wizard, "pad.effect.involve")
    assert isinstance(effect, LongTextEditor)
    effect.text.setFocus()
    type_text(qtbot, "When two doctors agree I can't decide.", effect.text)
    assert "Texas needs two witnesses or a notary; you have no witnesses." in readiness_text(wizard)

    witnesses = go(wizard, "pad.signing.witnesses")
    add_person(qtbot, witnesses, "Lena Fischer", "Neighbour")
    assert "Texas needs two witnesses or a notary; you have one witness." in readiness_text(wizard)
    add_person(qtbot, go(wizard, "pad.signing.witnesses"), "Tomás Reyes", "Colleague")
    text = readiness_text(wizard)
    assert text.startswith("Ready to sign under the rules for Texas.")
    assert "Tex. Civ. Prac. & Rem. Code ch. 137" in text

    # the same directive, now for Nebraska: the revocability statement is asked for, as a
    # note (leaving it out doesn't invalidate a Nebraska directive); nothing lost
    state = go(wizard, "pad.jurisdiction")
    assert isinstance(state, JurisdictionEditor)
    state.combo.setCurrentIndex(state.combo.findData("NE"))
    assert not wizard.sidebar.items[wizard.section_page_ids["agent"]].isHidden()
    text = readiness_text(wizard)
    assert text.startswith("Ready to sign under the rules for Nebraska.")
    assert "• Nebraska asks you to say whether you can cancel this directive" in text
    revocable = go(wizard, "pad.revocation.during_incapacity")
    page = wizard.currentPage()
    assert (
        isinstance(page, SectionPage)
        and not page.blocks["pad.revocation.during_incapacity"].isHidden()
    )
    revocable.buttons["no"].click()  # type: ignore[attr-defined]
    assert "✓ Nebraska asks you to say whether" in readiness_text(wizard)
    wizard.finish(done=False)

    with PlanFile.open(path) as doc:
        (plan,) = doc.list_plans()
        answers = doc.load_plan(plan.id).answers
    assert answers["pad.jurisdiction"] == "NE"
    assert answers["pad.about.name"] == "Ana Lima"
    assert answers["pad.effect.involve"] == "When two doctors agree I can't decide."
    assert [w["note"] for w in answers["pad.signing.witnesses"]] == ["Neighbour", "Colleague"]
    assert plan.review_by == review_date(
        dt.date.today(), profiles()["NE"]
    )  # Nebraska: no end, so yearly


def test_renaming_a_supporter_shows_in_every_plan(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = open_window(qtbot, path, create=False)
    window.records_action.trigger()
    tab = window.records_view.record_tabs[RecordKind.PERSON]
    row = next(
        i for i in range(tab.list.count()) if tab.list.item(i).text().startswith("Jo Okafor")
    )
    tab.list.setCurrentRow(row)
    assert (
        "Robin's Wellness Recovery Action Plan: Who would you like to step in?" in tab.uses.text()
    )
    name = tab.fields["name"]
    name.setFocus()
    name.selectAll()  # type: ignore[union-attr]
    type_text(qtbot, "Joanna Okafor", name)
    window.records_view.leave()  # saves on the way out
    assert window.stack.currentWidget() is window.home

    plans = {p.kind + ":" + p.title: p.id for p in window.doc.list_plans()}  # type: ignore[union-attr]
    for key, question_id in (
        ("wrap:Robin's Wellness Recovery Action Plan", "crisis.supporters"),
        ("crisis:Robin's crisis plan", "crisis_plan.helpers"),
        ("pad:Robin's advance directive (Oregon)", "pad.agent"),
    ):
        window.edit_plan(plans[key])
        assert window.wizard is not None
        editor = go(window.wizard, question_id)
        assert isinstance(editor, RecordsEditor)
        assert editor.table.item(0, 0).text().startswith("Joanna Okafor"), key
        window.wizard.finish(done=False)


def test_deleting_someone_a_plan_uses_asks_first_and_names_the_plans(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = open_window(qtbot, path, create=False)
    window.show_records()
    tab = window.records_view.record_tabs[RecordKind.PERSON]
    row = next(
        i for i in range(tab.list.count()) if tab.list.item(i).text().startswith("Marcus Bell")
    )
    tab.list.setCurrentRow(row)
    dialog_log.confirm_answer = False
    tab.delete_button.click()
    assert dialog_log.confirms == ["Delete “Marcus Bell”?"]
    assert any(tab.list.item(i).text().startswith("Marcus Bell") for i in range(tab.list.count()))
    dialog_log.confirm_answer = True
    tab.delete_button.click()
    assert not any(
        tab.list.item(i).text().startswith("Marcus Bell") for i in range(tab.list.count())
    )
    with PlanFile.open(path) as doc:
        wrap = next(p for p in doc.list_plans() if p.kind == "wrap")
        assert doc.load_plan(wrap.id).answers["crisis.not_involved"] == []


def test_a_record_needs_a_name_and_what_was_typed_stays(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.show_records()
    tab = window.records_view.record_tabs[RecordKind.MEDICATION]
    tab.new_name.setFocus()
    type_text(qtbot, "Sertraline", tab.new_name)
    qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)
    assert tab.list.count() == 1
    tab.fields["dose"].setFocus()
    type_text(qtbot, "50 mg", tab.fields["dose"])
    tab.fields["name"].setText("")
    assert not tab.save()
    assert "name" in tab.error.text()
    assert tab.fields["dose"].text() == "50 mg"  # type: ignore[union-attr]
    tab.fields["name"].setText("Sertraline")
    assert window.records_view.save()
    assert window.doc.list_records(RecordKind.MEDICATION)[0].values["dose"] == "50 mg"  # type: ignore[union-attr]


def test_plans_due_for_review_say_so_on_home(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "a.wellplan"
    with PlanFile.create(path) as doc:
        due = doc.create_plan("crisis", "Old crisis plan")
        doc.set_review_by(due.id, dt.date.today() - dt.timedelta(days=1))
        soon = doc.create_plan("wrap", "My WRAP")
        doc.set_review_by(soon.id, dt.date.today() + dt.timedelta(days=10))
        doc.create_plan("pad", "My directive")
    window = open_window(qtbot, path, create=False)
    texts = {
        window.home.list.item(i).text().split("\n")[0]: window.home.list.item(i).text()
        for i in range(3)
    }
    assert texts["Old crisis plan"].endswith("· time to review it")
    assert "· review by" in texts["My WRAP"]
    assert "review" not in texts["My directive"].split("\n")[1]


def test_switching_people_mid_edit_saves_each_to_the_right_record(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Regression: an edit still waiting to be saved went to the newly selected person."""
    window = open_window(qtbot, tmp_path / "a.wellplan")
    doc = window.doc
    assert doc is not None
    ana = doc.add_record(RecordKind.PERSON, {"name": "Ana", "phone": "111"})
    ben = doc.add_record(RecordKind.PERSON, {"name": "Ben", "phone": "222"})
    window.show_records()
    tab = window.records_view.record_tabs[RecordKind.PERSON]
    tab.list.setCurrentRow(0)
    tab.fields["phone"].setFocus()
    type_text(qtbot, "9", tab.fields["phone"])  # pending: the save timer hasn't fired
    assert tab.timer.isActive()
    tab.list.setCurrentRow(1)
    assert tab.fields["phone"].text() == "222"  # type: ignore[union-attr]
    phones = {r.id: r.values["phone"] for r in doc.list_records(RecordKind.PERSON)}
    assert phones == {ana.id: "1119", ben.id: "222"}
    assert tab.list.item(0).text() == "Ana · 1119"


def test_looking_through_people_changes_nothing_in_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    """Showing and leaving a record writes it only when something in it changed: looking
    through the lists must not make every record "changed just now"."""
    import sqlite3

    path = tmp_path / "demo.wellplan"
    write_demo(path)

    def rows() -> list[tuple[object, ...]]:
        with sqlite3.connect(path) as db:
            return [
                row
                for table in ("person", "medication", "place")
                for row in db.execute(f"SELECT * FROM {table} ORDER BY id")
            ]

    before = rows()
    window = open_window(qtbot, path, create=False)
    for _ in range(2):
        window.show_records()
        for tab in window.records_view.record_tabs.values():
            for row in range(tab.list.count()):
                tab.list.setCurrentRow(row)
        window.records_view.leave()
    assert window.stack.currentWidget() is window.home
    assert rows() == before
    window.show_records()
    tab = window.records_view.record_tabs[RecordKind.PERSON]
    tab.fields["phone"].setText("555 0100")
    tab.list.setCurrentRow(tab.list.currentRow() + 1)  # a real change is still written
    assert rows() != before


def test_delete_a_plan_asks_first_and_removes_it(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from wellplan.storage.demo import write_demo

    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = open_window(qtbot, path, create=False)
    window.home.list.setCurrentRow(0)
    title = window.home.list.item(0).text().splitlines()[0]
    window.delete_plan_action.trigger()  # the person says no
    assert dialog_log.confirms == [f"Delete “{title}”?"]
    assert window.home.list.count() == 6
    dialog_log.confirm_answer = True
    window.delete_plan_action.trigger()
    titles = [window.home.list.item(i).text().splitlines()[0] for i in range(6 - 1)]
    assert window.home.list.count() == 5 and title not in titles

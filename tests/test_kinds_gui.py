"""The plans beyond crisis in the window: a goals plan and a meeting written with the
keyboard only and found again as written; steps ticked done with the day; the home card
showing each goal's next step; a new meeting starting from the last one's open points."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_helpers import focused, open_window, press, tab_to, type_text
from tests.test_wizard_keyboard import fill as fill_plain
from tests.test_wizard_keyboard import next_page
from wellplan.domain.answers import is_answered
from wellplan.domain.templates import AnswerType, load_template
from wellplan.gui import step_editors
from wellplan.gui.editors import Editor, ListEditor
from wellplan.gui.main_window import MainWindow
from wellplan.gui.step_editors import GroupEditor, OptionsEditor, StepsEditor
from wellplan.gui.wizard_pages import SectionPage
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

ALT = Qt.KeyboardModifier.AltModifier


def fill(qtbot: QtBot, editor: Editor, n: str, seen: set[AnswerType]) -> Any:
    """Answer one question, or one field of an entry, with the keyboard only; the value we
    expect stored. ``seen``: the answer types typed so far."""
    seen.add(editor.question.type)
    if isinstance(editor, OptionsEditor):
        tab_to(qtbot, editor.options)
        press(qtbot, Qt.Key.Key_Down)  # onto the second option
        press(qtbot, Qt.Key.Key_Space)  # tick it
        tab_to(qtbot, editor.own.add_line)
        type_text(qtbot, f"mine {n}")
        press(qtbot, Qt.Key.Key_Return)
        return {"chosen": [editor.question.options[1].id], "own": [f"mine {n}"]}
    if isinstance(editor, StepsEditor):
        steps = []
        for number in (1, 2):
            tab_to(qtbot, editor.add_line)
            type_text(qtbot, f"step {n}.{number}")
            if editor.who_line is not None:
                press(qtbot, Qt.Key.Key_Tab)
                assert focused() is editor.who_line
                type_text(qtbot, f"who {n}")
            press(qtbot, Qt.Key.Key_Tab)
            assert focused() is editor.when_line
            type_text(qtbot, f"when {n}")
            press(qtbot, Qt.Key.Key_Return)  # adds it; back on the step line
            assert focused() is editor.add_line and editor.add_line.text() == ""
            who = f"who {n}" if editor.who_line is not None else ""
            steps.append({"text": f"step {n}.{number}", "who": who, "when": f"when {n}"})
        # back into the table (Shift+Tab), onto the first step, and tick it done
        for _ in range(10):
            if focused() is editor.table:
                break
            press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is editor.table
        press(qtbot, Qt.Key.Key_Up)
        press(qtbot, Qt.Key.Key_Home)
        assert (editor.table.currentRow(), editor.table.currentColumn()) == (0, 0)
        press(qtbot, Qt.Key.Key_Space)
        done = step_editors.today().isoformat()  # the day it was ticked, by the editor's clock
        return [{**steps[0], "done": done}, {**steps[1], "done": ""}]
    if isinstance(editor, GroupEditor):
        entries = []
        for number in (1, 2):
            tab_to(qtbot, editor.add_button)
            press(qtbot, Qt.Key.Key_Space)  # a new entry; the keyboard is in its first field
            entry = editor.entries[-1]
            assert entry.editors[0].focus_target() is focused()
            values = {}
            for field, inner in zip(editor.question.fields, entry.editors, strict=True):
                values[field.key] = fill(qtbot, inner, f"{n}.{number}", seen)
            entries.append(values)
        title = editor.entries[0].heading.text()
        assert title.startswith(f"{editor.question.item} 1: "), title
        return entries
    return fill_plain(qtbot, editor, n)  # type: ignore[arg-type]


def walk(qtbot: QtBot, window: MainWindow, kind: str) -> tuple[int, dict[str, Any]]:
    """Start a plan of ``kind`` from the home and write all of it with the keyboard; Done.
    Returns its id and what each question should now hold."""
    start = next(b for b in window.home.start_buttons if b.objectName() == f"start:{kind}")
    tab_to(qtbot, start)
    press(qtbot, Qt.Key.Key_Space)
    wizard = window.wizard
    assert wizard is not None
    plan_id = wizard.plan_id
    assert focused() is wizard.intro.title_edit
    next_page(qtbot, wizard)
    template = load_template(kind)
    expected: dict[str, Any] = {}
    seen: set[AnswerType] = set()
    for number, section in enumerate(template.sections, start=1):
        page = wizard.currentPage()
        assert isinstance(page, SectionPage) and page.section.id == section.id
        for editor in page.editors:
            expected[editor.question.id] = fill(qtbot, editor, str(number), seen)
        if number < len(template.sections):
            next_page(qtbot, wizard)
    assert seen == {q.type for q in template.every_question()}, "every type was typed"
    press(qtbot, Qt.Key.Key_D, ALT)  # Done
    qtbot.waitUntil(lambda: window.wizard is None)
    return plan_id, expected


def test_a_goals_plan_by_keyboard_then_reopened(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "goals.wellplan"
    window = open_window(qtbot, path)
    plan_id, expected = walk(qtbot, window, "goals")
    goals = expected["goals.goals"]
    assert len(goals) == 2 and len(goals[0]["paths"]) == 2  # two goals, each with two paths
    window.close()

    with PlanFile.open(path) as doc:
        answers = doc.load_plan(plan_id).answers
        assert doc.load_plan(plan_id).summary.status.value == "complete"
    for question_id, value in expected.items():
        assert answers[question_id] == value, question_id
    template = load_template("goals")
    assert [q.id for q in template.questions() if not is_answered(q, answers.get(q.id))] == []

    # a new window shows every answer in place, entries and all
    again = open_window(qtbot, path, create=False)
    again.edit_plan(plan_id)
    assert again.wizard is not None
    for page_id, page in again.wizard.pages_by_id.items():
        again.wizard.go_to(page_id)
        for editor in page.editors:
            assert editor.value() == expected[editor.question.id], editor.question.id
    # the home card: each goal's next step, the first one not ticked
    again.wizard.finish(done=False)
    card = next(
        again.home.list.item(i).text()
        for i in range(again.home.list.count())
        if again.home.list.item(i).data(Qt.ItemDataRole.UserRole) == plan_id
    )
    first, second = goals[0]["want"], goals[1]["want"]  # goals are named by their words
    # (each goal's own first step was ticked, so its second is next)
    assert card.splitlines()[2:] == [
        f"{first} — next: step 2.1.2 (when 2.1)",
        f"{second} — next: step 2.2.2 (when 2.2)",
    ]
    again.close()


def test_the_home_card_names_each_goal_s_next_step_and_scores_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "demo.wellplan")
    window = open_window(qtbot, path, create=False)
    assert window.doc is not None
    cards = {
        window.home.list.item(i).data(Qt.ItemDataRole.UserRole): window.home.list.item(i).text()
        for i in range(window.home.list.count())
    }
    goals = next(p for p in window.doc.list_plans() if p.kind == "goals")
    lines = cards[goals.id].splitlines()
    assert lines[2:] == [
        "A part-time job I enjoy — next: Update my CV (this weekend)",
        "Finish a short course in library skills — next: Ask the college about help with the "
        "fees (before the end of the month)",
    ]
    for text in cards.values():  # no counts, percentages or streaks on any card
        assert not re.search(r"\d+\s*(%|/|of)\s*\d*|streak|score", text), text
    # ticking the next step done moves the card on to the one after it
    answers = window.doc.load_plan(goals.id).answers
    first = answers["goals.goals"][0]
    first["first_step"][1]["done"] = "2027-01-04"
    window.doc.save_answer(goals.id, "goals.goals", answers["goals.goals"])
    window.refresh_home()
    item = next(
        window.home.list.item(i)
        for i in range(window.home.list.count())
        if window.home.list.item(i).data(Qt.ItemDataRole.UserRole) == goals.id
    )
    assert (
        "A part-time job I enjoy — next: Start on Tuesday mornings (next Tuesday)"
        in item.text().splitlines()
    )
    window.close()


def test_a_meeting_by_keyboard_then_reopened(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "meeting.wellplan"
    window = open_window(qtbot, path)
    plan_id, expected = walk(qtbot, window, "meeting")
    assert len(expected["meeting.wants"]) == 3
    window.close()
    with PlanFile.open(path) as doc:
        answers = doc.load_plan(plan_id).answers
    for question_id, value in expected.items():
        assert answers[question_id] == value, question_id
    again = open_window(qtbot, path, create=False)
    again.edit_plan(plan_id)
    assert again.wizard is not None
    wants = again.wizard.go_to_question("meeting.wants")
    assert isinstance(wants, ListEditor)
    assert wants.value() == expected["meeting.wants"]
    assert not wants.add_line.isEnabled()  # three things at most: no line for a fourth
    for page_id, page in again.wizard.pages_by_id.items():
        again.wizard.go_to(page_id)
        for editor in page.editors:
            assert editor.value() == expected[editor.question.id], editor.question.id
    again.close()


def test_a_new_meeting_starts_from_what_the_last_one_left_open(tmp_path: Path) -> None:
    with PlanFile.create(tmp_path / "m.wellplan") as doc:
        first = doc.create_plan("meeting", "January")
        assert doc.load_plan(first.id).answers == {}  # nothing earlier to carry
        doc.save_answer(first.id, "meeting.next_time", ["The headaches"])
        doc.save_answer(
            first.id,
            "meeting.next_steps",
            [
                {"text": "Send the letter", "who": "Dr. H", "when": "soon", "done": ""},
                {"text": "Earlier dose", "who": "Me", "when": "", "done": "2027-01-09"},
            ],
        )
        second = doc.create_plan("meeting", "February")
        carried = doc.load_plan(second.id).answers
        assert carried == {
            "meeting.open_points": ["The headaches"],
            "meeting.open_steps": [
                {"text": "Send the letter", "who": "Dr. H", "when": "soon", "done": ""}
            ],
        }
        goals = doc.create_plan("goals")  # other kinds carry nothing
        assert doc.load_plan(goals.id).answers == {}


def test_edits_in_goals_are_steps_to_undo_by_name(qtbot: QtBot, tmp_path: Path) -> None:
    """The new editors push named steps on the plan's undo history like the others: a tick,
    a step ticked done, a step added, a goal added; Ctrl+Z in a goal's fields (made after
    the page) undoes the plan's step, and each undo is saved."""
    from tests.test_undo import redo, saved, undo
    from wellplan.gui.plan_undo import takes_plan_undo

    path = write_demo(tmp_path / "demo.wellplan")
    window = open_window(qtbot, path, create=False)
    assert window.doc is not None
    plan_id = next(p.id for p in window.doc.list_plans() if p.kind == "goals")
    window.edit_plan(plan_id)
    wizard = window.wizard
    assert wizard is not None
    group = wizard.go_to_question("goals.goals")
    assert isinstance(group, GroupEditor)
    before = group.value()

    # a step of the first goal ticked done with Space, then undone with Ctrl+Z there
    steps = group.entries[0].editors[[f.key for f in group.question.fields].index("first_step")]
    assert isinstance(steps, StepsEditor)
    row = next(n for n, step in enumerate(steps.value()) if not step["done"])
    steps.table.setFocus()
    steps.table.setCurrentCell(row, 0)
    first = steps.value()[row]["text"]
    press(qtbot, Qt.Key.Key_Space)
    assert steps.value()[row]["done"] == step_editors.today().isoformat()
    assert wizard.undo_stack.undoText() == f"tick “{first}” done"
    undo(qtbot)
    assert group.value() == before
    wizard.autosaver.flush()
    assert saved(path, "Robin's goals", "goals.goals") == before

    # an area ticked in the first goal
    areas = group.entries[0].editors[[f.key for f in group.question.fields].index("areas")]
    assert isinstance(areas, OptionsEditor)
    areas.options.setFocus()
    areas.options.setCurrentRow(2)
    press(qtbot, Qt.Key.Key_Space)
    label = areas.options.item(2).text()
    ticked = areas.options.item(2).checkState() == Qt.CheckState.Checked
    assert wizard.undo_stack.undoText() == (f"tick “{label}”" if ticked else f"untick “{label}”")

    # a new goal, then a step typed into it: Ctrl+Z in its (new) field is the plan's
    group.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert len(group.entries) == 3
    assert wizard.undo_stack.undoText() == "add “Goal 3”"
    new_steps = group.entries[2].editors[[f.key for f in group.question.fields].index("first_step")]
    assert isinstance(new_steps, StepsEditor)
    new_steps.add_line.setFocus()
    type_text(qtbot, "Call the college")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.undo_stack.undoText() == "add “Call the college”"
    assert takes_plan_undo(focused())  # the new goal's step line, made after the page
    undo(qtbot)
    assert group.value()[2]["first_step"] == []
    undo(qtbot)
    assert len(group.entries) == 2
    redo(qtbot)
    assert len(group.entries) == 3
    wizard.autosaver.flush()
    assert len(saved(path, "Robin's goals", "goals.goals")) == 3  # type: ignore[arg-type]
    window.close()

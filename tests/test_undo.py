"""Undo and redo in a plan: one history per plan being written, every kind of edit, each
step named ("Undo remove “Walk”"), Ctrl+Z and Ctrl+Shift+Z, and every step saved the way
any change is (so undoing never goes back to words that were never saved)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import focused, open_window, press, type_text
from wellplan.gui import announced
from wellplan.gui.editors import ChoiceEditor, ListEditor, ShortTextEditor
from wellplan.gui.main_window import MainWindow
from wellplan.gui.structured_editors import RecordsEditor
from wellplan.gui.wizard import PlanWizard
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def saved(path: Path, title: str, question_id: str) -> object:
    with PlanFile.open(path) as doc:
        plan = next(p for p in doc.list_plans() if p.title == title)
        return doc.load_plan(plan.id).answers.get(question_id)


WRAP = "Robin's Wellness Recovery Action Plan"


def open_plan(
    qtbot: QtBot, tmp_path: Path, title: str = WRAP
) -> tuple[MainWindow, PlanWizard, Path]:
    path = write_demo(tmp_path / "demo.wellplan")
    window = open_window(qtbot, path, create=False)
    assert window.doc is not None
    window.edit_plan(next(p.id for p in window.doc.list_plans() if p.title == title))
    assert window.wizard is not None
    return window, window.wizard, path


def undo(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Z, CTRL)


def redo(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)


def test_removing_a_list_item_is_undone_by_name_and_redone(qtbot: QtBot, tmp_path: Path) -> None:
    window, wizard, path = open_plan(qtbot, tmp_path)
    editor = wizard.go_to_question("toolbox.tools")
    assert isinstance(editor, ListEditor)
    before = editor.value()
    walk = before[0]
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert walk not in editor.value()
    assert wizard.undo_stack.undoText() == f"remove “{walk}”"
    undo(qtbot)
    assert editor.value() == before
    assert announced.log[-1] == f"Undone: remove “{walk}”"
    assert wizard.undo_stack.redoText() == f"remove “{walk}”"
    wizard.autosaver.flush()
    assert saved(path, WRAP, "toolbox.tools") == before  # undoing is saved like any change
    redo(qtbot)
    assert walk not in editor.value()
    assert announced.log[-1] == f"Redone: remove “{walk}”"
    wizard.autosaver.flush()
    assert walk not in saved(path, WRAP, "toolbox.tools")  # type: ignore[operator]
    window.close()


def test_adding_and_moving_are_steps_of_their_own(qtbot: QtBot, tmp_path: Path) -> None:
    window, wizard, _path = open_plan(qtbot, tmp_path)
    editor = wizard.go_to_question("toolbox.tools")
    assert isinstance(editor, ListEditor)
    before = editor.value()
    editor.add_line.setFocus()
    type_text(qtbot, "Knitting")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.value() == [*before, "Knitting"]
    assert wizard.undo_stack.undoText() == "add “Knitting”"  # not "typing"
    editor.list.setFocus()
    editor.list.setCurrentRow(editor.list.count() - 1)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.value()[-2] == "Knitting"
    assert wizard.undo_stack.undoText() == "move “Knitting”"
    undo(qtbot)
    assert editor.value() == [*before, "Knitting"]
    undo(qtbot)
    assert editor.value() == before
    window.close()


def test_typing_in_one_answer_is_one_step_and_ctrl_z_in_the_field_undoes_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, wizard, path = open_plan(qtbot, tmp_path, "Robin's crisis plan")
    page_id = wizard.visible_page_ids()[-1]
    wizard.go_to(page_id)
    page = wizard.currentPage()
    editor = next(e for e in page.editors if isinstance(e, ShortTextEditor | ListEditor))  # type: ignore[attr-defined]
    field = editor.focus_target()
    field.setFocus()
    qtbot.waitUntil(lambda: focused() is field)
    before = editor.value()
    type_text(qtbot, "slow")
    assert editor.value() != before
    assert wizard.undo_stack.count() == 1  # four keys, one step
    assert wizard.undo_stack.undoText().startswith("typing in “")
    undo(qtbot)  # in the field: the plan's undo, not the field's own
    assert editor.value() == before
    wizard.autosaver.flush()
    assert saved(path, "Robin's crisis plan", editor.question.id) in (before, None)
    redo(qtbot)
    assert "slow" in str(editor.value())
    window.close()


def test_a_choice_and_a_persons_row_are_undone(qtbot: QtBot, tmp_path: Path) -> None:
    window, wizard, _path = open_plan(qtbot, tmp_path, "Robin's advance directive (Oregon)")
    found: list[ChoiceEditor] = []
    for page_id in wizard.visible_page_ids():
        wizard.go_to(page_id)
        editors = getattr(wizard.currentPage(), "editors", [])
        found = [e for e in editors if isinstance(e, ChoiceEditor) and e.isVisibleTo(wizard)]
        if found:
            break
    (editor, *_) = found
    before = editor.value()
    other = next(v for v, b in editor.buttons.items() if not b.isChecked())
    editor.buttons[other].click()
    assert editor.value()["choice"] == other
    assert wizard.undo_stack.undoText() == f"choose “{editor.buttons[other].text()}”"
    wizard.undo()
    assert editor.value() == before

    people = wizard.go_to_question("pad.agent")
    assert isinstance(people, RecordsEditor)
    rows = people.value()
    people.table.setCurrentCell(0, 0)
    people.remove_button.click()
    assert len(people.value()) == len(rows) - 1
    assert wizard.undo_stack.undoText().startswith("remove “")
    wizard.undo()
    assert people.value() == rows
    window.close()


def test_accepting_a_suggestion_is_undone_and_the_suggestion_waits_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, wizard, path = open_plan(qtbot, tmp_path)
    window.set_together(True)
    wizard.add_suggestion("daily.when_well", "Sam", "Up early, singing")
    editor = wizard.go_to_question("daily.when_well")
    before = editor.value()
    (waiting,) = wizard.doc.suggestions(wizard.plan_id)
    wizard.accept_suggestion(waiting, waiting.text)
    assert "Up early, singing" in editor.value()
    assert wizard.doc.suggestions(wizard.plan_id) == []
    assert wizard.undo_stack.undoText() == "accept the suggestion of Sam"
    wizard.undo()
    assert editor.value() == before
    assert [(s.author, s.text) for s in wizard.doc.suggestions(wizard.plan_id)] == [
        ("Sam", "Up early, singing")
    ]
    wizard.redo()
    assert "Up early, singing" in editor.value()
    assert wizard.doc.suggestions(wizard.plan_id) == []
    wizard.autosaver.flush()
    assert "Up early, singing" in str(saved(path, WRAP, "daily.when_well"))
    window.close()


def test_every_step_undone_to_was_saved_and_the_history_ends_at_reopening(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    """Two removals in quick succession: the plan as it was between them is saved before
    the second (the autosaver would otherwise have kept only the last); undoing goes back
    through saved states only. Reopened, the plan has a new, empty history."""
    window, wizard, path = open_plan(qtbot, tmp_path)
    editor = wizard.go_to_question("toolbox.tools")
    assert isinstance(editor, ListEditor)
    first, second = editor.value()[:2]
    editor.list.setCurrentRow(0)
    editor.remove_selected()
    between = editor.value()
    editor.list.setCurrentRow(0)
    editor.remove_selected()  # at once, before the autosaver's pause is up
    assert saved(path, WRAP, "toolbox.tools") == between  # saved before the next step
    wizard.undo()
    assert editor.value() == between
    wizard.undo()
    assert editor.value()[:2] == [first, second]
    wizard.finish(done=False)
    assert saved(path, WRAP, "toolbox.tools") == editor.value()
    assert window.doc is not None
    window.edit_plan(next(p.id for p in window.doc.list_plans() if p.title == WRAP))
    assert window.wizard is not None and window.wizard is not wizard
    assert not window.wizard.undo_stack.canUndo()
    window.close()


def test_edit_undo_and_redo_name_the_plans_step_and_take_it(qtbot: QtBot, tmp_path: Path) -> None:
    """Edit ▸ Undo and Redo are the plan's history while a plan is being written: named
    for the step ("Undo remove “Walk”"), taken there and saved, wherever the focus is in
    the plan (a list here, which has no undo of its own)."""
    window, wizard, path = open_plan(qtbot, tmp_path)
    editor = wizard.go_to_question("toolbox.tools")
    assert isinstance(editor, ListEditor)
    before = editor.value()
    walk = before[0]
    assert not window.undo_action.isEnabled()  # nothing done yet
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    editor.remove_selected()
    window.edit_menu.aboutToShow.emit()  # as the menu opens
    assert window.undo_action.text().replace("&", "") == f"Undo remove “{walk}”"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert editor.value() == before
    assert announced.log[-1] == f"Undone: remove “{walk}”"
    window.edit_menu.aboutToShow.emit()
    assert window.redo_action.text().replace("&", "") == f"Redo remove “{walk}”"
    wizard.autosaver.flush()
    assert saved(path, WRAP, "toolbox.tools") == before
    window.redo_action.trigger()
    assert walk not in editor.value()
    wizard.autosaver.flush()
    assert walk not in saved(path, WRAP, "toolbox.tools")  # type: ignore[operator]
    window.go_home()
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text().replace("&", "") == "Undo"  # the plan's history ended
    assert not window.undo_action.isEnabled()
    window.close()


def test_edit_undo_in_typing_is_the_plans_step_and_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    window, wizard, path = open_plan(qtbot, tmp_path)
    editor = wizard.go_to_question("daily.when_well")
    before = editor.value()
    editor.focus_target().setFocus()
    type_text(qtbot, " and more")
    wizard.autosaver.flush()
    assert saved(path, WRAP, "daily.when_well") != before
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text().replace("&", "").startswith("Undo typing in “")
    window.undo_action.trigger()
    assert editor.value() == before
    wizard.autosaver.flush()
    assert saved(path, WRAP, "daily.when_well") == before
    window.close()


def test_the_plan_title_keeps_its_own_undo_and_each_step_of_it_is_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The title isn't an answer: Ctrl+Z and Edit ▸ Undo there undo its own typing (not a
    step of the answers), and the title they leave is the one saved."""
    window, wizard, path = open_plan(qtbot, tmp_path)
    editor = wizard.go_to_question("toolbox.tools")
    assert isinstance(editor, ListEditor)
    editor.list.setCurrentRow(0)
    editor.remove_selected()  # a step of the answers, which must stay done
    removed = editor.value()
    wizard.go_to(0)
    title = wizard.intro.title_edit
    title.setFocus()
    title.end(False)
    type_text(qtbot, " (new)")
    undo(qtbot)
    assert title.text() == WRAP
    assert editor.value() == removed
    type_text(qtbot, "!")
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text().replace("&", "") == "Undo"
    window.undo_action.trigger()
    assert title.text() == WRAP
    with PlanFile.open(path) as doc:
        assert WRAP in [p.title for p in doc.list_plans()]
    window.close()


def test_edit_undo_in_a_record_field_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_demo(tmp_path / "demo.wellplan")
    window = open_window(qtbot, path, create=False)
    window.show_records()
    tab = window.records_view.tabs.currentWidget()
    field = tab.fields["phone"]  # type: ignore[attr-defined]
    before = field.text()
    field.setFocus()
    field.end(False)
    type_text(qtbot, "9")
    assert window.records_view.save()
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert field.text() == before
    window.go_home()  # saves what is on screen
    with PlanFile.open(path) as doc:
        from wellplan.domain.records import RecordKind

        phones = [r.values.get("phone", "") for r in doc.list_records(RecordKind.PERSON)]
    assert before in phones and before + "9" not in phones
    window.close()

"""The acceptance walk: the whole WRAP written with the keyboard only, then found again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_helpers import focused, open_window, press, tab_to, type_text
from wellplan.domain.answers import is_answered
from wellplan.domain.templates import AnswerType, load_template
from wellplan.gui.editors import (
    ChoiceEditor,
    DateEditor,
    Editor,
    ListEditor,
    LongTextEditor,
    PickEditor,
    ShortTextEditor,
)
from wellplan.gui.structured_editors import RecordsEditor
from wellplan.gui.wizard import PlanWizard
from wellplan.gui.wizard_pages import SectionPage
from wellplan.storage.document import PlanFile

ALT = Qt.KeyboardModifier.AltModifier


def next_page(qtbot: QtBot, wizard: PlanWizard) -> None:
    """Alt+N, the Next button's mnemonic. Qt animates mnemonic clicks, so wait for the page."""
    before = wizard.currentId()
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def fill(qtbot: QtBot, editor: Editor, n: int) -> Any:
    """Answer one question using only the keyboard; return the value we expect stored."""
    q = editor.question
    if isinstance(editor, ShortTextEditor | LongTextEditor):
        tab_to(qtbot, editor.focus_target())
        type_text(qtbot, f"Answer {n}: café ☀️")
        if isinstance(editor, LongTextEditor):
            press(qtbot, Qt.Key.Key_Return)  # a new paragraph, not the next page
            type_text(qtbot, "second line")
            return f"Answer {n}: café ☀️\nsecond line"
        return f"Answer {n}: café ☀️"
    if isinstance(editor, PickEditor):
        tab_to(qtbot, editor.tools)
        press(qtbot, Qt.Key.Key_Down)  # onto the second tool
        press(qtbot, Qt.Key.Key_Space)  # tick it
        tab_to(qtbot, editor.steps.add_line)
        type_text(qtbot, f"step {n}")
        press(qtbot, Qt.Key.Key_Return)
        tools = [editor.tools.item(i).text() for i in range(editor.tools.count())]
        return {"tools": [tools[1]], "steps": [f"step {n}"]}
    if isinstance(editor, ListEditor):
        tab_to(qtbot, editor.add_line)
        for item in (f"first {n}", f"second {n}", f"third {n}"):
            type_text(qtbot, item)
            press(qtbot, Qt.Key.Key_Return)
        return [f"first {n}", f"second {n}", f"third {n}"]
    if isinstance(editor, RecordsEditor):
        tab_to(qtbot, editor.new_button)
        press(qtbot, Qt.Key.Key_Space)  # opens the form and puts focus on the name
        assert focused() is editor.fields["name"]
        type_text(qtbot, f"Record {n} Ωμέγα")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "detail")
        tab_to(qtbot, editor.new_note)
        type_text(qtbot, f"note {n}")
        press(qtbot, Qt.Key.Key_Return)  # adds it, stays on this page
        (entry,) = editor.value()
        assert editor.form.isHidden()
        return [{"id": entry["id"], "note": f"note {n}"}]
    if isinstance(editor, ChoiceEditor):
        tab_to(qtbot, editor.buttons["yes"])
        press(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, editor.reason)
        type_text(qtbot, f"because {n}")
        return {"choice": "yes", "reason": f"because {n}"}
    if isinstance(editor, DateEditor):
        tab_to(qtbot, editor.enabled)
        press(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, editor.date)
        press(qtbot, Qt.Key.Key_Up)
        assert editor.value()
        return editor.value()
    raise AssertionError(f"no keyboard recipe for {q.type}")


def test_whole_wrap_by_keyboard_then_reopened(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "keyboard.wellplan"
    window = open_window(qtbot, path)
    # an empty file greets the person with a start button that has focus
    assert focused() is window.home.start_buttons[0]
    start = next(b for b in window.home.start_buttons if b.objectName() == "start:wrap")
    tab_to(qtbot, start)
    press(qtbot, Qt.Key.Key_Space)
    wizard = window.wizard
    assert wizard is not None

    # the intro page: name the plan
    assert focused() is wizard.intro.title_edit
    wizard.intro.title_edit.selectAll()
    type_text(qtbot, "My plan — Ana")
    next_page(qtbot, wizard)

    template = load_template("wrap")
    expected: dict[str, Any] = {}
    types_seen: set[AnswerType] = set()
    for number, section in enumerate(template.sections, start=1):
        page = wizard.currentPage()
        assert isinstance(page, SectionPage) and page.section.id == section.id
        for editor in page.editors:
            if not page.blocks[editor.question.id].isVisible():
                continue
            expected[editor.question.id] = fill(qtbot, editor, number)
            types_seen.add(editor.question.type)
        if number < len(template.sections):
            next_page(qtbot, wizard)
    assert types_seen == {q.type for q in template.questions()}  # every kind it uses was typed
    assert "crisis.home_plan" in expected  # the branch opened because we chose "yes"
    assert wizard.visitedIds() == list(range(len(template.sections) + 1))
    press(qtbot, Qt.Key.Key_D, ALT)  # Done
    qtbot.waitUntil(lambda: window.wizard is None)
    window.close()

    with PlanFile.open(path) as doc:
        (plan,) = doc.list_plans()
        answers = doc.load_plan(plan.id).answers
    assert plan.title == "My plan — Ana"
    assert plan.status.value == "complete"
    for question_id, value in expected.items():
        assert answers[question_id] == value, question_id
    unanswered = [q.id for q in template.questions() if not is_answered(q, answers.get(q.id))]
    assert unanswered == []

    # a new window on the same file shows every answer in place and in order
    again = open_window(qtbot, path, create=False)
    again.edit_plan(plan.id)
    assert again.wizard is not None
    for page_id, page in again.wizard.pages_by_id.items():
        again.wizard.go_to(page_id)
        assert page.built and page is again.wizard.currentPage()
        for editor in page.editors:
            assert editor.value() == expected[editor.question.id], editor.question.id
    again.close()


def test_tab_goes_fields_then_buttons_then_the_list_of_parts_on_every_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The same order on the intro (made with the wizard) as on parts made when first
    shown, whose fields Qt would otherwise put last in the window's Tab order."""
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    wizard = window.wizard
    assert wizard is not None
    buttons = [
        wizard.button(b)
        for b in (
            PlanWizard.WizardButton.CustomButton1,
            PlanWizard.WizardButton.BackButton,
            PlanWizard.WizardButton.NextButton,
            PlanWizard.WizardButton.FinishButton,
        )
    ]

    def order_from_first_field() -> list[str]:
        page = wizard.currentPage()
        seen: list[str] = []
        for _ in range(40):
            widget = focused()
            if widget is wizard.sidebar.tree:
                return [*seen, "list of parts"]
            if widget in buttons:
                seen.append(widget.text().replace("&", ""))
            elif page.isAncestorOf(widget):
                if not seen or seen[-1] != "field":
                    seen.append("field")
            else:
                seen.append(widget.objectName() or type(widget).__name__)
            press(qtbot, Qt.Key.Key_Tab)
        return seen

    assert focused() is wizard.intro.title_edit
    assert order_from_first_field() == ["field", "Finish later", "Next >", "list of parts"]
    for section in ("toolbox", "daily"):
        next_page(qtbot, wizard)
        page = wizard.currentPage()
        assert isinstance(page, SectionPage) and page.section.id == section
        assert page.isAncestorOf(focused())  # arrives at the part's first field
        assert order_from_first_field() == [
            "field",
            "Finish later",
            "< Back",
            "Next >",
            "list of parts",
        ]
    press(qtbot, Qt.Key.Key_Tab)  # and round again, to the part's first field
    assert wizard.currentPage().isAncestorOf(focused())


def test_on_the_last_part_alt_n_types_nothing_and_says_how_to_finish(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from wellplan.gui import announced

    window = open_window(qtbot, tmp_path / "plans.wellplan")
    window.start_plan("crisis")
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(wizard.visible_page_ids()[-1])
    assert wizard.nextId() == -1
    page = wizard.currentPage()
    assert isinstance(page, SectionPage)
    (field, *_) = [
        e.focus_target() for e in page.editors if isinstance(e.focus_target(), QLineEdit)
    ]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.waitUntil(lambda: focused() is field)
    press(qtbot, Qt.Key.Key_N, ALT)
    assert field.text() == ""  # nothing typed
    assert announced.log[-1].startswith("This is the last part.")
    assert "Alt+D" in announced.log[-1]
    wizard.go_to(wizard.visible_page_ids()[1])  # not the last part: Alt+N goes on
    next_page(qtbot, wizard)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_review_by_takes_one_tab_to_leave_and_opens_its_calendar_from_the_keyboard(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "plans.wellplan")
    window.start_plan("wrap")
    wizard = window.wizard
    assert wizard is not None
    review = wizard.intro.review_edit
    review.setFocus()
    qtbot.waitUntil(lambda: focused() is review)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not review  # one Tab, not one for each of day, month and year
    review.setFocus()
    qtbot.waitUntil(lambda: focused() is review)
    before = review.date()
    press(qtbot, Qt.Key.Key_Down, ALT)
    calendar = review.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    qtbot.waitUntil(lambda: focused() is calendar or calendar.isAncestorOf(focused()))
    press(qtbot, Qt.Key.Key_Right)  # the next day
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert review.date() == before.addDays(1)

"""GUI behaviour: autosave, never losing typed text, files that can't be opened, document
commands, continuing where the person left off, and staying light at start-up."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import focused, open_window, press, tab_to, type_text
from wellplan.domain.records import RecordKind
from wellplan.gui.editors import (
    ChoiceEditor,
    ListEditor,
    LongTextEditor,
    PickEditor,
    ShortTextEditor,
)
from wellplan.gui.main_window import MainWindow
from wellplan.gui.wizard_pages import SectionPage
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile


def editor_for(window: MainWindow, question_id: str):  # type: ignore[no-untyped-def]
    assert window.wizard is not None
    return window.wizard.go_to_question(question_id)


def stored(path: Path, question_id: str, plan_index: int = 0) -> object:
    with PlanFile.open(path) as doc:
        plan = doc.list_plans()[plan_index]
        return doc.load_plan(plan.id).answers.get(question_id)


def test_typing_is_saved_within_half_a_second_without_a_save_button(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "daily.when_well")
    assert isinstance(editor, LongTextEditor)
    assert window.autosaver is not None
    saves: list[float] = []
    window.autosaver.saved.connect(lambda _when: saves.append(time.monotonic()))
    editor.text.setFocus()
    started = time.monotonic()
    type_text(qtbot, "Calm", editor.text)
    assert window.save_state.text() == "Saving…"
    # typing on without a pause doesn't put the save off: it is timed from the first key
    keys = QTimer(window)
    keys.timeout.connect(lambda: editor.text.insertPlainText("."))
    keys.start(40)
    qtbot.waitUntil(lambda: bool(saves), timeout=2_000)
    keys.stop()
    assert saves[0] - started < 0.5, f"saved {saves[0] - started:.3f} s after the first key"
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=2_000)  # type: ignore[union-attr]
    assert window.save_state.text().startswith("Saved at")
    assert str(stored(path, "daily.when_well")).startswith("Calm")


def test_an_unfinished_list_line_is_saved_like_any_typing(qtbot: QtBot, tmp_path: Path) -> None:
    """Typed in a list's add line but never added with Enter: it used to be lost at quit
    while the status said "All changes saved"."""
    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "toolbox.tools")
    assert isinstance(editor, ListEditor) and window.autosaver is not None
    editor.add_line.setFocus()
    type_text(qtbot, "a long bath", editor.add_line)
    press(qtbot, Qt.Key.Key_Return, widget=editor.add_line)
    type_text(qtbot, "Call my sister", editor.add_line)
    assert window.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=2_000)  # type: ignore[union-attr]
    assert window.save_state.text().startswith("Saved at")
    assert stored(path, "toolbox.tools") == ["a long bath", "Call my sister"]
    press(qtbot, Qt.Key.Key_Return, widget=editor.add_line)  # now added: held once
    assert editor.value() == ["a long bath", "Call my sister"] and editor.add_line.text() == ""
    type_text(qtbot, "and my brother", editor.add_line)
    window.close()  # at once, the line still unfinished
    assert stored(path, "toolbox.tools") == ["a long bath", "Call my sister", "and my brother"]


def test_closing_at_once_loses_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "toolbox.tools")
    assert isinstance(editor, ListEditor)
    editor.add_line.setFocus()
    type_text(qtbot, "a long bath", editor.add_line)
    press(qtbot, Qt.Key.Key_Return, widget=editor.add_line)
    other = editor_for(window, "daily.when_well")
    other.focus_target().setFocus()
    type_text(qtbot, "typed a moment ago", other.focus_target())
    window.close()  # no waiting for the autosave timer
    assert stored(path, "toolbox.tools") == ["a long bath"]
    assert stored(path, "daily.when_well") == "typed a moment ago"


def test_megabyte_paste_with_any_script_is_kept_exactly(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "post.learned")
    assert isinstance(editor, LongTextEditor)
    chunk = "Emoji 🧭🌧️🌈, עברית ומעט عربي, Ελληνικά, кириллица, tab\tend.\n"
    big = (chunk * (1_048_576 // len(chunk) + 1))[:1_048_576]
    QApplication.clipboard().setText(big)
    editor.text.setFocus()
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier, editor.text)
    assert editor.value() == big
    window.close()
    assert stored(path, "post.learned") == big


def test_undo_redo_work_in_text_fields(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    editor = editor_for(window, "crisis.disagreements")
    target = editor.focus_target()
    target.setFocus()
    type_text(qtbot, "Jo decides", target)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, target)
    assert editor.value() == ""
    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.value() == "Jo decides"


def test_continue_returns_to_the_same_section_and_field(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "crisis.tasks")
    assert isinstance(editor, ListEditor)
    editor.add_line.setFocus()
    qtbot.waitUntil(
        lambda: window.wizard is not None and window.wizard.current_question == "crisis.tasks"
    )
    press(qtbot, Qt.Key.Key_Escape)  # Esc means "finish later", never "throw away"
    assert window.wizard is None
    window.close()

    again = open_window(qtbot, path, create=False)
    assert focused() is again.home.list
    press(qtbot, Qt.Key.Key_Return)
    wizard = again.wizard
    assert wizard is not None
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.section.id == "crisis.help"
    qtbot.waitUntil(lambda: isinstance(focused(), type(editor.add_line)))
    assert focused().objectName() == "" and focused().parent().objectName() == "editor:crisis.tasks"


def test_sidebar_jumps_to_any_part_and_shows_progress(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    wizard = window.wizard
    assert wizard is not None
    target = wizard.section_page_ids["crisis.places"]
    item = wizard.sidebar.items[target]
    wizard.sidebar.tree.setCurrentItem(item)
    wizard.sidebar.tree.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == target
    assert wizard.sidebar.progress.text() == f"Part {target} of {len(wizard.template.sections)}"
    wizard.go_to(0)  # the intro comes before part 1: not "Part 0 of 14"
    assert wizard.sidebar.progress_label.text() == "14 parts to go through"
    wizard.go_to(2)
    assert wizard.currentId() == 2
    assert "✓" not in item.text(0)
    editor = editor_for(window, "crisis.places_prefer")
    window.doc.add_record(RecordKind.PLACE, {"name": "Riverside House"})  # type: ignore[union-attr]
    editor.refresh_choices()
    assert editor.pick.currentIndex() == -1  # nothing pre-chosen for the person
    editor.pick_button.click()
    assert editor.value() == []
    editor.pick.setCurrentIndex(0)
    editor.pick_button.click()
    assert "✓" in item.text(0)


def test_the_list_of_parts_is_measured_again_only_when_a_tick_comes_or_goes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    editor = editor_for(window, "daily.when_well")
    assert isinstance(editor, LongTextEditor)
    wizard = window.wizard
    assert wizard is not None
    sidebar = wizard.sidebar
    item = sidebar.items[wizard.currentId()]
    measured: list[str] = []
    fit = sidebar._fit_rows
    monkeypatch.setattr(sidebar, "_fit_rows", lambda: (measured.append(item.text(0)), fit()))
    editor.text.setFocus()
    type_text(qtbot, "Calm", editor.text)  # the first letter ticks the part; the rest don't
    assert item.text(0).endswith("✓")
    assert measured == [item.text(0)]
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Backspace)
    assert not item.text(0).endswith("✓")  # empty again: the tick goes, measured again
    assert len(measured) == 2
    assert "(has answers)" not in item.toolTip(0)


def test_every_part_fills_the_wizard_however_it_is_reached(qtbot: QtBot, tmp_path: Path) -> None:
    """Parts are made the first time they are shown: made late, each still gets all the
    wizard's height (an empty part sized for nothing would show its words in a strip)."""
    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = open_window(qtbot, path, create=False)
    window.resize(1000, 700)
    wrap = next(p for p in window.doc.list_plans() if p.kind == "wrap")  # type: ignore[union-attr]
    window.edit_plan(wrap.id)
    wizard = window.wizard
    assert wizard is not None
    intro = wizard.intro
    wizard.go_to(0)
    qtbot.waitUntil(lambda: intro.height() > 400)
    heights = {}
    for section in ("triggers", "crisis.supporters"):  # jumped to
        wizard.go_to(wizard.section_page_ids[section])
        QApplication.processEvents()
        heights[section] = wizard.currentPage().height()
    wizard.next()  # and reached with Next
    QApplication.processEvents()
    heights["next"] = wizard.currentPage().height()
    assert heights == dict.fromkeys(heights, intro.height())


def test_branching_question_appears_only_for_yes_or_unsure(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    choice = editor_for(window, "crisis.home_wanted")
    assert isinstance(choice, ChoiceEditor)
    page = window.wizard.currentPage()  # type: ignore[union-attr]
    assert isinstance(page, SectionPage)
    block = page.blocks["crisis.home_plan"]
    assert block.isHidden()
    tab_to(qtbot, choice.buttons["yes"])
    press(qtbot, Qt.Key.Key_Right)  # with nothing chosen, arrows only move: nothing is picked
    assert choice.value()["choice"] == ""
    assert focused() is choice.buttons["no"]
    press(qtbot, Qt.Key.Key_Space)
    assert choice.value()["choice"] == "no"
    assert block.isHidden()
    press(qtbot, Qt.Key.Key_Right)
    assert choice.value()["choice"] == "unsure"
    assert not block.isHidden()


def test_action_plan_offers_the_toolbox_written_earlier(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    toolbox = editor_for(window, "toolbox.tools")
    assert isinstance(toolbox, ListEditor)
    toolbox.add_item("Music")
    toolbox.add_item("Walk")
    pick = editor_for(window, "early_signs.plan")
    assert isinstance(pick, PickEditor)
    assert [pick.tools.item(i).text() for i in range(pick.tools.count())] == ["Music", "Walk"]
    pick.tools.item(1).setCheckState(Qt.CheckState.Checked)
    # renaming the tool later keeps the tick visible and honest
    editor_for(window, "toolbox.tools")
    toolbox.list.item(1).setText("Long walk")
    pick = editor_for(window, "early_signs.plan")
    texts = [pick.tools.item(i).text() for i in range(pick.tools.count())]
    assert texts == ["Music", "Long walk", "Walk (no longer in your toolbox)"]
    assert pick.value()["tools"] == ["Walk"]


def test_short_text_editor_round_trip(qtbot: QtBot) -> None:
    from wellplan.domain.templates import AnswerType, Question

    editor = ShortTextEditor(
        Question("x.y", AnswerType.SHORT_TEXT, "Your name?", why="So we can greet you")
    )
    qtbot.addWidget(editor)
    editor.set_value("Ana")
    assert editor.value() == "Ana"
    assert editor.line.accessibleName() == "Your name?"
    assert editor.line.accessibleDescription() == "So we can greet you"


# ---- files ---------------------------------------------------------------------------------
def test_refused_files_get_a_clear_message_and_stay_untouched(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    good = tmp_path / "good.wellplan"
    window = open_window(qtbot, good)
    bad = tmp_path / "holiday.jpg.wellplan"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a plan at all" * 100)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not window.open_path(bad)
    ((title, text),) = dialog_log.errors
    assert title == "Not a WellPlan file"
    assert "holiday.jpg.wellplan" in text and "has not been changed" in text
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert window.doc is not None and window.doc.path == good  # the open file is still open


def test_open_save_as_new_and_recent_files(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    first = tmp_path / "first.wellplan"
    write_demo(first)
    window = open_window(qtbot, first, create=False)
    demo_plans = window.home.list.count()
    assert demo_plans == 6
    assert window.windowTitle() == "Your plans — first.wellplan — WellPlan"

    copy = tmp_path / "copy.wellplan"
    dialog_log.save_path = copy
    window.save_as_action.trigger()
    assert window.doc is not None and window.doc.path == copy
    assert window.home.list.count() == demo_plans

    fresh = tmp_path / "fresh.wellplan"
    dialog_log.save_path = fresh
    window.new_file_action.trigger()
    assert window.doc.path == fresh
    assert window.home.list.count() == 0

    dialog_log.open_path = first
    window.open_action.trigger()
    assert window.doc.path == first
    assert window.settings.recent_files()[:3] == [first, fresh, copy]
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[:3] == ["&1 first.wellplan", "&2 fresh.wellplan", "&3 copy.wellplan"]
    window.recent_menu.actions()[2].trigger()
    assert window.doc.path == copy
    assert dialog_log.errors == []


def test_save_failure_is_shown_and_kept_until_it_can_be_saved(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "daily.when_well")
    doc = window.doc
    assert doc is not None and window.autosaver is not None
    raw = doc._engine.raw_connection()
    pages = raw.driver_connection.execute("PRAGMA page_count").fetchone()[0]
    raw.driver_connection.execute(f"PRAGMA max_page_count = {pages}")  # a full disk
    raw.close()
    editor.focus_target().setFocus()
    type_text(qtbot, "x" * 50, editor.focus_target())
    editor.set_value("y" * 300_000)
    editor.changed.emit()
    assert not window.autosaver.flush()
    assert window.problem.isVisible() and "disk is full" in window.problem.text()
    assert window.save_state.text() == "Not saved yet"
    from wellplan.gui import announced

    assert "disk is full" in announced.log[-1]  # said at once to screen readers
    # closing now asks first; the person keeps the window open
    dialog_log.confirm_answer = True
    window.close()
    assert window.isVisible() and dialog_log.confirms == ["Some changes aren't saved"]
    raw = doc._engine.raw_connection()
    raw.driver_connection.execute("PRAGMA max_page_count = 1073741823")  # space freed
    raw.close()
    assert window.autosaver.flush()
    assert not window.problem.isVisible()
    window.close()
    assert stored(path, "daily.when_well") == "y" * 300_000


def test_about_names_the_trademark_once(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.about()
    ((title, text),) = dialog_log.infos
    assert title == "About WellPlan"
    assert "not affiliated" in text
    assert text.count("Advocates for Human Potential") == 1


def test_home_lists_plans_with_status(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "demo.wellplan"
    write_demo(path)
    with PlanFile.open(path) as doc:
        doc.create_plan("wrap", "A second plan")
    window = open_window(qtbot, path, create=False)
    texts = [window.home.list.item(i).text() for i in range(window.home.list.count())]
    assert texts[0].startswith(
        "A second plan\nWellness Recovery Action Plan · Draft · changed today"
    )
    joined = "|".join(texts)
    assert (
        "Robin's Wellness Recovery Action Plan\nWellness Recovery Action Plan · Finished" in joined
    )
    assert "Robin's crisis plan\nCrisis plan · Finished" in joined

    # the chosen card is drawn in the highlight colour, the others not
    plans = window.home.list
    plans.setCurrentRow(1)
    image = plans.viewport().grab().toImage()
    highlight = plans.palette().color(QPalette.ColorRole.Highlight)

    def filled(row: int) -> bool:
        card = plans.visualItemRect(plans.item(row))
        return image.pixelColor(card.left() + 8, card.center().y()) == highlight

    assert [filled(row) for row in range(3)] == [False, True, False]


def test_showing_the_app_imports_no_pdf_code(tmp_path: Path) -> None:
    demo = tmp_path / "demo.wellplan"
    write_demo(demo)
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["WELLPLAN_DATA_DIR"] = {str(tmp_path / "data")!r}
from pathlib import Path
from wellplan.app import make_app
from wellplan.gui.main_window import MainWindow
app = make_app()
w = MainWindow(); w.show(); w.start(Path({str(demo)!r}))
w.edit_plan(w.doc.list_plans()[0].id)
app.processEvents()
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("reportlab", "pyhanko", "cryptography")
             or m.startswith("wellplan.export"))
print("PLANS", w.wizard is not None, "LOADED", bad)
w.close()
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().endswith("PLANS True LOADED []"), out


def test_restyling_with_a_plan_open_is_safe(qtbot: QtBot, tmp_path: Path) -> None:
    """Regression: replacing the style object under a stylesheet while a wizard exists
    crashed Qt; themes and text size will restyle the running app."""
    from wellplan.gui import style

    window = open_window(qtbot, tmp_path / "a.wellplan")
    window.start_plan("wrap")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style_object = app.style()
    style.apply(app)
    style.apply(app)
    assert app.style() is style_object
    assert window.wizard is not None and window.wizard.isVisible()


def test_a_file_deleted_while_open_keeps_the_words_for_save_as(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    """SQLite would go on writing to a deleted file and lose it all on closing: WellPlan
    notices, says so, keeps the text, and Save As puts everything in a new file."""
    path = tmp_path / "gone.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "daily.when_well")
    editor.set_value("saved before")
    editor.changed.emit()
    assert window.autosaver is not None and window.autosaver.flush()
    path.unlink()  # moved to the bin by another program, a USB stick pulled out...
    editor.set_value("typed after it went")
    editor.changed.emit()
    assert not window.autosaver.flush()
    assert window.problem.isVisible() and "moved or deleted" in window.problem.text()
    assert editor.value() == "typed after it went"

    copy = tmp_path / "safe.wellplan"
    dialog_log.save_path = copy
    window.save_as_dialog()
    assert window.doc is not None and window.doc.path == copy
    assert not window.problem.isVisible() and dialog_log.errors == []
    window.close()
    assert stored(copy, "daily.when_well") == "typed after it went"


def test_a_plan_that_cannot_be_read_says_so_and_leaves_nothing_behind(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.gui.wizard import PlanWizard
    from wellplan.storage.errors import StorageError

    window = open_window(qtbot, write_demo(tmp_path / "demo.wellplan"), create=False)
    assert window.doc is not None
    plan = window.doc.list_plans()[0]

    def unreadable(_plan_id: int) -> None:
        raise StorageError("WellPlan couldn't read this plan. Your other plans are fine.")

    monkeypatch.setattr(window.doc, "load_plan", unreadable)
    window.edit_plan(plan.id)

    assert dialog_log.errors == [
        (StorageError.title, "WellPlan couldn't read this plan. Your other plans are fine.")
    ]
    assert window.wizard is None and window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: not window.stack.findChildren(PlanWizard))


def test_opening_a_plan_makes_only_the_part_it_opens_at(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_demo(tmp_path / "demo.wellplan")
    with PlanFile.open(path) as doc:
        wrap = next(p for p in doc.list_plans() if p.kind == "wrap")
        doc.save_position(wrap.id, "triggers", "triggers.list")
    window = open_window(qtbot, path, create=False)
    window.edit_plan(wrap.id)
    wizard = window.wizard
    assert wizard is not None
    made = [page.section.id for page in wizard.pages_by_id.values() if page.built]
    assert made == ["triggers"]  # not the parts passed on the way there
    assert focused() is wizard._editor("triggers.list").focus_target()

    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.built and page.editors
    assert all(editor.isVisible() for editor in page.editors if editor.question.show_if is None)
    assert focused() is page.editors[0].focus_target()  # ready to type, as in a part made before
    assert wizard.button(QWizard.WizardButton.NextButton).isDefault()  # what Enter presses

    order = [page.section.id for page in wizard.pages_by_id.values()]
    before = order[order.index("triggers") - 1]
    wizard.button(QWizard.WizardButton.BackButton).click()  # to a part made before
    assert wizard.currentPage().isAncestorOf(focused())
    wizard.button(QWizard.WizardButton.BackButton).click()  # to a part passed on the way
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.section.id == before
    assert page.built and all(e.isVisible() for e in page.editors if e.question.show_if is None)
    assert page.isAncestorOf(focused())


def test_a_new_person_typed_but_not_added_is_kept_when_the_plan_closes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Typed into "Add a new person…" and never added: closing the plan adds them (it was
    lost, with "All changes saved" on screen)."""
    from wellplan.gui.structured_editors import RecordsEditor

    path = tmp_path / "a.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "crisis.supporters")
    assert isinstance(editor, RecordsEditor)
    editor.new_button.click()
    editor.fields["name"].setFocus()
    type_text(qtbot, "Ana Ruiz", editor.fields["name"])
    editor.new_note.setText("Sits with me")
    window.close()
    with PlanFile.open(path) as doc:
        plan = doc.list_plans()[0]
        answer = doc.load_plan(plan.id).answers["crisis.supporters"]
        people = {r.id: r.values["name"] for r in doc.list_records(RecordKind.PERSON)}
    assert [(people[item["id"]], item["note"]) for item in answer] == [("Ana Ruiz", "Sits with me")]

"""'Use my plan now': the plan as one read-only page, drawn in the chosen look."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui_helpers import focused, open_window
from wellplan.gui import style
from wellplan.gui.main_window import MainWindow
from wellplan.storage.demo import write_demo


def crisis_page(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, write_demo(tmp_path / "demo.wellplan"))
    assert window.doc is not None
    (crisis,) = [p.id for p in window.doc.list_plans() if p.kind == "crisis"]
    window.use_now(crisis)
    return window


def colour_of(window: MainWindow, text: str) -> str:
    document = window.use_now_view.text.document()
    found = document.find(text)
    assert not found.isNull(), text
    return found.charFormat().foreground().color().name()


def test_what_a_person_wrote_is_shown_as_written_never_as_markup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = crisis_page(qtbot, tmp_path)
    assert window.doc is not None
    (crisis,) = [p for p in window.doc.list_plans() if p.kind == "crisis"]
    window.doc.save_answer(crisis.id, "crisis_plan.reasons", ["<b>not bold</b> & <img src=x>"])
    window.use_now(crisis.id)
    text = window.use_now_view.text
    assert "•\t<b>not bold</b> & <img src=x>" in text.toPlainText().splitlines()
    assert not text.document().find("not bold").charFormat().font().bold()


def test_the_page_follows_the_theme_and_text_size(qtbot: QtBot, tmp_path: Path) -> None:
    window = crisis_page(qtbot, tmp_path)
    light = style.THEMES["light"]
    assert colour_of(window, "Where can you go?") == light.soft_ink
    assert colour_of(window, "7. My reasons to keep going") == light.accent
    size_before = window.use_now_view.text.document().find("Where can you go?").charFormat()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    text = window.use_now_view.text
    text.verticalScrollBar().setValue(text.verticalScrollBar().maximum() // 2)
    reading = text.cursorForPosition(QPoint(0, 0)).block().text()
    try:
        style.apply(app, "dark", 2.0)
        dark = style.THEMES["dark"]
        qtbot.waitUntil(lambda: colour_of(window, "Where can you go?") == dark.soft_ink)
        # a new look doesn't lose the person's place
        assert text.cursorForPosition(QPoint(0, 0)).block().text() == reading
        assert colour_of(window, "7. My reasons to keep going") == dark.accent
        found = window.use_now_view.text.document().find("Where can you go?")
        assert found.charFormat().fontPointSize() == 2 * size_before.fontPointSize()
    finally:
        style.apply(app)


def test_a_long_step_wraps_under_its_own_text_not_the_bullet(qtbot: QtBot, tmp_path: Path) -> None:
    window = crisis_page(qtbot, tmp_path)
    window.resize(700, 600)
    window.grab()  # lay it out as on screen
    document = window.use_now_view.text.document()
    block = document.find("Sam Lindqvist").block()
    layout = block.layout()
    assert layout.lineCount() > 1, "the step should wrap at this width"
    first, second = layout.lineAt(0), layout.lineAt(1)
    after_tab = first.cursorToX(2)  # "•", tab: where the step's own text starts
    assert abs(second.x() - after_tab[0]) < 1.0


def test_the_page_can_be_read_and_left_with_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window = crisis_page(qtbot, tmp_path)
    view = window.use_now_view
    assert focused() is view.text  # the plan itself, to read
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is view.back_button
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is view.text
    scroll = view.text.verticalScrollBar()
    assert scroll.maximum() > 0 and scroll.value() == 0
    qtbot.keyClick(view.text, Qt.Key.Key_PageDown)
    assert scroll.value() > 0
    before = view.text.toPlainText()
    for key in (Qt.Key.Key_A, Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Return):
        qtbot.keyClick(view.text, key)
    assert view.text.toPlainText() == before  # read-only: nothing changes by accident
    view.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(view.text, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_arrow_keys_move_a_caret_a_screen_reader_follows_through_headings_and_steps(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A screen reader reads the line the caret is on: Down goes from the plan's title to
    its parts and steps one by one; the titles are headings in the document."""
    from wellplan.gui.use_now import READABLE_BY_KEYBOARD

    flags = (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    assert flags.value == READABLE_BY_KEYBOARD
    window = crisis_page(qtbot, tmp_path)
    text = window.use_now_view.text
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.Start)
    read = [text.textCursor().block().text()]
    for _ in range(6):
        qtbot.keyClick(text, Qt.Key.Key_Down)
        block = text.textCursor().block()
        if block.text() != read[-1]:
            read.append(block.text())
    assert read[0] == "Robin's crisis plan"
    assert len(read) >= 4  # the caret moved on through the page
    document = text.document()
    levels = {
        document.findBlockByNumber(n).text(): document.findBlockByNumber(n)
        .blockFormat()
        .headingLevel()
        for n in range(document.blockCount())
    }
    assert levels["Robin's crisis plan"] == 1
    assert levels["Where can you go?"] == 0  # a question, not a part's title
    assert sorted({level for level in levels.values()}) == [0, 1, 2]

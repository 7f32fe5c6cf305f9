"""Where the person is in the main window (issue 24.4, 24.6): the window's title says it,
each screen starts with the focus where the person starts on it, and the New plan menu
opens on its first item. (tests/test_atspi.py checks the same through a screen reader's
eyes: which objects it hears gain the focus.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_helpers import focused, open_window
from wellplan.gui.main_window import MainWindow
from wellplan.storage.demo import write_demo

CRISIS = "Robin's crisis plan"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, write_demo(tmp_path / "demo.wellplan"), create=False)


def plan_id(window: MainWindow, title: str) -> int:
    assert window.doc is not None
    return next(p.id for p in window.doc.list_plans() if p.title == title)


def test_the_window_title_says_where_the_person_is(window: MainWindow) -> None:
    assert window.windowTitle() == "Your plans — demo.wellplan — WellPlan"
    window.edit_plan(plan_id(window, CRISIS))
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(0)
    assert window.windowTitle() == f"About this plan — {CRISIS} — demo.wellplan — WellPlan"
    wizard.go_to(wizard.section_page_ids["on_my_own"])
    assert window.windowTitle() == (
        f"2. What I can do on my own — {CRISIS} — demo.wellplan — WellPlan"
    )
    window.go_home()
    assert window.windowTitle() == "Your plans — demo.wellplan — WellPlan"
    window.show_records()
    assert window.windowTitle() == "People, medications and places — demo.wellplan — WellPlan"
    window.use_now(plan_id(window, CRISIS))
    assert window.windowTitle() == f"{CRISIS} — demo.wellplan — WellPlan"


def test_the_title_follows_a_renamed_plan(qtbot: QtBot, window: MainWindow) -> None:
    window.edit_plan(plan_id(window, CRISIS))
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(0)
    wizard.intro.title_edit.setText("My plan for hard days")
    wizard.intro.title_edit.textEdited.emit("My plan for hard days")
    wizard.intro.title_edit.editingFinished.emit()
    assert window.windowTitle().startswith("About this plan — My plan for hard days — ")


def test_each_screen_starts_where_the_person_starts(window: MainWindow) -> None:
    window.use_now(plan_id(window, CRISIS))
    assert focused() is window.use_now_view.text  # the plan itself, to read
    window.go_home()
    assert focused() is window.home.list
    window.show_records()
    assert focused() is window.records_view.tabs.currentWidget().list  # type: ignore[attr-defined]
    window.go_home()
    crisis = plan_id(window, CRISIS)
    window.home.list.setCurrentRow(window.home.list.count() - 1)
    window.edit_plan(crisis)
    assert window.wizard is not None
    window.wizard.finish(done=False)  # Finish later
    assert focused() is window.home.list
    assert window.home.list.currentItem().data(Qt.ItemDataRole.UserRole) == crisis  # just left


def test_the_new_plan_menu_opens_on_its_first_item(window: MainWindow) -> None:
    menu = window.home.new_button.menu()
    assert menu is not None
    assert menu.activeAction() is None
    menu.aboutToShow.emit()  # as it opens (the offscreen platform can't show a popup)
    assert menu.activeAction() is menu.actions()[0]

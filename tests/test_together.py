"""Together mode: suggestions stay apart from the plan until the person accepts them."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window, type_text
from tests.test_gui import stored
from wellplan.domain.suggestions import merged
from wellplan.domain.templates import AnswerType
from wellplan.export.documents import full_plans
from wellplan.gui import announced
from wellplan.gui.main_window import MainWindow
from wellplan.gui.style import TOGETHER_SCALE, current
from wellplan.gui.together import SuggestionPanel
from wellplan.storage.document import PlanFile

OFFER = "A walk by the river with Biscuit before work"


def exported_text(path: Path) -> str:
    with PlanFile.open(path) as doc:
        bundle = doc.bundle("test")
    pdf = full_plans(bundle, bundle.plans, "letter")
    return " ".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages)


def panel(window: MainWindow, question_id: str) -> SuggestionPanel:
    assert window.wizard is not None
    found = window.wizard.findChild(SuggestionPanel, f"suggestions:{question_id}")
    assert found is not None
    return found


def test_a_suggestion_is_apart_from_the_plan_until_accepted(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = tmp_path / "together.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    window.wizard.go_to(window.wizard.section_page_ids["daily"])  # type: ignore[union-attr]
    box = panel(window, "daily.when_well")
    assert not box.isVisible()  # nothing to suggest with, outside together mode

    window.together_action.trigger()
    app = QApplication.instance()
    assert current(app)[1] == TOGETHER_SCALE  # a step larger for two at one screen
    assert window.guide_action.isVisible()
    assert box.isVisible() and box.open_button.isVisible()
    qtbot.mouseClick(box.open_button, qtbot_left())
    type_text(qtbot, "Sam", box.author)
    type_text(qtbot, OFFER, box.text)
    box.findChild(type(box.open_button), "add-suggestion").click()
    assert [b.suggestion.author for b in box.boxes] == ["Sam"]
    assert "Suggested by Sam" in box.boxes[0].accessibleName()
    assert announced.log[-1].startswith("Suggestion added")

    window.autosaver.flush()  # type: ignore[union-attr]
    assert stored(path, "daily.when_well") is None  # not in the plan...
    assert "Biscuit" not in exported_text(path)  # ...nor in anything printed

    box.boxes[0].accept_button.click()
    assert box.boxes == []
    assert stored(path, "daily.when_well") == OFFER
    assert "Biscuit" in exported_text(path)
    assert announced.log[-1] == "Added to your plan."
    window.close()
    with PlanFile.open(path) as doc:
        assert doc.suggestions(doc.list_plans()[0].id) == []
    assert window.settings.together(path)  # remembered for this file


def test_declined_and_edited_suggestions(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = tmp_path / "together.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    window.set_together(True)
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to_question("toolbox.tools")
    wizard.add_suggestion("toolbox.tools", "Sam", "Baking bread")
    wizard.add_suggestion("toolbox.tools", "Sam", "Calling my sister\nMusic")
    tools = panel(window, "toolbox.tools")
    assert [b.suggestion.text for b in tools.boxes] == ["Baking bread", "Calling my sister\nMusic"]

    tools.boxes[0].decline_button.click()
    assert [b.suggestion.text for b in tools.boxes] == ["Calling my sister\nMusic"]
    edited = tools.boxes[0]
    edited.edit_button.click()
    edited.edit.setPlainText("Calling my sister on Sundays\nMusic")
    edited.accept_button.click()
    window.close()
    assert stored(path, "toolbox.tools") == ["Calling my sister on Sundays", "Music"]
    assert "Baking" not in exported_text(path)


def test_a_part_first_opened_in_together_mode_shows_what_waits_there(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "together.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    window.set_together(True)
    wizard = window.wizard
    assert wizard is not None
    daily = wizard.pages_by_id[wizard.section_page_ids["daily"]]
    assert not daily.built  # parts are made the first time they are opened
    wizard.doc.add_suggestion(wizard.plan_id, "daily.when_well", "Sam", "Up early, singing")

    wizard.go_to(wizard.section_page_ids["daily"])

    assert daily.built
    box = panel(window, "daily.when_well")
    assert box.isVisible() and box.open_button.isVisible()  # together mode, as elsewhere
    assert [b.suggestion.text for b in box.boxes] == ["Up early, singing"]


def test_accepting_adds_and_never_replaces() -> None:
    assert merged(AnswerType.LONG_TEXT, "", "Tea") == "Tea"
    assert merged(AnswerType.LONG_TEXT, "Walks", "Tea") == "Walks\nTea"
    assert merged(AnswerType.SHORT_TEXT, "Jo", "and Sam") == "Jo and Sam"
    assert merged(AnswerType.LIST, ["Tea"], "Tea\n\nBath ") == ["Tea", "Bath"]


def test_suggestions_need_a_name_and_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "t.wellplan")
    window.start_plan("crisis")
    window.set_together(True)
    window.wizard.go_to(1)  # type: ignore[union-attr]
    box = next(iter(window.wizard._panels().values()))  # type: ignore[union-attr]
    box.open_form()
    box.text.setPlainText("Something")
    box._add()
    assert box.problem.isVisibleTo(box) and "who is suggesting" in box.problem.text()
    assert box.boxes == []


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_together_mode_remembered_by_an_earlier_version_is_still_found(tmp_path: Path) -> None:
    """Settings are kept per file under a hash of its path: the hash must not change
    between versions, or people lose what was remembered for their files."""
    import hashlib

    from wellplan.gui.settings import Settings

    path = tmp_path / "Robin's plans – ñ.wellplan"
    settings = Settings()
    earlier = hashlib.sha256(str(path).encode()).hexdigest()[:16]  # as earlier versions kept it
    settings.qsettings.setValue(f"together/{earlier}", "true")
    assert settings.together(path)
    settings.set_together(path, False)
    assert not settings.together(path)

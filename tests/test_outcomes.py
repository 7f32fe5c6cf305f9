"""What came of what the person did in the main window is said to screen readers as well as
shown (issue 24.3): saved again after a failure, a backup restored, the file locked or its
passphrase taken off, everything deleted, the language and text size chosen, together mode
turned on or off; and problems no one asked about (today's backup failing) are said at
once (assertive). Each is said once, by the window the person is in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window
from wellplan.gui import announced
from wellplan.gui.main_window import MainWindow
from wellplan.storage import backups
from wellplan.storage.demo import write_demo

PASSPHRASE = "purple ocean, seven lanterns"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    opened = open_window(qtbot, write_demo(tmp_path / "demo.wellplan"), create=False)
    QThreadPool.globalInstance().waitForDone()  # today's backup, made on opening
    announced.log.clear()
    announced.urgent.clear()
    return opened


def test_a_save_that_failed_is_said_at_once_and_so_is_saving_again(window: MainWindow) -> None:
    assert window.autosaver is not None
    problem = "WellPlan couldn't save your latest changes: the disk is full."
    window.autosaver.failed.emit(problem)
    assert list(announced.urgent) == [problem]
    window.autosaver.saved.emit(dt.datetime.now(dt.UTC))
    assert list(announced.log) == [problem, "Saved. Your latest changes are safe now."]
    window.autosaver.saved.emit(dt.datetime.now(dt.UTC))  # an ordinary save: shown only
    assert len(announced.log) == 2


def test_restoring_a_backup_is_said_once_by_the_window_the_person_is_in(
    window: MainWindow,
) -> None:
    assert window.doc is not None
    made = backups.backup_now(window.doc.path, "manual")
    restored = "Restored. The file as it was before is kept in the backups too."
    assert window.restore_backup(made)
    assert list(announced.log) == [restored]
    announced.log.clear()
    window.show_backups()
    dialog = window.side_dialog
    assert dialog is not None
    assert window.restore_backup(made, dialog)  # type: ignore[arg-type]
    assert list(announced.log) == [restored]  # by the backups window, not twice
    dialog.close()


def test_locking_and_taking_the_passphrase_off_are_said(
    window: MainWindow, dialog_log: DialogLog
) -> None:
    dialog_log.new_passphrase = PASSPHRASE
    window.lock_action.trigger()
    assert announced.log[-1] == "Your file is locked."
    window.change_lock_action.trigger()
    assert announced.log[-1] == "The passphrase is changed."
    dialog_log.confirm_answer = True
    window.remove_lock_action.trigger()
    assert announced.log[-1] == "Your file no longer has a passphrase."
    assert list(announced.urgent) == []


def test_deleting_everything_is_said(window: MainWindow, dialog_log: DialogLog) -> None:
    dialog_log.confirm_answer = True
    assert window.delete_everything()
    assert "Everything in “demo.wellplan” is deleted." in announced.log


def test_todays_backup_failing_is_said_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.storage.errors import StorageError

    def fails(_path: Path, unlock: object = None) -> Path:
        raise StorageError("The backup folder can't be written to.")

    monkeypatch.setattr(backups, "daily_backup", fails)
    announced.urgent.clear()
    open_window(qtbot, write_demo(tmp_path / "demo.wellplan"), create=False)
    qtbot.waitUntil(lambda: len(announced.urgent) > 0)
    assert announced.urgent[-1].startswith("Couldn't make today's backup: ")


def test_the_view_menus_choices_are_said(window: MainWindow) -> None:
    window.together_action.trigger()
    assert announced.log[-1].startswith("Together mode is on")
    window.together_action.trigger()
    assert announced.log[-1] == "Together mode is off."
    window.set_text_size(150)
    assert announced.log[-1] == "Text size 150%"
    window.set_text_size(100)
    window.language_actions[""].trigger()
    assert announced.log[-1] == "WellPlan will use this language the next time it starts."
    assert list(announced.urgent) == []
    said = len(announced.log)
    window.display.show_together(window.doc.path)  # type: ignore[union-attr]  # (opening)
    assert len(announced.log) == said  # as the file was left: nothing to say

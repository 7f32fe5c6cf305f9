"""Errors from work done off the GUI thread are worded by their type, for the moment they
happened in: no class names, no Python messages, no storage words meant for another moment."""

from __future__ import annotations

import errno

from pytestqt.qtbot import QtBot

from wellplan.gui.error_words import describe
from wellplan.storage import errors


def test_a_full_disk_while_making_a_backup_is_not_called_an_unsaved_change(qtbot: QtBot) -> None:
    full = errors.DiskFull(
        "Your disk is full, so the last change couldn't be saved. Free up some space.",
        window="What you typed is still on the screen, and WellPlan will save it then.",
    )
    words = describe(full)
    assert words.startswith("The disk is full.")
    assert "last change" not in words and "still on the screen" not in words
    assert describe(OSError(errno.ENOSPC, "No space left on device")) == words


def test_errors_from_the_system_have_no_class_names_or_error_numbers(qtbot: QtBot) -> None:
    for error in (
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.EROFS, "Read-only file system"),
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        OSError(errno.EIO, "Input/output error"),
        MemoryError(),
    ):
        words = describe(error)
        assert "Error" not in words and "[Errno" not in words, words
        assert words.endswith("."), words


def test_a_fault_of_wellplans_own_is_named_but_not_dumped(qtbot: QtBot) -> None:
    words = describe(KeyError("page_tree"))
    assert "(KeyError)" in words and "page_tree" not in words
    assert "try again" in words


def test_damage_and_other_storage_errors_keep_their_own_words(qtbot: QtBot) -> None:
    damaged = errors.DamagedFile("Part of “Crisis plan” in “plans.wellplan” is damaged.")
    assert describe(damaged) == str(damaged)

"""A real full disk: a small tmpfs mounted for the test (where the machine allows it; the
same paths are also tested everywhere with an injected limit in test_storage/test_gui)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window
from tests.test_gui import editor_for, stored
from wellplan.storage import backups
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import DiskFull


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system of its own, or a skip where mounting one isn't allowed."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the injected full disk tests still run")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def filled(folder: Path) -> Iterator[Path]:
    """Fill the file system to the last byte; free it again afterwards."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):  # big pieces, then down to the last byte
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
        with pytest.raises(OSError) as full:
            os.write(fd, b"\0")
        assert full.value.errno == errno.ENOSPC
    finally:
        os.close(fd)
    try:
        yield filler
    finally:
        filler.unlink()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_refuses_the_write_and_keeps_the_file_whole(small_disk: Path) -> None:
    path = small_disk / "plans.wellplan"
    with PlanFile.create(path) as doc:
        plan = doc.create_plan("wrap", "Mine")
        doc.save_answer(plan.id, "daily.when_well", "kept")
        with filled(small_disk):
            with pytest.raises(DiskFull, match="still on the screen"):
                doc.save_answer(plan.id, "daily.when_well", "y" * 400_000)
            assert doc.load_plan(plan.id).answers["daily.when_well"] == "kept"
        doc.save_answer(plan.id, "daily.when_well", "y" * 400_000)  # space again: it saves
    assert check_file(path).healthy
    with PlanFile.open(path) as again:
        assert again.load_plan(plan.id).answers["daily.when_well"] == "y" * 400_000


def test_a_backup_to_a_full_disk_fails_cleanly(small_disk: Path, tmp_path: Path) -> None:
    path = tmp_path / "plans.wellplan"
    with PlanFile.create(path) as doc:
        doc.create_plan("crisis", "Mine")
    before = digest(path)
    dest = small_disk / "copy.wellplan"
    with filled(small_disk), pytest.raises(DiskFull):
        backups.make_backup(path, dest)
    assert not dest.exists() and sorted(p.name for p in small_disk.iterdir()) == []
    assert digest(path) == before
    backups.make_backup(path, dest)  # with room, it works
    assert check_file(dest).healthy


def test_typing_on_a_full_disk_stays_on_screen_until_it_can_be_saved(
    qtbot: QtBot, small_disk: Path, dialog_log: DialogLog
) -> None:
    path = small_disk / "plans.wellplan"
    window = open_window(qtbot, path)
    window.start_plan("wrap")
    editor = editor_for(window, "daily.when_well")
    assert window.autosaver is not None
    with filled(small_disk):
        editor.set_value("words written while the disk is full ✓ " * 10_000)
        editor.changed.emit()
        assert not window.autosaver.flush()
        assert window.problem.isVisible() and "disk is full" in window.problem.text()
        assert editor.value().startswith("words written while the disk is full")
    assert window.autosaver.flush()  # space freed: saved, and the warning goes
    assert not window.problem.isVisible()
    window.close()
    assert stored(path, "daily.when_well") == "words written while the disk is full ✓ " * 10_000

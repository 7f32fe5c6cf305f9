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

from wellplan.storage import backups
from wellplan.storage.crypto import Unlock, new_unlock
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import DiskFull, FileNotWritable


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


@pytest.fixture(params=["plain", "locked"])
def unlock(request: pytest.FixtureRequest) -> Unlock | None:
    """Each test on a plain file and on a locked one: a locked file's connections are
    SQLCipher's, whose errors are classes of their own (they used to escape untranslated)."""
    return new_unlock("a passphrase for the test") if request.param == "locked" else None


def test_a_full_disk_refuses_the_write_and_keeps_the_file_whole(
    small_disk: Path, unlock: Unlock | None
) -> None:
    path = small_disk / "plans.wellplan"
    with PlanFile.create(path, unlock) as doc:
        plan = doc.create_plan("wrap", "Mine")
        doc.save_answer(plan.id, "daily.when_well", "kept")
        with filled(small_disk):
            with pytest.raises(DiskFull, match="disk is full"):
                doc.save_answer(plan.id, "daily.when_well", "y" * 400_000)
            assert doc.load_plan(plan.id).answers["daily.when_well"] == "kept"
        doc.save_answer(plan.id, "daily.when_well", "y" * 400_000)  # space again: it saves
    assert check_file(path, unlock).healthy
    with PlanFile.open(path, unlock=unlock) as again:
        assert again.load_plan(plan.id).answers["daily.when_well"] == "y" * 400_000


def test_a_backup_to_a_full_disk_fails_cleanly(
    small_disk: Path, tmp_path: Path, unlock: Unlock | None
) -> None:
    path = tmp_path / "plans.wellplan"
    with PlanFile.create(path, unlock) as doc:
        doc.create_plan("crisis", "Mine")
    before = digest(path)
    dest = small_disk / "copy.wellplan"
    with filled(small_disk), pytest.raises(DiskFull):
        backups.make_backup(path, dest, unlock)
    assert not dest.exists() and sorted(p.name for p in small_disk.iterdir()) == []
    assert digest(path) == before
    backups.make_backup(path, dest, unlock)  # with room, it works
    assert check_file(dest, unlock).healthy


def test_a_read_only_file_refuses_the_write_and_says_so(
    tmp_path: Path, unlock: Unlock | None
) -> None:
    """SQLite's "read-only" (as a file on a read-only disk gives), from either driver."""
    path = tmp_path / "plans.wellplan"
    with PlanFile.create(path, unlock) as doc:
        plan = doc.create_plan("wrap", "Mine")
        doc.save_answer(plan.id, "daily.when_well", "kept")
        raw = doc._engine.raw_connection()
        raw.driver_connection.execute("PRAGMA query_only = ON")  # every write now: READONLY
        raw.close()
        with pytest.raises(FileNotWritable, match="read-only"):
            doc.save_answer(plan.id, "daily.when_well", "written while read-only")
        assert doc.load_plan(plan.id).answers["daily.when_well"] == "kept"


def test_an_injected_full_disk_is_reported_on_plain_and_locked_files(
    tmp_path: Path, unlock: Unlock | None
) -> None:
    """Wherever a tmpfs can't be mounted: SQLite's own page limit makes the disk "full"."""
    path = tmp_path / "plans.wellplan"
    with PlanFile.create(path, unlock) as doc:
        plan = doc.create_plan("wrap", "Mine")
        doc.save_answer(plan.id, "daily.when_well", "kept")
        raw = doc._engine.raw_connection()
        pages = raw.driver_connection.execute("PRAGMA page_count").fetchone()[0]
        raw.driver_connection.execute(f"PRAGMA max_page_count = {pages}")
        raw.close()
        with pytest.raises(DiskFull):
            doc.save_answer(plan.id, "daily.when_well", "y" * 200_000)
        assert doc.load_plan(plan.id).answers["daily.when_well"] == "kept"


def test_errors_are_told_apart_by_their_code_not_their_words(tmp_path: Path) -> None:
    import sqlite3

    from wellplan.storage.connection import translate
    from wellplan.storage.errors import DamagedFile, FileBusy, StorageError

    def error(code: int, text: str) -> sqlite3.OperationalError:
        made = sqlite3.OperationalError(text)
        made.sqlite_errorcode = code  # type: ignore[attr-defined]
        return made

    path = tmp_path / "plans.wellplan"
    assert isinstance(translate(error(13, "no words that say so"), path), DiskFull)
    assert isinstance(translate(error(13 | (1 << 8), "extended code"), path), DiskFull)
    assert isinstance(translate(error(5, "x"), path), FileBusy)
    assert isinstance(translate(error(11, "x"), path), DamagedFile)
    assert isinstance(translate(error(26, "x"), path), DamagedFile)
    assert isinstance(translate(error(8, "x"), path), FileNotWritable)
    # words alone decide nothing: a plain SQL error mentioning a full disk is not one
    said = translate(error(1, "no such table: disk is full, corrupt, locked, readonly"), path)
    assert type(said) is StorageError
    assert isinstance(translate(OSError(errno.ENOSPC, "No space left on device"), path), DiskFull)
    looped = translate(OSError(errno.ELOOP, "Too many levels of symbolic links"), path)
    assert "leads back to itself" in str(looped) and "Errno" not in str(looped)

"""The open file as a whole, without a window: each way opening, unlocking, changing the
lock, restoring, erasing and saving a copy can fail is said, and leaves the person with the
file as it was (or says plainly that none is open)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from wellplan.gui import worker
from wellplan.gui.file_session import FileSession
from wellplan.gui.settings import Settings
from wellplan.storage import errors
from wellplan.storage.crypto import new_unlock
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile

T = TypeVar("T")
PASSPHRASE = "purple ocean, seven lanterns"


class Asker:
    """Answers as a test says, and keeps what would have been shown."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.confirm_answer = False
        self.passphrases: list[str] = []
        self.problems: list[str] = []
        self.busy_texts: list[str] = []

    def show_error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def show_info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        self.confirms.append(title)
        return self.confirm_answer

    def ask_passphrase(self, name: str, problem: str) -> str | None:
        self.problems.append(problem)
        return self.passphrases.pop(0) if self.passphrases else None

    def busy(self, text: str, work: Callable[[], T]) -> T:
        self.busy_texts.append(text)
        return work()


@pytest.fixture
def asker() -> Asker:
    return Asker()


@pytest.fixture
def session(qtbot: QtBot, asker: Asker) -> Iterator[FileSession]:
    made = FileSession(asker, Settings())
    yield made
    worker.wait_for_work()  # today's backup, made in the background
    if made.doc is not None:
        made.doc.close()


def plan_titles(doc: PlanFile | None) -> list[str]:
    assert doc is not None
    return sorted(p.title for p in doc.list_plans())


def test_a_file_that_isnt_a_plan_file_is_refused_and_nothing_is_open(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    stranger = tmp_path / "notes.wellplan"
    stranger.write_text("shopping: bread, oranges", encoding="utf-8")
    opened: list[object] = []
    session.opened.connect(opened.append)

    assert not session.open(stranger)
    assert session.doc is None and opened == []
    assert [title for title, _ in asker.errors] == [errors.NotAWellPlanFile.title]
    assert stranger.read_text(encoding="utf-8") == "shopping: bread, oranges"


def test_a_missing_file_is_said_and_the_open_file_stays_open(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    assert session.open(write_demo(tmp_path / "mine.wellplan"))
    before = session.doc

    assert not session.open(tmp_path / "gone.wellplan")
    assert session.doc is before and before is not None and not before.closed
    assert asker.errors[0][0] == errors.FileMissing.title
    assert "doesn't exist" in asker.errors[0][1]


def test_a_new_file_where_none_can_be_made_is_said(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("", encoding="utf-8")

    assert not session.create(not_a_folder / "new.wellplan")
    assert session.doc is None
    ((title, text),) = asker.errors
    assert title == errors.StorageError.title and "“new.wellplan”" in text


def test_a_wrong_passphrase_is_asked_again_and_giving_up_opens_nothing(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    path = tmp_path / "private.wellplan"
    PlanFile.create(path, new_unlock(PASSPHRASE)).close()
    asker.passphrases = ["not it"]

    assert not session.open(path)
    assert session.doc is None
    assert asker.problems[0] == ""
    assert "doesn't open “private.wellplan”" in asker.problems[1]  # then the person gave up
    assert asker.errors == []  # said where the passphrase is asked, not in another window


def test_a_locked_file_where_locking_cant_work_says_why(
    session: FileSession, asker: Asker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.storage import crypto

    path = tmp_path / "private.wellplan"
    PlanFile.create(path, new_unlock(PASSPHRASE)).close()
    monkeypatch.setattr(crypto, "available", lambda: False)

    assert not session.open(path)
    assert asker.problems == []  # never asked for a passphrase nothing here can use
    assert asker.errors[0][1] == crypto.UNAVAILABLE


def test_a_failed_restore_opens_the_file_again_untouched(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "mine.wellplan")
    assert session.open(path)
    titles = plan_titles(session.doc)
    broken = tmp_path / "broken backup.wellplan"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)

    assert not session.restore(broken)
    assert asker.errors and asker.errors[0][0] == errors.DamagedFile.title
    assert session.doc is not None and session.doc.path == path
    assert plan_titles(session.doc) == titles


def test_a_failed_lock_opens_the_file_again_with_its_old_key(
    session: FileSession, asker: Asker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.storage import locking

    path = write_demo(tmp_path / "mine.wellplan")
    assert session.open(path)

    def full(*_args: object) -> list[Path]:
        raise errors.DiskFull("Your disk is full, so the last change couldn't be saved.")

    monkeypatch.setattr(locking, "set_lock", full)
    assert not session.change_lock(new_unlock(PASSPHRASE))
    assert asker.errors == [
        (errors.DiskFull.title, "Your disk is full, so the last change couldn't be saved.")
    ]
    assert session.doc is not None and session.doc.unlock is None  # plain, as it was
    assert asker.busy_texts == ["Locking your file and its backups…"]


def test_a_file_that_cant_be_opened_again_leaves_none_open_and_says_so(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "mine.wellplan")
    assert session.open(path)
    lost: list[bool] = []
    session.lost.connect(lambda: lost.append(True))
    closed_path, unlock = session.close()
    closed_path.unlink()

    assert not session.reopen(closed_path, unlock)
    assert session.doc is None and lost == [True]
    assert asker.errors[0][0] == errors.FileMissing.title


def test_a_wrong_passphrase_on_the_lock_screen_keeps_the_file_locked(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    path = tmp_path / "private.wellplan"
    PlanFile.create(path, new_unlock(PASSPHRASE)).close()
    asker.passphrases = [PASSPHRASE]
    assert session.open(path)
    assert session.lock_away(plan_id=3) == path
    assert session.doc is None

    with pytest.raises(errors.WrongPassphrase):
        session.unlock("not it")
    assert session.locked == (path, 3) and session.doc is None
    assert session.unlock(PASSPHRASE) == 3
    assert session.locked is None and session.doc is not None


def test_a_copy_that_cant_be_written_is_said_and_the_file_stays_open(
    session: FileSession, asker: Asker, tmp_path: Path
) -> None:
    path = write_demo(tmp_path / "mine.wellplan")
    assert session.open(path)
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("", encoding="utf-8")

    assert not session.save_copy(not_a_folder / "copy.wellplan", {})
    assert len(asker.errors) == 1
    assert session.doc is not None and not session.doc.closed and session.doc.path == path


def test_what_erasing_couldnt_delete_is_named(
    session: FileSession, asker: Asker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellplan.storage import erase

    path = write_demo(tmp_path / "mine.wellplan")
    assert session.open(path)

    def refused(_file: Path) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(erase, "erase", refused)
    assert session.erase() == path
    assert session.doc is None
    assert asker.errors == [
        (
            "Not everything could be deleted",
            f"WellPlan couldn't delete “{path}”: Permission denied. Close any other program "
            "using it, then try again.",
        )
    ]
    assert path not in session.settings.recent_files()

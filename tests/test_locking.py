"""Files locked with a passphrase: no plan text in any byte on disk, a clear message for a
wrong passphrase (as many tries as needed), the recovery key, and lock on / change / off
keeping every word."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window
from wellplan import cli
from wellplan.storage import backups
from wellplan.storage.crypto import (
    derive_key,
    key_from_recovery,
    new_unlock,
    read_header,
    unlock_with,
)
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import FileClosed, Locked, WrongPassphrase
from wellplan.storage.locking import set_lock

PASSPHRASE = "purple ocean, seven lanterns"
SECRET = "Kestrel-marigold private words"
NAMES = (b"Robin Okafor", b"Jo Okafor", b"Lena Fischer", b"Kestrel")


def everything(path: Path, unlock: object = None) -> str:
    """Every plan, answer and record, as canonical JSON, to compare files by content."""
    with PlanFile.open(path, unlock=unlock) as doc:  # type: ignore[arg-type]
        bundle = doc.bundle("x")
        return json.dumps(
            {
                "plans": [
                    [p.summary.title, p.summary.kind, dict(p.answers)]
                    for p in sorted(bundle.plans, key=lambda p: p.summary.id)
                ],
                "records": {
                    k.value: {i: r.values for i, r in rows.items()}
                    for k, rows in bundle.records.items()
                },
            },
            sort_keys=True,
            ensure_ascii=False,
        )


@pytest.fixture()
def locked(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "private.wellplan"
    write_demo(path)
    before = everything(path)
    backups.daily_backup(path)  # an unlocked backup from before the lock
    set_lock(path, None, new_unlock(PASSPHRASE))
    return path, before


def all_bytes(path: Path) -> bytes:
    found = b""
    for candidate in [path, Path(f"{path}-wal"), Path(f"{path}-shm")]:
        if candidate.exists():
            found += candidate.read_bytes()
    folder = backups.backup_dir(path)
    for backup in folder.iterdir() if folder.is_dir() else []:
        found += backup.read_bytes()
    return found


def test_a_locked_file_and_its_backups_hold_no_plan_text(locked: tuple[Path, str]) -> None:
    path, _ = locked
    unlock = unlock_with(path, PASSPHRASE)
    with PlanFile.open(path, unlock=unlock) as doc:  # written to while open: the log too
        wrap = next(p for p in doc.list_plans() if p.kind == "wrap")
        doc.save_answer(wrap.id, "daily.when_well", SECRET)
        backups.backup_now(path, unlock=unlock)
        data = all_bytes(path)
        assert Path(f"{path}-wal").exists()
    for text in (*NAMES, SECRET.encode(), b"SQLite format 3"):
        assert text not in data
    listed = backups.list_backups(path, unlock)
    assert "daily" in [b.kind for b in listed]  # the backup from before, locked too
    assert all(b.readable for b in listed)


def test_wrong_passphrase_says_what_to_do_and_can_be_retried(locked: tuple[Path, str]) -> None:
    path, before = locked
    with pytest.raises(Locked, match="locked with a passphrase"):
        PlanFile.open(path)
    for _ in range(5):  # no lockout of the person's own data
        with pytest.raises(WrongPassphrase, match="Caps Lock"):
            PlanFile.open(path, unlock=unlock_with(path, PASSPHRASE.upper()))
    assert everything(path, unlock_with(path, PASSPHRASE)) == before


def test_the_recovery_key_opens_the_file_and_a_typo_is_caught(locked: tuple[Path, str]) -> None:
    path, before = locked
    unlock = unlock_with(path, PASSPHRASE)
    recovery = unlock.recovery_key()
    assert len(recovery.split("-")) == 14
    assert everything(path, unlock_with(path, recovery.lower().replace("-", " "))) == before
    wrong = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(ValueError, match="wrong"):
        key_from_recovery(wrong)


def test_lock_change_and_unlock_keep_every_word(locked: tuple[Path, str]) -> None:
    path, before = locked
    first = unlock_with(path, PASSPHRASE)
    second = new_unlock("a completely different one ✓")
    set_lock(path, first, second)
    with pytest.raises(WrongPassphrase):
        PlanFile.open(path, unlock=unlock_with(path, PASSPHRASE))
    assert everything(path, unlock_with(path, "a completely different one ✓")) == before
    # every backup now opens with the new passphrase (none needs the forgotten old one)
    listed = backups.list_backups(path, second)
    assert len(listed) >= 3 and all(b.readable for b in listed)
    set_lock(path, second, None)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert everything(path) == before
    assert check_file(path).healthy
    folder = backups.backup_dir(path)
    assert all(b.read_bytes().startswith(b"SQLite format 3\x00") for b in folder.iterdir())


def test_the_same_letters_typed_differently_give_the_same_key(tmp_path: Path) -> None:
    unlock = new_unlock("café")
    assert derive_key(unicodedata.normalize("NFD", "café"), unlock.header) == unlock.key


def test_a_new_file_can_start_locked_and_save_as_stays_locked(tmp_path: Path) -> None:
    unlock = new_unlock(PASSPHRASE)
    path = tmp_path / "new.wellplan"
    with PlanFile.create(path, unlock) as doc:
        doc.create_plan("crisis", "Kestrel's plan")
        copy = doc.save_copy(tmp_path / "copy.wellplan")
    assert read_header(path) == unlock.header
    assert b"Kestrel" not in path.read_bytes() and b"Kestrel" not in copy.read_bytes()
    with PlanFile.open(copy, unlock=unlock_with(copy, PASSPHRASE)) as again:
        assert [p.title for p in again.list_plans()] == ["Kestrel's plan"]


def test_cli_encrypt_check_export_and_decrypt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.wellplan"
    write_demo(path)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli.main(["encrypt", str(path), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "is now locked" in out and "Recovery key" in out
    assert b"Robin" not in path.read_bytes()
    assert cli.main(["check", str(path), "--passphrase-file", str(secret)]) == 0
    pdf = tmp_path / "card.pdf"
    argv = ["export", str(path), "--doc", "card", "--out", str(pdf)]
    assert cli.main([*argv, "--passphrase-file", str(secret)]) == 0
    assert pdf.exists()
    capsys.readouterr()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it", encoding="utf-8")
    assert cli.main([*argv, "--passphrase-file", str(wrong)]) == 2
    assert "doesn't open" in capsys.readouterr().err
    assert cli.main(["check", str(path), "--passphrase-file", str(wrong)]) == 2
    assert cli.main(["decrypt", str(path), "--passphrase-file", str(secret)]) == 0
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_cli_asks_on_the_terminal_until_it_is_right(
    locked: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = locked
    answers = iter(["nope", "still no", PASSPHRASE])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert cli.main(["check", str(path)]) == 0
    assert capsys.readouterr().err.count("doesn't open") == 2


def test_lock_in_the_window_then_unlock_on_opening(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = tmp_path / "window.wellplan"
    write_demo(path)
    before = everything(path)
    window = open_window(qtbot, path, create=False)
    assert window.lock_action.isVisible() and not window.remove_lock_action.isVisible()
    dialog_log.new_passphrase = PASSPHRASE
    window.lock_action.trigger()
    assert window.doc is not None and window.doc.unlock is not None
    (recovery,) = dialog_log.recovery_keys
    assert len(recovery.split("-")) == 14
    assert b"Robin" not in path.read_bytes()
    assert window.change_lock_action.isVisible() and not window.lock_action.isVisible()
    assert window.home.list.count() == 6  # the same plans, reopened
    window.close()

    again = open_window(qtbot)
    dialog_log.passphrases = ["not this", PASSPHRASE]
    assert again.open_path(path)
    assert dialog_log.passphrase_problems[0] == ""
    assert "doesn't open" in dialog_log.passphrase_problems[1]
    assert again.home.list.count() == 6 and dialog_log.errors == []

    dialog_log.confirm_answer = True
    again.remove_lock_action.trigger()
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert again.doc is not None and again.doc.unlock is None
    again.close()
    assert everything(path) == before


def test_cancelling_the_passphrase_opens_nothing(
    qtbot: QtBot, locked: tuple[Path, str], dialog_log: DialogLog
) -> None:
    path, _ = locked
    window = open_window(qtbot)
    dialog_log.passphrases = []  # the person presses Cancel
    assert not window.open_path(path)
    assert window.doc is None or window.doc.path != path
    assert dialog_log.errors == []


def test_auto_lock_warns_locks_and_unlocking_returns_to_the_same_page(
    qtbot: QtBot, locked: tuple[Path, str], dialog_log: DialogLog
) -> None:
    path, _ = locked
    window = open_window(qtbot)
    dialog_log.passphrases = [PASSPHRASE]
    assert window.open_path(path)
    assert window.doc is not None
    wrap = next(p for p in window.doc.list_plans() if p.kind == "wrap")
    window.edit_plan(wrap.id)
    assert window.wizard is not None
    window.wizard.go_to(window.wizard.section_page_ids["triggers"])
    page = window.wizard.currentId()

    happened: list[str] = []
    window.autolock.warn.connect(lambda: happened.append("warned"))
    window.autolock.lock.connect(lambda: happened.append("locked"))
    window.autolock.set_timeout(600, warn_before_ms=400)  # short, for the test
    qtbot.waitUntil(window.lock_warning.isVisible, timeout=5_000)
    assert window.autolock._lock_timer.remainingTime() <= 450  # (coarse timers: ±5%)
    window.autolock.restart()  # "Stay unlocked": the warning goes, the lock is put off
    assert not window.lock_warning.isVisible()
    assert window.autolock._lock_timer.remainingTime() >= 500  # a whole new wait begins
    qtbot.waitUntil(lambda: window.doc is None, timeout=5_000)  # nobody came back
    assert happened == ["warned", "warned", "locked"]  # warned again before locking
    assert window.stack.currentWidget() is window.lock_screen
    from wellplan.gui import announced

    assert announced.log[-1] == "Your file is locked."  # said to screen readers too
    assert window.wizard is None and window.home.list.count() == 0  # nothing of the plans
    assert not window.menuBar().isEnabled()

    screen = window.lock_screen
    screen.field.setText("not it")
    screen.button.click()
    assert "doesn't open" in screen.problem.text() and window.doc is None
    screen.field.setText(PASSPHRASE)
    screen.button.click()
    assert window.doc is not None and window.wizard is not None
    assert window.wizard.plan_id == wrap.id
    assert window.wizard.currentId() == page == window.wizard.section_page_ids["triggers"]
    window.autolock.stop()


def test_slow_key_work_runs_off_the_gui_thread_under_a_busy_window(qtbot: QtBot) -> None:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from wellplan.gui.worker import run_busy

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    gate = threading.Event()
    seen: dict[str, object] = {}

    def while_working() -> None:  # runs on the GUI thread while the work waits for it
        busy = parent.findChild(QProgressDialog, "busy")
        seen["busy"] = busy is not None and busy.isVisible() and "Unlocking" in busy.labelText()
        gate.set()

    def work() -> int:
        seen["thread"] = threading.get_ident()
        if not gate.wait(10):
            raise TimeoutError("the window never got a turn")
        return 42

    QTimer.singleShot(0, while_working)
    assert run_busy(parent, "Unlocking “plans.wellplan”…", work) == 42
    assert seen["thread"] != threading.get_ident() and seen["busy"] is True
    assert not parent.findChild(QProgressDialog, "busy").isVisible()

    def fails() -> None:
        raise WrongPassphrase("That passphrase doesn't open it.")

    with pytest.raises(WrongPassphrase, match="doesn't open"):  # the same error, here
        run_busy(parent, "Unlocking…", fails)


def test_first_run_offers_a_passphrase_once_and_locks_the_new_file(
    qtbot: QtBot, dialog_log: DialogLog
) -> None:
    from wellplan.storage.paths import default_file

    window = open_window(qtbot)
    dialog_log.accept_lock = True
    dialog_log.new_passphrase = PASSPHRASE
    window.start()
    assert dialog_log.lock_offers == 1
    assert window.doc is not None and window.doc.path == default_file()
    assert window.doc.unlock is not None and len(dialog_log.recovery_keys) == 1
    assert read_header(default_file()) == window.doc.unlock.header
    window.close()

    later = open_window(qtbot)  # the file exists now: no offer again
    dialog_log.passphrases = [PASSPHRASE]
    later.start()
    assert dialog_log.lock_offers == 1 and later.doc is not None
    later.close()


def test_declining_the_first_run_offer_keeps_a_plain_file(
    qtbot: QtBot, dialog_log: DialogLog
) -> None:
    window = open_window(qtbot)
    window.start()  # accept_lock is False: "Not now"
    assert dialog_log.lock_offers == 1
    assert window.doc is not None and window.doc.unlock is None
    assert dialog_log.recovery_keys == []


def test_the_recovery_sheet_holds_the_key_and_plain_advice_only(tmp_path: Path) -> None:
    import datetime as dt
    from io import BytesIO

    from pypdf import PdfReader

    from wellplan.export.recovery import recovery_sheet

    key = new_unlock(PASSPHRASE).recovery_key()
    moment = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)
    pdf = recovery_sheet(key, "My plans.wellplan", moment)
    assert pdf == recovery_sheet(key, "My plans.wellplan", moment)  # no hidden state
    reader = PdfReader(BytesIO(pdf))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert len(reader.pages) == 1
    for group in key.split("-"):
        assert group in text
    assert "“My plans.wellplan”" in text and "23 November 2026" in text
    assert "no one can open the file" in text and "There is no reset" in text
    # copied back from the sheet a group at a time, in any case, it is the same key
    assert key_from_recovery(" ".join(key.split("-")).lower()) == key_from_recovery(key)


def test_the_recovery_sheet_opens_from_a_private_folder_removed_on_exit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import stat

    from PySide6.QtGui import QDesktopServices

    from wellplan.gui import dialogs
    from wellplan.storage import paths

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    sheet = dialogs.open_recovery_sheet(None, new_unlock(PASSPHRASE).recovery_key(), "x.wellplan")
    folder = sheet.parent
    assert opened == [str(sheet)] and sheet.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    paths.remove_private_temp()  # what happens when WellPlan exits
    assert not folder.exists()

    # a folder left by a WellPlan that was killed is removed at the next start
    left = paths.private_temp_dir()
    (left / "pid").write_text("999999999", encoding="ascii")  # no such process
    monkeypatch.setattr(paths, "_TEMP", None)
    mine = paths.private_temp_dir()
    assert left in paths.remove_stale_temp() and not left.exists()
    assert mine.exists() and int((mine / "pid").read_text()) == os.getpid()
    paths.remove_private_temp()


def test_a_closed_file_stays_closed(locked: tuple[Path, str]) -> None:
    """A disposed engine quietly connects again: close must close, and let the key go."""
    path, _ = locked
    unlock = unlock_with(path, PASSPHRASE)
    assert unlock.key.hex() not in repr(unlock)  # the key never shows in a log or traceback
    doc = PlanFile.open(path, unlock=unlock)
    plan = doc.list_plans()[0]
    before = path.read_bytes()
    doc.close()
    assert doc.closed and doc.unlock is None
    with pytest.raises(FileClosed, match="closed"):
        doc.save_answer(plan.id, "daily.when_well", "written after closing")
    with pytest.raises(FileClosed):
        doc.list_plans()
    assert path.read_bytes() == before
    doc.close()  # closing twice is harmless


def test_locking_the_window_keeps_nothing_that_reads_the_file_or_holds_its_key(
    qtbot: QtBot, locked: tuple[Path, str], dialog_log: DialogLog
) -> None:
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from wellplan.storage.crypto import Unlock

    path, _ = locked
    window = open_window(qtbot)
    dialog_log.passphrases = [PASSPHRASE]
    assert window.open_path(path)
    doc, autosaver = window.doc, window.autosaver
    assert doc is not None and autosaver is not None
    wrap = next(p for p in doc.list_plans() if p.kind == "wrap")
    window.edit_plan(wrap.id)
    assert window.lock_now()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert window.doc is None and window.autosaver is None and window.wizard is None
    with pytest.raises(FileClosed):
        autosaver.doc.save_answer(wrap.id, "daily.when_well", "typed after the lock")
    assert [o for o in gc.get_objects() if isinstance(o, Unlock)] == []
    del doc, autosaver


def test_opening_a_locked_file_locks_plain_backups_of_it_and_says_so(
    qtbot: QtBot, locked: tuple[Path, str], dialog_log: DialogLog
) -> None:
    """Plain backups beside a locked file (left by a lock an older WellPlan didn't finish)
    are locked with its key at the next open; one that can't be read is deleted."""
    import shutil

    path, _ = locked
    folder = backups.backup_dir(path)
    plain = folder / "private 2026-12-01 090000 daily.wellplan"
    source = path.with_name("plain source.wellplan")
    write_demo(source)
    shutil.copy(source, plain)
    broken = folder / "private 2026-12-02 090000 daily.wellplan"
    broken.write_bytes(source.read_bytes()[:5000])  # a plain copy cut short
    assert any(name in plain.read_bytes() for name in NAMES)

    window = open_window(qtbot)
    dialog_log.passphrases = [PASSPHRASE]
    assert window.open_path(path)
    assert window.doc is not None
    assert window.doc.report.locked_backups == (plain,)
    assert window.doc.report.removed_backups == (broken,)
    assert dialog_log.infos[-1][0] == "Your backups are locked now"
    assert "2 backups of “private.wellplan” weren't locked" in dialog_log.infos[-1][1]
    assert not broken.exists()
    assert not any(name in all_bytes(path) for name in NAMES)
    assert everything(plain, unlock_with(path, PASSPHRASE)) == everything(source)
    window.close()
    with PlanFile.open(path, unlock=unlock_with(path, PASSPHRASE)) as again:
        assert again.report.locked_backups == again.report.removed_backups == ()


def test_where_locking_cant_work_it_isnt_offered_and_commands_say_why(
    qtbot: QtBot,
    locked: tuple[Path, str],
    dialog_log: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without SQLCipher or Argon2 (a platform with no wheel for them), locking is hidden in
    the window and every command that needs it says why, before asking for anything."""
    from wellplan.storage import crypto

    monkeypatch.setattr(crypto, "available", lambda: False)
    path, _ = locked
    plain = path.with_name("plain.wellplan")
    write_demo(plain)
    window = open_window(qtbot)
    dialog_log.accept_lock = True
    assert window.open_path(plain)
    window.offer_lock()
    assert dialog_log.lock_offers == 0 and window.doc is not None and window.doc.unlock is None
    assert not window.lock_action.isVisible()
    dialog_log.passphrases = [PASSPHRASE]
    assert not window.open_path(path)
    assert dialog_log.passphrase_problems == []  # not asked: nothing here could use it
    assert dialog_log.errors[-1][0] == "Locking isn't available here"
    window.close()

    for args in (
        ["encrypt", str(plain)],
        ["check", str(path)],
        ["export-data", str(path), "--out", str(path.with_suffix(".json"))],
    ):
        assert cli.main(args) == 2, args
        assert "needs SQLCipher and Argon2" in capsys.readouterr().err

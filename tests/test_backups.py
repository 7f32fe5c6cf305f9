"""Verified backups: made whole or not at all, owner-only, kept 7 days and 4 weeks, listed
with the plans inside, and restored only when sound, after backing up the file as it was."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window
from wellplan import cli
from wellplan.gui.backups_view import BackupsDialog
from wellplan.storage import backups
from wellplan.storage.backups import backup_dir, daily_backup, list_backups, restore
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile, check_file
from wellplan.storage.errors import DamagedFile, NotAWellPlanFile


@pytest.fixture()
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "mine.wellplan"
    write_demo(path)
    return path


def titles(path: Path) -> list[str]:
    with PlanFile.open(path) as doc:
        return sorted(p.title for p in doc.list_plans())


def test_a_backup_of_an_open_file_has_every_saved_word(demo: Path) -> None:
    with PlanFile.open(demo) as doc:
        wrap = next(p for p in doc.list_plans() if p.kind == "wrap")
        doc.save_answer(wrap.id, "daily.when_well", "Saved just now ✓")
        made = backups.backup_now(demo)  # while the file is open, its log not yet merged
    assert made.parent == backup_dir(demo)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert check_file(made).healthy
    with PlanFile.open(made) as copy:
        assert copy.load_plan(wrap.id).answers["daily.when_well"] == "Saved just now ✓"
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no temp file left


def test_one_daily_backup_a_day_and_the_list_shows_the_plans(demo: Path) -> None:
    day = dt.datetime(2026, 11, 23, 9, 0)
    first = daily_backup(demo, day)
    assert first is not None
    assert daily_backup(demo, day + dt.timedelta(hours=5)) is None
    (info,) = list_backups(demo)
    assert info.kind == "daily" and info.created == day and info.readable
    assert sorted(info.plans) == titles(demo) and info.size > 0


def test_seven_days_and_four_weeks_are_kept(demo: Path) -> None:
    start = dt.datetime(2026, 8, 1, 8, 0)
    for n in range(90):  # a backup every day for three months
        daily_backup(demo, start + dt.timedelta(days=n))
    kept = sorted(b.created.date() for b in list_backups(demo))
    newest = (start + dt.timedelta(days=89)).date()
    assert kept[-7:] == [newest - dt.timedelta(days=d) for d in range(6, -1, -1)]
    weekly = kept[:-7]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4  # one per week
    assert all(d < kept[-7] for d in weekly)


def test_restore_puts_the_backup_back_and_keeps_the_file_as_it_was(demo: Path) -> None:
    saved = backups.backup_now(demo)
    with PlanFile.open(demo) as doc:
        doc.create_plan("wrap", "Written after the backup")
    before = restore(saved, demo)
    assert "Written after the backup" not in titles(demo)
    assert before is not None and "Written after the backup" in titles(before)
    assert check_file(demo).healthy
    assert stat.S_IMODE(demo.stat().st_mode) == 0o600


def test_a_damaged_backup_is_refused_and_the_file_left_alone(demo: Path) -> None:
    saved = backups.backup_now(demo)
    data = bytearray(saved.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the backup scribbled over
    saved.write_bytes(bytes(data))
    original = demo.read_bytes()
    with pytest.raises(DamagedFile, match="was left as it was"):
        restore(saved, demo)
    assert demo.read_bytes() == original
    assert [b.kind for b in list_backups(demo)] == ["manual"]  # no "before restore" copy


def test_a_file_that_isnt_ours_is_never_backed_up(tmp_path: Path) -> None:
    stranger = tmp_path / "notes.wellplan"
    stranger.write_text("just some notes\n" * 100)
    with pytest.raises(NotAWellPlanFile):
        backups.backup_now(stranger)
    assert not backup_dir(stranger).exists() or not any(backup_dir(stranger).iterdir())


def test_cli_backup_and_restore(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert cli.main(["backup", str(demo), str(folder)]) == 0
    (copy,) = folder.iterdir()
    assert str(copy) in capsys.readouterr().out
    with PlanFile.open(demo) as doc:
        doc.create_plan("crisis", "Later")
    assert cli.main(["restore", str(copy), str(demo)]) == 0
    out = capsys.readouterr().out
    assert "Restored mine.wellplan" in out and "as it was is kept in" in out
    assert "Later" not in titles(demo)
    assert cli.main(["restore", str(tmp_path / "missing.wellplan"), str(demo)]) == 2
    assert "wellplan:" in capsys.readouterr().err


def test_the_window_backs_up_daily_and_restores_a_backup(
    qtbot: QtBot, demo: Path, dialog_log: DialogLog
) -> None:
    window = open_window(qtbot, demo, create=False)
    qtbot.waitUntil(lambda: len(list_backups(demo)) == 1, timeout=10_000)
    assert window.doc is not None
    window.doc.create_plan("crisis", "Written after today's backup")
    window.refresh_home()

    window.backups_action.trigger()
    dialog = window.side_dialog
    assert isinstance(dialog, BackupsDialog)
    assert dialog.list.count() == 1 and "daily" in dialog.list.item(0).text()
    dialog_log.confirm_answer = True
    dialog.restore_button.click()
    assert dialog_log.confirms == [
        f"Restore the backup from {dialog.backups[0].created.day} "
        f"{dialog.backups[0].created:%B %Y, %H:%M}?"
    ]
    assert window.doc is not None and window.doc.path == demo
    shown = [window.home.list.item(i).text() for i in range(window.home.list.count())]
    assert not any("Written after today's backup" in text for text in shown)
    kinds = [b.kind for b in list_backups(demo)]
    assert sorted(kinds) == ["daily", "restore"]
    assert dialog.list.count() == 2  # the list shows the backup made before restoring
    dialog.close()


def test_delete_everything_removes_the_file_and_every_copy(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from PySide6.QtCore import QThreadPool

    from wellplan.storage.erase import traces
    from wellplan.storage.paths import default_file

    path = tmp_path / "mine.wellplan"
    write_demo(path)
    backups.backup_now(path, "manual")
    update_copy = path.with_name("mine.before-update-v4-20260101-000000.wellplan")
    backups.make_backup(path, update_copy)
    other = tmp_path / "other.wellplan"  # a file of the person's own, not a copy of this one
    write_demo(other)
    window = open_window(qtbot, path, create=False)
    QThreadPool.globalInstance().waitForDone()  # today's backup, made on opening
    found = traces(path)
    assert path in found and update_copy in found and len(found) >= 4

    assert not window.delete_everything()  # "Keep my plans"
    assert all(p.exists() for p in found)
    assert "3 backups and other copies" in dialog_log.confirm_texts[-1]

    dialog_log.confirm_answer = True
    assert window.delete_everything()
    assert not any(p.exists() for p in found)
    assert not backups.backup_dir(path).exists()
    assert traces(path) == [] and other.exists()
    assert window.doc is not None and window.doc.path == default_file()
    assert window.doc.list_plans() == [] and path not in window.settings.recent_files()
    assert dialog_log.errors == []


def test_erase_overwrites_before_removing(tmp_path: Path) -> None:
    """A second name for the same bytes (a hard link) shows what was on the disk after the
    file was deleted: zeros, not the plans."""
    import os

    from wellplan.storage.erase import erase

    path = tmp_path / "mine.wellplan"
    write_demo(path)
    made = backups.backup_now(path, "manual")
    witness = tmp_path / "witness"
    os.link(made, witness)
    size = witness.stat().st_size
    removed = erase(path)
    assert path in removed and made in removed and not path.exists()
    assert witness.read_bytes() == b"\0" * size


def test_a_temporary_copy_is_swept_once_its_writer_is_gone_never_while_it_writes(
    tmp_path: Path,
) -> None:
    """A copy cut short by a kill may hold plan text: it goes at the next open of its file,
    however new (it used to wait ten minutes), with any journal SQLite left beside it. One
    that another thread or process is still writing is held, and never touched."""
    from wellplan.storage.atomic import atomic_target, leftovers, remove_stale_temps

    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "plans.wellplan"
    PlanFile.create(path).close()
    killed = folder / ".plans.wellplan.k1ll3d.wellplan-tmp"  # as a killed writer leaves it
    killed.write_bytes(b"Robin Okafor's words")
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{killed}{suffix}").write_bytes(b"sidecar")
    nested = folder / "..plans.wellplan.k1ll3d.wellplan-tmp.n3st3d.wellplan-tmp"
    nested.write_bytes(b"a new file made inside a temporary one")
    orphan = folder / ".plans.wellplan.g0ne.wellplan-tmp-wal"  # its file already gone
    orphan.write_bytes(b"log")
    theirs = folder / ".someone-else.tmp"  # not WellPlan's: left alone
    theirs.write_bytes(b"x")
    in_backups = backups.backup_dir(path) / ".plans 2026-12-05 101010 daily.wellplan.x.wellplan-tmp"
    in_backups.parent.mkdir(parents=True)
    in_backups.write_bytes(b"Robin Okafor's words")
    assert len(leftovers(folder, path.name)) == 6

    with atomic_target(folder / "other.wellplan") as held:
        held.write_bytes(b"being written")
        with PlanFile.open(path):  # the next open of the file: its leftovers go at once
            pass
        assert leftovers(folder, path.name) == []
        assert leftovers(folder, "other.wellplan") == [held]  # held: its writer is alive
        assert remove_stale_temps(folder, "other.wellplan") == []
    assert (folder / "other.wellplan").read_bytes() == b"being written"
    assert leftovers(folder, "other.wellplan") == leftovers(folder, path.name) == []
    assert theirs.exists() and not nested.exists()
    assert leftovers(in_backups.parent) == []

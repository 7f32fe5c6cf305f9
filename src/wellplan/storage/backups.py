"""Verified backups of a plan file, and putting one back.

A backup is made with SQLite's ``VACUUM INTO`` into a private temporary file beside its final
name, checked with ``quick_check``, fsynced and renamed, so a backup either exists whole and
readable or not at all. Automatic backups live in the data folder's ``Backups`` folder, one
sub-folder per plan file: at most one a day when the file is opened (the newest 7 days and 4
weeks are kept), and one before every restore. Backups are owner-only, like the file.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

from wellplan.domain.words import say
from wellplan.storage import errors as err
from wellplan.storage.atomic import atomic_target, fsync_dir, remove_stale_temps
from wellplan.storage.backup_files import (  # the names re-exported: where callers look
    KIND_LABELS as KIND_LABELS,
)
from wellplan.storage.backup_files import BackupInfo as BackupInfo
from wellplan.storage.backup_files import backup_dir as backup_dir
from wellplan.storage.backup_files import backup_files, backup_name
from wellplan.storage.backup_files import list_backups as list_backups
from wellplan.storage.backup_files import next_backup_path as next_backup_path
from wellplan.storage.connection import raw_connect, translate, unlocked_info
from wellplan.storage.crypto import Unlock
from wellplan.storage.damage import check_file, refuse_damaged
from wellplan.storage.fileformat import inspect_file

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OTHER = 5  # of each other kind: before a restore, made by hand


def make_backup(file: Path, dest: Path, unlock: Unlock | None = None) -> Path:
    """Copy ``file`` (closed or open in this or another process) to ``dest``, verified. A
    locked file's backup is locked the same way (VACUUM INTO keeps the key)."""

    file = Path(file).expanduser().absolute()
    info = inspect_file(file)  # ours, whole and not from a newer WellPlan, before anything else
    if info.locked:
        unlocked_info(info, unlock)
    else:
        unlock = None
    refuse_damaged(file, unlock)
    try:
        source = raw_connect(file, unlock, read_only=True)
    except Exception as exc:  # sqlite3 or SQLCipher
        raise translate(exc, file) from exc
    try:
        return copy_checked(source, dest, unlock, file.name)
    finally:
        source.close()


def copy_checked(source: Any, dest: Path, unlock: Unlock | None, name: str) -> Path:
    """Copy the database open on ``source`` (a DB-API connection) to ``dest``: VACUUM INTO a
    private temporary name beside it, SQLite's quick_check, fsync and a rename, owner-only.
    ``unlock`` opens the copy (VACUUM INTO keeps a locked file's key); ``name`` is the
    original's, for messages. On any problem nothing is left at ``dest``."""

    dest = Path(dest).expanduser().absolute()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_target(dest) as tmp:
            source.execute("VACUUM INTO ?", (str(tmp),))
            check = raw_connect(tmp, unlock)
            try:
                result = [row[0] for row in check.execute("PRAGMA quick_check")]
            finally:
                check.close()
            if result != ["ok"]:
                raise err.DamagedFile(
                    say(
                        "storage",
                        "The copy of “{name}” didn't pass SQLite's check ({detail}), so it wasn't kept. Your file is unchanged.",
                    ).format(name=name, detail="; ".join(result[:3]))
                )
            os.chmod(tmp, 0o600)
    except err.StorageError:
        raise
    except Exception as exc:  # sqlite3, SQLCipher or the file system
        raise translate(exc, dest) from exc
    return dest


def backup_now(
    file: Path,
    kind: str = "manual",
    now: dt.datetime | None = None,
    unlock: Unlock | None = None,
) -> Path:
    return make_backup(file, next_backup_path(file, kind, now), unlock)


def daily_backup(
    file: Path, now: dt.datetime | None = None, unlock: Unlock | None = None
) -> Path | None:
    """Today's backup, unless there already is one; then old ones beyond the plan go."""
    moment = now or dt.datetime.now()
    if any(
        kind == "daily" and when.date() == moment.date() for when, kind, _ in backup_files(file)
    ):
        return None
    made = backup_now(file, "daily", moment, unlock)
    prune(file)
    return made


def prune(file: Path) -> list[Path]:
    """Keep the newest daily backup of each of the last 7 days that have one, the newest of
    each of the 4 weeks before those, and the newest few of every other kind."""
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    other: dict[str, int] = {}
    for when, kind, path in backup_files(file):
        if kind != "daily":
            other[kind] = other.get(kind, 0) + 1
            if other[kind] <= KEEP_OTHER:
                keep.add(path)
            continue
        if when.date() not in days and len(days) < KEEP_DAILY:
            days.append(when.date())
            keep.add(path)
            continue
        week = when.isocalendar()[:2]
        if when.date() in days:
            continue  # an older backup from a day already kept
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(path)
    removed = remove_stale_temps(backup_dir(file))  # copies cut short by a crash
    for _when, _kind, path in backup_files(file):
        if path not in keep:
            path.unlink(missing_ok=True)
            Path(f"{path}-wal").unlink(missing_ok=True)  # a damaged file kept as it was
            removed.append(path)
    if removed:
        fsync_dir(backup_dir(file))
    return removed


def restore(backup: Path, file: Path, unlock: Unlock | None = None) -> Path | None:
    """Put ``backup`` in place of ``file`` (which must not be open). The backup is checked
    first; the file as it was is backed up before it is replaced, and that backup's path is
    returned. On any problem the file is left exactly as it was."""
    backup = Path(backup).expanduser().absolute()
    file = Path(file).expanduser().absolute()
    report = check_file(backup, unlock)
    if not report.healthy:
        raise err.DamagedFile(
            say(
                "storage",
                "The backup “{copy}” can't be used: {problems} “{file}” was left as it was. Choose another backup.",
            ).format(copy=backup.name, problems=report.problems[0], file=file.name)
        )
    before = None
    if file.exists():
        try:
            before = backup_now(file, "restore", unlock=unlock)
        except err.DamagedFile:  # what is being replaced is damaged: keep it byte for byte
            before = _keep_as_it_is(file)
    put_back(backup, file, unlock)
    return before


def _keep_as_it_is(file: Path) -> Path:
    """A byte-for-byte copy of a damaged ``file`` (and its write-ahead log, if any) among
    its backups, before it is replaced: nothing is thrown away, even what can't be read."""
    moment = dt.datetime.now().replace(microsecond=0)
    folder = backup_dir(file)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    dest = folder / backup_name(file, moment, "restore")
    while dest.exists():
        moment += dt.timedelta(seconds=1)
        dest = folder / backup_name(file, moment, "restore")
    try:
        with atomic_target(dest) as tmp:
            shutil.copyfile(file, tmp)
        wal = Path(f"{file}-wal")
        if wal.exists():
            with atomic_target(Path(f"{dest}-wal")) as tmp:
                shutil.copyfile(wal, tmp)
    except OSError as exc:
        raise translate(exc, dest) from exc
    return dest


def put_back(backup: Path, file: Path, unlock: Unlock | None = None) -> None:
    """Copy ``backup`` over ``file`` (not open) in one step: a new file beside it, then a
    rename, so a crash leaves one or the other whole."""
    try:
        with atomic_target(file) as tmp:
            source = raw_connect(backup, unlock if _is_locked(backup) else None, read_only=True)
            try:
                source.execute("VACUUM INTO ?", (str(tmp),))
            finally:
                source.close()
            os.chmod(tmp, 0o600)
            # the old file's write-ahead log must not be replayed onto the restored one (what
            # it held is in the backup made just before)
            for suffix in ("-wal", "-shm"):
                Path(f"{file}{suffix}").unlink(missing_ok=True)
    except Exception as exc:  # sqlite3, SQLCipher or the file system
        raise translate(exc, file) from exc


def _is_locked(path: Path) -> bool:
    return inspect_file(path).locked

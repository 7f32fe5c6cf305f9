"""What WellPlan says about a damaged file, and the checks that stop work on one.

health.py finds what is wrong; this module names the damaged plans and the newest backup
that passes the whole check (so it reads the backups' list), and refuses a file that
fails: a damaged file is never copied over a good backup, nor written to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from wellplan.domain import words
from wellplan.domain.words import say
from wellplan.storage.backup_files import list_backups
from wellplan.storage.connection import unlocked_info
from wellplan.storage.crypto import Unlock
from wellplan.storage.errors import DamagedFile, StorageError
from wellplan.storage.fileformat import inspect_file
from wellplan.storage.health import CheckReport, check_path


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    created: dt.datetime  # local time, from the backup's name


def newest_good_backup(file: Path, unlock: Unlock | None = None) -> GoodBackup | None:
    """The newest of ``file``'s automatic backups that passes the whole check, if any."""
    try:
        candidates = list_backups(file, unlock)
    except OSError:
        return None
    for info in candidates:  # newest first
        if not info.readable:
            continue
        try:
            locked = inspect_file(info.path).locked
        except StorageError:
            continue
        if check_path(info.path, unlock if locked else None).healthy:
            return GoodBackup(info.path, info.created)
    return None


def when(moment: dt.datetime) -> str:
    return say("storage", "{day} at {time}").format(day=words.day(moment), time=f"{moment:%H:%M}")


def damaged_text(report: CheckReport, backup: GoodBackup | None) -> str:
    """What to tell the person about a damaged file: which plans, that nothing was changed
    or will be, and the way back (the front end adds how, in its own words)."""
    name = report.path.name
    if report.plans:
        titles = [f"“{t}”" if not t.startswith("plan ") else t for t in report.plans.values()]
        which = (
            titles[0]
            if len(titles) == 1
            else say("storage", "{some} and {last}").format(
                some=", ".join(titles[:-1]), last=titles[-1]
            )
        )
        what = say("storage", "Part of {which} in “{name}” is damaged and can't be read.").format(
            which=which, name=name
        )
    else:
        what = say("storage", "“{name}” is damaged.").format(name=name)
    text = say(
        "storage",
        "{what} WellPlan didn't change anything in the file, and won't save to it, because writing into a damaged file can lose more.",
    ).format(what=what)
    if backup is not None:
        text += say(
            "storage", " The newest good backup is from {moment}: restore it to carry on."
        ).format(moment=when(backup.created))
    else:
        text += say(
            "storage",
            " If you have a backup or another copy of the file, restore that to carry on.",
        )
    return text


def damaged_error(
    report: CheckReport, unlock: Unlock | None = None, before: str = ""
) -> DamagedFile:
    """The DamagedFile to raise for ``report`` (``before``: a sentence to put first)."""
    backup = newest_good_backup(report.path, unlock)
    return DamagedFile(
        f"{before}{damaged_text(report, backup)}",
        path=report.path,
        plans=tuple(report.plans.values()),
        problems=tuple(report.problems),
        backup=backup.path if backup is not None else None,
    )


def refuse_damaged(file: Path, unlock: Unlock | None) -> None:
    """A copy of a damaged file is no backup (and would push a good one out): the whole
    check first (storage/health.py), and DamagedFile if it fails."""
    report = check_path(file, unlock)
    if not report.healthy:
        raise damaged_error(report, unlock, say("storage", "No backup was made. "))


def check_file(path: Path | str, unlock: Unlock | None = None) -> CheckReport:
    """Health check for ``wellplan check``: the header, then (storage/health.py) SQLite's
    integrity and foreign key checks and every row read as WellPlan reads it. Read-only:
    never migrates, never writes, and leaves no -wal or -shm beside the file."""
    path = Path(path).expanduser().absolute()
    report = CheckReport(path)
    try:
        info = inspect_file(path)
        if info.locked:
            unlocked_info(info, unlock)
        else:
            unlock = None
    except StorageError as exc:
        report.problems.append(str(exc))
        report.damaged = isinstance(exc, DamagedFile)
        return report
    return check_path(path, unlock)


def require_healthy(path: Path | str, unlock: Unlock | None = None) -> None:
    """Raise the StorageError check_file's first problem comes from (DamagedFile naming the
    damaged plans and the newest good backup) unless ``path`` passes the whole check. For
    commands that must not read half a file or write to a damaged one. Opens nothing for
    writing and leaves nothing beside the file."""
    path = Path(path).expanduser().absolute()
    info = inspect_file(path)
    if info.locked:
        unlocked_info(info, unlock)
    else:
        unlock = None
    report = check_path(path, unlock)
    if not report.healthy:
        raise damaged_error(report, unlock)

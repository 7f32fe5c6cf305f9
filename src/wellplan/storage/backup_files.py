"""Where a plan file's backups live, what they are called, and what each one holds.

Only names and reading: making, pruning and putting back a backup is in backups.py. Kept
apart so the whole-file check can name the newest good backup without importing what makes
backups (which runs that check first).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from wellplan.storage.connection import raw_connect
from wellplan.storage.crypto import Unlock
from wellplan.storage.fileformat import FILE_SUFFIX, inspect_file
from wellplan.storage.paths import data_dir

#: Each kind of backup, as its name ends and as the Backups window says it.
KIND_LABELS = {
    "daily": "daily",
    "restore": "before a restore",
    "manual": "made by you",
    "lock": "when the passphrase changed",
}
_NAME = re.compile(r"^(?P<stem>.*) (?P<when>\d{4}-\d{2}-\d{2} \d{6}) (?P<kind>[a-z]+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time, from the name
    kind: str
    size: int
    plans: tuple[str, ...]  # the plans' titles inside, newest first; empty if unreadable
    readable: bool


def backup_dir(file: Path) -> Path:
    """The folder for one plan file's backups (its name, plus a short hash of where it is,
    so two files called the same in different folders don't share backups)."""
    file = Path(file).expanduser().absolute()
    tag = hashlib.sha256(str(file).encode()).hexdigest()[:8]
    return data_dir() / "Backups" / f"{file.stem} {tag}"


def backup_name(file: Path, moment: dt.datetime, kind: str) -> str:
    return f"{Path(file).stem} {moment:%Y-%m-%d %H%M%S} {kind}{FILE_SUFFIX}"


def next_backup_path(file: Path, kind: str, now: dt.datetime | None = None) -> Path:
    """Where a new backup of ``file`` of this kind goes (two in one second: both kept)."""
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_dir(file)
    dest = folder / backup_name(file, moment, kind)
    while dest.exists():
        moment += dt.timedelta(seconds=1)
        dest = folder / backup_name(file, moment, kind)
    return dest


def _parse(path: Path) -> tuple[dt.datetime, str] | None:
    if path.suffix != FILE_SUFFIX:
        return None
    found = _NAME.match(path.stem)
    if found is None:
        return None
    try:
        return dt.datetime.strptime(found["when"], "%Y-%m-%d %H%M%S"), found["kind"]
    except ValueError:
        return None


def backup_files(file: Path) -> list[tuple[dt.datetime, str, Path]]:
    """Each backup of ``file`` by its name: when, which kind, where; newest first."""
    folder = backup_dir(file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse(path)
        if parsed is not None:
            found.append((parsed[0], parsed[1], path))
    return sorted(found, reverse=True)  # newest first


def _plans_inside(path: Path, unlock: Unlock | None) -> tuple[tuple[str, ...], bool]:
    try:
        info = inspect_file(path)
        if not info.locked:
            unlock = None
        elif unlock is None:
            return (), False
        connection = raw_connect(path, unlock, read_only=True)
        try:
            titles = tuple(
                row[0]
                for row in connection.execute(
                    "SELECT title FROM plan ORDER BY updated_at DESC, id DESC"
                )
            )
        finally:
            connection.close()
    except Exception:  # locked with another passphrase, damaged, unreadable
        return (), False
    return titles, True


def list_backups(file: Path, unlock: Unlock | None = None) -> list[BackupInfo]:
    infos = []
    for when, kind, path in backup_files(file):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        plans, readable = _plans_inside(path, unlock)
        infos.append(BackupInfo(path, when, kind, size, plans, readable))
    return infos

"""Locking a file with a passphrase, changing it, and taking the lock off.

The file must not be open. Each change writes a complete new file beside the old one with
``sqlcipher_export`` (locked with the new key from its first byte, or plain), checks it,
and then moves it into place in one step, so a crash at any moment leaves either the old
file or the new one, whole. A backup is made first, and the backups follow the file: after
turning the lock on no backup holds readable words, and after a change of passphrase every
backup opens with the new one.

Turning the lock on, the order is what keeps that promise even if WellPlan is killed part
way: the backup made first is locked as it is written, then every plain backup is locked,
and only then the file. So nothing plain outlives the moment the file is locked. Should
plain backups of a locked file ever be found (left by an older WellPlan), opening the file
locks them with its key (:func:`lock_plain_backups`).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from wellplan.domain.words import say
from wellplan.storage import errors as err
from wellplan.storage.atomic import atomic_target, fsync_dir, remove_stale_temps
from wellplan.storage.backup_files import backup_dir, next_backup_path
from wellplan.storage.backups import backup_now
from wellplan.storage.connection import raw_connect, translate, unlocked_info
from wellplan.storage.crypto import Unlock, is_locked_header
from wellplan.storage.damage import refuse_damaged
from wellplan.storage.erase import shred
from wellplan.storage.fileformat import APPLICATION_ID, FILE_SUFFIX, inspect_file


def _export(source: Path, current: Unlock | None, dest: Path, new: Unlock | None) -> None:
    """Write ``source`` (opened with ``current``) to ``dest`` locked with ``new`` (plain when
    None), check the copy and move it into place in one step. ``dest`` may be ``source``."""
    try:
        with atomic_target(dest) as tmp:
            connection = raw_connect(source, current, cipher=True)
            try:
                schema = int(connection.execute("PRAGMA user_version").fetchone()[0])
                connection.execute(
                    "ATTACH DATABASE ? AS target KEY ?",
                    (str(tmp), new.keyspec() if new is not None else ""),
                )
                connection.execute("SELECT sqlcipher_export('target')")
                connection.execute(f"PRAGMA target.user_version = {schema}")
                connection.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
                plans = connection.execute("SELECT count(*) FROM main.plan").fetchone()[0]
                connection.execute("DETACH DATABASE target")
            finally:
                connection.close()
            check = raw_connect(tmp, new, cipher=True)
            try:
                healthy = [r[0] for r in check.execute("PRAGMA quick_check")] == ["ok"]
                copied = check.execute("SELECT count(*) FROM plan").fetchone()[0]
                check.execute("PRAGMA journal_mode = WAL")
            finally:
                check.close()
            if not healthy or copied != plans:
                raise err.DamagedFile(
                    say(
                        "storage",
                        "The newly locked copy of “{source}” didn't check out, so it wasn't used. Your file is exactly as it was.",
                    ).format(source=source.name)
                )
            os.chmod(tmp, 0o600)
            if dest == source:  # the old file's log is not for the new file (all was copied)
                for suffix in ("-wal", "-shm"):
                    Path(f"{dest}{suffix}").unlink(missing_ok=True)
    except err.StorageError:
        raise
    except Exception as exc:  # sqlite3, SQLCipher or the file system
        raise translate(exc, source) from exc


def _rewrite(path: Path, current: Unlock | None, new: Unlock | None) -> None:
    _export(path, current, path, new)


def _opens_with(backup: Path, current: Unlock | None) -> bool:
    """Whether ``current`` (None: no passphrase) opens ``backup``."""
    try:
        info = inspect_file(backup)
        if not info.locked:
            return current is None
        if current is None:
            return False
        unlocked_info(info, current)
    except err.StorageError:  # damaged, or locked with an older passphrase
        return False
    return True


def _backups(path: Path) -> list[Path]:
    folder = backup_dir(path)
    return sorted(b for b in folder.iterdir() if b.suffix == FILE_SUFFIX) if folder.is_dir() else []


def _follow(path: Path, current: Unlock | None, new: Unlock | None) -> list[Path]:
    """Rewrite every backup that ``current`` opens the way the file is being rewritten."""
    rewritten = []
    for backup in _backups(path):
        if _opens_with(backup, current):
            _rewrite(backup, current, new)
            rewritten.append(backup)
    return rewritten


def set_lock(path: Path, current: Unlock | None, new: Unlock | None) -> list[Path]:
    """Lock ``path`` with ``new`` (or unlock it when ``new`` is None). ``current`` opens it
    now, if it is locked. The backups follow the file: each one that ``current`` opened is
    rewritten the same way, so they all open with what opens the file (backups locked with
    an even older passphrase are left as they are). Returns the backups rewritten."""
    path = Path(path).expanduser().absolute()
    info = inspect_file(path)
    if info.locked:
        unlocked_info(info, current)
    else:
        current = None
    if current is None and new is None:
        return []
    folder = backup_dir(path)
    for where, name in ((folder, ""), (path.parent, path.name)):
        remove_stale_temps(where, name)  # copies cut short by a kill: they may be plain
    if current is None:  # turning the lock on: the backups first, locked as they are written
        refuse_damaged(path, None)  # a damaged file is never rewritten (nor copied)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _export(path, None, next_backup_path(path, "lock"), new)
        rewritten = _follow(path, None, new)
        _rewrite(path, None, new)
    else:  # a new passphrase, or none: the file first, then the backups follow it
        backup_now(path, "lock", unlock=current)
        _rewrite(path, current, new)
        rewritten = _follow(path, current, new)
    if folder.is_dir():
        fsync_dir(folder)
    return rewritten


@dataclass(frozen=True)
class Secured:
    """What :func:`lock_plain_backups` did: backups locked now, and ones removed."""

    locked: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()


def lock_plain_backups(path: Path, unlock: Unlock) -> Secured:
    """For a locked file: find its backups that are still plain (a lock cut short by an
    older WellPlan, or a copy put there by hand) and lock them with its key; one that can't
    be read to be locked is overwritten and removed. Temporary copies left by a kill go too.
    The caller says what was done."""
    folder = backup_dir(path)
    remove_stale_temps(folder)
    locked, removed = [], []
    for backup in _backups(path):
        try:
            with backup.open("rb") as fh:
                plain = not is_locked_header(fh.read(16))
        except OSError:
            continue
        if not plain:
            continue
        try:
            _rewrite(backup, None, unlock)
        except err.StorageError:
            with contextlib.suppress(OSError):
                shred(backup)
                removed.append(backup)
            continue
        locked.append(backup)
    if locked or removed:
        fsync_dir(folder)
    return Secured(tuple(locked), tuple(removed))

"""Locking a file with a passphrase, changing it, and taking the lock off.

The file must not be open. Each change writes a complete new file beside the old one with
``sqlcipher_export`` (locked with the new key, or plain), checks it, and then moves it into
place in one step, so a crash at any moment leaves either the old file or the new one, whole.
A backup is made first. The backups then follow the file: each one is rewritten the same way,
so after turning the lock on no backup holds readable words, and after a change of passphrase
every backup opens with the new one.
"""

from __future__ import annotations

import os
from pathlib import Path

from wellplan.storage import errors as err
from wellplan.storage.atomic import atomic_target, fsync_dir
from wellplan.storage.backups import backup_dir, backup_now
from wellplan.storage.connection import raw_connect, translate, unlocked_info
from wellplan.storage.crypto import Unlock
from wellplan.storage.fileformat import APPLICATION_ID, FILE_SUFFIX, inspect_file


def _rewrite(path: Path, current: Unlock | None, new: Unlock | None) -> None:
    """Write ``path`` again beside itself, opened with ``current`` and locked with ``new``
    (plain when None), check the copy and move it into place in one step."""

    try:
        with atomic_target(path) as tmp:
            source = raw_connect(path, current, cipher=True)
            try:
                schema = int(source.execute("PRAGMA user_version").fetchone()[0])
                source.execute(
                    "ATTACH DATABASE ? AS target KEY ?",
                    (str(tmp), new.keyspec() if new is not None else ""),
                )
                source.execute("SELECT sqlcipher_export('target')")
                source.execute(f"PRAGMA target.user_version = {schema}")
                source.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
                plans = source.execute("SELECT count(*) FROM main.plan").fetchone()[0]
                source.execute("DETACH DATABASE target")
            finally:
                source.close()
            check = raw_connect(tmp, new, cipher=True)
            try:
                healthy = [r[0] for r in check.execute("PRAGMA quick_check")] == ["ok"]
                copied = check.execute("SELECT count(*) FROM plan").fetchone()[0]
                check.execute("PRAGMA journal_mode = WAL")
            finally:
                check.close()
            if not healthy or copied != plans:
                raise err.DamagedFile(
                    f"The newly locked copy of “{path.name}” didn't check out, so it wasn't "
                    "used. Your file is exactly as it was."
                )
            os.chmod(tmp, 0o600)
            # the old file's log is not for the new file (everything in it was copied)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    except err.StorageError:
        raise
    except Exception as exc:  # sqlite3, SQLCipher or the file system
        raise translate(exc, path) from exc


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
    backup_now(path, "lock", unlock=current)
    _rewrite(path, current, new)
    rewritten: list[Path] = []
    folder = backup_dir(path)
    for backup in sorted(folder.iterdir()) if folder.is_dir() else []:
        if backup.suffix == FILE_SUFFIX and _opens_with(backup, current):
            _rewrite(backup, current, new)
            rewritten.append(backup)
    if folder.is_dir():
        fsync_dir(folder)
    return rewritten

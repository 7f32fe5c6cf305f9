"""Locking a file with a passphrase, changing it, and taking the lock off.

The file must not be open. Each change writes a complete new file beside the old one with
``sqlcipher_export`` (locked with the new key, or plain), checks it, and then moves it into
place in one step, so a crash at any moment leaves either the old file or the new one, whole.
A backup is made first. Turning the lock on removes the older, unlocked backups of the file
(the person asked for their words to be unreadable without the passphrase) and makes a locked
one straight away.
"""

from __future__ import annotations

import os
from pathlib import Path

from wellplan.storage import errors as err
from wellplan.storage.atomic import atomic_target, fsync_dir
from wellplan.storage.backups import backup_dir, backup_now
from wellplan.storage.crypto import Unlock
from wellplan.storage.fileformat import APPLICATION_ID, inspect_file


def set_lock(path: Path, current: Unlock | None, new: Unlock | None) -> list[Path]:
    """Lock ``path`` with ``new`` (or unlock it when ``new`` is None). ``current`` opens it
    now, if it is locked. Returns the unlocked backups removed when a lock was turned on."""
    from wellplan.storage.document import raw_connect, translate, unlocked_info

    path = Path(path).expanduser().absolute()
    info = inspect_file(path)
    if info.locked:
        info = unlocked_info(info, current)
    else:
        current = None
    if current is None and new is None:
        return []
    backup_now(path, "lock", unlock=current)
    try:
        with atomic_target(path) as tmp:
            source = raw_connect(path, current, cipher=True)
            try:
                source.execute(
                    "ATTACH DATABASE ? AS target KEY ?",
                    (str(tmp), new.keyspec() if new is not None else ""),
                )
                source.execute("SELECT sqlcipher_export('target')")
                source.execute(f"PRAGMA target.user_version = {int(info.schema_version)}")
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
    removed: list[Path] = []
    if new is not None and current is None:
        folder = backup_dir(path)
        for backup in sorted(folder.iterdir()) if folder.is_dir() else []:
            try:
                locked = inspect_file(backup).locked
            except err.StorageError:
                continue
            if not locked:
                backup.unlink()
                removed.append(backup)
        fsync_dir(folder)
        backup_now(path, "lock", unlock=new)
    return removed

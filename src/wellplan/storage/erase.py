"""Delete everything: a plan file and every copy WellPlan keeps of it.

Each file is overwritten with zeros, flushed to the disk and then removed. On most disks
that leaves nothing to read back; on SSDs and copy-on-write file systems the old blocks may
linger, unreadable to programs, until the disk reuses them (a locked file's blocks were
never readable without the key). PDFs the person saved elsewhere are theirs and are not
touched.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from wellplan.storage.atomic import fsync_dir, leftovers
from wellplan.storage.backup_files import backup_dir

_CHUNK = 1 << 20


def traces(file: Path) -> list[Path]:
    """Every file WellPlan keeps for ``file``: the file and its logs, its backups, the
    copies kept before format updates, and temporary copies left by a crash."""
    file = Path(file).expanduser().absolute()
    found = [file, *(Path(f"{file}{s}") for s in ("-wal", "-shm", "-journal"))]
    found += file.parent.glob(f"{file.stem}.before-update-v*{file.suffix}")
    found += leftovers(file.parent, file.name)
    folder = backup_dir(file)
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.is_file())
    return [p for p in found if p.is_file()]


def shred(path: Path) -> None:
    """Overwrite one file with zeros and remove it (and its SQLite sidecars)."""
    for candidate in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        if candidate.exists():
            with contextlib.suppress(OSError):
                _overwrite(candidate)
            candidate.unlink()
    fsync_dir(path.parent)


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    fd = os.open(path, os.O_WRONLY)
    try:
        zeros = b"\0" * _CHUNK
        written = 0
        while written < size:
            written += os.write(fd, zeros[: min(_CHUNK, size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)


def erase(file: Path) -> list[Path]:
    """Overwrite and remove everything :func:`traces` finds (the file must not be open).
    Returns what was removed. A file that can't be overwritten (full or read-only disk) is
    still removed; one that can't be removed raises OSError, after the rest are gone."""
    removed: list[Path] = []
    failed: OSError | None = None
    for path in traces(file):
        with contextlib.suppress(OSError):
            _overwrite(path)
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed = exc
            continue
        removed.append(path)
    folder = backup_dir(Path(file).expanduser().absolute())
    with contextlib.suppress(OSError):
        folder.rmdir()  # empty now, unless the person put something of their own there
    for parent in {p.parent for p in removed}:
        with contextlib.suppress(OSError):
            fsync_dir(parent)
    if failed is not None:
        raise failed
    return removed

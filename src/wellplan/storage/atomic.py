"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows has no directory fsync; os.replace is atomic there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_target(dest: Path) -> Iterator[Path]:
    """Yield a private temporary path beside ``dest``; when the block succeeds, fsync it and
    move it over ``dest`` in one step. On any error the temporary file is removed and ``dest``
    is untouched. The file is created owner-only (0600)."""
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)  # mkstemp already made it 0600
    tmp = Path(name)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


STALE_AFTER = 600.0  # seconds: a temporary file this old has no writer any more


def remove_stale_temps(folder: Path, name: str = "", now: float | None = None) -> list[Path]:
    """Remove what :func:`atomic_target` left in ``folder`` when a process was killed part
    way (for files called ``name``, or any). Only files older than STALE_AFTER go, so a copy
    another WellPlan is writing right now is never touched."""
    moment = time.time() if now is None else now
    removed = []
    pattern = f".{name}.*.tmp" if name else ".*.tmp"
    for leftover in folder.glob(pattern) if folder.is_dir() else []:
        try:
            if moment - leftover.stat().st_mtime > STALE_AFTER:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            continue
    return removed

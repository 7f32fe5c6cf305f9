"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
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

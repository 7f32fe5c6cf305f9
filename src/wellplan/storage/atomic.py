"""Writing files so that a crash or a full disk never leaves half a file behind, and
clearing away what a killed process left.

Every temporary file WellPlan makes is named ``.<final name>.<random>.wellplan-tmp`` beside
its final name, and is held with an advisory lock (``flock``) for as long as it is being
written. A temporary file nobody holds belongs to a process that was killed: it (and any
``-wal``, ``-shm`` or ``-journal`` SQLite made beside it) is removed the next time its
folder's file is opened, however new it is, since it may hold plan text. Where the system
has no ``flock`` (Windows, where an open file can't be deleted anyway), only leftovers
older than STALE_AFTER are removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".wellplan-tmp"
SIDECARS = ("-wal", "-shm", "-journal")
STALE_AFTER = 600.0  # seconds: where a writer can't be seen, a temporary file this old has none


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows has no directory fsync; os.replace is atomic there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _hold(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)


@contextlib.contextmanager
def atomic_target(dest: Path) -> Iterator[Path]:
    """Yield a private temporary path beside ``dest``; when the block succeeds, fsync it and
    move it over ``dest`` in one step. On any error the temporary file (and anything SQLite
    made beside it) is removed and ``dest`` is untouched. The file is created owner-only
    (0600) and held until the block ends, so a sweep can tell it from a killed process's."""
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=TEMP_SUFFIX, dir=dest.parent)
    tmp = Path(name)
    try:
        _hold(fd)
        yield tmp
        written = os.open(tmp, os.O_RDWR)
        try:
            os.fsync(written)
        finally:
            os.close(written)
        os.replace(tmp, dest)
        _remove_sidecars(tmp)
        fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        _remove_sidecars(tmp)
        raise
    finally:
        os.close(fd)  # (releases the hold)


def _remove_sidecars(path: Path) -> None:
    for suffix in SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _abandoned(path: Path, moment: float) -> bool:
    """Whether no living process is writing ``path`` (a temporary file of ours)."""
    if fcntl is None:
        return moment - path.stat().st_mtime > STALE_AFTER
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # held: its writer is alive
    finally:
        os.close(fd)  # (releases our own try)
    return True


def leftovers(folder: Path, name: str = "") -> list[Path]:
    """The temporary files :func:`atomic_target` made in ``folder`` for files called
    ``name`` (or any), nested ones included, and their SQLite sidecars."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        base = _base_name(entry.name)
        if not base.startswith("."):
            continue
        # (a temporary file of a temporary file, a new file made inside one, has two dots)
        if name and not base.lstrip(".").startswith(f"{name}."):
            continue
        if base.endswith(TEMP_SUFFIX):
            found.append(entry)
        elif base.endswith(".tmp") and entry.name == base:
            found.append(entry)  # named as WellPlan did before it held its temporary files
    return sorted(found)


def remove_stale_temps(folder: Path, name: str = "", now: float | None = None) -> list[Path]:
    """Remove what :func:`atomic_target` left in ``folder`` when a process was killed part
    way (for files called ``name``, or any), with SQLite's sidecars beside them. A file
    still held by its writer (another WellPlan, or another thread) is never touched;
    old-style names, which carry no hold, go once older than STALE_AFTER."""
    moment = time.time() if now is None else now
    removed = []
    for leftover in leftovers(folder, name):
        base = leftover.with_name(_base_name(leftover.name))
        try:
            if not leftover.exists():
                continue  # a sidecar that went with its temporary file
            if base != leftover:
                if base.exists():
                    continue  # a sidecar: it goes with its temporary file, if that goes
            elif leftover.name.endswith(TEMP_SUFFIX):
                if not _abandoned(leftover, moment):
                    continue
            elif moment - leftover.stat().st_mtime <= STALE_AFTER:
                continue
            for path in (leftover, *(Path(f"{leftover}{s}") for s in SIDECARS)):
                if path.exists():
                    path.unlink()
                    removed.append(path)
        except OSError:
            continue
    return removed


def _base_name(name: str) -> str:
    for suffix in SIDECARS:
        name = name.removesuffix(suffix)
    return name

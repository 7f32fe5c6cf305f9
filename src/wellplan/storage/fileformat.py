"""Recognising WellPlan files from their first bytes, without opening them for writing.

A WellPlan file is an SQLite database whose header carries our ``application_id`` and whose
``user_version`` is the schema version. Everything here reads bytes only, so a file that turns
out not to be ours, to be damaged, or to be from a newer WellPlan is left exactly as it was.
"""

from __future__ import annotations

import errno
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from wellplan.domain.value import Plain
from wellplan.domain.words import say
from wellplan.storage.errors import DamagedFile, FileMissing, NewerVersionFile, NotAWellPlanFile

#: "WPLN" — stored at byte 68 of the SQLite header by ``PRAGMA application_id``.
APPLICATION_ID = 0x57504C4E
#: The schema this build writes. Equals the number of the newest Alembic revision
#: (a test keeps the two in step). Stored at byte 60 by ``PRAGMA user_version``.
SCHEMA_VERSION = 7
FILE_SUFFIX = ".wellplan"

_MAGIC = b"SQLite format 3\x00"
LOCKED_MAGIC = b"WPLN\x01"  # a file locked with a passphrase (see storage/crypto.py)


@dataclass(frozen=True, repr=False)
class FileInfo(Plain):
    path: Path
    size: int
    schema_version: int  # 0 for an empty file we are about to initialise; -1 locked
    locked: bool = False  # encrypted: the schema is known only once it is unlocked

    @property
    def needs_upgrade(self) -> bool:
        return 0 < self.schema_version < SCHEMA_VERSION


def inspect_file(path: Path, *, allow_empty: bool = False) -> FileInfo:
    """Check that ``path`` is a WellPlan file this build can open. Raises a StorageError."""
    name = path.name
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(found.st_mode):  # a pipe, a device, a socket: reading could hang
            raise NotAWellPlanFile(
                say(
                    "storage",
                    "“{name}” isn't a file on disk (it is a device, a pipe or a socket), so WellPlan didn't open it. Choose the .wellplan file itself.",
                ).format(name=name)
            )
        size = found.st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise FileMissing(
            say(
                "storage",
                "“{name}” doesn't exist. If it did before, it may have been moved, renamed or deleted.",
            ).format(name=name)
        ) from None
    except IsADirectoryError:
        raise NotAWellPlanFile(
            say("storage", "“{name}” is a folder, not a WellPlan file.").format(name=name)
        ) from None
    except PermissionError:
        raise FileMissing(
            say(
                "storage",
                "WellPlan isn't allowed to read “{name}”. Check the file's permissions, or copy it somewhere in your home folder and open the copy.",
            ).format(name=name)
        ) from None
    except OSError as exc:  # a link that leads nowhere, a name too long, a bad disk
        raise FileMissing(_unreachable(name, exc)) from None
    if size == 0 and allow_empty:
        return FileInfo(path, 0, 0)
    not_ours = NotAWellPlanFile(
        say(
            "storage",
            "“{name}” isn't a WellPlan file, so WellPlan didn't open it. The file has not been changed.",
        ).format(name=name)
    )
    if header.startswith(LOCKED_MAGIC):
        from wellplan.storage.crypto import KdfHeader

        try:
            KdfHeader.from_bytes(header)
        except ValueError:
            raise DamagedFile(_damaged(name)) from None
        if size < 1024 or size % 1024:  # SQLCipher pages are 4096 bytes; allow any power
            raise DamagedFile(_damaged(name))
        return FileInfo(path, size, -1, locked=True)
    if size == 0 or not header.startswith(_MAGIC[:6]):
        raise not_ours
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DamagedFile(_damaged(name))
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise not_ours
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (
        change_counter,
        page_count,
    ) = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise DamagedFile(_damaged(name))
    if valid_for == change_counter and page_count * page_size > size:
        raise DamagedFile(_damaged(name))
    (schema_version,) = struct.unpack(">i", header[60:64])
    if schema_version > SCHEMA_VERSION:
        raise NewerVersionFile(
            say(
                "storage",
                "“{name}” was saved by a newer version of WellPlan, which can store things this version doesn't know about. To keep your plans safe, it wasn't opened and nothing in it was changed. Please update WellPlan, then open it again.",
            ).format(name=name)
        )
    return FileInfo(path, size, schema_version)


def check_schema(name: str, application_id: int, schema_version: int) -> None:
    """The checks inspect_file makes from header bytes, for a locked file once unlocked."""
    if application_id != APPLICATION_ID:
        raise NotAWellPlanFile(
            say(
                "storage",
                "“{name}” isn't a WellPlan file, so WellPlan didn't open it. The file has not been changed.",
            ).format(name=name)
        )
    if schema_version > SCHEMA_VERSION:
        raise NewerVersionFile(
            say(
                "storage",
                "“{name}” was saved by a newer version of WellPlan, which can store things this version doesn't know about. To keep your plans safe, it wasn't opened and nothing in it was changed. Please update WellPlan, then open it again.",
            ).format(name=name)
        )


def _damaged(name: str) -> str:
    return say(
        "storage",
        "“{name}” is damaged or incomplete (it may have been cut short while being copied), so WellPlan didn't open it and didn't change it. If you have a backup or another copy, open that instead.",
    ).format(name=name)


def _unreachable(name: str, exc: OSError) -> str:
    """Why the file at a path couldn't be reached, in words (never a bare [Errno N])."""
    if exc.errno == errno.ELOOP:
        return say(
            "storage",
            "“{name}” is a link that leads back to itself (a loop of symbolic links), so there is no file to open. Open the file itself, or point the link at it.",
        ).format(name=name)
    if exc.errno == errno.ENOTDIR:
        return say(
            "storage", "Part of the path to “{name}” isn't a folder, so there is no file there."
        ).format(name=name)
    if exc.errno == errno.ENAMETOOLONG:
        return say("storage", "The name or path of “{name}…” is too long for this system.").format(
            name=name[:40]
        )
    if exc.errno == errno.EIO:
        return say(
            "storage",
            "The disk couldn't read “{name}” (an input/output error). If it is on a USB stick or a network drive, check it is still connected, then try again.",
        ).format(name=name)
    reason = exc.strerror or type(exc).__name__
    return say("storage", "WellPlan couldn't read “{name}”: {detail}.").format(
        name=name, detail=reason.lower()
    )

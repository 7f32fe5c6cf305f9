"""Connections to a WellPlan file, and what their errors mean to a person.

Plain files go through Python's sqlite3; locked ones through SQLCipher (the sqlcipher3
module, a fork of it with its own error classes). Both report SQLite's own result code on
every error (``sqlite_errorcode``), so errors are told apart by that code, or by ``errno``
for the operating system's, never by the words of their text. SQLAlchemy is told which
driver a locked file's engine uses, so it wraps SQLCipher's errors as it wraps sqlite3's.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from wellplan.domain.words import say
from wellplan.storage import errors as err
from wellplan.storage.crypto import Unlock
from wellplan.storage.crypto import driver as crypto_driver
from wellplan.storage.fileformat import FileInfo, check_schema

# SQLite's primary result codes (https://www.sqlite.org/rescode.html)
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def raw_connect(
    path: Path, unlock: Unlock | None = None, *, read_only: bool = False, cipher: bool = False
) -> Any:
    """A DB-API connection to ``path``: plain sqlite3, or SQLCipher (keyed with ``unlock``
    if given; ``cipher`` asks for SQLCipher's functions on a plain file). isolation_level=None:
    the driver never opens transactions behind our back."""
    target = f"file:{urllib.parse.quote(path.as_posix())}?mode=ro" if read_only else str(path)
    if unlock is None and not cipher:
        return sqlite3.connect(target, timeout=5.0, isolation_level=None, uri=read_only)
    connection = crypto_driver().connect(target, timeout=5.0, isolation_level=None, uri=read_only)
    with contextlib.suppress(Exception):  # SQLCipher logs failed keys to stderr otherwise
        connection.execute("PRAGMA cipher_log_level = NONE")
    if unlock is not None:
        connection.execute(f'PRAGMA key = "{unlock.keyspec()}"')  # hex only: no escaping
    return connection


def connect(path: Path, unlock: Unlock | None = None) -> Any:
    """A connection for reading and writing, set up the way every WellPlan write expects."""
    # SQLAlchemy's "begin" event below emits BEGIN, so each unit of work is one real SQLite
    # transaction.
    connection = raw_connect(path, unlock)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA secure_delete = ON")  # deleted words are overwritten
    except BaseException:
        connection.close()  # (a damaged file: nothing left open, or beside it)
        raise
    return connection


def make_engine(path: Path, unlock: Unlock | None = None) -> Engine:
    # creator= rather than a URL, so any file name (spaces, '#', '?', non-Latin) just works.
    # module=: the driver the connections really come from, so that SQLAlchemy recognises
    # (and wraps) SQLCipher's errors too, not only sqlite3's.
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, unlock),
        poolclass=QueuePool,
        module=crypto_driver() if unlock is not None else sqlite3,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


@contextlib.contextmanager
def probe(path: Path, unlock: Unlock | None = None) -> Iterator[Any]:
    """A read-only DB-API connection to ``path`` (SQLCipher keyed with ``unlock`` if given)
    that leaves the folder as it found it.

    A file with no -wal, -shm or -journal beside it is opened ``immutable``: SQLite then
    makes none. One with a write-ahead log (WellPlan has it open, or was stopped) is opened
    read-only so what the log holds is read too; a -shm SQLite had to make for that is
    removed afterwards. A log that is there stays exactly as it was."""
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    before = [p.exists() for p in sidecars]
    busy = any(before) or Path(f"{path}-journal").exists()
    quoted = urllib.parse.quote(path.as_posix())
    target = f"file:{quoted}?mode=ro" if busy else f"file:{quoted}?immutable=1"
    if unlock is None:
        connection = sqlite3.connect(target, timeout=5.0, isolation_level=None, uri=True)
    else:
        connection = crypto_driver().connect(target, timeout=5.0, isolation_level=None, uri=True)
        with contextlib.suppress(Exception):  # SQLCipher logs failed keys to stderr otherwise
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{unlock.keyspec()}"')  # hex only: no escaping
    try:
        yield connection
    finally:
        connection.close()
        if busy:  # only then can SQLite have made one: immutable opens make none
            for sidecar, existed in zip(sidecars, before, strict=True):
                if not existed:
                    sidecar.unlink(missing_ok=True)


def remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def driver_errors() -> tuple[type[BaseException], ...]:
    """The error classes a connection can raise: sqlite3's, and SQLCipher's once loaded."""
    import sys

    found: list[type[BaseException]] = [DBAPIError, sqlite3.Error, OSError]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        found.append(cipher.Error)
    return tuple(found)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (sqlite3 or SQLCipher), if it has one."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate(exc: BaseException, path: Path) -> err.StorageError:
    """Turn a low-level error into a StorageError whose message says what to do next. Told
    apart by SQLite's result code (both drivers) or the operating system's errno."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    code = sqlite_code(original)
    number = original.errno if isinstance(original, OSError) else None
    name = path.name
    if code == SQLITE_FULL or number in (errno.ENOSPC, errno.EDQUOT):
        return err.DiskFull(
            say(
                "storage",
                "Your disk is full, so the last change couldn't be saved. Free up some space (empty the bin, or move large files).",
            ),
            window=say(
                "storage", "What you typed is still on the screen, and WellPlan will save it then."
            ),
            terminal=say("storage", "Then run the command again."),
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return err.FileBusy(
            say(
                "storage",
                "“{name}” is being used by another program (perhaps another WellPlan window). Close it there and try again.",
            ).format(name=name)
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return err.DamagedFile(
            say(
                "storage",
                "“{name}” is damaged, so WellPlan stopped before changing anything more. If you have a backup or another copy, open that instead.",
            ).format(name=name)
        )
    if (
        code in (SQLITE_READONLY, SQLITE_PERM)
        or number in (errno.EROFS, errno.EACCES, errno.EPERM)
        or isinstance(original, PermissionError)
    ):
        return err.FileNotWritable(
            say(
                "storage",
                "WellPlan can't save to “{name}” because the file or its folder is read-only.",
            ).format(name=name),
            window=say("storage", "Use File ▸ Save As to keep a copy somewhere you can write to."),
            terminal=say("storage", "Copy it somewhere you can write to, or make it writable."),
        )
    if number == errno.ENOENT:
        return err.FileMissing(
            say("storage", "“{name}” doesn't exist, or its folder doesn't.").format(name=name)
        )
    if number == errno.ELOOP:
        return err.StorageError(
            say(
                "storage",
                "“{name}” is a link that leads back to itself, so there is no file to open.",
            ).format(name=name)
        )
    if isinstance(original, OSError):
        why = original.strerror or type(original).__name__
        return err.StorageError(
            say("storage", "WellPlan couldn't read or write “{name}”: {why}.").format(
                name=name, why=why
            )
        )
    if code == SQLITE_CANTOPEN:
        return err.StorageError(
            say(
                "storage",
                "WellPlan couldn't open “{name}”. Check that its folder exists and that you are allowed to write there.",
            ).format(name=name)
        )
    return err.StorageError(
        say("storage", "WellPlan couldn't read or write “{name}”: {original}").format(
            name=name, original=original
        )
    )


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Errors of the drivers and the file system inside the block come out translated."""
    try:
        yield
    except err.StorageError:
        raise
    except UnicodeDecodeError as exc:  # SQLite's message quoted bytes of a damaged schema
        raise err.DamagedFile(
            say(
                "storage",
                "“{path}” is damaged (its list of tables can't be read), so WellPlan stopped before changing anything. If you have a backup or another copy, restore that.",
            ).format(path=path.name),
            path=path,
        ) from exc
    except Exception as exc:
        if isinstance(exc, driver_errors()):
            raise translate(exc, path) from exc
        raise


def unlocked_info(info: FileInfo, unlock: Unlock | None) -> FileInfo:
    """Check ``unlock`` opens a locked file; return its real schema version."""
    name = info.path.name
    if unlock is None:
        raise err.Locked(
            say(
                "storage", "“{name}” is locked with a passphrase. Type it to open the file."
            ).format(name=name)
        )
    try:
        with probe(info.path, unlock) as connection:  # leaves no -wal or -shm behind
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            schema_version = connection.execute("PRAGMA user_version").fetchone()[0]
    except Exception as exc:
        if sqlite_code(exc) == SQLITE_NOTADB:
            raise err.WrongPassphrase(
                say(
                    "storage",
                    "That passphrase doesn't open “{name}”. Check that Caps Lock is off and try again; you can also type your recovery key instead. (If you are sure it is right, the start of the file may be damaged: open one of its backups.)",
                ).format(name=name),
                window=say("storage", "You can try as often as you need."),
            ) from None
        raise translate(exc, info.path) from exc
    check_schema(name, application_id, schema_version)
    return FileInfo(info.path, info.size, schema_version, locked=True)

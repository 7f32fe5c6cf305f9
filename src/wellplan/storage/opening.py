"""Making a new WellPlan file, and opening one: its format updated (after a backup) if it is
older, its plain backups locked if it is locked, and nothing changed if it can't be opened.

Returns an engine for the caller (PlanFile) to wrap; never keeps one itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from wellplan.domain.words import say
from wellplan.storage import errors as err
from wellplan.storage import migrate
from wellplan.storage.atomic import atomic_target, remove_stale_temps
from wellplan.storage.backup_files import backup_dir
from wellplan.storage.backups import make_backup, put_back
from wellplan.storage.connection import (
    connect,
    make_engine,
    raw_connect,
    remove_sidecars,
    translated,
    unlocked_info,
)
from wellplan.storage.crypto import Unlock
from wellplan.storage.fileformat import APPLICATION_ID, SCHEMA_VERSION, FileInfo, inspect_file
from wellplan.storage.locking import lock_plain_backups


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the GUI to tell the person (quietly)."""

    created: bool = False
    upgraded_from: int | None = None
    backup: Path | None = None
    # a locked file's backups found plain (a lock cut short): locked now, or removed
    locked_backups: tuple[Path, ...] = ()
    removed_backups: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Opened:
    """A file ready to use: its engine, what opening did, and the key that opens it."""

    path: Path
    engine: Engine
    report: OpenReport
    unlock: Unlock | None


def backup_before_upgrade(path: Path, old_version: int, unlock: Unlock | None = None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.before-update-v{old_version}-{stamp}{path.suffix}")
    return make_backup(path, dest, unlock)


def _initialise(path: Path, unlock: Unlock | None = None) -> None:
    """Give a new, empty file our identity and the current schema (locked from its first
    byte when ``unlock`` is given)."""
    connection = connect(path, unlock)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        connection.close()
    engine = make_engine(path, unlock)
    try:
        _upgrade(engine)
    finally:
        engine.dispose()


def _upgrade(engine: Engine) -> None:
    migrate.upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _undo_upgrade(
    path: Path, report: OpenReport, unlock: Unlock | None, exc: Exception
) -> err.StorageError:
    """An update of the file's format failed part way: put back the copy made just before
    it, and say so. Returns the error to raise."""
    why = str(exc) if isinstance(exc, err.StorageError) else f"{type(exc).__name__}: {exc}"
    if report.backup is None:  # a new file being made: there is nothing to put back
        return err.StorageError(
            say("storage", "WellPlan couldn't prepare “{path}”: {why}").format(
                path=path.name, why=why
            )
        )
    try:
        put_back(report.backup, path, unlock)
    except err.StorageError as again:
        return err.DamagedFile(
            say(
                "storage",
                "WellPlan couldn't update “{path}” to its newer format ({why}), nor put it back as it was ({again}). The copy made before the update is safe at {copy}: use File ▸ Open on that copy.",
            ).format(path=path.name, why=why, again=again, copy=report.backup)
        )
    return err.StorageError(
        say(
            "storage",
            "WellPlan couldn't update “{path}” to its newer format, so it put the file back exactly as it was before; nothing is lost. ({why}) The copy made before the update is also kept at {copy}.",
        ).format(path=path.name, why=why, copy=report.backup)
    )


def create_file(path: Path | str, unlock: Unlock | None = None) -> Opened:
    """Make a new, empty WellPlan file at ``path``, replacing any file there in one step
    (the caller has asked the person first). Owner-only permissions."""
    path = Path(path).expanduser().absolute()
    with translated(path):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_target(path) as tmp:
            _initialise(tmp, unlock)  # an empty file: SQLite starts it afresh
            connection = raw_connect(tmp, unlock)
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.close()
            remove_sidecars(tmp)
        remove_sidecars(path)
    info = inspect_file(path)
    if unlock is not None:
        info = FileInfo(path, info.size, SCHEMA_VERSION, locked=True)
    return _open_checked(path, info, OpenReport(created=True), unlock)


def open_file(path: Path | str, *, create: bool = False, unlock: Unlock | None = None) -> Opened:
    """Open a WellPlan file (upgrading its schema after a backup if needed). With
    ``create``, a missing file is made. A file that isn't ours, is damaged, or is from a
    newer WellPlan raises a StorageError and is not changed in any way. A locked file needs
    ``unlock``: without it, Locked; with the wrong one, WrongPassphrase."""
    path = Path(path).expanduser().absolute()
    if create and not path.exists():
        return create_file(path)
    info = inspect_file(path)
    remove_stale_temps(path.parent, path.name)  # copies of it cut short by a crash
    remove_stale_temps(backup_dir(path))  # and of its backups
    report = OpenReport()
    if info.locked:
        info = unlocked_info(info, unlock)
        assert unlock is not None
        secured = lock_plain_backups(path, unlock)
        report = OpenReport(locked_backups=secured.locked, removed_backups=secured.removed)
    else:
        unlock = None  # a plain file needs no key (and a key would lock it by mistake)
    if info.needs_upgrade:
        with translated(path):
            backup = backup_before_upgrade(path, info.schema_version, unlock)
        report = dataclasses.replace(report, upgraded_from=info.schema_version, backup=backup)
    return _open_checked(path, info, report, unlock)


def _open_checked(
    path: Path, info: FileInfo, report: OpenReport, unlock: Unlock | None = None
) -> Opened:
    engine = make_engine(path, unlock)
    try:
        if info.schema_version < SCHEMA_VERSION:
            try:
                with translated(path):
                    _upgrade(engine)
            except Exception as exc:
                engine.dispose()
                raise _undo_upgrade(path, report, unlock, exc) from exc
        with translated(path), engine.connect() as conn:  # errors surface now
            conn.exec_driver_sql("SELECT count(*) FROM plan").scalar()
    except BaseException:
        engine.dispose()
        raise
    return Opened(path, engine, report, unlock)

"""The one session factory of an open WellPlan file: every store reads and writes through it.

Each ``session()`` is one short transaction. Before its first write is committed the whole
file is examined (storage/health.py), and a file found damaged, or moved or deleted while
open, is never written to: raising inside the transaction rolls the write back. Reads that
fail the way only damage makes them fail come out as DamagedFile naming the damaged plans.
Closing drops the engine and the key for good, so later use raises FileClosed instead of
quietly connecting again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from wellplan.domain.answers import AnswerError
from wellplan.domain.words import say
from wellplan.storage import errors as err
from wellplan.storage.connection import translated
from wellplan.storage.crypto import Unlock
from wellplan.storage.damage import damaged_error
from wellplan.storage.glance import Query
from wellplan.storage.health import CheckReport, examine


def aware(value: dt.datetime) -> dt.datetime:
    """A moment read from the file (stored in UTC without a zone) with its zone."""
    return value.replace(tzinfo=dt.UTC)


def dumps(value: Any) -> str:
    """An answer's value as the JSON kept in the file."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them so they still round-trip exactly
        text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text


def connection_query(connection: Any) -> Query:
    """Plain SQL with ``?`` parameters on a SQLAlchemy connection."""

    def query(sql: str, parameters: tuple[Any, ...]) -> list[Sequence[Any]]:
        return [tuple(row) for row in connection.exec_driver_sql(sql, parameters)]

    return query


def sql(s: Session) -> Query:
    """Plain SQL on the session's connection, for what the glance and the check share."""
    s.flush()  # the SQL reads the database, not the session
    return connection_query(s.connection())


class Sessions:
    """Short transactions on one open file, and what keeps them safe."""

    def __init__(self, path: Path, engine: Engine, unlock: Unlock | None = None) -> None:
        self.path = path
        self.unlock = unlock  # what opens this file, if it is locked with a passphrase
        self._open_engine: Engine | None = engine
        where = os.stat(path)
        self._where = (where.st_dev, where.st_ino)  # which file this is, to notice a move
        #: What the whole check found, once it has run (see health()); a damaged file is
        #: never written to again while it is open.
        self._health: CheckReport | None = None

    @property
    def engine(self) -> Engine:
        engine = self._open_engine
        if engine is None:
            raise err.FileClosed(
                say(
                    "storage",
                    "“{path}” was closed (or locked), so WellPlan can't read or write it now. Open it again to go on.",
                ).format(path=self.path.name)
            )
        return engine

    @property
    def closed(self) -> bool:
        return self._open_engine is None

    def close(self) -> None:
        """Close for good: every connection is closed and the key is let go (an engine
        merely disposed would quietly connect again)."""
        engine, self._open_engine = self._open_engine, None
        self.unlock = None
        if engine is not None:
            engine.dispose()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with (
            self._noticing_damage(),
            translated(self.path),
            Session(self.engine) as session,
            session.begin(),
        ):
            driver = session.connection().connection.driver_connection
            changes = driver.total_changes if driver is not None else 0
            yield session
            session.flush()  # what the ORM holds back is written now, so it is counted
            if driver is None or driver.total_changes != changes:
                self._check_still_there()  # before the commit: raising rolls it back
                self._check_healthy(session)

    # ---- damage --------------------------------------------------------------------------
    def health(self) -> CheckReport:
        """The file examined as ``wellplan check`` examines it (storage/health.py): SQLite's
        integrity and foreign key checks and every row. Runs once per open, then is
        remembered; a read that fails the way damage makes it fail runs it again."""
        if self._health is None:
            with translated(self.path), self.engine.connect() as conn:
                self._health = examine(
                    connection_query(conn), self.path, locked=self.unlock is not None
                )
        return self._health

    def require_healthy(self) -> None:
        """Raise DamagedFile (naming the damaged plans and the newest good backup) unless
        the whole check passes."""
        report = self.health()
        if not report.healthy:
            raise damaged_error(report, self.unlock)

    def _check_healthy(self, session: Session) -> None:
        """Before the first commit, examine the file (what this transaction wrote too); a
        file found damaged is never written to: raising here rolls the write back."""
        if self._health is None:
            self._health = examine(
                connection_query(session.connection()), self.path, locked=self.unlock is not None
            )
        if not self._health.healthy:
            raise damaged_error(self._health, self.unlock)

    @contextlib.contextmanager
    def _noticing_damage(self) -> Iterator[None]:
        """A read that fails the way damage makes it fail (JSON or a date that doesn't
        parse, text that isn't UTF-8, a column that isn't there) becomes DamagedFile, named
        by the whole check, and the file is written to no more. If the check finds nothing,
        the error is a fault of WellPlan's and is raised as it is."""
        try:
            yield
        except err.DamagedFile as exc:
            if exc.path is not None and self._health is not None and not self._health.healthy:
                raise
            report = self._recheck(exc)
            raise damaged_error(report, self.unlock) from exc
        except AnswerError:
            raise
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            IndexError,
            err.StorageError,
        ) as exc:
            if isinstance(exc, err.StorageError) and type(exc) is not err.StorageError:
                raise  # a full disk, a busy or missing file, a plan not there: not damage
            report = self._recheck(exc)
            if report.healthy:
                raise
            raise damaged_error(report, self.unlock) from exc

    def _recheck(self, exc: BaseException) -> CheckReport:
        self._health = None
        try:
            report = self.health()
        except err.StorageError as again:
            report = CheckReport(self.path, [str(again)])
        if isinstance(exc, err.DamagedFile) and report.healthy:
            report = CheckReport(self.path, [str(exc)])  # SQLite said so: believe it
        self._health = report
        return report

    def _check_still_there(self) -> None:
        """SQLite keeps writing to a file that was deleted or moved away while open, and
        everything written then is lost when it closes. Refuse writes instead, and say so
        (reading it still works, so Save As can copy everything)."""
        try:
            now = os.stat(self.path)
            same = (now.st_dev, now.st_ino) == self._where
        except OSError:
            same = False
        if not same:
            raise err.FileMissing(
                say(
                    "storage",
                    "“{path}” was moved or deleted while WellPlan had it open, so changes can't be saved to it.",
                ).format(path=self.path.name),
                window=say(
                    "storage",
                    "What you typed is still on the screen: use File ▸ Save As to keep everything in a new file.",
                ),
            )

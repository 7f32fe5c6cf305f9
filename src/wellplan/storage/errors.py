"""Typed storage errors. Each carries a message written for the person using the app:
what happened, whether anything was lost, and what to do next. Only gui/ shows them."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base class: ``str(error)`` is a plain message a person can act on."""

    title = "Something went wrong with your file"


class FileMissing(StorageError):
    title = "File not found"


class NotAWellPlanFile(StorageError):
    title = "Not a WellPlan file"


class DamagedFile(StorageError):
    """``path`` is the damaged file when known, ``plans`` the titles of the plans that can't
    be read, ``problems`` what the whole check found, and ``backup`` the newest backup of it
    that passes that check (the front end says how to restore it, in its own words)."""

    title = "This file looks damaged"

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        plans: tuple[str, ...] = (),
        problems: tuple[str, ...] = (),
        backup: Path | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.plans = plans
        self.problems = problems
        self.backup = backup


class NewerVersionFile(StorageError):
    title = "Made by a newer WellPlan"


class FileBusy(StorageError):
    title = "File in use"


class DiskFull(StorageError):
    title = "Not enough space"


class FileNotWritable(StorageError):
    title = "Can't save to this file"


class Locked(StorageError):
    title = "This file is locked"


class WrongPassphrase(StorageError):
    title = "That didn't unlock the file"

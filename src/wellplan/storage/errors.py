"""Typed storage errors. Each carries a message written for the person using the app:
what happened, whether anything was lost, and what to do next. Only gui/ shows them."""

from __future__ import annotations


class StorageError(Exception):
    """Base class: ``str(error)`` is a plain message a person can act on."""

    title = "Something went wrong with your file"


class FileMissing(StorageError):
    title = "File not found"


class NotAWellPlanFile(StorageError):
    title = "Not a WellPlan file"


class DamagedFile(StorageError):
    title = "This file looks damaged"


class NewerVersionFile(StorageError):
    title = "Made by a newer WellPlan"


class FileBusy(StorageError):
    title = "File in use"


class DiskFull(StorageError):
    title = "Not enough space"


class FileNotWritable(StorageError):
    title = "Can't save to this file"


class FileClosed(StorageError):
    """The file was closed (or locked away) and can't be used until it is opened again."""

    title = "This file is closed"


class Locked(StorageError):
    title = "This file is locked"


class WrongPassphrase(StorageError):
    title = "That didn't unlock the file"

"""Typed storage errors. Each carries a message written for the person using the app:
what happened, whether anything was lost, and what to do next. Only gui/ shows them."""

from __future__ import annotations

from pathlib import Path

from wellplan.domain.words import mark, said


class Title:
    """An error's title, said in the app's language each time it is read (the language can
    change while WellPlan runs)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __get__(self, obj: object, owner: object = None) -> str:
        return said("storage", self.text)


class StorageError(Exception):
    """Base class: ``str(error)`` is a plain message a person can act on, in the window.

    Advice that only makes sense in one place goes apart from the message: ``window`` (for
    example "Use File ▸ Save As…", or "What you typed is still on the screen") is added
    where the window shows it, ``terminal`` where a command prints it
    (:meth:`for_terminal`), so a terminal never tells anyone to use a menu it hasn't got."""

    title = Title(mark("storage", "Something went wrong with your file"))

    def __init__(self, message: str = "", *, window: str = "", terminal: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.window = window
        self.terminal = terminal

    def __str__(self) -> str:
        return " ".join(part for part in (self.message, self.window) if part)

    def for_terminal(self) -> str:
        return " ".join(part for part in (self.message, self.terminal) if part)


class FileMissing(StorageError):
    title = Title(mark("storage", "File not found"))


class NotAWellPlanFile(StorageError):
    title = Title(mark("storage", "Not a WellPlan file"))


class DamagedFile(StorageError):
    """``path`` is the damaged file when known, ``plans`` the titles of the plans that can't
    be read, ``problems`` what the whole check found, and ``backup`` the newest backup of it
    that passes that check (the front end says how to restore it, in its own words)."""

    title = Title(mark("storage", "This file looks damaged"))

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
    title = Title(mark("storage", "Made by a newer WellPlan"))


class FileBusy(StorageError):
    title = Title(mark("storage", "File in use"))


class DiskFull(StorageError):
    title = Title(mark("storage", "Not enough space"))


class FileNotWritable(StorageError):
    title = Title(mark("storage", "Can't save to this file"))


class FileClosed(StorageError):
    """The file was closed (or locked away) and can't be used until it is opened again."""

    title = Title(mark("storage", "This file is closed"))


class Locked(StorageError):
    title = Title(mark("storage", "This file is locked"))


class WrongPassphrase(StorageError):
    title = Title(mark("storage", "That didn't unlock the file"))


class NotFound(StorageError, KeyError):
    """A plan, version or record asked for by id isn't in the file (deleted, perhaps, by
    another window). A KeyError too, for code that looks things up by key."""

    title = Title(mark("storage", "Not in this file"))

    def __str__(self) -> str:  # KeyError's own would quote the message
        return StorageError.__str__(self)

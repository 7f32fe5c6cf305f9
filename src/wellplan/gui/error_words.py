"""What went wrong, in words chosen from the error's type, in the person's language.

Work done off the GUI thread reports the exception object itself (worker.py), so the window
can say what it means where it happened ("Couldn't make a backup: …"): never a class name
or Python's own message, and never storage's words meant for another moment (a full disk
while saving a backup is not "the last change couldn't be saved").
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from wellplan.storage import errors as err

_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)
_NOT_ALLOWED = (errno.EACCES, errno.EPERM, errno.EROFS)


def describe(error: BaseException) -> str:
    """A sentence or two for after "Couldn't …: ", saying what happened and what to do."""
    number = error.errno if isinstance(error, OSError) else None
    if isinstance(error, err.DiskFull) or number in _NO_SPACE:
        return QCoreApplication.translate(
            "errors",
            "The disk is full. Free up some space (empty the bin, or move large files), then "
            "try again.",
        )
    if isinstance(error, err.FileNotWritable | PermissionError) or number in _NOT_ALLOWED:
        return QCoreApplication.translate(
            "errors",
            "WellPlan isn't allowed to write there. Choose a folder you can write to, or make "
            "it writable.",
        )
    if isinstance(error, err.FileBusy):
        return QCoreApplication.translate(
            "errors", "Another program is using the file. Close it there, then try again."
        )
    if isinstance(error, err.FileMissing | FileNotFoundError):
        return QCoreApplication.translate("errors", "The file or its folder isn't there any more.")
    if isinstance(error, err.FileClosed):
        return QCoreApplication.translate(
            "errors", "The file was closed (or locked). Open it again to go on."
        )
    if isinstance(error, err.StorageError):  # damage, a passphrase, a newer file: its own words
        return str(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "errors", "The computer couldn't read or write a file (%1)."
        ).replace("%1", error.strerror or str(error))
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "errors", "There wasn't enough memory. Close some other programs, then try again."
        )
    return QCoreApplication.translate(
        "errors",
        "Something went wrong inside WellPlan (%1). Please try again; if it happens again, "
        "let us know what you were doing.",
    ).replace("%1", type(error).__name__)

"""The open plan file and what is done to it as a whole: open, unlock, lock away, change or
take off the passphrase, restore a backup, erase everything, save a copy.

No widgets: whatever must be asked or shown goes through an :class:`Asker` (the main
window's dialogs; a stand-in in tests), so every way these can fail is tested without a
window. What the window shows of the file (the plans, the autosaver) follows the
``opened`` signal. The storage layer is imported when the first file is opened, after the
window has painted the plans read straight from the file (see storage/glance.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from wellplan.gui import worker
from wellplan.gui.error_words import describe
from wellplan.gui.settings import Settings
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.domain.answers import AnswerValue
    from wellplan.storage.crypto import Unlock
    from wellplan.storage.document import PlanFile

T = TypeVar("T")


class Asker(Protocol):
    """What a FileSession asks of the window that shows it."""

    def show_error(self, title: str, text: str) -> None: ...

    def show_info(self, title: str, text: str) -> None: ...

    def confirm(
        self, title: str, text: str, yes: str, no: str, *, destructive: bool = False
    ) -> bool: ...

    def ask_passphrase(self, name: str, problem: str) -> str | None: ...

    def ask_new_passphrase(self, explanation: str) -> str | None: ...

    def show_recovery_key(self, key: str, name: str) -> None: ...

    def busy(self, text: str, work: Callable[[], T]) -> T:
        """Run ``work`` (a second or so: deriving a key, rewriting a file) while saying
        what is happening, and return its result or raise its error."""
        ...


def _plan_file() -> type[PlanFile]:
    from wellplan.storage.document import PlanFile

    return PlanFile


class FileSession(QObject):
    opened = Signal(object)  # the PlanFile now open (the one before is closed)
    lost = Signal()  # a file WellPlan closed itself couldn't be opened again: none is open
    status = Signal(str)  # what came of something the person did, to show and say
    trouble = Signal(str)  # something went wrong on its own (today's backup): said at once

    def __init__(self, asker: Asker, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asker = asker
        self.settings = settings
        self.doc: PlanFile | None = None
        self.locked: tuple[Path, int | None] | None = None  # file and plan, while locked
        self._backup_job: worker.Job | None = None

    # ---- opening -------------------------------------------------------------------------
    def open(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` (asking for its passphrase if it is locked) in place of the file
        open now, and say what opening did: a damaged file, backups locked, an update. False
        if nothing new was opened."""
        try:
            doc = self._open_unlocking(path, create)
        except StorageError as exc:
            self._show(exc)
            return False
        if doc is None:  # the person chose not to unlock it
            return False
        self.adopt(doc)
        if not self._say_if_damaged(doc):
            return True  # the newest good backup was put back, and is open now
        secured = len(doc.report.locked_backups) + len(doc.report.removed_backups)
        if secured:
            found = (
                self.tr("A backup of “%1” wasn't locked with its passphrase")
                if secured == 1
                else self.tr("%2 backups of “%1” weren't locked with its passphrase")
            )
            self.asker.show_info(
                self.tr("Your backups are locked now"),
                self.tr(
                    "%1 (a lock was cut short, perhaps when the computer stopped). WellPlan has "
                    "locked them now; any it couldn't read were deleted."
                ).replace("%1", found.replace("%2", str(secured)).replace("%1", path.name)),
            )
        if doc.report.backup is not None:
            self.asker.show_info(
                self.tr("Your file was updated"),
                self.tr(
                    "This version of WellPlan updated “%1” to its newer format. A copy of the file "
                    "as it was before is kept at:\n%2"
                )
                .replace("%1", path.name)
                .replace("%2", str(doc.report.backup)),
            )
        return True

    def create(self, path: Path) -> bool:
        """Start a new, empty file at ``path`` and work in it."""
        try:
            doc = _plan_file().create(path)
        except StorageError as exc:
            self._show(exc)
            return False
        self.adopt(doc)
        return True

    def adopt(self, doc: PlanFile) -> None:
        """Work in ``doc`` from now on (the file open before is closed), and make today's
        backup of it."""
        if self.doc is not None:
            self.doc.close()
        self.doc = doc
        self.settings.add_recent(doc.path)
        self.settings.set_last_file(doc.path)
        self.opened.emit(doc)
        self._daily_backup(doc.path)

    def _open_unlocking(self, path: Path, create: bool) -> PlanFile | None:
        """Open ``path``; if it is locked, ask for the passphrase as often as needed."""
        from wellplan.storage.errors import Locked, WrongPassphrase

        try:
            return _plan_file().open(path, create=create)
        except Locked:
            from wellplan.domain.words import said
            from wellplan.storage.crypto import UNAVAILABLE, CryptoUnavailable, available

            if not available():  # no use asking for a passphrase nothing here can use
                raise CryptoUnavailable(said("storage", UNAVAILABLE)) from None

        problem = ""
        while True:
            secret = self.asker.ask_passphrase(path.name, problem)
            if secret is None:
                return None
            try:
                return _plan_file().open(path, unlock=self.derive(path, secret))
            except WrongPassphrase as exc:
                problem = str(exc)

    def derive(self, path: Path, secret: str) -> Unlock:
        """The key from a passphrase or recovery key. Deriving it is slow on purpose (to
        slow down guessing), so it runs off the GUI thread."""
        from wellplan.storage.crypto import unlock_with

        return self.asker.busy(
            self.tr("Unlocking “%1”…").replace("%1", path.name),
            lambda: unlock_with(path, secret),
        )

    def _say_if_damaged(self, doc: PlanFile) -> bool:
        """A damaged file opens for reading only: say which plans are damaged and offer
        the newest backup that is whole (the damaged file is kept among the backups when
        it is restored). False if that backup was restored in its place."""
        from wellplan.storage.errors import DamagedFile

        try:
            doc.require_healthy()
        except DamagedFile as exc:
            text = str(exc)
            if exc.plans:
                text += "\n\n" + self.tr(
                    "Your other plans can still be read and printed, but nothing you change "
                    "can be saved in this file."
                )
            if exc.backup is None:
                self.asker.show_error(exc.title, text)
            elif self.asker.confirm(
                exc.title, text, self.tr("Restore the backup"), self.tr("Not now")
            ):
                return not self.restore(exc.backup)
        except StorageError as exc:
            self._show(exc)
        return True

    def _daily_backup(self, path: Path) -> None:
        """At most one verified backup a day, made in the background when a file opens."""
        from wellplan.storage.backups import daily_backup

        def failed(error: BaseException) -> None:
            self._backup_job = None
            self.trouble.emit(
                self.tr("Couldn't make today's backup: %1").replace("%1", describe(error))
            )

        def done(_made: object) -> None:
            self._backup_job = None

        unlock = self.doc.unlock if self.doc is not None else None
        self._backup_job = worker.start(lambda: daily_backup(path, unlock=unlock), done, failed)

    # ---- closing and opening again -------------------------------------------------------
    def close(self) -> tuple[Path, Unlock | None]:
        """Close the open file (after any backup or PDF of it under way has finished) so it
        can be rewritten or locked away; returns its path and key, to open it again."""
        assert self.doc is not None
        path, unlock = self.doc.path, self.doc.unlock
        worker.wait_for_work()
        self.doc.close()
        self.doc = None
        return path, unlock

    def reopen(self, path: Path, unlock: Unlock | None) -> bool:
        """Open ``path`` again after WellPlan itself closed it, with the same key."""
        try:
            doc = _plan_file().open(path, unlock=unlock)
        except StorageError as exc:
            self._show(exc)
            self.doc = None
            self.lost.emit()
            return False
        self.adopt(doc)
        return True

    def forget(self) -> None:
        """After locking: no finished job whose work knew the key is kept."""
        self._backup_job = None

    # ---- locking -------------------------------------------------------------------------
    def lock_away(self, plan_id: int | None) -> Path:
        """Close the file and let its key go; ``unlock`` opens it again (at ``plan_id``)."""
        path, _unlock = self.close()
        del _unlock
        self.forget()
        self.locked = (path, plan_id)
        return path

    def unlock(self, secret: str) -> int | None:
        """Open the file locked away, with a passphrase or recovery key; returns the plan
        that was open then. A wrong one raises WrongPassphrase (and the file stays locked)."""
        assert self.locked is not None
        path, plan_id = self.locked
        doc = _plan_file().open(path, unlock=self.derive(path, secret))
        self.locked = None
        self.adopt(doc)
        return plan_id

    def new_key(self, secret: str) -> Unlock:
        """A key for a new passphrase (slow on purpose, like unlocking)."""
        from wellplan.storage.crypto import new_unlock

        return self.asker.busy(
            self.tr("Making a key from your passphrase…"), lambda: new_unlock(secret)
        )

    def change_lock(self, new: Unlock | None) -> bool:
        """Lock the file with ``new`` (None: take the passphrase off), its backups too, and
        open it again. On failure the file is opened again as it was."""
        from wellplan.storage.locking import set_lock

        path, current = self.close()
        text = (
            self.tr("Locking your file and its backups…")
            if new is not None
            else self.tr("Taking the passphrase off your file and its backups…")
        )
        try:
            self.asker.busy(text, lambda: set_lock(path, current, new))
        except StorageError as exc:
            self._show(exc)
            self.reopen(path, current)  # the file as it was
            return False
        return self.reopen(path, new)

    def set_passphrase(self) -> bool:
        """Lock the open file with a passphrase, or change the one it has: ask for it, lock
        the file and its backups, and show the new recovery key."""
        assert self.doc is not None
        locked = self.doc.unlock is not None
        explanation = self.tr(
            "With a passphrase, “%1” can only be opened by someone who knows it. Choose one "
            "you will remember: if you forget it, only your recovery key (shown next) can open "
            "the file. No one else can, including us."
        ).replace("%1", self.doc.path.name)
        secret = self.asker.ask_new_passphrase(explanation)
        if secret is None:
            return False
        new = self.new_key(secret)
        if not self.change_lock(new) or self.doc is None:
            return False
        self.asker.show_recovery_key(new.recovery_key(), self.doc.path.name)
        self.status.emit(
            self.tr("The passphrase is changed.") if locked else self.tr("Your file is locked.")
        )
        return True

    def take_passphrase_off(self) -> bool:
        """After asking, take the passphrase off the open file and its backups."""
        assert self.doc is not None and self.doc.unlock is not None
        if not self.asker.confirm(
            self.tr("Take the passphrase off?"),
            self.tr(
                "Anyone who can use this computer account will be able to open “%1” and read "
                "your plans."
            ).replace("%1", self.doc.path.name),
            self.tr("Take it off"),
            self.tr("Keep the passphrase"),
        ):
            return False
        if not self.change_lock(None):
            return False
        self.status.emit(self.tr("Your file no longer has a passphrase."))
        return True

    # ---- backups, copies, erasing --------------------------------------------------------
    def restore(self, backup: Path) -> bool:
        """Put a backup in place of the open file: close it, restore, open it again. On
        failure the file is opened again, untouched."""
        from wellplan.storage.backups import restore

        path, unlock = self.close()
        try:
            restore(backup, path, unlock)
        except StorageError as exc:
            self._show(exc)
            self.reopen(path, unlock)  # the file as it was, untouched
            return False
        self.reopen(path, unlock)
        self.status.emit(self.restored_message())
        return True

    def restored_message(self) -> str:
        return self.tr("Restored. The file as it was before is kept in the backups too.")

    def save_copy(self, path: Path, pending: Mapping[tuple[int, str], AnswerValue]) -> bool:
        """Write a complete copy of the open file (with ``pending`` answers that couldn't be
        saved in it) to ``path``. False, after saying why, if it couldn't."""
        assert self.doc is not None
        try:
            self.doc.save_copy(path, pending)
        except StorageError as exc:
            self._show(exc)
            return False
        return True

    def confirm_erase(self) -> bool:
        """Ask, once and plainly, before everything in the open file is deleted."""
        from wellplan.storage.erase import traces

        assert self.doc is not None
        path = self.doc.path
        own = {Path(f"{path}{s}") for s in ("", "-wal", "-shm", "-journal")}
        copies = len([p for p in traces(path) if p not in own])
        return self.asker.confirm(
            self.tr("Delete everything in “%1”?").replace("%1", path.name),
            self.tr(
                "This deletes “%1”, every plan in it with its versions and signatures, and "
                "the %2 backups and other copies WellPlan keeps of it. It can't be undone: "
                "no one can bring them back, including us.\n\nPDFs you saved or printed are "
                "not touched."
            )
            .replace("%1", path.name)
            .replace("%2", str(copies)),
            self.tr("Delete everything"),
            self.tr("Keep my plans"),
            destructive=True,
        )

    def erase(self) -> Path:
        """Close the file and overwrite and remove it with every copy WellPlan keeps (the
        caller has asked). Returns its path; says so if something couldn't be deleted."""
        from wellplan.storage.erase import erase

        path, _unlock = self.close()
        del _unlock
        try:
            erase(path)
        except OSError as exc:
            self.asker.show_error(
                self.tr("Not everything could be deleted"),
                self.tr(
                    "WellPlan couldn't delete “%1”: %2. Close any other program using it, then try again."
                )
                .replace("%1", str(exc.filename or path))
                .replace("%2", exc.strerror or str(exc)),
            )
        self.settings.remove_recent(path)
        return path

    def _show(self, exc: StorageError) -> None:
        self.asker.show_error(exc.title, str(exc))

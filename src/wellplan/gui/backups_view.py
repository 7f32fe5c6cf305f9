"""File ▸ Backups: the verified copies WellPlan keeps of this file, and putting one back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellplan.gui import announced, dialogs, worker
from wellplan.gui.accessible import mark_heading
from wellplan.gui.error_words import describe
from wellplan.gui.style import hint_label
from wellplan.storage.backups import KIND_LABELS, BackupInfo, backup_dir, list_backups

if TYPE_CHECKING:
    from wellplan.storage.crypto import Unlock


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # Path of the backup to put back
    backed_up = Signal(object)  # Path of a backup just made

    def __init__(
        self, file: Path, parent: QWidget | None = None, unlock: Unlock | None = None
    ) -> None:
        super().__init__(parent)
        self.unlock = unlock  # the open file's key: backups of a locked file are locked too
        self.setObjectName("backups-dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.file = file
        self._job: worker.Job | None = None
        heading = QLabel(self.tr("Backups of “%1”").replace("%1", file.name), self)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        mark_heading(heading)
        self.list = QListWidget(self)
        self.list.setObjectName("backups-list")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.status = hint_label("", "why", self)
        self.status.setObjectName("backups-status")
        self.now_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.setObjectName("backups-restore")
        folder_button = QPushButton(self.tr("Show the &folder"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "WellPlan keeps a checked copy of this file each day you open it (the last "
                    "7 days and 4 weeks), and one before any restore. They stay on this "
                    "computer, in %1."
                ).replace("%1", str(backup_dir(file))),
                "why",
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        folder_button.clicked.connect(self.show_folder)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.load()
        dialogs.fit_to_screen(self, 720, 480)

    def load(self) -> None:
        self.list.clear()
        self.backups = list_backups(self.file, self.unlock)
        for info in self.backups:
            when = f"{info.created.day} {info.created:%B %Y, %H:%M}"
            lines = [f"{when} · {KIND_LABELS.get(info.kind, info.kind)} · {_size(info.size)}"]
            if not info.readable:
                lines.append(
                    self.tr(
                        "Can't be read (perhaps locked with an earlier passphrase): it won't "
                        "be used to restore."
                    )
                )
            elif info.plans:
                lines.append(", ".join(info.plans))
            else:
                lines.append(self.tr("No plans yet"))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        if not self.backups:
            self.status.setText(self.tr("No backups yet."))
        else:
            self.list.setCurrentRow(0)
        self._selected()

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return info if isinstance(info, BackupInfo) else None

    def _selected(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.readable)

    def say(self, text: str, *, assertive: bool = False) -> None:
        """Show an outcome in the status line and say it to screen readers."""
        announced.show_and_say(self.status, text, assertive=assertive)

    def back_up_now(self) -> None:
        """Back up in the background. The button stays where it is, enabled (a disabled
        one would lose the focus the person left on it); pressed again meanwhile, it waits
        for the backup under way."""
        from wellplan.storage.backups import backup_now

        if self._job is not None:
            return
        self.status.setText(self.tr("Making a backup…"))

        def done(path: Path) -> None:
            self._job = None
            self.load()
            done_text = self.tr("Backed up and checked.")
            self.say(done_text)
            self.backed_up.emit(path)

        def failed(error: BaseException) -> None:
            self._job = None
            problem = self.tr("Couldn't make a backup: %1")
            self.say(problem.replace("%1", describe(error)), assertive=True)

        unlock = self.unlock
        self._job = worker.start(
            lambda: backup_now(self.file, unlock=unlock),
            worker.while_alive(self, done),
            worker.while_alive(self, failed),
        )

    def busy_now(self) -> bool:
        return self._job is not None

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None or not info.readable:
            return
        when = f"{info.created.day} {info.created:%B %Y, %H:%M}"
        if dialogs.confirm(
            self,
            self.tr("Restore the backup from %1?").replace("%1", when),
            self.tr(
                "Your plans will be as they were on %1. Nothing is lost: the file as it is "
                "now is backed up first, and you can restore that backup too."
            ).replace("%1", when),
            self.tr("Restore"),
            self.tr("Cancel"),
        ):
            self.restore_requested.emit(info.path)

    def show_folder(self) -> None:
        folder = backup_dir(self.file)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            self.say(str(exc), assertive=True)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))  # a local folder, never the web

    def restored(self, ok: bool, message: str) -> None:
        self.say(message, assertive=not ok)
        if ok:
            self.load()

"""The one autosave mechanism: editors report changes here; at most ``delay_ms`` later (and
at once on page changes and closing) each pending answer goes to storage in one short call.

A change that can't be saved (full disk, file gone read-only) stays pending, is retried with
the next change or flush, and the window says so plainly. Nothing typed is dropped.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from wellplan.domain.answers import AnswerError
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.domain.answers import AnswerValue
    from wellplan.storage.document import PlanFile

DELAY_MS = 300  # well inside the half second the person is promised


class Autosaver(QObject):
    saving = Signal()
    saved = Signal(object)  # datetime of the last commit
    failed = Signal(str)  # a message for the person

    def __init__(
        self, doc: PlanFile, parent: QObject | None = None, delay_ms: int = DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.pending: dict[tuple[int, str], AnswerValue] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    def queue(self, plan_id: int, question_id: str, value: AnswerValue) -> None:
        self.pending[(plan_id, question_id)] = value
        if not self.timer.isActive():  # not restarted by each keystroke: saves even mid-typing
            self.timer.start()
            self.saving.emit()

    def flush(self) -> bool:
        """Save everything pending now. True when nothing is left unsaved."""
        self.timer.stop()
        last: dt.datetime | None = None
        for key in list(self.pending):
            plan_id, question_id = key
            value = self.pending[key]
            try:
                last = self.doc.save_answer(plan_id, question_id, value)
            except (StorageError, AnswerError) as exc:
                self.failed.emit(str(exc))
                return False
            if self.pending.get(key) is value:
                del self.pending[key]
        if last is not None:
            self.saved.emit(last)
        return True

"""A plan's undo history: each change to an answer is one step (typing in one answer is
one step until the person moves on), and Ctrl+Z and Ctrl+Shift+Z undo and redo anywhere
in the plan. The wizard (wizard.py) keeps the QUndoStack; the main window's Edit menu
offers the same steps."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QGroupBox, QWidget

from wellplan.domain.answers import AnswerError
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.gui.wizard import PlanWizard

#: A field that keeps its own undo (Ctrl+Z there undoes its typing, not a step of the
#: answers): a property set to True on it before the wizard watches its page.
OWN_UNDO = "own-undo"
WATCHED = "plan-undo"  # set on each control whose Ctrl+Z is the plan's


def takes_plan_undo(widget: QWidget | None) -> bool:
    """Whether Ctrl+Z (and Edit ▸ Undo) with ``widget`` focused is a step of the plan's
    history, rather than the field's own undo."""
    return widget is not None and widget.property(WATCHED) is True


class AnswerChange(QUndoCommand):
    """One step of the plan's undo history: an answer from ``before`` to ``after``."""

    def __init__(
        self,
        wizard: PlanWizard,
        question_id: str,
        before: Any,
        after: Any,
        text: str,
        *,
        typing: bool,
    ) -> None:
        super().__init__(text)
        self.wizard = wizard
        self.question_id = question_id
        self.before = before
        self.after = after
        self.typing = typing
        self.suggestion: tuple[str, str] | None = None  # (author, words) it accepted
        self._waiting: int | None = None  # the suggestion put back by undo, by id
        self._done = True  # pushed after the change was made: the first redo does nothing

    def id(self) -> int:
        return 24 if self.typing else -1  # typing merges with typing (same answer: below)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, AnswerChange)
            and other.typing
            and self.typing
            and other.question_id == self.question_id
        ):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.wizard.apply_answer(self.question_id, self.after)
        if self._waiting is not None:
            with contextlib.suppress(StorageError):
                self.wizard.doc.remove_suggestion(self._waiting)
            self._waiting = None
            self.wizard._show_suggestions()

    def undo(self) -> None:
        self.wizard.apply_answer(self.question_id, self.before)
        if self.suggestion is not None:
            author, words = self.suggestion
            with contextlib.suppress(StorageError, AnswerError):
                self._waiting = self.wizard.doc.add_suggestion(
                    self.wizard.plan_id, self.question_id, author, words
                ).id
            self.wizard._show_suggestions()


class UndoKeys(QObject):
    """Ctrl+Z and Ctrl+Shift+Z anywhere in the plan undo and redo in its history: in a
    text field too (its own undo would change its words without saving them), and before
    the window's own Undo (a shortcut of the same keys there would cancel one out)."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard

    def watch(self, root: QWidget) -> None:
        """Every control under ``root`` (a part just made, or the wizard as it is made),
        but the fields of a new person, medication or place, which are not an answer, and
        fields marked with :data:`OWN_UNDO` (the plan's title). Entries made later in a
        group (a goal, a path) are watched as they are made."""
        from wellplan.gui.step_editors import GroupEditor

        for group in [
            *root.findChildren(GroupEditor),
            *([root] if isinstance(root, GroupEditor) else []),
        ]:
            if group.property("undo-watched") is not True:
                group.setProperty("undo-watched", True)
                group.made.connect(self.watch)
        for widget in root.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.property(OWN_UNDO):
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not root:
                if isinstance(parent, QGroupBox) and parent.property("role") != "entry":
                    break  # a new record's form (an entry of a goal is part of the answer)
                parent = parent.parentWidget()
            else:
                widget.installEventFilter(self)
                widget.setProperty(WATCHED, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        for keys, step in (
            (QKeySequence.StandardKey.Undo, self.wizard.undo),
            (QKeySequence.StandardKey.Redo, self.wizard.redo),
        ):
            if event.matches(keys):
                if event.type() == QEvent.Type.KeyPress:
                    step()
                event.accept()
                return True
        return False

"""A QWizard built from a plan template: an intro page, then one page per section (the
pages are in wizard_pages.py).

Everything on the pages comes from the template: questions, "why we ask" lines, examples,
answer types and branching. Changes go to the autosaver; nothing here talks SQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from wellplan.domain.answers import AnswerError
from wellplan.domain.pad import (
    Readiness,
    check_readiness,
    profile_for,
)
from wellplan.domain.plans import PlanStatus, section_answered
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.suggestions import Suggestion, merged
from wellplan.domain.templates import AnswerType, Template, load_template
from wellplan.gui import announced, dialogs
from wellplan.gui.autosave import Autosaver
from wellplan.gui.editors import Editor
from wellplan.gui.plan_undo import AnswerChange, UndoKeys
from wellplan.gui.together import SuggestionPanel
from wellplan.gui.wizard_pages import INTRO_ID, IntroPage, SectionPage, SectionSidebar
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.storage.document import PlanFile


class PlanWizard(QWizard):
    """One plan, opened for writing. ``closed`` says whether the person pressed Done."""

    closed = Signal(bool)
    arrived = Signal()  # at a part (not one passed through on the way to another)

    def __init__(
        self, doc: PlanFile, autosaver: Autosaver, plan_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)  # lives inside the main window
        self.setObjectName("plan-wizard")
        self.doc = doc
        self.autosaver = autosaver
        self.plan_id = plan_id
        try:
            snapshot = doc.load_plan(plan_id)
        except StorageError:
            self.deleteLater()  # nothing to show: not left behind in its parent
            raise
        self.plan_title = snapshot.summary.title
        self.setAccessibleName(self.plan_title)  # the plan being written, not a nameless dialog
        self.review_by = snapshot.summary.review_by
        self.template: Template = load_template(snapshot.summary.kind)
        self.has_jurisdiction = self.template.question_of_type(AnswerType.JURISDICTION) is not None
        self.answers: dict[str, Any] = dict(snapshot.answers)
        self._position = (snapshot.position_section, snapshot.position_question)
        self.current_question = snapshot.position_question
        self._closed = False
        self._applying = False  # an answer put back by undo or redo: not a new step
        # every change to this plan's answers, to undo and redo (Ctrl+Z, Ctrl+Shift+Z);
        # the main window's Edit menu can offer it too (createUndoAction)
        self.undo_stack = QUndoStack(self)
        self.together = False
        self.supporter = ""  # the name of whoever suggested last, offered for the next one
        self.section_page_ids = {s.id: i for i, s in enumerate(self.template.sections, start=1)}

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # IndependentPages: Back never resets a page, and pages refresh themselves on showing
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Finish &later"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Go back to your plans. Everything is saved; you'll come back to this spot.")
        )
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
            ]
        )
        self.intro = IntroPage(self)
        self.pages_by_id: dict[int, SectionPage] = {}
        for section in self.template.sections:
            page = SectionPage(self, section)
            page_id = self.section_page_ids[section.id]
            self.setPage(page_id, page)
            self.pages_by_id[page_id] = page
        self._jumping = False  # going through parts on the way to another: none is built
        self._jump_target = -1  # ... but the one it goes to
        self.sidebar = SectionSidebar(self.template, self)
        self.setSideWidget(self.sidebar)
        self.sidebar.mark_all(
            {
                page_id: section_answered(page.section, self.answers)
                for page_id, page in self.pages_by_id.items()
            }
        )
        self.sidebar.jump.connect(self.go_to)
        # Tab goes through a part's fields, then the buttons under them, then the list of
        # parts, on every page: the same order for the intro (made first) as for the parts
        # made when first shown (Ctrl+L goes straight to the list)
        QWidget.setTabOrder(self.button(QWizard.WizardButton.FinishButton), self.sidebar.tree)
        self._sync_sidebar()
        self._show_suggestions()
        self.currentIdChanged.connect(self._page_changed)
        self.button(QWizard.WizardButton.BackButton).pressed.connect(self._back_pressed)
        self.customButtonClicked.connect(self._custom_button)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        QShortcut(
            QKeySequence(self.tr("Ctrl+L", "go to the list of parts")),
            self,
            self.sidebar.list.setFocus,
        )
        # On the last part Next is gone, and its key (Alt+N) would type into the field:
        # there it says how to finish instead. Only then: two shortcuts for one key would
        # cancel each other out.
        self._past_the_end = QShortcut(
            QKeySequence.mnemonic(self.buttonText(QWizard.WizardButton.NextButton)),
            self,
            self._at_the_end,
        )
        self._past_the_end.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._past_the_end.setEnabled(False)
        self._undo_keys = UndoKeys(self)
        self._undo_keys.watch(self)  # the first page, the buttons, the list of parts

    # ---- EditorContext -------------------------------------------------------------------
    def records(self, kind: RecordKind) -> Sequence[Record]:
        try:
            return self.doc.list_records(kind)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return []

    def add_record(self, kind: RecordKind, values: dict[str, str]) -> Record | None:
        try:
            return self.doc.add_record(kind, values)
        except (StorageError, AnswerError) as exc:
            dialogs.show_error(self, self.tr("Couldn't add this"), str(exc))
            return None

    # ---- the jurisdiction profile (PADs) --------------------------------------------------
    def features(self) -> frozenset[str] | None:
        """What the person's jurisdiction profile allows, or None for plans without one."""
        return profile_for(self.answers).features if self.has_jurisdiction else None

    def readiness(self) -> Readiness:
        return check_readiness(profile_for(self.answers), self.answers, self.template)

    def _profile_changed(self) -> None:
        """Re-check everything that depends on the profile; every answer is kept."""
        self.autosaver.flush()  # storage sets the review date that follows this profile
        with contextlib.suppress(StorageError):  # a failed read keeps the date shown
            self.review_by = self.doc.load_plan(self.plan_id).summary.review_by
        self.intro.show_review_date(self.review_by)
        for page in self.pages_by_id.values():
            page.update_visibility()
        self._sync_sidebar()

    def _sync_sidebar(self) -> None:
        visible = set(self.visible_page_ids())
        for page_id in self.pages_by_id:
            self.sidebar.items[page_id].setHidden(page_id not in visible)

    def set_review_date(self, day: QDate) -> None:
        self.review_by = dt.date(day.year(), day.month(), day.day())
        try:
            self.doc.set_review_by(self.plan_id, self.review_by)
        except StorageError as exc:
            self.autosaver.failed.emit(str(exc))

    # ---- together mode: suggestions -------------------------------------------------------
    def _panels(self) -> dict[str, SuggestionPanel]:
        return {
            qid: panel for page in self.pages_by_id.values() for qid, panel in page.panels.items()
        }

    def _editor(self, question_id: str) -> Editor:
        for page in self.pages_by_id.values():
            for editor in page.editors:
                if editor.question.id == question_id:
                    return editor
        raise KeyError(question_id)

    def set_together(self, on: bool) -> None:
        self.together = on
        for panel in self._panels().values():
            panel.set_together(on, self.supporter)

    def page_built(self, page: SectionPage) -> None:
        """A part was just filled: its suggestion panels start as the others are."""
        for panel in page.panels.values():
            panel.set_together(self.together, self.supporter)
        if page.panels:
            self._show_suggestions(page.panels)

    def _show_suggestions(self, panels: Mapping[str, SuggestionPanel] | None = None) -> None:
        try:
            waiting = self.doc.suggestions(self.plan_id)
        except StorageError as exc:
            self.autosaver.failed.emit(str(exc))
            return
        for qid, panel in (self._panels() if panels is None else panels).items():
            panel.show_suggestions([w for w in waiting if w.question_id == qid])

    def add_suggestion(self, question_id: str, author: str, text: str) -> None:
        """Keep a suggestion for ``question_id``. Its panel shows it, and any problem; a part
        not opened yet shows it when it is."""
        panel = self._panels().get(question_id)
        try:
            self.doc.add_suggestion(self.plan_id, question_id, author, text)
        except (AnswerError, StorageError) as exc:
            if panel is None:
                self.autosaver.failed.emit(str(exc))
                return
            panel.show_problem(str(exc))
            return
        self.supporter = author
        if panel is not None:
            panel.close_form()
        self._show_suggestions()
        self.announce(self.tr("Suggestion added. It isn't in the plan unless it's accepted."))

    def accept_suggestion(self, suggestion: Suggestion, text: str) -> None:
        """Add the words to the answer the way any typing is saved, then let the suggestion
        go (only once the answer is safely saved, so nothing is lost either way)."""
        editor = self._editor(suggestion.question_id)
        editor.set_value(merged(editor.question.type, editor.value(), text))
        editor.action = self.tr("accept the suggestion of %1").replace("%1", suggestion.author)
        self.editor_changed(editor)
        if not self.autosaver.flush():
            return  # the problem banner says why; the suggestion waits
        self._remove_suggestion(suggestion)
        step = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(step, AnswerChange) and step.question_id == suggestion.question_id:
            step.suggestion = (suggestion.author, suggestion.text)  # undone, it waits again
        self.announce(self.tr("Added to your plan."))

    def decline_suggestion(self, suggestion: Suggestion) -> None:
        self._remove_suggestion(suggestion)
        self.announce(self.tr("Suggestion declined. It isn't in your plan."))

    def _remove_suggestion(self, suggestion: Suggestion) -> None:
        try:
            self.doc.remove_suggestion(suggestion.id)
        except StorageError as exc:
            self.autosaver.failed.emit(str(exc))
            return
        self._show_suggestions()
        with contextlib.suppress(KeyError):
            self._editor(suggestion.question_id).focus_target().setFocus()

    def announce(self, message: str) -> None:
        """Say something to screen readers (and in the status bar, for everyone)."""
        announced.emit_for(self, message)

    # ---- changes -------------------------------------------------------------------------
    def editor_changed(self, editor: Editor) -> None:
        question = editor.question
        value = editor.value()
        action = editor.take_action()
        before = self.answers.get(question.id)
        if not self._applying:
            self._remember(question.id, before, value, action)
        self._take(editor, value)

    def _remember(self, question_id: str, before: Any, after: Any, action: str) -> None:
        """Put a change on the plan's undo stack. Typing in one answer is one step; each
        add, remove, move or choice is a step of its own. The plan as it was before a new
        step is saved first, so undoing never goes back to words that were never saved."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        typing_on = (
            not action
            and isinstance(top, AnswerChange)
            and top.typing
            and top.question_id == question_id
            and self.undo_stack.index() == self.undo_stack.count()
        )
        if before == after:
            # adding the line typed so far leaves the answer as it was (the line was part of
            # it): the step that typed it is named for what it turned out to be
            if action and isinstance(top, AnswerChange) and top.question_id == question_id:
                top.setText(action)
                top.typing = False
            return
        if not typing_on:
            self.autosaver.flush()
        editor = self._editor(question_id)
        words = action or self.tr("typing in “%1”").replace("%1", editor.question.text)
        self.undo_stack.push(
            AnswerChange(self, question_id, before, after, words, typing=not action)
        )

    def apply_answer(self, question_id: str, value: Any) -> Editor:
        """Put ``value`` back as the answer (undo and redo): on screen, in the part that
        asks it, and saved the way any change is."""
        editor = self.go_to_question(question_id)
        self._applying = True
        try:
            editor.set_value(value)
            self._take(editor, value)
        finally:
            self._applying = False
        editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def undo(self) -> None:
        self._step(self.undo_stack.canUndo(), self.undo_stack.undoText(), self.undo_stack.undo)

    def redo(self) -> None:
        self._step(self.undo_stack.canRedo(), self.undo_stack.redoText(), self.undo_stack.redo)

    def _step(self, can: bool, what: str, step: Callable[[], None]) -> None:
        if not can:
            self.announce(
                self.tr("Nothing to undo.")
                if step == self.undo_stack.undo
                else self.tr("Nothing to redo.")
            )
            return
        try:
            step()
        except KeyError:
            return  # the part that asks it is left out for now
        said = self.tr("Undone: %1") if step == self.undo_stack.undo else self.tr("Redone: %1")
        self.announce(said.replace("%1", what))

    def _take(self, editor: Editor, value: Any) -> None:
        question = editor.question
        self.answers[question.id] = value
        self.current_question = question.id
        self.autosaver.queue(self.plan_id, question.id, value)
        page = self.currentPage()
        if question.type is AnswerType.JURISDICTION:
            self._profile_changed()
        if isinstance(page, SectionPage):
            if question.type is AnswerType.CHOICE:
                page.update_visibility()
            self.sidebar.mark(self.currentId(), section_answered(page.section, self.answers))
        self._sync_last_page_keys()

    def where(self) -> str:
        """The part in front, by its title ("About this plan" for the first page)."""
        return self.sidebar.titles.get(self.currentId(), "")

    def rename(self, title: str) -> None:
        try:
            self.doc.rename_plan(self.plan_id, title)
            self.plan_title = title
            self.setAccessibleName(title)
        except StorageError as exc:
            self.autosaver.failed.emit(str(exc))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._closed:
            return
        widget = new
        while widget is not None and widget is not self:
            if isinstance(widget, Editor):
                self.current_question = widget.question.id
                return
            widget = widget.parentWidget()

    # ---- navigation ----------------------------------------------------------------------
    def nextId(self) -> int:
        """Skip sections whose branching condition isn't met."""
        current = self.currentId()
        features = self.features()
        for page_id in sorted(self.pages_by_id):
            if page_id > current and self.pages_by_id[page_id].section.visible(
                self.answers, features
            ):
                return page_id
        return -1

    def visible_page_ids(self) -> list[int]:
        features = self.features()
        pages = sorted(self.pages_by_id.items())
        return [INTRO_ID] + [i for i, p in pages if p.section.visible(self.answers, features)]

    def go_to(self, page_id: int) -> None:
        """Jump to any part: Back through history, or Next until it is reached."""
        if page_id == self.currentId() or page_id not in self.visible_page_ids():
            return
        self._jumping = True
        self._jump_target = page_id
        held = self._hold_focus(page_id)
        try:
            if page_id in self.visitedIds():
                while self.currentId() != page_id:
                    self.back()
            else:
                while self.currentId() != page_id:
                    before = self.currentId()
                    self.next()
                    if self.currentId() == before:
                        break
        finally:
            self._jumping = False
            held()
        self._page_changed(self.currentId())  # the part reached, now made and refreshed
        focused = QApplication.focusWidget()
        page = self.currentPage()
        if focused is None or page is None or not page.isAncestorOf(focused):
            self.focus_first_field()  # (QWizard gave the part's first field the focus)

    def _hold_focus(self, page_id: int) -> Callable[[], None]:
        """Keep the keyboard focus still while passing through other parts on the way to
        ``page_id``: QWizard gives each part it shows its first field (or Next, for a
        part not made yet), and a screen reader would announce each. A field of the part
        being left hands the focus to the list of parts (it would otherwise move on to
        whatever is next, as the part is hidden); the parts passed through are disabled for the moment, and each offers QWizard its
        stand-in, which can't take the focus. Only the part arrived at takes it. Returns
        what undoes this."""
        focused = QApplication.focusWidget()
        page = self.currentPage()
        if focused is not None and page is not None and page.isAncestorOf(focused):
            # the part is about to be hidden, and its field with it: the focus waits in
            # the list of parts (clearFocus would tell screen readers the field is focused)
            self.sidebar.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        target = self.pages_by_id.get(page_id)
        if target is not None:
            if target.built:
                target.lead_with_first_field()
            target.build()  # (going back, QWizard doesn't initialise it: made here)
        passed = [p for i, p in self.pages_by_id.items() if i != page_id and p is not page]
        for p in passed:
            p.setEnabled(False)
            p.stand_in.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        def undo() -> None:
            for p in passed:
                p.stand_in.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                p.setEnabled(True)

        return undo

    def go_to_question(self, question_id: str) -> Editor:
        """Go to the part that asks ``question_id`` and give its editor (KeyError if the
        plan doesn't ask it, or its part is left out for now)."""
        for page_id, page in self.pages_by_id.items():
            if any(question.id == question_id for question in page.section.questions):
                self.go_to(page_id)
                if self.currentPage() is page:
                    return self._editor(question_id)
        raise KeyError(question_id)

    def focus_first_field(self) -> None:
        page = self.currentPage()
        if isinstance(page, SectionPage):
            for editor in page.editors:
                if editor.isVisibleTo(page):
                    editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        elif page is self.intro:
            self.intro.title_edit.setFocus()

    def restore_position(self) -> None:
        """Return to the section and field where the person left off."""
        section_id, question_id = self._position
        if section_id in self.section_page_ids:
            self.go_to(self.section_page_ids[section_id])
        page = self.currentPage()
        if isinstance(page, SectionPage):
            for editor in page.editors:
                if editor.question.id == question_id:
                    editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        self.focus_first_field()

    def _at_the_end(self) -> None:
        done = self.buttonText(QWizard.WizardButton.FinishButton)
        keys = QKeySequence.mnemonic(done).toString(QKeySequence.SequenceFormat.NativeText)
        self.announce(
            self.tr("This is the last part. %1 (%2) finishes the plan.")
            .replace("%1", done.replace("&", ""))
            .replace("%2", keys)
        )

    def _sync_last_page_keys(self) -> None:
        self._past_the_end.setEnabled(self.nextId() == -1)

    def _page_changed(self, page_id: int) -> None:
        self._sync_last_page_keys()
        if self._jumping:
            return  # passed through on the way to another part (go_to)
        for part in self.pages_by_id.values():
            part.unlead()  # QWizard has given the focus: Tab goes in reading order again
        self.autosaver.flush()
        page = self.currentPage()
        if isinstance(page, SectionPage):
            page.build()
            page.refresh()
            focused = QApplication.focusWidget()
            if focused is None or not page.isAncestorOf(focused):
                self._focus_arrived(page)
        visible = self.visible_page_ids()
        step = visible.index(page_id) if page_id in visible else 0
        self.sidebar.show_current(page_id, step, len(visible) - 1)
        self.save_position()
        self.arrived.emit()

    def _focus_arrived(self, page: SectionPage) -> None:
        """The first field of the part just reached. QWizard looks for it only a little way
        along the focus chain, and a part made later is at its end, so it gives Next the
        focus instead; leaving Next again unmakes it the default button (the one Enter
        presses), which is made so again."""
        self.focus_first_field()
        last = self.nextId() == -1
        for which, default in (
            (QWizard.WizardButton.NextButton, not last),
            (QWizard.WizardButton.FinishButton, last),
        ):
            button = self.button(which)
            if isinstance(button, QPushButton):
                button.setDefault(default)

    def save_position(self) -> None:
        page = self.currentPage()
        section_id = page.section.id if isinstance(page, SectionPage) else ""
        question_id = self.current_question if isinstance(page, SectionPage) else ""
        if isinstance(page, SectionPage) and question_id not in page.blocks:
            question_id = ""
        try:
            self.doc.save_position(self.plan_id, section_id, question_id)
        except StorageError as exc:
            self.autosaver.failed.emit(str(exc))

    def validateCurrentPage(self) -> bool:
        """Called by Next before it moves on: the part it goes to is made ready to give
        its first field the focus (see SectionPage.lead_with_first_field)."""
        upcoming = self.pages_by_id.get(self.nextId())
        if upcoming is not None and upcoming.built and not self._jumping:
            upcoming.lead_with_first_field()
        return bool(super().validateCurrentPage())

    def _back_pressed(self) -> None:
        visited = self.visitedIds()
        previous = self.pages_by_id.get(visited[-2]) if len(visited) > 1 else None
        if previous is not None and previous.built:
            previous.lead_with_first_field()

    def page_id(self, page: QWizardPage) -> int:
        return next((i for i in self.pageIds() if self.page(i) is page), -1)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.finish(done=False)

    # ---- closing -------------------------------------------------------------------------
    def finish(self, *, done: bool) -> bool:
        """Save everything and close. Returns False (and stays open) if saving failed."""
        if self._closed:
            return True
        for page_id in self.pageIds():  # anything typed and not yet added goes in first
            page = self.page(page_id)
            for editor in page.editors if isinstance(page, SectionPage) else []:
                editor.finish_typing()
        if not self.autosaver.flush():
            return False
        self.save_position()
        if done:
            try:
                self.doc.set_status(self.plan_id, PlanStatus.COMPLETE)
            except StorageError as exc:
                self.autosaver.failed.emit(str(exc))
                return False
        self._closed = True  # stop following focus; Qt drops the connection when we're deleted
        self.closed.emit(done)
        return True

    def accept(self) -> None:  # Done on the last page
        self.finish(done=True)

    def reject(self) -> None:  # Esc: the same as Finish later, never "discard"
        self.finish(done=False)

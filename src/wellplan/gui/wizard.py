"""A QWizard built from a plan template: an intro page, then one page per section.

Everything on the pages comes from the template: questions, "why we ask" lines, examples,
answer types and branching. Changes go to the autosaver; nothing here talks SQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wellplan.domain.answers import AnswerError
from wellplan.domain.pad import (
    Level,
    Readiness,
    check_readiness,
    not_legal_advice,
    profile_for,
)
from wellplan.domain.plans import PlanStatus, section_answered
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.suggestions import SUGGESTIBLE, Suggestion, merged
from wellplan.domain.templates import AnswerType, Section, Template, load_template
from wellplan.gui import announced, dialogs
from wellplan.gui.accessible import mark_heading
from wellplan.gui.autosave import Autosaver
from wellplan.gui.editors import (
    DateField,
    Editor,
    PickEditor,
    RecordsEditor,
    make_editor,
    on_width_change,
)
from wellplan.gui.style import hint_label
from wellplan.gui.together import SuggestionPanel
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.storage.document import PlanFile

INTRO_ID = 0


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in view
    return area


class ReadinessPanel(QWidget):
    """The readiness check of a PAD against its jurisdiction profile, in plain words."""

    MARKS: ClassVar[dict[Level, str]] = {
        Level.MISSING: "✗",
        Level.CHECK: "•",
        Level.UNVERIFIED: "?",
        Level.DONE: "✓",
    }
    LABELS: ClassVar[dict[Level, str]] = {
        Level.MISSING: str(QT_TRANSLATE_NOOP("ReadinessPanel", "Still needed")),
        Level.CHECK: str(QT_TRANSLATE_NOOP("ReadinessPanel", "Good to know")),
        Level.UNVERIFIED: str(QT_TRANSLATE_NOOP("ReadinessPanel", "Not yet confirmed by WellPlan")),
        Level.DONE: str(QT_TRANSLATE_NOOP("ReadinessPanel", "Done")),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness")
        self.summary = QLabel(self)
        self.summary.setObjectName("readiness-summary")
        self.summary.setProperty("role", "question")
        self.summary.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("readiness-findings")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.body.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus
        )  # reachable by Tab, read by screen readers
        self.summary.setBuddy(self.body)
        self.advice = hint_label(not_legal_advice(), "notice", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.body)
        layout.addWidget(self.advice)

    def show_readiness(self, readiness: Readiness) -> None:
        profile = readiness.profile
        if readiness.ready:
            self.summary.setText(
                self.tr("Ready to sign under the rules for %1.").replace("%1", profile.name)
            )
        else:
            count = len(readiness.missing())
            text = (
                self.tr("%1 still needs one thing before signing.")
                if count == 1
                else self.tr("%1 still needs %2 things before signing.")
            )
            self.summary.setText(text.replace("%1", profile.name).replace("%2", str(count)))
        lines: list[str] = []
        for level in (Level.MISSING, Level.DONE, Level.CHECK, Level.UNVERIFIED):
            found = [f for f in readiness.findings if f.level is level]
            if found:
                lines.append(self.tr(self.LABELS[level]) + ":")
                lines.extend(f"  {self.MARKS[level]} {f.text}" for f in found)
                lines.append("")
        lines.append(
            self.tr("Law: %1 (last checked %2)")
            .replace("%1", profile.citation)
            .replace("%2", profile.last_checked.isoformat())
        )
        self.body.setText("\n".join(lines))
        self.body.setAccessibleName(self.summary.text())
        self.updateGeometry()  # the page makes room for the new text
        self.body.setAccessibleDescription(self.body.text())


class IntroPage(QWizardPage):
    """Put in the wizard empty, then filled in place (see SectionPage)."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__(wizard)  # owned by the wizard in C++, not by Python
        self.setObjectName("page:intro")
        wizard.setPage(INTRO_ID, self)
        template = wizard.template
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(content))
        layout = QVBoxLayout(content)
        heading = QLabel(template.title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        mark_heading(heading)
        layout.addWidget(heading)
        layout.addWidget(hint_label(template.intro, "intro"))
        name_label = QLabel(self.tr("Plan &title"))
        name_label.setProperty("role", "question")
        self.title_edit = QLineEdit(wizard.plan_title)
        self.title_edit.setObjectName("plan-title")
        self.title_edit.setAccessibleName(self.tr("Plan title"))
        name_label.setBuddy(self.title_edit)
        layout.addSpacing(12)
        layout.addWidget(name_label)
        title_help = hint_label(
            self.tr("This is how the plan is listed, and the title on anything you print."),
            "why",
        )
        self.title_edit.setAccessibleDescription(title_help.text())
        layout.addWidget(title_help)
        layout.addWidget(self.title_edit)
        review_label = QLabel(self.tr("&Review by"))
        review_label.setProperty("role", "question")
        self.review_edit = DateField()
        self.review_edit.setObjectName("review-by")
        self.review_edit.setDisplayFormat("d MMMM yyyy")
        self.review_edit.setAccessibleName(self.tr("Review by"))
        review_label.setBuddy(self.review_edit)
        layout.addSpacing(8)
        layout.addWidget(review_label)
        review_help = hint_label(
            self.tr("When to read this plan through again. Your plans list shows when it's due."),
            "why",
        )
        self.review_edit.setAccessibleDescription(review_help.text())
        layout.addWidget(review_help)
        layout.addWidget(self.review_edit, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_review_date(wizard.review_by)
        self.review_edit.dateChanged.connect(wizard.set_review_date)
        layout.addSpacing(12)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Every question is optional. Move on with Next (Alt+N) or Enter on an empty line, "
                    "go back with Back (Alt+B), or jump to any part from the list on the left. "
                    "Use Finish later (Alt+L) to stop at any point: everything is already saved."
                ),
                "why",
            )
        )
        layout.addStretch(1)
        if template.notice:
            layout.addWidget(hint_label(template.notice, "notice"))
        self.title_edit.textEdited.connect(wizard.rename)

    def show_review_date(self, day: dt.date | None) -> None:
        self.review_edit.blockSignals(True)
        if day is not None:
            self.review_edit.setDate(QDate(day.year, day.month, day.day))
        self.review_edit.blockSignals(False)


class SectionPage(QWizardPage):
    """One part of the plan. Made empty, and filled (build) the first time the person comes
    to it: opening a plan makes only the part they open it at (a WRAP has 14).

    Filled in its place in the wizard: with the app's style sheet, every widget put into a
    parent is restyled along with all it already holds, so filling a page in place restyles
    each widget about once, not once for each level it is nested in."""

    def __init__(self, wizard: PlanWizard, section: Section) -> None:
        super().__init__(wizard)  # owned by the wizard in C++, not by Python
        self.wizard_ = wizard
        self.section = section
        self.setObjectName(f"page:{section.id}")
        self.editors: list[Editor] = []
        self.blocks: dict[str, QWidget] = {}
        self.panels: dict[str, SuggestionPanel] = {}
        self.readiness: ReadinessPanel | None = None
        self.built = False
        # what QWizard finds to focus on this part while it is passed through on the way
        # to another (see PlanWizard._hold_focus); it never takes the focus itself
        self.stand_in = QWidget(self)
        self.stand_in.setFixedSize(0, 0)
        self.stand_in.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._led: tuple[QWidget, QWidget] | None = None  # see lead_with_first_field
        self.outer = QVBoxLayout(self)  # the scrolling content is made in build()
        self.outer.setContentsMargins(0, 0, 0, 0)
        # all the height the wizard has, made or not (an empty page would get only its own)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def initializePage(self) -> None:
        """Made before the wizard looks for what to focus on this page (QWizard then
        focuses its first field; made after, QWizard would focus Next, and the field
        only after that: two focus changes for a screen reader to follow)."""
        wizard = self.wizard_
        if not wizard._jumping or wizard._jump_target == wizard.page_id(self):
            self.build()

    def build(self) -> None:
        """Fill the page with its questions, once."""
        if self.built:
            return
        self.built = True
        wizard, section = self.wizard_, self.section
        content = QWidget()
        area = _scrolling(content)
        self.outer.addWidget(area)  # into the page while still empty
        if self.isVisible():
            area.show()  # at once: a layout would show it only after the events waiting
        content.hide()  # filled out of sight and shown whole, even on a page already showing
        layout = QVBoxLayout(content)
        layout.setSpacing(4)
        if section.part:
            layout.addWidget(hint_label(section.part.upper(), "part"))
        title = QLabel(section.title)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        mark_heading(title)
        layout.addWidget(title)
        if section.intro:
            layout.addWidget(hint_label(section.intro, "intro"))
        for question in section.questions:
            block = QWidget(content)
            block.setObjectName(f"block:{question.id}")
            b = QVBoxLayout(block)
            b.setContentsMargins(0, 14, 0, 4)
            b.setSpacing(3)
            label = QLabel(question.text)
            label.setWordWrap(True)
            label.setProperty("role", "question")
            b.addWidget(label)
            if question.why:
                b.addWidget(hint_label(question.why, "why"))
            example = None
            if question.example:
                example = hint_label(
                    self.tr("For example: %1").replace("%1", question.example), "example"
                )
                b.addWidget(example)
            editor = make_editor(question, wizard, block)
            if example is not None:
                editor.add_help(example.text())  # read with the fields, not only seen
            editor.set_value(wizard.answers.get(question.id))
            label.setBuddy(editor.focus_target())
            b.addWidget(editor)
            editor.changed.connect(lambda e=editor: wizard.editor_changed(e))
            self.editors.append(editor)
            if question.type in SUGGESTIBLE:
                panel = SuggestionPanel(question, block)
                panel.suggest.connect(wizard.add_suggestion)
                panel.accepted.connect(wizard.accept_suggestion)
                panel.declined.connect(wizard.decline_suggestion)
                b.addWidget(panel)
                self.panels[question.id] = panel
            self.blocks[question.id] = block
            layout.addWidget(block)
        if section.widget == "readiness":
            self.readiness = ReadinessPanel(content)
            layout.addWidget(self.readiness)
        layout.addStretch(1)
        self.update_visibility()
        content.show()
        self._chain_fields_after_page(area)
        self.lead_with_first_field()  # QWizard focuses it when the part is shown
        wizard._undo_keys.watch(content)
        wizard.page_built(self)

    def _chain_fields_after_page(self, area: QWidget) -> None:
        """Made after the window, the part's fields are at the end of its Tab chain: they
        go just after the part, where QWizard looks for the field to focus (it looks a
        little way only, then focuses Next: a detour a screen reader would announce).
        Tab goes through them in the same order as before."""
        fields: list[QWidget] = []
        widget: QWidget | None = area.nextInFocusChain()
        while widget is not None and widget is not area and len(fields) < 5000:
            if area.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        self.stand_in.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (an anchor needs one)
        previous = self.stand_in
        for field in fields:
            QWidget.setTabOrder(previous, field)
            previous = field
        self.stand_in.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def first_field(self) -> QWidget | None:
        """The field the person starts at: the first shown question's (a list's line to
        type in, not its items)."""
        for editor in self.editors:
            if editor.isVisibleTo(self):
                return editor.focus_target()
        return None

    def lead_with_first_field(self) -> None:
        """Put the first field first in the part's Tab chain for a moment, where QWizard
        looks for what to focus as it shows the part (see PlanWizard): so the focus goes
        there at once, not first to the field above it. :meth:`unlead` puts it back."""
        self.unlead()
        field = self.first_field()
        if field is None:
            return
        before: QWidget | None = field.previousInFocusChain()
        while (
            before is not None
            and before is not self.stand_in
            and before.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            before = before.previousInFocusChain()
        if before is None or before is self.stand_in:
            return  # first already
        self.stand_in.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QWidget.setTabOrder(self.stand_in, field)
        self.stand_in.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._led = (field, before)

    def unlead(self) -> None:
        """The first field back in its place in the Tab chain."""
        if self._led is not None:
            field, before = self._led
            self._led = None
            QWidget.setTabOrder(before, field)

    def refresh(self) -> None:
        """Refresh what depends on other answers: toolbox ticks, saved records, branching.
        Called every time the page is shown, whichever way the person arrived."""
        for editor in self.editors:
            if isinstance(editor, PickEditor):
                source = self.wizard_.answers.get(editor.question.source)
                editor.set_source_items(source if isinstance(source, list) else [])
            elif isinstance(editor, RecordsEditor):
                editor.refresh_choices()
        self.update_visibility()
        if self.readiness is not None:
            self.readiness.show_readiness(self.wizard_.readiness())

    def update_visibility(self) -> None:
        if not self.built:
            return  # building it will
        features = self.wizard_.features()
        for question in self.section.questions:
            self.blocks[question.id].setVisible(question.visible(self.wizard_.answers, features))


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
        but the fields of a new person, medication or place, which are not an answer."""
        for widget in root.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not root:
                if isinstance(parent, QGroupBox):  # a new record's form
                    break
                parent = parent.parentWidget()
            else:
                widget.installEventFilter(self)

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


def text_margin(view: QWidget) -> int:
    """The space an item view leaves on each side of an item's text: Qt's delegate's margin
    and the padding our style sheet gives the items."""
    from wellplan.gui.style import ITEM_SIDE_PADDING

    frame = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return frame + 1 + ITEM_SIDE_PADDING


class _SectionTree(QTreeWidget):
    """Enter opens the chosen part and stops there (item views pass Enter on, which would
    also press the wizard's Next button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item, 0)
            event.accept()
            return
        super().keyPressEvent(event)


class SectionSidebar(QWidget):
    """The parts of the plan, grouped as the template groups them; choose one to jump there."""

    jump = Signal(int)

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.tree = _SectionTree(self)
        self.tree.setObjectName("section-list")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)  # long titles wrap, never "…"
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setAccessibleName(self.tr("Parts of this plan"))
        self.tree.setAccessibleDescription(self.tr("Choose a part to go straight to it."))
        self.items: dict[int, QTreeWidgetItem] = {}
        self.titles: dict[int, str] = {}
        self._add(None, INTRO_ID, self.tr("About this plan"))
        group: QTreeWidgetItem | None = None
        part = ""
        for index, section in enumerate(template.sections, start=1):
            if section.part != part:
                group = None
                if section.part:
                    group = QTreeWidgetItem(self.tree, [section.part])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                part = section.part
            self._add(group, index, section.title)
        self.tree.expandAll()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, len(template.sections))
        self.progress.setAccessibleName(self.tr("Where you are in this plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.tree, 1)
        # the words go in a label, not over the bar, where part of them would sit on the
        # dark fill and be hard to read
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress-label")
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        on_width_change(self.tree, self._fit_rows)
        self._fit_width()

    def _fit_width(self) -> None:
        """About 24 characters wide: wider with larger text, so titles wrap rather than
        being cut short."""
        self.setFixedWidth(max(270, self.fontMetrics().averageCharWidth() * 24))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Give each title the height it needs wrapped at the list's width (a tree view
        doesn't grow its rows for wrapped text by itself, and would cut titles short).
        Measured without a scroll bar first, and with one only if the titles then need it:
        a scroll bar shown for a moment must not leave every title a line too tall."""
        full = self.tree.width() - 2 * self.tree.frameWidth()
        if self._fit_rows_at(full) > self.tree.viewport().height():
            self._fit_rows_at(full - self.tree.verticalScrollBar().sizeHint().width())

    def _fit_rows_at(self, width: int) -> int:
        """Size the rows for titles ``width`` wide; returns their total height."""
        metrics = self.tree.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap.value)
        text_margins = 2 * text_margin(self.tree)
        total = 0
        for item in self.tree.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        ):
            depth, parent = 0, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            room = max(40, width - depth * self.tree.indentation() - text_margins)
            need = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, item.text(0))
            item.setSizeHint(0, QSize(room, need.height() + 8))
            total += need.height() + 8
        return total

    @property
    def list(self) -> QTreeWidget:
        return self.tree

    def _add(self, group: QTreeWidgetItem | None, page_id: int, title: str) -> None:
        item = QTreeWidgetItem([title])
        item.setToolTip(0, title)
        item.setData(0, Qt.ItemDataRole.UserRole, page_id)
        if group is None:
            self.tree.addTopLevelItem(item)
        else:
            group.addChild(item)
        self.items[page_id] = item
        self.titles[page_id] = title

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        page_id = item.data(0, Qt.ItemDataRole.UserRole)
        if page_id is not None:
            self.jump.emit(int(page_id))

    def show_current(self, page_id: int, step: int, total: int) -> None:
        item = self.items.get(page_id)
        if item is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
        self.progress.setValue(step)
        if step == 0:  # the intro, before the first part
            where = self.tr("%1 parts to go through").replace("%1", str(total))
        else:
            where = self.tr("Part %1 of %2").replace("%1", str(step)).replace("%2", str(total))
        self.progress.setFormat(where)  # read by screen readers; shown in the label beside it
        self.progress_label.setText(where)

    def mark(self, page_id: int, answered: bool) -> None:
        if self._set_mark(page_id, answered):
            self._fit_rows()

    def mark_all(self, answered: dict[int, bool]) -> None:
        """Mark many parts at once, measuring the titles again once (not once a part)."""
        changed = [self._set_mark(page_id, value) for page_id, value in answered.items()]
        if any(changed):
            self._fit_rows()

    def _set_mark(self, page_id: int, answered: bool) -> bool:
        """Tick the part's title, or not; says whether its text changed (and so its rows
        must be measured again)."""
        item = self.items[page_id]
        title = self.titles[page_id]
        text = f"{title}  ✓" if answered else title
        if item.text(0) == text:
            return False
        item.setText(0, text)
        item.setToolTip(0, self.tr("%1 (has answers)").replace("%1", title) if answered else title)
        return True


class PlanWizard(QWizard):
    """One plan, opened for writing. ``closed`` says whether the person pressed Done."""

    closed = Signal(bool)

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

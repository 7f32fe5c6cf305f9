"""The pages of the plan wizard: the intro, one page per section of the template, the
sidebar listing the parts, and the readiness panel of a PAD. The wizard itself (wizard.py)
moves between them and hands changes to the autosaver."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wellplan.domain.pad import (
    Level,
    Readiness,
    not_legal_advice,
)
from wellplan.domain.suggestions import SUGGESTIBLE
from wellplan.domain.templates import Section, Template
from wellplan.gui.accessible import mark_heading
from wellplan.gui.editors import DateField, Editor, PickEditor, on_width_change
from wellplan.gui.plan_undo import OWN_UNDO
from wellplan.gui.step_editors import GroupEditor
from wellplan.gui.structured_editors import RecordsEditor, make_editor
from wellplan.gui.style import hint_label
from wellplan.gui.together import SuggestionPanel

if TYPE_CHECKING:
    from wellplan.gui.wizard import PlanWizard

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
        self.title_edit.setProperty(OWN_UNDO, True)  # not an answer: Ctrl+Z undoes its typing
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
        if section.tips:  # reminders, as a list (read by Tab like the readiness findings)
            tips = hint_label(tips_text(section), "tips")
            tips.setObjectName(f"tips:{section.id}")
            tips.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            tips.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            tips.setAccessibleName(section.tips_title)
            tips.setAccessibleDescription(tips_text(section))
            layout.addWidget(tips)
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
            elif isinstance(editor, GroupEditor):  # goals and paths: their people and places
                for inner in editor.editors():
                    if isinstance(inner, RecordsEditor):
                        inner.refresh_choices()
        self.update_visibility()
        if self.readiness is not None:
            self.readiness.show_readiness(self.wizard_.readiness())

    def update_visibility(self) -> None:
        if not self.built:
            return  # building it will
        features = self.wizard_.features()
        for question in self.section.questions:
            self.blocks[question.id].setVisible(question.visible(self.wizard_.answers, features))


def tips_text(section: Section) -> str:
    """A section's reminders as lines: its title, each tip, then its note."""
    lines = [section.tips_title, *(f"  •  {tip}" for tip in section.tips)]
    return "\n".join([*lines, section.tips_note] if section.tips_note else lines)


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

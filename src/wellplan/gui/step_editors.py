"""Editors for the answers a plan about the person's life asks (goals, meetings): options
ticked from the template's own list, steps ticked done with the date, and groups of
entries (goals, paths) that each ask the same fields. Like every editor, they have
``value()``, ``set_value()`` and ``changed``, and none of them saves anything itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.answers import is_answered
from wellplan.domain.present import title_field
from wellplan.domain.templates import Question
from wellplan.domain.words import day
from wellplan.gui import dialogs
from wellplan.gui.editors import (
    AddLine,
    Editor,
    EditorContext,
    ListEditor,
    SubmitLine,
    on_width_change,
    show_rows,
    small_button,
)
from wellplan.gui.style import hint_label

if TYPE_CHECKING:
    from wellplan.domain.answers import AnswerValue

#: Makes the editor for a question (structured_editors.make_editor, handed in).
MakeEditor = Callable[[Question, EditorContext, QWidget], Editor]


def today() -> dt.date:
    """The day a step ticked now is done on."""
    return dt.date.today()


def _fit_list(view: QListWidget) -> None:
    """A list as tall as its rows (a handful of options never scrolls)."""
    rows = sum(view.sizeHintForRow(r) + 2 * view.spacing() for r in range(view.count()))
    view.setFixedHeight(rows + 2 * view.frameWidth() + 4)


class OptionsEditor(Editor):
    """The template's own options to tick (Space ticks), and the person's own to add."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.options = QListWidget(self)
        self.options.setWordWrap(True)
        self.options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.describe(self.options)
        for option in question.options:
            item = QListWidgetItem(option.label)
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.options.addItem(item)
        ticks = QLabel(self.tr("Tick any that fit (Space ticks):"), self)
        ticks.setBuddy(self.options)
        ticks.setWordWrap(True)
        self.own = ListEditor(
            question, self, name=self.tr("Your own for: %1").replace("%1", question.text)
        )
        own_label = QLabel(self.tr("Your own:"), self)
        own_label.setBuddy(self.own.add_line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ticks)
        layout.addWidget(self.options)
        layout.addWidget(own_label)
        layout.addWidget(self.own)
        self._unknown: list[str] = []  # ticked options an older template had
        self.options.itemChanged.connect(self._ticked_changed)
        self.own.changed.connect(lambda: self.act(self.own.take_action()))
        on_width_change(self.options, lambda: _fit_list(self.options))

    def _ticked_changed(self, item: QListWidgetItem) -> None:
        """Ticking or unticking is one step to undo, named by what it ticked."""
        ticked = item.checkState() == Qt.CheckState.Checked
        words = self.tr("tick “%1”") if ticked else self.tr("untick “%1”")
        self.act(words.replace("%1", item.text()))

    def value(self) -> dict[str, list[str]]:
        chosen = [
            str(self.options.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.options.count())
            if self.options.item(i).checkState() == Qt.CheckState.Checked
        ]
        return {"chosen": chosen + self._unknown, "own": self.own.value()}

    def set_value(self, value: AnswerValue | None) -> None:
        value = value if isinstance(value, dict) else {}
        chosen = [str(v) for v in value.get("chosen", [])]
        self.options.blockSignals(True)
        for i in range(self.options.count()):
            item = self.options.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.options.blockSignals(False)
        known = {o.id for o in self.question.options}
        self._unknown = [c for c in chosen if c not in known]
        self.own.set_value(value.get("own", []))

    def focus_target(self) -> QWidget:
        return self.options

    def finish_typing(self) -> None:
        self.own.finish_typing()


class _StepKeys(QObject):
    """In the steps table: Delete removes a step; Alt+Up and Alt+Down move it."""

    def __init__(self, editor: StepsEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            table = self.editor.table
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if (
                event.key() == Qt.Key.Key_Delete
                and table.state() != QAbstractItemView.State.EditingState
            ):
                self.editor.remove_selected()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.editor.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return False


class StepsEditor(Editor):
    """Steps in the person's order: each with when (and who, if the question asks), ticked
    done with the day it was ticked. Type a step, Tab to say when, Enter adds it; in the
    table, Space ticks the step done (or not), F2 changes its words."""

    MAX_VISIBLE_ROWS = 8

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.keys = ["done", "text", *(["who"] if question.note_label else []), "when"]
        self.table = QTableWidget(0, len(self.keys), self)
        self.table.setHorizontalHeaderLabels(
            [
                {
                    "done": self.tr("Done"),
                    "text": self.tr("Step"),
                    "who": question.note_label,
                    "when": self.tr("When"),
                }[k]
                for k in self.keys
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.describe(self.table)
        self.table.setAccessibleDescription(
            self.tr("Space ticks a step done; F2 changes its words; Delete removes it.")
        )
        self.table.installEventFilter(_StepKeys(self))
        self.table.setVisible(False)
        self.remove_button = small_button(
            self.tr("Remove"), self.tr("Remove the selected step (Delete)"), self
        )
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.remove_button.setProperty("keyboard", "Delete")
        self.remove_button.setVisible(False)

        self.add_line = AddLine(self)
        self.add_line.setPlaceholderText(question.placeholder or self.tr("Add a step"))
        self.describe(self.add_line, self.tr("Add a step to: %1").replace("%1", question.text))
        self.who_line: SubmitLine | None = None
        if question.note_label:
            self.who_line = SubmitLine(self)
            self.who_line.setPlaceholderText(question.note_label)
            self.who_line.setAccessibleName(
                self.tr("%1, for the step being added").replace("%1", question.note_label)
            )
        self.when_line = SubmitLine(self)
        self.when_line.setPlaceholderText(self.tr("When? (optional)"))
        self.when_line.setAccessibleName(self.tr("When, for the step being added"))
        self.add_button = small_button(self.tr("Add"), self.tr("Add this step"), self)

        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_line, 3)
        if self.who_line is not None:
            add_row.addWidget(self.who_line, 2)
        add_row.addWidget(self.when_line, 2)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(remove_row)
        layout.addLayout(add_row)

        self.add_line.submitted.connect(lambda _t: self._add_typed())
        for line in (self.when_line, self.who_line):
            if line is not None:
                line.submitted.connect(lambda _t: self._add_typed())
        self.add_line.textEdited.connect(self.changed)  # an unfinished step is saved too
        self.add_button.clicked.connect(self._add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._item_changed)
        header.sectionResized.connect(lambda *_: self._sync())

    # ---- rows ----------------------------------------------------------------------------
    def _append(self, step: dict[str, str]) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.keys):
            if key == "done":
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                self._show_done(item, step.get("done", ""))
            else:
                item = QTableWidgetItem(step.get(key, ""))
                _name_if_blank(item)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _show_done(self, item: QTableWidgetItem, done: str) -> None:
        item.setData(Qt.ItemDataRole.UserRole, done)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        item.setText(day(dt.date.fromisoformat(done)) if done else "")
        step = self.tr("done on %1").replace("%1", item.text()) if done else self.tr("not done")
        item.setToolTip(step)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, step)  # read, where a tick is seen

    def _step_text(self, row: int) -> str:
        item = self.table.item(row, 1)
        return item.text() if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            ticked = item.checkState() == Qt.CheckState.Checked
            had = str(item.data(Qt.ItemDataRole.UserRole) or "")
            if ticked != bool(had):
                self.table.blockSignals(True)
                self._show_done(item, today().isoformat() if ticked else "")
                self.table.blockSignals(False)
                self._sync()
                words = self.tr("tick “%1” done") if ticked else self.tr("untick “%1”")
                self.act(words.replace("%1", self._step_text(item.row())))
                return
        elif item.column() == 1 and not item.text().strip():  # emptied: the step is removed
            self.table.removeRow(item.row())
            self._sync()
            self.act(self.tr("remove a step"))
            return
        self.table.blockSignals(True)
        _name_if_blank(item)
        self.table.blockSignals(False)
        self.changed.emit()  # typing in a step: undone with the rest of the typing

    def _add_typed(self) -> None:
        text = self.add_line.text()
        if not text.strip():
            self.add_line.setFocus()
            return
        step = {
            "text": text,
            "who": self.who_line.text() if self.who_line is not None else "",
            "when": self.when_line.text(),
            "done": "",
        }
        for line in (self.add_line, self.when_line, self.who_line):
            if line is not None:
                line.clear()  # before the change is told: the answer holds the step once
        self._append(step)
        self._sync()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.act(self.tr("add “%1”").replace("%1", text.strip()))
        self.add_line.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            text = self._step_text(row)
            self.table.removeRow(row)
            self._sync()
            self.act(self.tr("remove “%1”").replace("%1", text))

    def move_selected(self, step: int) -> None:
        row, column = self.table.currentRow(), max(self.table.currentColumn(), 0)
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        steps = self._steps()
        steps.insert(target, steps.pop(row))
        self._fill(steps)
        self.table.setCurrentCell(target, column)
        self.act(self.tr("move “%1”").replace("%1", steps[target]["text"]))

    def _sync(self) -> None:
        show_rows(self.table, [self.remove_button], self.MAX_VISIBLE_ROWS)

    def _steps(self) -> list[dict[str, str]]:
        steps = []
        for row in range(self.table.rowCount()):
            step = {"text": "", "who": "", "when": "", "done": ""}
            for column, key in enumerate(self.keys):
                item = self.table.item(row, column)
                if item is None:
                    continue
                if key == "done":
                    step["done"] = str(item.data(Qt.ItemDataRole.UserRole) or "")
                else:
                    step[key] = item.text()
            steps.append(step)
        return steps

    def _fill(self, steps: list[dict[str, str]]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)
        self._sync()

    # ---- the editor ----------------------------------------------------------------------
    def value(self) -> list[dict[str, str]]:
        """The steps, and one being typed but not yet added (saved like any typing)."""
        steps = self._steps()
        if self.add_line.text().strip():
            steps.append(
                {
                    "text": self.add_line.text(),
                    "who": self.who_line.text() if self.who_line is not None else "",
                    "when": self.when_line.text(),
                    "done": "",
                }
            )
        return steps

    def set_value(self, value: AnswerValue | None) -> None:
        for line in (self.add_line, self.when_line, self.who_line):
            if line is not None:
                line.clear()  # anything typed there is in ``value`` already
        steps = [
            {k: str(step.get(k, "")) for k in ("text", "who", "when", "done")}
            for step in (value if isinstance(value, list) else [])
            if isinstance(step, dict)
        ]
        self._fill(steps)
        if steps:
            self.table.setCurrentCell(0, 0)

    def focus_target(self) -> QWidget:
        return self.add_line


def _name_if_blank(item: QTableWidgetItem) -> None:
    """A cell with nothing in it is read as "blank", not as nothing at all (as in the
    tables of people and places)."""
    blank = not item.text().strip()
    item.setData(
        Qt.ItemDataRole.AccessibleTextRole,
        QCoreApplication.translate("TableEditor", "blank") if blank else None,
    )


def _entry_box(widget: QWidget) -> QWidget | None:
    """The entry (a goal, a path) ``widget`` is in: the nearest."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.property("role") == "entry":
            return parent
        parent = parent.parentWidget()
    return None


def _segment(box: QWidget) -> list[QWidget]:
    """``box`` and what it holds, in the window's Tab order (made together, they follow
    each other in it)."""
    found = [box]
    widget = box.nextInFocusChain()
    while widget is not None and widget is not box and box.isAncestorOf(widget):
        found.append(widget)
        widget = widget.nextInFocusChain()
    return found


@dataclass
class _Entry:
    """One goal (or path) on the page: its box and the editor of each field."""

    box: QGroupBox
    heading: QLabel
    editors: list[Editor]
    remove: QPushButton


class GroupEditor(Editor):
    """Entries the person adds, each asking the group's fields (a goal: what I want, why
    it matters, its paths...). Each entry is a titled box; Add makes another and goes to
    its first field; Remove takes one out (asking first when it holds words)."""

    made = Signal(QWidget)  # an entry's box, just made (the plan's undo keys watch it)

    def __init__(
        self,
        question: Question,
        context: EditorContext,
        make: MakeEditor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.context = context
        self.make = make
        self.entries: list[_Entry] = []
        self.place = ""  # the entry this group is in ("Goal 2"), for screen readers
        self.holder = QVBoxLayout()
        self.holder.setContentsMargins(0, 0, 0, 0)
        self.holder.setSpacing(10)
        self.add_button = QPushButton(question.add_label, self)
        self.add_button.setObjectName(f"add:{question.id}")
        self.add_button.setAccessibleDescription(question.why)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.holder)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(self.add_entry)

    # ---- entries -------------------------------------------------------------------------
    def _name(self, number: int) -> str:
        return f"{self.question.item} {number}"

    def _entry(self, value: dict[str, Any]) -> _Entry:
        number = len(self.entries) + 1
        box = QGroupBox(self)
        box.setObjectName(f"entry:{self.question.id}")
        box.setProperty("role", "entry")
        inner = QVBoxLayout(box)
        inner.setSpacing(3)
        heading = QLabel(self._name(number), box)
        heading.setProperty("role", "entry")
        heading.setProperty("heading", True)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(heading)
        editors: list[Editor] = []
        for field in self.question.fields:
            label = QLabel(field.text, box)
            label.setWordWrap(True)
            label.setProperty("role", "question")
            inner.addSpacing(6)
            inner.addWidget(label)
            if field.why:
                inner.addWidget(hint_label(field.why, "why", box))
            if field.example:
                inner.addWidget(
                    hint_label(self.tr("For example: %1").replace("%1", field.example), "example")
                )
            editor = self.make(field, self.context, box)
            if field.example:  # read with the fields, not only seen (as on a page)
                editor.add_help(self.tr("For example: %1").replace("%1", field.example))
            editor.set_value(value.get(field.key))
            label.setBuddy(editor.focus_target())
            inner.addWidget(editor)
            editor.changed.connect(lambda e=editor: self._changed(e))
            editors.append(editor)
        remove = small_button(self.tr("Remove"), "", box)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(remove)
        inner.addLayout(remove_row)
        entry = _Entry(box, heading, editors, remove)
        remove.clicked.connect(lambda: self.remove_entry(entry))
        return entry

    def _retitle(self) -> None:
        """Each box says which entry it is and, once written, what it is."""
        field = title_field(self.question)
        for number, entry in enumerate(self.entries, start=1):
            name = self._name(number)
            words = ""
            if field is not None:
                value = entry.editors[self.question.fields.index(field)].value()
                words = value.strip() if isinstance(value, str) else ""
            entry.heading.setText(f"{name}: {words}" if words else name)
            entry.box.setAccessibleName(entry.heading.text())
            remove = self.tr("Remove %1").replace("%1", name)
            entry.remove.setToolTip(remove)
            entry.remove.setAccessibleName(remove)
            self._place(entry, f"{self.place}, {name}" if self.place else name)

    def _place(self, entry: _Entry, place: str) -> None:
        """Each button in an entry says which entry it is in ("Goal 2, Path 1"), so a screen
        reader doesn't hear the same words for each goal; groups inside it say so too."""
        for button in entry.box.findChildren(QAbstractButton):
            if _entry_box(button) is not entry.box:
                continue
            plain = button.property("plain-description")
            if plain is None:
                plain = button.accessibleDescription()
                button.setProperty("plain-description", plain)
            button.setAccessibleDescription(f"{place}. {plain}" if plain else place)
        for group in entry.box.findChildren(GroupEditor):
            if _entry_box(group) is entry.box and group.place != place:
                group.place = place
                group._retitle()

    def add_entry(self) -> None:
        if self.question.most and len(self.entries) >= self.question.most:
            return
        before = self.add_button.previousInFocusChain() or self
        entry = self._entry({})
        self.entries.append(entry)
        self.holder.addWidget(entry.box)
        entry.box.show()  # now, not when the layout gets to it: its fields take focus at once
        # made now, its fields are last in the window's Tab order: put them before Add
        previous = before
        for widget in _segment(entry.box):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._retitle()
        self._sync()
        self.made.emit(entry.box)
        self.act(self.tr("add “%1”").replace("%1", self._name(len(self.entries))))
        entry.editors[0].focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_entry(self, entry: _Entry) -> None:
        index = self.entries.index(entry)
        values = self._entry_value(entry)
        if any(is_answered(f, values.get(f.key)) for f in self.question.fields):
            name = entry.heading.text()
            if not dialogs.confirm(
                self,
                self.tr("Remove this?"),
                self.tr("Remove “%1” and everything written in it?").replace("%1", name),
                self.tr("Remove it"),
                self.tr("Keep it"),
                destructive=True,
            ):
                return
        name = entry.heading.text()
        self.entries.pop(index)
        entry.box.hide()
        entry.box.deleteLater()
        self._retitle()
        self._sync()
        self.act(self.tr("remove “%1”").replace("%1", name))
        after = self.entries[index] if index < len(self.entries) else None
        target = after.remove if after is not None else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync(self) -> None:
        full = bool(self.question.most) and len(self.entries) >= self.question.most
        self.add_button.setEnabled(not full)

    def _changed(self, editor: Editor) -> None:
        """A change in an entry's field: the same step to undo as in the field alone (a
        tick, an added step; typing is typing)."""
        self._retitle()
        self.act(editor.take_action())

    def _entry_value(self, entry: _Entry) -> dict[str, Any]:
        return {
            field.key: editor.value()
            for field, editor in zip(self.question.fields, entry.editors, strict=True)
        }

    # ---- the editor ----------------------------------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        return [self._entry_value(entry) for entry in self.entries]

    def set_value(self, value: AnswerValue | None) -> None:
        for entry in self.entries:
            entry.box.hide()
            entry.box.deleteLater()
        self.entries = []
        for item in value if isinstance(value, list) else []:
            entry = self._entry(dict(item) if isinstance(item, dict) else {})
            self.entries.append(entry)
            self.holder.addWidget(entry.box)
            entry.box.show()
            self.made.emit(entry.box)
        if self.entries:  # made after Add, the entries come before it in Tab order
            QWidget.setTabOrder(_segment(self.entries[-1].box)[-1], self.add_button)
        self._retitle()
        self._sync()

    def focus_target(self) -> QWidget:
        if self.entries:
            return self.entries[0].editors[0].focus_target()
        return self.add_button

    def finish_typing(self) -> None:
        for entry in self.entries:
            for editor in entry.editors:
                editor.finish_typing()

    def editors(self) -> list[Editor]:
        """Every editor in every entry, at any depth (for refreshing saved records)."""
        found: list[Editor] = []
        for entry in self.entries:
            for editor in entry.editors:
                found.append(editor)
                if isinstance(editor, GroupEditor):
                    found += editor.editors()
        return found

"""One editor widget per answer type. Each has ``value()``, ``set_value()`` and a ``changed``
signal; none of them saves anything itself (the wizard hands changes to the autosaver)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.records import Record, RecordKind
from wellplan.domain.templates import CHOICES, Question
from wellplan.domain.words import said
from wellplan.gui import announced
from wellplan.gui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from wellplan.domain.answers import AnswerValue


class EditorContext(Protocol):
    """What editors may ask of the wizard around them."""

    def records(self, kind: RecordKind) -> Sequence[Record]: ...

    def add_record(self, kind: RecordKind, values: dict[str, str]) -> Record | None: ...


class Editor(QWidget):
    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"editor:{question.id}")
        self._described: list[QWidget] = []
        self._more_help: list[str] = []
        self.action = ""  # what the last change did, in words, for Undo ("remove “Walk”")

    def value(self) -> AnswerValue:
        raise NotImplementedError

    def act(self, what: str) -> None:
        """Tell of a change that is one step to undo (adding, removing, moving, choosing),
        with what it did in words; changes told with ``changed`` alone are typing, and
        typing in one answer is undone together."""
        self.action = what
        self.changed.emit()

    def take_action(self) -> str:
        what, self.action = self.action, ""
        return what

    def set_value(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that takes focus when the person returns to this question."""
        return self

    def finish_typing(self) -> None:
        """Keep what is typed here but not yet part of the answer (the plan is closing)."""

    def describe(self, widget: QWidget, name: str | None = None) -> None:
        """Name ``widget`` for screen readers, and give it the question's help as its
        description: why it is asked, its example (see add_help) and what its placeholder
        says to do."""
        if name != "":
            widget.setAccessibleName(name or self.question.text)
        self._described.append(widget)
        self._describe(widget)

    def _describe(self, widget: QWidget) -> None:
        placeholder = getattr(widget, "placeholderText", None)
        instruction = placeholder() if callable(placeholder) else ""
        parts = [self._lead(widget), self.question.why, *self._more_help, instruction]
        widget.setAccessibleDescription(" ".join(p.strip() for p in parts if p and p.strip()))

    def _lead(self, _widget: QWidget) -> str:
        """What a widget's description starts with, before the question's help."""
        return ""

    def add_help(self, text: str) -> None:
        """Help shown beside the question (its "For example: …" line) is read with each of
        its fields too."""
        self._more_help.append(text)
        for widget in self._described:
            self._describe(widget)


class DateField(QDateEdit):
    """A date to type, or to choose on a calendar. Tab leaves it at once (a QDateEdit
    takes Tab to step through day, month and year: Left and Right do that here), and
    Alt+Down or F4 opens the calendar, as on a choice list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            event.accept()
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar, the way a click on the arrow does (Qt gives no other way
        that sets it to this field's date and back on Esc)."""
        if not self.isEnabled() or self.isReadOnly():
            return
        option = QStyleOptionComboBox()  # as QDateTimeEdit finds where a click landed
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        point, on_screen = QPointF(arrow.center()), QPointF(self.mapToGlobal(arrow.center()))
        for kind, held, handle in (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton, self.mousePressEvent),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton, self.mouseReleaseEvent),
        ):
            handle(
                QMouseEvent(
                    kind,
                    point,
                    on_screen,
                    Qt.MouseButton.LeftButton,
                    held,
                    Qt.KeyboardModifier.NoModifier,
                )
            )
        calendar = self.calendarWidget()
        if calendar is not None and calendar.isVisible():
            calendar.setFocus()


def show_rows(table: QTableWidget, buttons: Sequence[QWidget], most: int) -> None:
    """A table of an answer's rows: hidden with ``buttons`` while it has none, else as tall
    as its first ``most`` rows (more scroll)."""
    has = table.rowCount() > 0
    table.setVisible(has)
    for button in buttons:
        button.setVisible(has)
    if has:
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
        rows = range(min(table.rowCount(), most))
        table.setFixedHeight(height + sum(table.rowHeight(r) for r in rows))


def small_button(text: str, tip: str, parent: QWidget | None = None) -> QPushButton:
    """A compact button named by its tip. Give it its parent as it is made, so that Tab
    reaches it in the order the form was built (reading order)."""
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def _wrap_rows(view: QListWidget) -> None:
    """Long items wrap onto more lines instead of being cut short (at 200% text a step of
    one sentence needs two lines); the list stays as tall as its rows at any width."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    on_width_change(view, lambda: fit_rows(view) if view.count() else None)


class _WidthWatch(QObject):
    def __init__(self, view: QAbstractItemView, then: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.then = then
        self.width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self.width:
            self.width = self.view.viewport().width()
            self.then()
        return False


def on_width_change(view: QAbstractItemView, then: Callable[[], None]) -> None:
    """Call ``then`` whenever the width ``view`` shows its items in changes (wrapped rows
    must be measured again), including when it is first laid out."""
    view.viewport().installEventFilter(_WidthWatch(view, then))


def fit_rows(view: QListWidget, most: int = 8) -> None:
    """Make ``view`` exactly tall enough for its first ``most`` rows, each as many lines
    as its text needs at the list's present width (more rows scroll)."""
    metrics = view.fontMetrics()
    width = view.viewport().width()
    total = 0
    for row in range(min(view.count(), most)):
        item = view.item(row)
        hint = view.sizeHintForIndex(view.indexFromItem(item))  # one line, with its extras
        extra_width = max(0, hint.width() - metrics.horizontalAdvance(item.text()))
        extra_height = max(0, hint.height() - metrics.height())
        area = QRect(0, 0, max(1, width - extra_width), 100_000)
        lines = metrics.boundingRect(area, int(Qt.TextFlag.TextWordWrap.value), item.text())
        total += max(hint.height(), lines.height() + extra_height) + view.spacing() * 2
    view.setFixedHeight(total + 2 * view.frameWidth() + 4)


class ShortTextEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(question.placeholder)
        self.describe(self.line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.line.textEdited.connect(self.changed)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: AnswerValue | None) -> None:
        self.line.setText(value if isinstance(value, str) else "")

    def focus_target(self) -> QWidget:
        return self.line


class LongTextEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # Tab moves on; the person types paragraphs with Enter
        self.text.setPlaceholderText(question.placeholder)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.describe(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.text.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: AnswerValue | None) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(value if isinstance(value, str) else "")
        self.text.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.text


class SubmitLine(QLineEdit):
    """Enter submits this line and goes no further (a plain QLineEdit passes Enter on to the
    wizard, which would move to the next page at the same time)."""

    submitted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.takes_enter():
            self.submitted.emit(self.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def takes_enter(self) -> bool:
        return True


class AddLine(SubmitLine):
    """A line for adding list items: Enter adds what was typed (the list clears the line).
    On an empty line Enter is left alone, so it still moves the wizard on."""

    def takes_enter(self) -> bool:
        return bool(self.text().strip())


class _ListKeys(QObject):
    """Delete removes the selected item; Alt+Up/Alt+Down move it."""

    def __init__(self, editor: ListEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if (
                event.key() == Qt.Key.Key_Delete
                and self.editor.list.state() != QAbstractItemView.State.EditingState
            ):
                self.editor.remove_selected()
                return True
            if alt and event.key() == Qt.Key.Key_Up:
                self.editor.move_selected(-1)
                return True
            if alt and event.key() == Qt.Key.Key_Down:
                self.editor.move_selected(1)
                return True
        return False


class ListEditor(Editor):
    """An ordered list of the person's own items: add, edit in place (F2), reorder, remove."""

    def __init__(
        self, question: Question, parent: QWidget | None = None, *, name: str | None = None
    ) -> None:
        super().__init__(question, parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setVisible(False)
        _wrap_rows(self.list)
        self.describe(self.list, name or self.question.text)
        self._more_help.append(
            self.tr("Delete removes the selected item; Alt+Up and Alt+Down move it.")
        )
        self.list.installEventFilter(_ListKeys(self))
        self.add_line = AddLine(self)
        self.add_line.setPlaceholderText(
            question.placeholder or self.tr("Type here, then press Enter")
        )
        self.describe(self.add_line, self.tr("Add to: %1").replace("%1", name or question.text))
        self.add_button = small_button(self.tr("Add"), self.tr("Add this to the list"))
        self.up_button = small_button("↑", self.tr("Move up (Alt+Up)"))
        self.down_button = small_button("↓", self.tr("Move down (Alt+Down)"))
        self.remove_button = small_button(
            self.tr("Remove"), self.tr("Remove the selected item (Delete)")
        )
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            button.setAccessibleDescription(name or question.text)  # which list
        for b, keys in (
            (self.up_button, "Alt+Up"),
            (self.down_button, "Alt+Down"),
            (self.remove_button, "Delete"),
        ):
            b.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keyboard users have shortcuts on the list
            b.setProperty("keyboard", keys)  # what the keyboard does instead (checked by tests)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_line, 1)
        add_row.addWidget(self.add_button)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        tools.addWidget(self.remove_button)
        self.tools = QWidget(self)
        self.tools.setLayout(tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.tools.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.tools)
        layout.addLayout(add_row)
        self.add_line.submitted.connect(lambda _text: self._add_from_line())
        self.add_line.textEdited.connect(self.changed)  # an unfinished line is saved too
        self.add_button.clicked.connect(self._add_from_line)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemChanged.connect(self._item_edited)
        self.list.model().rowsMoved.connect(self.changed)

    def _add_from_line(self) -> None:
        text = self.add_line.text()
        if text.strip() and not self.full():
            self.add_line.clear()  # before the change is told: the answer holds it once
            self.add_item(text)
        self.add_line.setFocus()

    def _make_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def full(self) -> bool:
        """Whether the list holds as many items as its question allows (``most``)."""
        return bool(self.question.most) and self.list.count() >= self.question.most

    def _sync(self) -> None:
        has_items = self.list.count() > 0
        self.list.setVisible(has_items)
        self.tools.setVisible(has_items)
        if has_items:
            fit_rows(self.list)
        full = self.full()  # at most three things for a meeting: no line for a fourth
        self.add_line.setEnabled(not full)
        self.add_button.setEnabled(not full)

    def add_item(self, text: str) -> None:
        self.list.addItem(self._make_item(text))
        self._sync()
        self.act(self.tr("add “%1”").replace("%1", text.strip()))
        announced.emit_for(self.add_line, self.tr("Added “%1”.").replace("%1", text.strip()))

    def _item_edited(self, item: QListWidgetItem) -> None:
        if not item.text().strip():  # emptied in place: the person removed it
            self.list.takeItem(self.list.row(item))
            self._sync()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            item = self.list.takeItem(row)
            self._sync()
            self.act(self.tr("remove “%1”").replace("%1", item.text() if item else ""))
            announced.emit_for(
                self.list, self.tr("Removed “%1”.").replace("%1", item.text() if item else "")
            )
            if self.list.count():  # the person stays in the list, on the next item
                self.list.setCurrentRow(min(row, self.list.count() - 1))
            else:
                self.add_line.setFocus()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.act(self.tr("move “%1”").replace("%1", item.text()))
        announced.emit_for(
            self.list,
            self.tr("“%1” is now %2 of %3.")
            .replace("%1", item.text())
            .replace("%2", str(target + 1))
            .replace("%3", str(self.list.count())),
        )

    def value(self) -> list[str]:
        """The items, and what is typed in the add line but not yet added (saved like any
        other typing, so nothing typed is lost by closing or quitting; it is an item when
        the plan is opened again)."""
        items = [self.list.item(i).text() for i in range(self.list.count())]
        unfinished = self.add_line.text()
        return [*items, unfinished] if unfinished.strip() else items

    def set_value(self, value: AnswerValue | None) -> None:
        self.add_line.clear()  # anything typed there is in ``value`` already
        self.list.blockSignals(True)
        self.list.clear()
        for text in value if isinstance(value, list) else []:
            self.list.addItem(self._make_item(str(text)))
        self.list.blockSignals(False)
        self._sync()

    def focus_target(self) -> QWidget:
        return self.add_line


class PickEditor(Editor):
    """An action plan: tick tools from another list (the toolbox) and add steps of your own."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.tools = QListWidget(self)
        _wrap_rows(self.tools)
        self.describe(
            self.tools, self.tr("Tools from your toolbox for: %1").replace("%1", question.text)
        )
        self.tools_label = QLabel(self.tr("Tick tools from your toolbox (Space ticks):"), self)
        self.tools_label.setBuddy(self.tools)
        self.tools_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr(
                "Your toolbox is empty for now. Anything you add to it will show up here to tick."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "hint")
        self.steps = ListEditor(
            question, self, name=self.tr("Your own steps for: %1").replace("%1", question.text)
        )
        steps_label = QLabel(self.tr("Your own steps:"), self)
        steps_label.setBuddy(self.steps.add_line)
        steps_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tools_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tools)
        layout.addWidget(steps_label)
        layout.addWidget(self.steps)
        self._stale: list[str] = []
        self.tools.itemChanged.connect(self._ticked_changed)
        self.steps.changed.connect(lambda: self.act(self.steps.take_action()))
        self.set_source_items([])

    def set_source_items(self, items: Sequence[str]) -> None:
        """Show the current toolbox, keeping ticks (and ticked tools no longer in it)."""
        ticked = self._ticked()
        self.tools.blockSignals(True)
        self.tools.clear()
        names = list(dict.fromkeys(i for i in items if i.strip()))
        extra = [t for t in ticked if t not in names]
        for text in names + extra:
            item = QListWidgetItem(
                text
                if text in names
                else self.tr("%1 (no longer in your toolbox)").replace("%1", text)
            )
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if text in ticked else Qt.CheckState.Unchecked)
            self.tools.addItem(item)
        self.tools.blockSignals(False)
        has = self.tools.count() > 0
        self.tools.setVisible(has)
        self.tools_label.setVisible(has)
        self.empty_label.setVisible(not has)
        if has:
            fit_rows(self.tools)

    def _ticked_changed(self, item: QListWidgetItem) -> None:
        ticked = item.checkState() == Qt.CheckState.Checked
        words = self.tr("tick “%1”") if ticked else self.tr("untick “%1”")
        self.act(words.replace("%1", str(item.data(Qt.ItemDataRole.UserRole))))

    def _ticked(self) -> list[str]:
        result = []
        for i in range(self.tools.count()):
            item = self.tools.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return result + [t for t in self._stale if t not in result]

    def value(self) -> dict[str, list[str]]:
        return {"tools": self._ticked(), "steps": self.steps.value()}

    def set_value(self, value: AnswerValue | None) -> None:
        value = value if isinstance(value, dict) else {}
        self._stale = [str(t) for t in value.get("tools", [])]
        current = [
            str(self.tools.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.tools.count())
        ]
        self.set_source_items(current)
        self._stale = []
        self.steps.set_value(value.get("steps", []))

    def focus_target(self) -> QWidget:
        return self.tools if self.tools.isVisible() else self.steps.add_line


class ChoiceEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        self.buttons: dict[str, QRadioButton] = {}
        for value, label in CHOICES:
            button = QRadioButton(said("choices", label), self)
            button.setAccessibleDescription(question.text)
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
            button.toggled.connect(self._toggled)
        row.addStretch(1)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why? (optional)"))
        self.describe(self.reason, self.tr("Why, for: %1").replace("%1", question.text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        self.reason.textEdited.connect(self.changed)

    def _toggled(self, on: bool) -> None:
        chosen = self.sender()
        if on:
            words = chosen.text() if isinstance(chosen, QRadioButton) else ""
            self.act(self.tr("choose “%1”").replace("%1", words))

    def value(self) -> dict[str, str]:
        choice = next((v for v, b in self.buttons.items() if b.isChecked()), "")
        return {"choice": choice, "reason": self.reason.text()}

    def set_value(self, value: AnswerValue | None) -> None:
        value = value if isinstance(value, dict) else {}
        for b in self.buttons.values():
            b.blockSignals(True)
        self.group.setExclusive(False)
        for v, b in self.buttons.items():
            b.setChecked(v == value.get("choice"))
        self.group.setExclusive(True)
        for b in self.buttons.values():
            b.blockSignals(False)
        self.reason.setText(str(value.get("reason", "")))

    def focus_target(self) -> QWidget:
        return next((b for b in self.buttons.values() if b.isChecked()), self.buttons["yes"])


class DateEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.enabled = QCheckBox(self.tr("Choose a date"), self)
        self.describe(self.enabled, "")  # named by what it does: its own words
        self.date = DateField(self)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setDate(QDate.currentDate().addMonths(6))
        self.date.setEnabled(False)
        self.describe(self.date)
        row = FlowLayout(self)  # the date goes under its check box when the page is narrow
        row.setContentsMargins(0, 0, 0, 0)
        row.add(self.enabled)
        row.add(self.date)
        self.enabled.toggled.connect(self._toggled)
        self.date.dateChanged.connect(lambda _d: self.changed.emit())

    def _lead(self, widget: QWidget) -> str:
        return self.question.text if widget is self.enabled else ""  # which date it is

    def _toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        self.changed.emit()

    def value(self) -> str:
        if not self.enabled.isChecked():
            return ""
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day()).isoformat()

    def set_value(self, value: AnswerValue | None) -> None:
        self.blockSignals(True)
        try:
            day = dt.date.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            day = None
        self.enabled.setChecked(day is not None)
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))
        self.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.enabled

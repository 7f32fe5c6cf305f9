"""The editors for answers with more structure: a table of rows (shared records chosen
from the file, crisis lines), a state's law for a PAD; and :func:`make_editor`, which gives
each question the editor for its answer type. Like every editor, none of them saves
anything itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.records import RECORD_FIELDS, Record, RecordKind
from wellplan.domain.templates import RECORD_KINDS, AnswerType, Question
from wellplan.domain.words import day, said
from wellplan.gui import announced
from wellplan.gui.editors import (
    ChoiceEditor,
    DateEditor,
    Editor,
    EditorContext,
    ListEditor,
    LongTextEditor,
    PickEditor,
    ShortTextEditor,
    SubmitLine,
    show_rows,
    small_button,
)
from wellplan.gui.step_editors import GroupEditor, OptionsEditor, StepsEditor
from wellplan.gui.style import hint_label

if TYPE_CHECKING:
    from wellplan.domain.answers import AnswerValue


def _name_if_blank(item: QTableWidgetItem) -> None:
    """A cell with nothing in it is read as "blank", not as nothing at all."""
    wanted = None if item.text().strip() else QCoreApplication.translate("TableEditor", "blank")
    if item.data(Qt.ItemDataRole.AccessibleTextRole) == wanted:
        return
    table = item.tableWidget()
    blocked = table.blockSignals(True) if table is not None else False
    item.setData(Qt.ItemDataRole.AccessibleTextRole, wanted)
    if table is not None:
        table.blockSignals(blocked)


class TableEditor(Editor):
    """An answer shown as rows in a table: wrapped text, rows sized to their contents,
    a Remove button for the selected row. Subclasses add how rows come in."""

    MAX_VISIBLE_ROWS = 6

    def __init__(self, question: Question, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.table = QTableWidget(0, columns, self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.describe(self.table)
        self.table.setVisible(False)
        self.remove_button = small_button(
            self.tr("Remove"), self.tr("Remove the selected row"), self
        )
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected row from: %1").replace("%1", question.text)
        )
        self.remove_button.setVisible(False)
        self.table.itemChanged.connect(_name_if_blank)
        self.table.itemChanged.connect(self.changed)
        self.table.horizontalHeader().sectionResized.connect(self._sync)  # wrapping follows width
        self.remove_button.clicked.connect(self._remove_selected)

    def remove_row(self) -> QHBoxLayout:
        """The row that holds the Remove button, for the subclass's layout."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        return row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync()

    def _sync(self, *_: object) -> None:
        show_rows(self.table, [self.remove_button], self.MAX_VISIBLE_ROWS)

    def rows_changed(self) -> None:
        """Called after a row is removed (e.g. to offer that record again)."""

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            first = self.table.item(row, 0)
            removed = first.text() if first is not None else ""  # (the item goes with the row)
            self.table.removeRow(row)
            self._sync()
            self.rows_changed()
            self.act(self.tr("remove “%1”").replace("%1", removed))
            announced.emit_for(self.table, self.tr("Removed “%1”.").replace("%1", removed))
            if self.table.rowCount():
                self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
                self.remove_button.setFocus()  # where the person was: remove another
            else:
                self.focus_target().setFocus()


class RecordsEditor(TableEditor):
    """People, medications or places from the shared records, each with a note."""

    def __init__(
        self, question: Question, context: EditorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(question, 2, parent)
        self.kind = RECORD_KINDS[question.type]
        self.context = context
        self._records: dict[int, Record] = {}
        noun = {
            RecordKind.PERSON: self.tr("person"),
            RecordKind.MEDICATION: self.tr("medication"),
            RecordKind.PLACE: self.tr("place"),
        }[self.kind]
        note_label = question.note_label or self.tr("Note")
        self.table.setHorizontalHeaderLabels([noun.capitalize(), note_label])

        self.pick = QComboBox(self)
        _narrow(self.pick)
        self.pick.setPlaceholderText(
            self.tr("Or choose a %1 you've already added…").replace("%1", noun)
        )
        self.describe(self.pick, self.tr("Choose a saved %1 to add").replace("%1", noun))
        self.pick_button = small_button(
            self.tr("Add"), self.tr("Add the chosen %1").replace("%1", noun), self
        )
        self.pick_row = QWidget(self)
        pick_layout = QHBoxLayout(self.pick_row)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_layout.addWidget(self.pick, 1)
        pick_layout.addWidget(self.pick_button)

        # a button that opens the form (a checkable one is a check box to screen readers)
        self.new_button = QPushButton(self.tr("Add a new %1…").replace("%1", noun), self)
        self.new_button.setAccessibleName(self.tr("Add a new %1").replace("%1", noun))
        for button in (self.pick_button, self.new_button):
            button.setAccessibleDescription(question.text)  # which answer it adds to
        self.form = QGroupBox(self.tr("New %1").replace("%1", noun), self)
        form_layout = QFormLayout(self.form)
        self.fields: dict[str, SubmitLine] = {}
        for f in RECORD_FIELDS[self.kind]:
            if f.multiline:
                continue
            line = SubmitLine(self.form)
            line.setAccessibleName(said("records", f.label))
            line.setObjectName(f"field:{f.name}")
            label = QLabel(said("records", f.label) + ":", self.form)
            label.setBuddy(line)
            form_layout.addRow(label, line)
            self.fields[f.name] = line
            line.submitted.connect(self._save_new)
        self.new_note = SubmitLine(self.form)
        self.new_note.setAccessibleName(note_label)
        self.new_note.submitted.connect(self._save_new)
        note = QLabel(note_label + ":", self.form)
        note.setBuddy(self.new_note)
        form_layout.addRow(note, self.new_note)
        self.form_error = QLabel(self.form)
        self.form_error.setProperty("role", "error")
        self.form_error.setVisible(False)
        form_layout.addRow(self.form_error)
        self.save_new_button = QPushButton(self.tr("Add to this answer"), self.form)
        self.save_new_button.setAccessibleDescription(question.text)
        form_layout.addRow(self.save_new_button)
        self.form.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.remove_row())
        layout.addWidget(self.pick_row)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        layout.addLayout(new_row)
        layout.addWidget(self.form)

        self.pick_button.clicked.connect(self._add_picked)
        self.new_button.clicked.connect(lambda: self._toggle_form(not self.form.isVisibleTo(self)))
        self.save_new_button.clicked.connect(self._save_new)
        self.refresh_choices()

    # -- the choice of saved records -------------------------------------------------------
    def refresh_choices(self) -> None:
        records = list(self.context.records(self.kind))
        self._records.update({r.id: r for r in records})
        chosen = set(self._ids())
        self.pick.clear()
        for r in records:
            if r.id not in chosen:
                self.pick.addItem(r.summary(), r.id)
        self.pick.setCurrentIndex(-1)  # nobody is chosen until the person chooses
        self.pick_row.setVisible(self.pick.count() > 0)

    def _ids(self) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _append(self, record_id: int, note: str) -> None:
        record = self._records.get(record_id)
        label = record.summary() if record else self.tr("(removed)")
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = QTableWidgetItem(label)
        who.setData(Qt.ItemDataRole.UserRole, record_id)
        who.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 0, who)
        note_item = QTableWidgetItem(note)
        _name_if_blank(note_item)
        self.table.setItem(row, 1, note_item)
        self.table.blockSignals(False)
        self._sync()

    def _add_picked(self) -> None:
        record_id = self.pick.currentData()
        if record_id is None:
            return
        record = self._records.get(int(record_id))
        self._append(int(record_id), "")
        self.refresh_choices()
        self.act(self.tr("add “%1”").replace("%1", record.name if record else ""))
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)
        announced.emit_for(
            self.table, self.tr("Added “%1”.").replace("%1", record.name if record else "")
        )

    def rows_changed(self) -> None:
        self.refresh_choices()

    def _toggle_form(self, shown: bool) -> None:
        self.form.setVisible(shown)
        if shown:
            self.fields["name"].setFocus()

    def _save_new(self) -> None:
        values = {name: line.text() for name, line in self.fields.items()}
        if not values["name"].strip():
            self.form_error.setText(self.tr("Please add a name first."))
            self.form_error.setVisible(True)
            self.fields["name"].setFocus()
            announced.emit_for(self.form_error, self.form_error.text(), assertive=True)
            return
        record = self.context.add_record(self.kind, values)
        if record is None:
            return
        self._records[record.id] = record
        self._append(record.id, self.new_note.text())
        for line in [*self.fields.values(), self.new_note]:
            line.clear()
        self.form_error.setVisible(False)
        self.new_button.setFocus()  # first: the focus never falls into the closing form
        self._toggle_form(False)
        self.refresh_choices()
        self.act(self.tr("add “%1”").replace("%1", record.name))
        announced.emit_for(self.new_button, self.tr("Added “%1”.").replace("%1", record.name))

    def finish_typing(self) -> None:
        """A new record typed in the form but never added: added now, as the person would
        expect on closing the plan (it used to be lost)."""
        if self.fields["name"].text().strip():
            self._save_new()

    def value(self) -> list[dict[str, Any]]:
        result = []
        for row, record_id in enumerate(self._ids()):
            note = self.table.item(row, 1)
            result.append({"id": record_id, "note": note.text() if note is not None else ""})
        return result

    def set_value(self, value: AnswerValue | None) -> None:
        self.table.setRowCount(0)
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), int):
                self._append(item["id"], str(item.get("note", "")))
        self._sync()
        self.refresh_choices()

    def focus_target(self) -> QWidget:
        return (
            self.table
            if self.table.isVisible()
            else (self.pick if self.pick_row.isVisible() else self.new_button)
        )


def make_editor(
    question: Question, context: EditorContext, parent: QWidget | None = None
) -> Editor:
    factories: dict[AnswerType, Callable[[], Editor]] = {
        AnswerType.SHORT_TEXT: lambda: ShortTextEditor(question, parent),
        AnswerType.LONG_TEXT: lambda: LongTextEditor(question, parent),
        AnswerType.LIST: lambda: ListEditor(question, parent),
        AnswerType.PICK: lambda: PickEditor(question, parent),
        AnswerType.CHOICE: lambda: ChoiceEditor(question, parent),
        AnswerType.DATE: lambda: DateEditor(question, parent),
        AnswerType.JURISDICTION: lambda: JurisdictionEditor(question, parent),
        AnswerType.CRISIS_LINES: lambda: CrisisLinesEditor(question, parent),
        AnswerType.OPTIONS: lambda: OptionsEditor(question, parent),
        AnswerType.STEPS: lambda: StepsEditor(question, parent),
        AnswerType.GROUP: lambda: GroupEditor(question, context, make_editor, parent),
    }
    if question.type in RECORD_KINDS:
        return RecordsEditor(question, context, parent)
    return factories[question.type]()


def _narrow(combo: QComboBox) -> None:
    """A choice list as wide as its space, not as its longest entry (which, at large text
    sizes, would push the page wider than the window)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    combo.setMinimumWidth(120)  # a long placeholder must not set the minimum either


class JurisdictionEditor(Editor):
    """Which state's rules a PAD follows, with that profile's facts in plain words."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        from wellplan.domain.pad import not_legal_advice, profiles

        self.profiles = profiles()
        self.combo = QComboBox(self)
        _narrow(self.combo)
        for code, profile in self.profiles.items():
            self.combo.addItem(profile.name, code)
        self.describe(self.combo)
        self.facts = hint_label("", "why", self)
        self.facts.setObjectName("profile-facts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.unverified = hint_label("", "error", self)
        self.unverified.setObjectName("profile-unverified")
        advice = hint_label(not_legal_advice(), "notice", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.facts)
        layout.addWidget(self.unverified)
        layout.addWidget(advice)
        self.combo.currentIndexChanged.connect(self._changed)
        self._show_facts()

    def _changed(self, _index: int) -> None:
        self._show_facts()
        self.act(self.tr("choose “%1”").replace("%1", self.combo.currentText()))

    def _show_facts(self) -> None:
        profile = self.profiles[str(self.combo.currentData())]
        lines = [
            self.tr("Signing: %1").replace("%1", profile.signing_rule()),
            profile.duration_text(),
            self.tr("Law: %1 (last checked %2)")
            .replace("%1", profile.citation)
            .replace("%2", day(profile.last_checked)),
        ]
        self.facts.setText("\n".join(lines))
        self.unverified.setText(
            self.tr("Not yet confirmed: %1.").replace("%1", "; ".join(profile.unverified))
            if profile.unverified
            else ""
        )
        self.unverified.setVisible(bool(profile.unverified))

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: AnswerValue | None) -> None:
        index = self.combo.findData(value if isinstance(value, str) and value else "generic")
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._show_facts()

    def focus_target(self) -> QWidget:
        return self.combo


class CrisisLinesEditor(TableEditor):
    """The person's own crisis lines: copied from a country's list, then theirs to edit."""

    COLUMNS = ("name", "how", "region", "last_checked")

    MAX_VISIBLE_ROWS = 8

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        from wellplan.domain.crisis_lines import countries

        super().__init__(question, len(self.COLUMNS), parent)
        self.countries = countries()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("How to reach it"),
                self.tr("Where"),
                self.tr("Last checked"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.ResizeToContents
        )
        self.country = QComboBox(self)
        _narrow(self.country)
        self.country.setPlaceholderText(self.tr("Choose a country…"))
        for code, country in self.countries.items():
            self.country.addItem(country.name, code)
        self.country.setCurrentIndex(-1)
        self.describe(self.country, self.tr("Country whose crisis lines to add"))
        self.add_button = small_button(
            self.tr("Add its lines"), self.tr("Add this country's crisis lines")
        )
        self.note = hint_label(
            self.tr(
                "Numbers can change. Each line shows when WellPlan last checked it; you can edit any of them."
            ),
            "why",
            self,
        )
        row = QHBoxLayout()
        row.addWidget(self.country, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.remove_row())
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self._add_country)

    def _append(self, line: dict[str, str]) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.COLUMNS):
            item = QTableWidgetItem(line.get(key, ""))
            if key == "last_checked":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            _name_if_blank(item)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _add_country(self) -> None:
        code = self.country.currentData()
        if code is None:
            return
        present = {(line["name"], line["how"]) for line in self.value()}
        for line in self.countries[str(code)].lines:
            if (line.name, line.how) not in present:
                self._append(line.as_answer())
        self._sync()
        self.act(self.tr("add the crisis lines of %1").replace("%1", self.country.currentText()))

    def value(self) -> list[dict[str, str]]:
        lines = []
        for row in range(self.table.rowCount()):
            line = {}
            for column, key in enumerate(self.COLUMNS):
                item = self.table.item(row, column)
                line[key] = item.text() if item is not None else ""
            lines.append(line)
        return lines

    def set_value(self, value: AnswerValue | None) -> None:
        self.table.setRowCount(0)
        for line in value if isinstance(value, list) else []:
            if isinstance(line, dict):
                self._append({k: str(v) for k, v in line.items()})
        self._sync()

    def focus_target(self) -> QWidget:
        return self.table if self.table.isVisible() else self.country

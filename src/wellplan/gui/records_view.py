"""People, medications and places: entered once, used by every plan. Editing a record here
changes it everywhere; deleting one that a plan uses asks first and names those plans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.answers import AnswerError
from wellplan.domain.records import RECORD_FIELDS, Record, RecordKind
from wellplan.domain.words import said
from wellplan.gui import announced, dialogs
from wellplan.gui.accessible import mark_heading
from wellplan.gui.autosave import DELAY_MS
from wellplan.gui.editors import SubmitLine
from wellplan.gui.style import hint_label
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.storage.document import PlanFile

# shown through tr() in the RecordTab context: marked here for lupdate
TAB_TITLES = {
    RecordKind.PERSON: str(QT_TRANSLATE_NOOP("RecordTab", "People")),
    RecordKind.MEDICATION: str(QT_TRANSLATE_NOOP("RecordTab", "Medications")),
    RecordKind.PLACE: str(QT_TRANSLATE_NOOP("RecordTab", "Places")),
}
NOUNS = {
    RecordKind.PERSON: str(QT_TRANSLATE_NOOP("RecordTab", "person")),
    RecordKind.MEDICATION: str(QT_TRANSLATE_NOOP("RecordTab", "medication")),
    RecordKind.PLACE: str(QT_TRANSLATE_NOOP("RecordTab", "place")),
}


class RecordTab(QWidget):
    def __init__(self, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.doc: PlanFile | None = None
        noun = self.tr(NOUNS[kind])
        self.setObjectName(f"records:{kind.value}")
        self.list = QListWidget(self)
        self.list.setObjectName("record-list")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr(TAB_TITLES[kind]))
        self.new_name = SubmitLine(self)
        self.new_name.setObjectName("new-record")
        self.new_name.setPlaceholderText(
            self.tr("Name of a new %1, then Enter").replace("%1", noun)
        )
        self.new_name.setAccessibleName(self.tr("Add a new %1").replace("%1", noun))
        self.new_name.setAccessibleDescription(self.new_name.placeholderText())
        self.setFocusProxy(self.list)  # the tab, given the focus, gives it to its list
        add = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("delete-record")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add)
        left.addLayout(add_row)
        left.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for f in RECORD_FIELDS[kind]:
            widget: QLineEdit | QPlainTextEdit
            if f.multiline:
                widget = QPlainTextEdit(self.form)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
                widget.textChanged.connect(self._edited)
            else:
                widget = QLineEdit(self.form)
                widget.textEdited.connect(self._edited)
            widget.setObjectName(f"field:{f.name}")
            widget.setAccessibleName(said("records", f.label))
            label = QLabel(said("records", f.label) + ":", self.form)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields[f.name] = widget
        self.error = hint_label("", "error", self.form)
        self.error.setVisible(False)
        form.addRow(self.error)
        self.uses = hint_label("", "why", self.form)
        self.uses.setObjectName("record-uses")
        self.uses.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Used in:"), self.uses)
        # the form scrolls on a small screen or at large text: the window stays on screen
        form_area = QScrollArea(self)
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        form_area.setWidget(self.form)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(form_area, 3)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.list.currentItemChanged.connect(self._selected)
        self.new_name.submitted.connect(self.add_record)
        add.clicked.connect(lambda: self.add_record(self.new_name.text()))
        self.delete_button.clicked.connect(self.delete_current)
        self._loading = False
        self._shown_id: int | None = None  # whose values the form holds (not always the selection)
        self._records: dict[int, Record] = {}  # as last read or saved, by id

    # ---- data --------------------------------------------------------------------------
    def load(self, doc: PlanFile, select_id: int | None = None) -> None:
        self.save()
        self._shown_id = None
        self.doc = doc
        self.list.blockSignals(True)
        self.list.clear()
        records = doc.list_records(self.kind)
        self._records = {record.id: record for record in records}
        for record in records:
            item = QListWidgetItem(record.summary())
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
            if record.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._selected(self.list.currentItem())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.save()  # the record the form was showing, before it shows another
        self._shown_id = self.current_id() if item is not None else None
        self.form.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self._loading = True
        record = self._record(self.current_id()) if item is not None else None
        for name, widget in self.fields.items():
            text = record.values.get(name, "") if record else ""
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)
        self._loading = False
        self.error.setVisible(False)
        self._show_uses()

    def _record(self, record_id: int | None) -> Record | None:
        return self._records.get(record_id) if record_id is not None else None

    def _show_uses(self) -> None:
        record_id = self.current_id()
        if self.doc is None or record_id is None:
            self.uses.setText("")
            return
        uses = self.doc.record_uses(self.kind, record_id)
        self.uses.setText(
            "\n".join(f"{u.plan_title}: {u.question_text}" for u in uses) or self.tr("No plan yet.")
        )

    def values(self) -> dict[str, str]:
        return {
            name: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            for name, w in self.fields.items()
        }

    def _edited(self) -> None:
        if not self._loading and not self.timer.isActive():
            self.timer.start()

    def save(self) -> bool:
        """Save the record on screen. Keeps what was typed on screen if it can't be saved."""
        self.timer.stop()
        record_id = self._shown_id
        if self.doc is None or record_id is None or self._loading:
            return True
        values = self.values()
        before = self._records.get(record_id)
        if before is not None and values == before.values:
            self.error.setVisible(False)
            return True  # as stored: nothing to write
        try:
            record = self.doc.update_record(self.kind, record_id, values)
        except (AnswerError, StorageError) as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            announced.emit_for(self.error, str(exc), assertive=True)
            return False
        self.error.setVisible(False)
        self._records[record_id] = record
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                item.setText(record.summary())
        return True

    def add_record(self, name: str) -> None:
        if self.doc is None or not name.strip():
            return
        try:
            record = self.doc.add_record(self.kind, {"name": name})
        except (AnswerError, StorageError) as exc:
            dialogs.show_error(self, self.tr("Couldn't add this"), str(exc))
            return
        self.new_name.clear()
        self.load(self.doc, select_id=record.id)
        self.fields["name"].setFocus()
        announced.emit_for(self.fields["name"], self.tr("Added “%1”.").replace("%1", record.name))

    def delete_current(self) -> None:
        record_id = self.current_id()
        record = self._record(record_id)
        if self.doc is None or record is None or record_id is None:
            return
        uses = self.doc.record_uses(self.kind, record_id)
        if uses:
            where = "\n".join(f"• {u.plan_title}: {u.question_text}" for u in uses)
            text = (
                self.tr("“%1” is used in:\n%2\n\nDeleting takes them out of these plans as well.")
                .replace("%1", record.name)
                .replace("%2", where)
            )
        else:
            text = self.tr("Delete “%1”? No plan uses it.").replace("%1", record.name)
        if not dialogs.confirm(
            self,
            self.tr("Delete “%1”?").replace("%1", record.name),
            text,
            self.tr("Delete"),
            self.tr("Keep"),
        ):
            return
        try:
            self._shown_id = None  # nothing left to save for it
            self.doc.delete_record(self.kind, record_id)
        except StorageError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return
        self.load(self.doc)
        self.list.setFocus()
        announced.emit_for(self.list, self.tr("Deleted “%1”.").replace("%1", record.name))


class RecordsView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records-view")
        heading = QLabel(self.tr("People, medications and places"))
        heading.setProperty("role", "title")
        mark_heading(heading)
        intro = hint_label(
            self.tr(
                "Each one is entered once and can be used in every plan. A change here shows in all of them."
            ),
            "intro",
        )
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("People, medications and places"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its row of tabs takes the focus
        self.record_tabs = {kind: RecordTab(kind) for kind in RecordKind}
        for kind, tab in self.record_tabs.items():
            self.tabs.addTab(tab, QCoreApplication.translate("RecordTab", TAB_TITLES[kind]))
        back = QPushButton(self.tr("Back to your plans (Esc)"))
        back.setObjectName("records-back")
        back.clicked.connect(self.leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        esc = QShortcut(QKeySequence("Esc"), self, self.leave)  # as on "use my plan now"
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: the list of the tab in front takes the focus at once, before the window
        would hand it to the first control it finds (the row of tabs)."""
        super().showEvent(event)
        current, focused = self.tabs.currentWidget(), QApplication.focusWidget()
        if current is not None and (focused is None or not current.isAncestorOf(focused)):
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, doc: PlanFile) -> None:
        for tab in self.record_tabs.values():
            tab.load(doc)

    def save(self) -> bool:
        return all(tab.save() for tab in self.record_tabs.values())

    def leave(self) -> None:
        if self.save():
            self.back.emit()

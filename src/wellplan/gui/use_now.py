""" "Use my plan now": a finished plan on one calm screen, large text, steps in order.
Read-only, so nothing can be changed by accident in a hard moment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from wellplan.domain.present import answer_lines
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.templates import RECORD_KINDS, AnswerType, load_template

if TYPE_CHECKING:
    from wellplan.domain.plans import PlanSnapshot


class PlanReader(Protocol):
    """What the view reads: an open file, or a glance at one while it opens."""

    def load_plan(self, plan_id: int) -> PlanSnapshot: ...

    def list_records(self, kind: RecordKind) -> list[Record]: ...


class UseNowView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("use-now")
        self.content = QWidget()
        self.content.setObjectName("use-now-content")
        self.lines = QVBoxLayout(self.content)
        self.lines.setSpacing(6)
        area = QScrollArea(self)
        area.setAccessibleName(self.tr("Your crisis plan"))
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.content)
        self.back_button = QPushButton(self.tr("Back to your plans (Esc)"))
        self.back_button.setObjectName("use-now-back")
        self.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 18)
        layout.addWidget(area, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _label(self, text: str, size: float, bold: bool = False, role: str = "") -> QLabel:
        label = QLabel(text, self.content)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(label.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
        if role:
            label.setProperty("role", role)
        self.lines.addWidget(label)
        return label

    def show_plan(self, doc: PlanReader, plan_id: int) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        snapshot = doc.load_plan(plan_id)
        template = load_template(snapshot.summary.kind)
        records = {kind: {r.id: r for r in doc.list_records(kind)} for kind in RecordKind}

        def lookup(answer_type: AnswerType, record_id: int) -> Record | None:
            return records[RECORD_KINDS[answer_type]].get(record_id)

        self._label(snapshot.summary.title, 24, bold=True, role="title")
        self._label(
            self.tr("Take it one step at a time. You can stop at any step that helps."),
            15,
            role="intro",
        )
        shown = 0
        for section in template.sections:
            answered = [
                (q, lines)
                for q in section.questions
                if (lines := answer_lines(q, snapshot.answers.get(q.id), lookup))
            ]
            if not answered:
                continue
            shown += 1
            self.lines.addSpacing(14)
            self._label(section.title, 19, bold=True, role="title")
            for question, lines in answered:
                if len(answered) > 1:
                    self._label(question.text, 14, role="why")
                for line in lines:
                    self._label(f"•  {line}", 17)
        if not shown:
            self._label(
                self.tr("This plan has no answers yet. Open it from your plans to write it."), 17
            )
        self.lines.addStretch(1)

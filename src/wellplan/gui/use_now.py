""" "Use my plan now": a finished plan on one calm screen, large text, steps in order.
Read-only, so nothing can be changed by accident in a hard moment.

The plan is one read-only rich-text page: headings, then each part's steps as a bulleted
list, so a long step wraps under its own first word. One text widget is also quick to
draw when it is the first thing the app shows (one label per line is much slower), and
it can be read and scrolled with the keyboard.

It is a read-only QTextEdit with a caret the arrow keys move (a QTextBrowser is a label
to screen readers, read out whole or not at all): each step is its own paragraph, so a
screen reader reads the plan a line at a time as the person moves down it. The title and
the parts' titles are headings in the document (and bold, larger, in the accent colour).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.present import answer_lines
from wellplan.domain.records import Record, RecordKind
from wellplan.domain.templates import RECORD_KINDS, AnswerType, load_template
from wellplan.domain.value import Plain
from wellplan.gui import style
from wellplan.gui.lazy_qt import SCROLL_BAR_ALWAYS_OFF, set_enum, solid_brush

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent as QEventType

    from wellplan.domain.plans import PlanSnapshot
    from wellplan.gui.style import Theme

#: Qt.TextInteractionFlag.TextSelectableByMouse | TextSelectableByKeyboard, as the number
#: (this view can be the first thing shown: see lazy_qt; tests/test_use_now.py checks it)
READABLE_BY_KEYBOARD = 3

#: One part's steps: for each answered question, what it asks (shown when the part has
#: several) and the answer's lines.
Steps = list[tuple[str | None, list[str]]]


class PlanReader(Protocol):
    """What the view reads: an open file, or a glance at one while it opens."""

    def load_plan(self, plan_id: int) -> PlanSnapshot: ...

    def list_records(self, kind: RecordKind) -> list[Record]: ...


@dataclass(frozen=True, repr=False)
class PlanPage(Plain):
    title: str
    intro: str
    parts: list[tuple[str, Steps]]  # each answered part: its title and its steps
    empty: str  # shown when no part has an answer


def write_page(document: QTextDocument, page: PlanPage, look: Theme, scale: float) -> None:
    """Write the page into ``document`` with a cursor, not as HTML: what the person wrote
    goes in as plain text, so it is never read as markup. Steps take the document's font
    (the style sheet's); a bullet hangs in the margin so a long step wraps under its own
    first word."""
    document.clear()
    cursor = QTextCursor(document)
    hang = QFontMetricsF(document.defaultFont()).horizontalAdvance("•") * 2.2

    def block(
        text: str,
        *,
        points: float = 0,
        colour: str = "",
        bold: bool = False,
        above: float = 0,
        below: float = 0,
        bullet: bool = False,
        heading: int = 0,
    ) -> None:
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(heading)
        fmt.setTopMargin(above)
        fmt.setBottomMargin(below)
        if bullet:
            fmt.setLeftMargin(hang)
            fmt.setTextIndent(-hang)
            fmt.setTabPositions([QTextOption.Tab(hang, QTextOption.TabType.LeftTab)])
            text = f"•\t{text}"
        chars = QTextCharFormat()
        if points:
            chars.setFontPointSize(points * scale)
        if colour:
            chars.setForeground(solid_brush(colour))
        if bold:
            chars.setFontWeight(QFont.Weight.DemiBold)
        if document.isEmpty():
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(chars)
        else:
            cursor.insertBlock(fmt, chars)
        cursor.insertText(text, chars)

    block(page.title, points=24, colour=look.accent, bold=True, below=4, heading=1)
    block(page.intro, points=14)
    for title, steps in page.parts:
        block(title, points=19, colour=look.accent, bold=True, above=20, below=6, heading=2)
        for why, lines in steps:
            if why is not None:
                block(why, points=14, colour=look.soft_ink, above=8, below=2)
            for line in lines:
                block(line, below=3, bullet=True)
    if not page.parts:
        block(page.empty, above=20)


_RESTYLED = (QEvent.Type.StyleChange, QEvent.Type.FontChange)


class UseNowView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("use-now")
        self.page: PlanPage | None = None
        self._drawing = False
        self._reading: int | None = None  # where a restyle found the person reading
        self.text = QTextEdit(self)
        self.text.setObjectName("use-now-text")
        self.text.setAccessibleName(self.tr("Your crisis plan"))
        self.text.setAccessibleDescription(
            self.tr("Read it line by line with the arrow keys. Esc goes back to your plans.")
        )
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        # a caret the arrow keys move, line by line, that a screen reader follows
        set_enum(self.text, "textInteractionFlags", READABLE_BY_KEYBOARD)
        self.text.setFrameShape(QTextEdit.Shape.NoFrame)
        set_enum(self.text, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.back_button = QPushButton(self.tr("Back to your plans (Esc)"))
        self.back_button.setObjectName("use-now-back")
        self.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence("Esc"), self, self.back.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 18)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()  # the button at its own width, on the left
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setTabOrder(self.text, self.back_button)
        self.text.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEventType) -> bool:
        # A new theme or text size reaches the text as a burst of style and font changes;
        # the page is written again once, after the burst, where the person was reading.
        if (
            watched is self.text
            and event.type() in _RESTYLED
            and self.page is not None
            and not self._drawing
            and self._reading is None
        ):
            self._reading = self.text.cursorForPosition(QPoint(0, 0)).position()
            QTimer.singleShot(0, self, self._restyled)
        return False

    def _restyled(self) -> None:
        top, self._reading = self._reading, None
        if top is not None and self.page is not None:
            self._draw()
            self._scroll_to(top)

    def _scroll_to(self, position: int) -> None:
        """Scroll so the line holding ``position`` is at the top."""
        document = self.text.document()
        layout = document.documentLayout()
        layout.documentSize()  # lays the page out and sets the scroll bar's range
        block = document.findBlock(position)
        line = block.layout().lineForTextPosition(position - block.position())
        top = layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0.0)
        self.text.verticalScrollBar().setValue(round(top))

    def _draw(self) -> None:
        if self.page is None:
            return
        app = QApplication.instance()
        theme, scale = style.current(app) if isinstance(app, QApplication) else ("light", 1.0)
        self._drawing = True
        try:
            self.text.ensurePolished()  # the style sheet sets the font the steps are in
            write_page(self.text.document(), self.page, style.THEMES[theme], scale)
        finally:
            self._drawing = False

    def show_plan(self, doc: PlanReader, plan_id: int) -> None:
        snapshot = doc.load_plan(plan_id)
        template = load_template(snapshot.summary.kind)
        records = {kind: {r.id: r for r in doc.list_records(kind)} for kind in RecordKind}

        def lookup(answer_type: AnswerType, record_id: int) -> Record | None:
            return records[RECORD_KINDS[answer_type]].get(record_id)

        parts: list[tuple[str, Steps]] = []
        for section in template.sections:
            answered = [
                (q.text, lines)
                for q in section.questions
                if (lines := answer_lines(q, snapshot.answers.get(q.id), lookup))
            ]
            if answered:
                parts.append(
                    (section.title, [(w if len(answered) > 1 else None, x) for w, x in answered])
                )
        self.page = PlanPage(
            title=snapshot.summary.title,
            intro=self.tr("Take it one step at a time. You can stop at any step that helps."),
            parts=parts,
            empty=self.tr("This plan has no answers yet. Open it from your plans to write it."),
        )
        self._draw()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)  # read from the top

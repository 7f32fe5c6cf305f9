"""Together mode: a supporter's suggestions beside a question, and the guide for supporters.

A suggestion is shown in its own framed box, "Suggested by <name>", with Accept, Edit and
Decline. It becomes part of the plan only when the person accepts it; nothing here writes
an answer itself: accepting hands the words to the wizard, which saves them the one way
every answer is saved."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.suggestions import Suggestion, check_suggestion
from wellplan.domain.templates import Question
from wellplan.gui import announced
from wellplan.gui.accessible import mark_heading
from wellplan.gui.style import hint_label

GUIDE_TITLE = QT_TRANSLATE_NOOP("Guide", "Supporting someone with their plan")
GUIDE = QT_TRANSLATE_NOOP(
    "Guide",
    "This is their plan, in their words. You are there to help them think, not to write it "
    "for them.\n\n"
    "• Let them lead. Go at their pace, in the order they choose. Skipping a question is "
    "fine.\n"
    "• Ask, don't tell. “What helps you on a hard day?” works better than “You should walk "
    "more.”\n"
    "• Offer, then let go. A suggestion is only a suggestion: it goes into the plan only if "
    "they accept it, and a “no” needs no reason.\n"
    "• Use their words. If they say “my bad weeks”, write “my bad weeks”.\n"
    "• Check in. “Shall we keep going, or stop here for today?” Everything is saved as you "
    "go.\n"
    "• Look after yourself too. If something they share worries you, talk about it with "
    "them, and with your own support afterwards.",
)


class SuggestionBox(QFrame):
    """One waiting suggestion, with what the person can do with it."""

    accepted = Signal(object, str)  # the Suggestion, the words to add
    declined = Signal(object)

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName(f"suggestion:{suggestion.id}")
        self.setProperty("role", "suggestion")
        who = self.tr("Suggested by %1").replace("%1", suggestion.author)
        heading = QLabel(who, self)
        heading.setProperty("role", "question")
        heading.setWordWrap(True)
        mark_heading(heading)  # names the box; not a field's label
        self.words = hint_label(suggestion.text, "intro", self)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("suggestion-edit")
        self.edit.setPlainText(suggestion.text)
        self.edit.setAccessibleName(self.tr("Your version of the suggestion"))
        self.edit.setTabChangesFocus(True)
        self.edit.setVisible(False)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("accept-suggestion")
        self.accept_button.setAccessibleName(
            self.tr("Accept the suggestion: %1").replace("%1", who)
        )
        self.edit_button = QPushButton(self.tr("Edit, then accept"), self)
        self.edit_button.setObjectName("edit-suggestion")
        self.decline_button = QPushButton(self.tr("Decline"), self)
        self.decline_button.setObjectName("decline-suggestion")
        self.decline_button.setAccessibleName(
            self.tr("Decline the suggestion: %1").replace("%1", who)
        )
        self.editing = False
        self.setAccessibleName(who)
        self.setAccessibleDescription(suggestion.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(self.words)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self._accept)
        self.edit_button.clicked.connect(self._edit)
        self.decline_button.clicked.connect(lambda: self.declined.emit(self.suggestion))

    def controls(self) -> list[QWidget]:
        """What Tab reaches in the box, in reading order."""
        return [self.edit, self.accept_button, self.edit_button, self.decline_button]

    def _edit(self) -> None:
        self.editing = True
        self.words.setVisible(False)
        self.edit.setVisible(True)
        self.edit_button.setVisible(False)
        self.accept_button.setText(self.tr("Accept my version"))
        self.edit.setFocus()

    def _accept(self) -> None:
        text = self.edit.toPlainText() if self.editing else self.suggestion.text
        if text.strip():
            self.accepted.emit(self.suggestion, text.strip())


class SuggestionPanel(QWidget):
    """Under one question: the waiting suggestions, and (in together mode) a way for the
    supporter to add one."""

    suggest = Signal(str, str, str)  # question id, author, words
    accepted = Signal(object, str)
    declined = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"suggestions:{question.id}")
        self.boxes: list[SuggestionBox] = []
        self.together = False
        self.open_button = QPushButton(self.tr("Suggest an answer…"), self)
        self.open_button.setObjectName("suggest")
        self.open_button.setAccessibleName(
            self.tr("Suggest an answer to: %1").replace("%1", question.text)
        )
        self.form = QFrame(self)
        self.form.setObjectName("suggestion-form")
        self.form.setProperty("role", "suggestion")
        self.author = QLineEdit(self.form)
        self.author.setObjectName("suggestion-author")
        self.author.setPlaceholderText(self.tr("Your first name"))
        author_label = QLabel(self.tr("Suggested &by"), self.form)
        author_label.setBuddy(self.author)
        self.author.setAccessibleName(self.tr("Suggested by"))
        self.text = QPlainTextEdit(self.form)
        self.text.setObjectName("suggestion-text")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        text_label = QLabel(self.tr("&Suggestion"), self.form)
        text_label.setBuddy(self.text)
        self.text.setAccessibleName(self.tr("Suggestion"))
        self.text.setAccessibleDescription(
            self.tr("It goes into the plan only if the person accepts it.")
        )
        self.problem = hint_label("", "error", self.form)
        self.problem.setVisible(False)
        add = QPushButton(self.tr("Add the suggestion"), self.form)
        add.setObjectName("add-suggestion")
        cancel = QPushButton(self.tr("Cancel"), self.form)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(add)
        form_buttons.addWidget(cancel)
        form_buttons.addStretch(1)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(12, 8, 12, 8)
        form_layout.addWidget(
            hint_label(
                self.tr("Offer words for the person to accept or decline. They decide."), "why"
            )
        )
        form_layout.addWidget(author_label)
        form_layout.addWidget(self.author)
        form_layout.addWidget(text_label)
        form_layout.addWidget(self.text)
        form_layout.addWidget(self.problem)
        form_layout.addLayout(form_buttons)
        self.form.setVisible(False)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.list)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)
        self.open_button.clicked.connect(self.open_form)
        add.clicked.connect(self._add)
        cancel.clicked.connect(self.close_form)
        self._update()

    def set_together(self, on: bool, author: str = "") -> None:
        self.together = on
        if author and not self.author.text():
            self.author.setText(author)
        if not on:
            self.form.setVisible(False)
        self._update()

    def open_form(self) -> None:
        self.form.setVisible(True)
        self.open_button.setVisible(False)
        self._bring_into_view(self.form)
        (self.text if self.author.text() else self.author).setFocus()

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the page so ``widget`` (just shown) is on screen whole."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            layout = content.layout() if content is not None else None
            if layout is not None:
                layout.activate()  # place the new widget before scrolling to it
            parent.ensureWidgetVisible(widget)

    def close_form(self) -> None:
        self.form.setVisible(False)
        self.text.clear()
        self.problem.setVisible(False)
        self._update()
        self.open_button.setFocus()

    def _add(self) -> None:
        try:
            author, text = check_suggestion(self.author.text(), self.text.toPlainText())
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        self.suggest.emit(self.question.id, author, text)

    def show_problem(self, text: str) -> None:
        """Say what stops the suggestion, at once, and go to the field to put it right."""
        self.problem.setText(text)
        self.problem.setVisible(True)
        (self.text if self.author.text().strip() else self.author).setFocus()
        announced.emit_for(self.problem, text, assertive=True)

    def show_suggestions(self, suggestions: list[Suggestion]) -> None:
        for box in self.boxes:
            box.hide()  # (given no parent, it was a window of its own until deleted)
            self.list.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        # New widgets join the end of the window's Tab chain; the boxes sit above "Suggest an
        # answer…", so Tab must reach them just after the answer's own fields.
        previous: QWidget | None = self.open_button.previousInFocusChain()
        while previous is not None and previous.isAncestorOf(self.open_button):
            previous = previous.previousInFocusChain()  # past the panel and question's block
        for suggestion in suggestions:
            box = SuggestionBox(suggestion, self)
            box.accepted.connect(self.accepted)
            box.declined.connect(self.declined)
            self.list.addWidget(box)
            self.boxes.append(box)
            for control in box.controls():
                if previous is not None:
                    QWidget.setTabOrder(previous, control)
                previous = control
        self._update()

    def _update(self) -> None:
        self.open_button.setVisible(self.together and not self.form.isVisibleTo(self))
        self.setVisible(bool(self.boxes) or self.together)

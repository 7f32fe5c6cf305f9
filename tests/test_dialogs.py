"""The real modal dialogs (every other test replaces them): the passphrase asked twice until
both match, cancelling at any step, and a destructive question whose Enter and Escape both
keep things as they are. A dialog is answered the moment it is shown, as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

# the functions themselves: tests/conftest.py replaces them in the module for every test
from wellplan.gui.dialogs import ask_new_passphrase as real_ask_new_passphrase
from wellplan.gui.dialogs import ask_passphrase as real_ask_passphrase
from wellplan.gui.dialogs import confirm as real_confirm

Answer = Callable[[QWidget], None]


def type_and_ok(text: str) -> Answer:
    def answer(dialog: QWidget) -> None:
        assert dialog.objectName() == "passphrase-dialog"
        field = dialog.field  # type: ignore[attr-defined]
        assert field.echoMode() == QLineEdit.EchoMode.Password  # never shown on screen
        field.setText(text)
        dialog.accept()  # type: ignore[attr-defined]

    return answer


def cancel(dialog: QWidget) -> None:
    dialog.reject()  # type: ignore[attr-defined]


class Person:
    """Answers each modal dialog as it appears, in order, and keeps what each one said."""

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []
        self.handled: set[int] = set()
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(10)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or id(dialog) in self.handled or not dialog.isVisible():
            return
        self.handled.add(id(dialog))
        if dialog.objectName() == "passphrase-dialog":
            self.seen.append(dialog.label.text())  # type: ignore[attr-defined]
        elif isinstance(dialog, QMessageBox):
            self.seen.append(dialog.text())
        self.answers.pop(0)(dialog)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def test_a_new_passphrase_is_asked_again_until_both_match(parent: QWidget) -> None:
    person = Person(
        [
            type_and_ok("river stones"),
            type_and_ok("river stone"),  # a slip: asked again, saying why
            type_and_ok("river stones"),
            type_and_ok("river stones"),
        ]
    )
    try:
        chosen = real_ask_new_passphrase(parent, "Choose one you'll remember.")
    finally:
        person.stop()
    assert chosen == "river stones"
    assert person.answers == []
    first, again, after_slip, _ = person.seen
    assert first == "Choose one you'll remember." and "same" in again
    assert after_slip.startswith("Those two weren't the same. Please type it twice again.")


@pytest.mark.parametrize("at", [0, 1])
def test_cancelling_a_new_passphrase_at_either_step_changes_nothing(
    parent: QWidget, at: int
) -> None:
    answers: list[Answer] = [type_and_ok("river stones"), type_and_ok("river stones")]
    answers[at] = cancel
    person = Person(answers[: at + 1])
    try:
        assert real_ask_new_passphrase(parent, "Choose one.") is None
    finally:
        person.stop()
    assert person.answers == []


def test_the_passphrase_asked_to_unlock_shows_what_went_wrong(parent: QWidget) -> None:
    person = Person([type_and_ok("purple ocean"), cancel])
    try:
        assert real_ask_passphrase(parent, "plans.wellplan") == "purple ocean"
        assert real_ask_passphrase(parent, "plans.wellplan", "That didn't open it.") is None
    finally:
        person.stop()
    assert "“plans.wellplan” is locked" in person.seen[0]
    assert person.seen[1].startswith("That didn't open it.\n\n")


def press_on(key: Qt.Key) -> Answer:
    def answer(dialog: QWidget) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog, key)

    return answer


def click(label: str) -> Answer:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        (button,) = [b for b in dialog.buttons() if b.text() == label]
        button.click()

    return answer


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (press_on(Qt.Key.Key_Return), False),  # Enter keeps things as they are
        (press_on(Qt.Key.Key_Escape), False),
        (click("Delete everything"), True),  # only a deliberate click goes ahead
        (click("Keep it"), False),
    ],
)
def test_a_destructive_question_defaults_to_keeping_things(
    parent: QWidget, answer: Answer, expected: bool
) -> None:
    person = Person([answer])
    try:
        said = real_confirm(
            parent,
            "Delete everything?",
            "This can't be undone.",
            "Delete everything",
            "Keep it",
            destructive=True,
        )
    finally:
        person.stop()
    assert said is expected and person.seen == ["This can't be undone."]


def test_an_ordinary_question_goes_ahead_on_enter(parent: QWidget) -> None:
    person = Person([press_on(Qt.Key.Key_Return)])
    try:
        said = real_confirm(parent, "Sign the new version?", "It changed.", "Sign now", "Later")
    finally:
        person.stop()
    assert said is True

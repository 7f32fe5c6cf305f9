"""Helpers for driving the app with the keyboard in tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wellplan.gui import style
from wellplan.gui.main_window import MainWindow


def open_window(qtbot: QtBot, path: Path | None = None, *, create: bool = True) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    if path is not None:
        assert window.open_path(path, create=create)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 120) -> None:
    """Press Tab until ``target`` has focus: proves it is reachable by keyboard alone."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target!r}")


def type_text(qtbot: QtBot, text: str, widget: QWidget | None = None) -> None:
    """Type ``text`` into ``widget`` (or the focused widget), one key press and release per
    character.

    QTest's keyClicks can only type Latin-1, so this sends the events a keyboard or input
    method delivers: the character as the event's text (any script, emoji included)."""
    for char in text:
        key = (
            Qt.Key(ord(char.upper()))
            if char.isascii() and char.isprintable()
            else Qt.Key.Key_unknown
        )
        target = widget if widget is not None else focused()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def press(
    qtbot: QtBot,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    widget: QWidget | None = None,
) -> None:
    """A key press to ``widget``, or to whatever has focus (keyboard tests)."""
    qtbot.keyClick(widget if widget is not None else focused(), key, modifier)


def drag(pad: QWidget, points: list[tuple[int, int]]) -> None:
    """Press, move through ``points`` with the button held, release: what a hand does."""
    first = QPointF(*points[0])
    for kind, point, button, buttons in (
        [
            (
                QEvent.Type.MouseButtonPress,
                first,
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
            )
        ]
        + [
            (
                QEvent.Type.MouseMove,
                QPointF(x, y),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton,
            )
            for x, y in points[1:]
        ]
        + [
            (
                QEvent.Type.MouseButtonRelease,
                QPointF(*points[-1]),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
            )
        ]
    ):
        event = QMouseEvent(
            kind, point, pad.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, event)

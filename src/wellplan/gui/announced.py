"""Status changes that matter ("Saved", "Locked", "Added to your plan"), said to screen
readers with Qt's accessibility announcements and shown in the status bar for everyone.
Tests read :data:`log`, the last announcements made, and :data:`urgent`, those of them
said at once."""

from __future__ import annotations

from collections import deque

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

log: deque[str] = deque(maxlen=50)
urgent: deque[str] = deque(maxlen=50)  # those said at once (assertive), also in ``log``


def show_and_say(label: QLabel, message: str, *, assertive: bool = False) -> None:
    """Show an outcome in ``label`` (a dialog's status line) and say it."""
    label.setText(message)
    emit_for(label, message, assertive=assertive)


def emit_for(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Announce ``message`` from ``widget`` (polite: after what the reader is saying;
    ``assertive``: at once, for things like a failed save)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # slow to set up

    log.append(message)
    if assertive:
        urgent.append(message)
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 6000)

"""What screen readers are told beyond what Qt says of a widget by itself: which labels are
headings (a page's title, a group's heading), so a screen reader says "heading" and can
move by them, and the role of a widget Qt knows nothing about (the signature pad is a
canvas, not a "filler").

Qt makes a widget's accessible interface once, when it is first asked for, and keeps it.
:func:`_factory`, which Qt asks before its own, makes a marked label's interface a
heading; a label whose interface was made before it was marked gets a new one.

QAccessible costs ~2 ms to set up in PySide6, so nothing here imports it while the first
window is made: the factory is put in place just after (a label made a heading before
then, and already asked about by a screen reader, is made again at that moment)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAccessibleWidget

ROLE = "accessible-role"  # the property that names a widget's role (see set_role)
_state = {"installed": False, "pending": False}
_heading_class: Any = None


def _make_heading_class() -> Any:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class Heading(QAccessibleWidget):
        """A label that is a heading: its text is its name, its role "heading"."""

        def __init__(self, label: QLabel) -> None:
            super().__init__(label, QAccessible.Role.Heading)
            self._label = label

        def text(self, kind: QAccessible.Text) -> str:
            if kind == QAccessible.Text.Name:
                return self._label.accessibleName() or self._label.text()
            return str(super().text(kind))

    return Heading


def _factory(_key: str, widget: object) -> QAccessibleWidget | None:
    if isinstance(widget, QLabel) and widget.property("heading"):
        return _heading_class(widget)  # type: ignore[no-any-return]
    role = widget.property(ROLE) if isinstance(widget, QWidget) else None
    if isinstance(role, str) and isinstance(widget, QWidget):
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QAccessibleWidget

        return QAccessibleWidget(widget, getattr(QAccessible.Role, role))
    return None


def install() -> None:
    """Put the factory in place (once), and make again any heading's interface made
    before it was."""
    global _heading_class
    _state["pending"] = False
    if _state["installed"]:
        return
    from PySide6.QtGui import QAccessible

    _heading_class = _make_heading_class()
    QAccessible.installFactory(_factory)
    _state["installed"] = True
    if QAccessible.isActive():
        for widget in QApplication.allWidgets():
            if widget.property("heading") or widget.property(ROLE):
                _refresh(widget)


def _refresh(widget: QWidget) -> None:
    from PySide6.QtGui import QAccessible

    wanted = widget.property(ROLE) or "Heading"
    made = QAccessible.queryAccessibleInterface(widget)
    if made is not None and made.role() != getattr(QAccessible.Role, wanted):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))  # made anew


def mark_heading(label: QLabel) -> QLabel:
    """Make ``label`` a heading to screen readers (and to the tests that look for them)."""
    label.setProperty("heading", True)
    _marked(label)
    return label


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` the accessible role named ``role`` (a ``QAccessible.Role`` name,
    such as "Canvas"); its name and description are its own."""
    widget.setProperty(ROLE, role)
    _marked(widget)


def _marked(label: QWidget) -> None:
    if _state["installed"]:
        from PySide6.QtGui import QAccessible

        if QAccessible.isActive():
            _refresh(label)
    elif not _state["pending"]:
        _state["pending"] = True
        QTimer.singleShot(0, install)

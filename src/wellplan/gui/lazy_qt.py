"""``Qt`` for the modules the first window needs, made the first time it is used (one of
the start-up tricks of wellplan/startup.py: ``WELLPLAN_PLAIN_START=1`` gives Qt's own).

PySide6 builds the Python enums of the whole ``Qt`` namespace, 96 of them, the first time
``Qt`` itself is touched, a good part of what a bare PySide6 window takes to appear
(benchmarks/README.md has the figures). The first window needs a handful of its values,
so the modules it loads take ``Qt`` from here (to mypy it is PySide6's own): its enums are
built when one of its attributes is first read, once the window has painted. What the
first paint needs is given below as the plain numbers Qt's C++ takes; tests/test_lazy_qt.py
checks each against ``Qt``, and that starting the window doesn't build ``Qt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtGui import QBrush

# The values the first paint needs, as numbers (checked against Qt by the tests):
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
TOOL_BUTTON_TEXT_ONLY = 1  # Qt.ToolButtonStyle.ToolButtonTextOnly
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff


class _LazyQt:
    """Stands in for ``Qt`` until an attribute is read; from then on, gives Qt's own."""

    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt

        value = getattr(Qt, name)
        setattr(self, name, value)  # found on the instance from now on, at no cost
        return value


def _qt() -> type[_Qt]:
    from wellplan import startup

    if startup.plain():  # the ordinary way: Qt's own, built when this module loads
        from PySide6.QtCore import Qt as real

        return real
    return cast("type[_Qt]", _LazyQt())


Qt = _qt()


def set_enum(target: QObject, name: str, value: int) -> None:
    """Set the enum property ``name`` (``"textFormat"``, ...) from its number, through
    Qt's property system, without building ``Qt``. A name the object doesn't have would
    quietly become a new property: raise instead."""
    if not target.setProperty(name, value):
        raise AttributeError(f"{type(target).__name__} has no property {name!r}")


def solid_brush(colour: str) -> QBrush:
    """A solid brush of ``colour`` ("#1f6f5c"). ``QBrush(QColor(...))`` would build ``Qt``:
    one of the overloads PySide6 weighs takes a ``Qt.GlobalColor``. A palette makes it."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    return palette.brush(QPalette.ColorRole.Text)

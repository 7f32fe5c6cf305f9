"""A row of buttons that wraps onto more lines when the window is narrow (a small laptop,
large text), instead of making the window wider than the screen. Buttons added after
:meth:`FlowLayout.push_to_end` sit at the right-hand end, on the last line if they fit
there, else on lines of their own. Tab goes through them in the order they were added,
whatever line they are on."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._end_from: int | None = None  # the index from which items sit at the end

    # ---- what it holds -------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def push_to_end(self) -> None:
        """Everything added from now on sits at the right-hand end."""
        self._end_from = len(self._items)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._end_from is not None and index < self._end_from:
            self._end_from -= 1
        return self._items.pop(index)

    # ---- sizes ---------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as its widest button: one button a line."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # ---- laying out ----------------------------------------------------------------------
    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        from PySide6.QtWidgets import QStyle

        return max(parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing), 6)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _width(self, line: list[QLayoutItem]) -> int:
        return sum(i.sizeHint().width() for i in line) + self._gap() * (len(line) - 1)

    @staticmethod
    def _height(line: list[QLayoutItem]) -> int:
        return max(i.sizeHint().height() for i in line)

    def _lines(self, items: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        for item in items:
            if lines and self._width([*lines[-1], item]) <= width:
                lines[-1].append(item)
            else:
                lines.append([item])
        return lines

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (if ``place``); the height that takes."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        split = len(self._items) if self._end_from is None else self._end_from
        start = self._lines([i for i in self._items[:split] if not i.isEmpty()], area.width())
        end = self._lines([i for i in self._items[split:] if not i.isEmpty()], area.width())
        rows: list[tuple[list[QLayoutItem], bool]] = [(line, False) for line in start]
        if (
            start
            and len(end) == 1
            and self._width(start[-1]) + gap + self._width(end[0]) <= (area.width())
        ):
            rows[-1] = (start[-1] + end[0], False)  # one line: the end's items at its end
            ends_at = len(start[-1])
        else:
            rows += [(line, True) for line in end]
            ends_at = -1
        y = area.y()
        for index, (line, right) in enumerate(rows):
            height = self._height(line)
            if place:
                if index == len(rows) - 1 and ends_at >= 0:
                    self._place(line[:ends_at], area, y, height, right=False)
                    self._place(line[ends_at:], area, y, height, right=True)
                else:
                    self._place(line, area, y, height, right=right)
            y += height + gap
        used = y - gap - area.y() if rows else 0
        return used + margins.top() + margins.bottom()

    def _place(
        self, line: list[QLayoutItem], area: QRect, y: int, height: int, *, right: bool
    ) -> None:
        x = area.x() + area.width() - self._width(line) if right else area.x()
        for item in line:
            wide = min(item.sizeHint().width(), area.width())
            item.setGeometry(QRect(QPoint(x, y), QSize(wide, height)))
            x += wide + self._gap()

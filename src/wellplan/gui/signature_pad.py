"""Signing inside the app: a pad to draw a signature (mouse, pen or finger), or a typed
signature for people who can't or would rather not draw, confirmed with a tick.

Strokes are kept in 0..1 coordinates, so the signature scales with the window and prints
at any size. Nothing here decides who signs: the signing step (issue 5) owns the roles.
"""

from __future__ import annotations

import itertools
from functools import cache

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wellplan.domain.signing import Mark
from wellplan.gui.accessible import set_role
from wellplan.gui.style import hint_label
from wellplan.resources import resource_path

Stroke = list[tuple[float, float]]


@cache
def hand_family() -> str:
    """The bundled handwriting face for typed signatures (the PDF uses the same one); Qt
    falls back letter by letter for scripts it doesn't cover."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "Breip.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


def smooth_path(strokes: list[Stroke], width: float, height: float) -> QPainterPath:
    """Curves through the midpoints between samples, so strokes look like ink, not wire."""
    path = QPainterPath()
    for stroke in strokes:
        points = [QPointF(x * width, y * height) for x, y in stroke]
        if not points:
            continue
        path.moveTo(points[0])
        if len(points) == 1:
            path.lineTo(points[0] + QPointF(0.5, 0.5))  # a dot
            continue
        for current, following in itertools.pairwise(points[1:]):
            path.quadTo(current, (current + following) / 2)
        path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature-pad")
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr(
                "Draw your signature with a mouse, pen or finger. Ctrl+Z takes back the last stroke."
            )
        )
        set_role(self, "Canvas")  # drawn on, not a "filler"
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[Stroke] = []
        self._drawing = False

    def sizeHint(self) -> QSize:
        return QSize(520, 180)

    # ---- the ink -----------------------------------------------------------------------
    def _normalised(self, point: QPointF) -> tuple[float, float]:
        w, h = max(self.width(), 1), max(self.height(), 1)
        return (min(max(point.x() / w, 0.0), 1.0), min(max(point.y() / h, 0.0), 1.0))

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._normalised(point)])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(self._normalised(point))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def event(self, event: QEvent) -> bool:
        # claim Ctrl+Z while the pad has focus, before the window's Edit ▸ Undo takes it
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        baseline = self.height() * 0.75
        painter.setPen(QPen(QColor("#9fb8ae"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(12, baseline), QPointF(self.width() - 12, baseline))
        if not self._strokes:
            painter.setPen(QColor("#5b6770"))
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("Sign here")
            )
        pen = QPen(QColor("#1d2327"), max(2.0, self.width() / 260))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(smooth_path(self._strokes, self.width(), self.height()))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1f5f56"), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    # ---- the signature -----------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [list(s) for s in self._strokes]

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self._strokes)

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()


class SignatureInput(QWidget):
    """Draw, or type your name and tick that you mean it as your signature."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self)
        undo = QPushButton(self.tr("&Undo stroke"), self)
        clear = QPushButton(self.tr("C&lear"), self)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typed-signature")
        self.typed.setPlaceholderText(self.tr("Or type your full name"))
        self.typed.setAccessibleName(self.tr("Typed signature"))
        self.typed.setAccessibleDescription(self.typed.placeholderText())
        font = QFont(self.typed.font())
        family = hand_family()
        if family:
            font.setFamilies([family, *font.families()])
        else:
            font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.typed.setFont(font)
        self.means_it = QCheckBox(self.tr("I mean this typed name as my signature"), self)
        self.means_it.setObjectName("typed-means-it")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(undo)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        layout.addWidget(
            hint_label(
                self.tr("Can't or would rather not draw? Type your name instead."), "why", self
            )
        )
        layout.addWidget(self.typed)
        layout.addWidget(self.means_it)
        undo.clicked.connect(self.pad.undo)
        clear.clicked.connect(self.pad.clear)
        for signal in (self.pad.changed, self.typed.textChanged, self.means_it.toggled):
            signal.connect(self.changed)

    def value(self) -> Mark | None:
        """The signature, or None while there isn't a complete one."""
        if not self.pad.is_empty():
            strokes = tuple(tuple(stroke) for stroke in self.pad.strokes() if stroke)
            aspect = self.pad.width() / max(self.pad.height(), 1)
            return Mark("drawn", strokes=strokes, aspect=aspect)
        text = " ".join(self.typed.text().split())
        if text and self.means_it.isChecked():
            return Mark("typed", text=text)
        return None

    def clear(self) -> None:
        self.pad.clear()
        self.typed.clear()
        self.means_it.setChecked(False)

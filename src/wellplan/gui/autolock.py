"""Locking a passphrase-protected file again after a while with nobody at the keyboard.

Any key press, click, scroll or touch anywhere in the app counts as someone being there.
Thirty seconds before locking, ``warn`` is emitted so the window can say so (with a way to
stay, :class:`LockWarning`); then ``lock``. :class:`LockScreen` asks for the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellplan.gui.accessible import mark_heading

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
DEFAULT_MINUTES = 10
WARN_BEFORE_MS = 30_000


class AutoLock(QObject):
    warn = Signal()
    lock = Signal()
    resumed = Signal()  # someone came back after the warning

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.timeout.connect(self._warned)
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._lock_timer.timeout.connect(self.lock)
        self._timeout_ms = DEFAULT_MINUTES * 60_000
        self._warn_ms = WARN_BEFORE_MS
        self._armed = False
        self.warning = False

    def set_timeout(self, timeout_ms: int, warn_before_ms: int = WARN_BEFORE_MS) -> None:
        """``timeout_ms`` of 0 turns locking off."""
        self._timeout_ms = max(0, timeout_ms)
        self._warn_ms = max(0, min(warn_before_ms, self._timeout_ms))
        if self._armed:
            self.restart()

    def follow(self, locked: bool, minutes: int) -> None:
        """Lock again after ``minutes`` with nobody there, if the open file is ``locked``
        (0 minutes: never); a plain file is never locked away."""
        if locked and minutes > 0:
            self.set_timeout(minutes * 60_000)
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        app = QApplication.instance()
        if not self._armed and app is not None:
            app.installEventFilter(self)
        self._armed = True
        self.restart()

    def stop(self) -> None:
        app = QApplication.instance()
        if self._armed and app is not None:
            app.removeEventFilter(self)
        self._armed = False
        self._warn_timer.stop()
        self._lock_timer.stop()
        self.warning = False

    def restart(self) -> None:
        self._warn_timer.stop()
        self._lock_timer.stop()
        if self.warning:
            self.warning = False
            self.resumed.emit()
        if not self._armed or self._timeout_ms == 0:
            return
        self._warn_timer.start(max(0, self._timeout_ms - self._warn_ms))
        self._lock_timer.start(self._timeout_ms)

    def _warned(self) -> None:
        self.warning = True
        self.warn.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._armed:
            self.restart()
        return False


class LockScreen(QWidget):
    """What the window shows while the file is locked: nothing of the plans, a field for
    the passphrase (or recovery key), and why."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        mark_heading(self.title)
        explain = QLabel(
            self.tr(
                "WellPlan locked your file because nothing happened for a while. Your "
                "work was saved first. Type your passphrase, or your recovery key, to carry on "
                "where you left off."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "intro")
        self.field = QLineEdit(self)
        self.field.setObjectName("unlock-passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.field.setMaximumWidth(460)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setObjectName("unlock-button")
        self.button.setDefault(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("unlock-problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)

    def show_for(self, name: str) -> None:
        self.title.setText(self.tr("“%1” is locked").replace("%1", name))
        self.field.clear()
        self.problem.clear()
        self.field.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.field.selectAll()
        self.field.setFocus()

    def _submit(self) -> None:
        if self.field.text():
            self.unlock_requested.emit(self.field.text())


class LockWarning(QWidget):
    """The bar the window shows when it is about to lock, with a way to stay unlocked."""

    def __init__(self, autolock: AutoLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-warning")
        row = QHBoxLayout(self)
        text = QLabel(
            self.tr(
                "Nothing has happened for a while, so WellPlan will lock your file in 30 "
                "seconds (your work is saved)."
            )
        )
        text.setWordWrap(True)
        stay = QPushButton(self.tr("&Stay unlocked"))
        stay.setObjectName("stay-unlocked")
        stay.clicked.connect(autolock.restart)
        row.addWidget(text, 1)
        row.addWidget(stay)
        self.setVisible(False)
        autolock.warn.connect(self.warn)
        autolock.resumed.connect(lambda: self.setVisible(False))

    def warn(self) -> None:
        self.setVisible(True)
        self.setAccessibleName(self.tr("WellPlan will lock your file soon"))

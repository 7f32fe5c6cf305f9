"""What fills the main window, one page at a time: the home (the file's plans), the plan
being written, people, medications and places, "use my plan now", and the lock screen.

The pages other than the home are made the first time they are shown, not before a window
that may never show them. Going back from any of them goes home (``back``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from wellplan.gui.home import HomeView

if TYPE_CHECKING:
    from wellplan.gui.autolock import LockScreen
    from wellplan.gui.records_view import RecordsView
    from wellplan.gui.today import TodayView
    from wellplan.gui.use_now import UseNowView


class Pages(QStackedWidget):
    back = Signal()  # "back to your plans" on a page made here
    unlock_requested = Signal(str)  # the passphrase typed on the lock screen

    def __init__(self, home: HomeView) -> None:
        super().__init__()
        self.home = home
        self.addWidget(home)
        self._records: RecordsView | None = None
        self._use_now: UseNowView | None = None
        self._lock_screen: LockScreen | None = None
        self._today: TodayView | None = None

    @property
    def use_now(self) -> UseNowView:
        if self._use_now is None:
            from wellplan.gui.use_now import UseNowView

            self._use_now = UseNowView()
            self._use_now.back.connect(self.back)
            self.addWidget(self._use_now)
        return self._use_now

    @property
    def records(self) -> RecordsView:
        """People, medications and places."""
        if self._records is None:
            from wellplan.gui.records_view import RecordsView

            self._records = RecordsView()
            self._records.back.connect(self.back)
            self.addWidget(self._records)
        return self._records

    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            from wellplan.gui.autolock import LockScreen

            self._lock_screen = LockScreen()
            self._lock_screen.unlock_requested.connect(self.unlock_requested)
            self.addWidget(self._lock_screen)
        return self._lock_screen

    @property
    def today(self) -> TodayView:
        """Today's check-in."""
        if self._today is None:
            from wellplan.gui.today import TodayView

            self._today = TodayView()
            self._today.back.connect(self.back)
            self.addWidget(self._today)
        return self._today

    def on_today(self) -> bool:
        return self._today is not None and self.currentWidget() is self._today

    def showing(self) -> str:
        """Which page is in front: "home", "records", "use-now", "lock", "today" or "plan" (the
        plan being written)."""
        current = self.currentWidget()
        if current is self.home:
            return "home"
        for name, page in (
            ("records", self._records),
            ("use-now", self._use_now),
            ("lock", self._lock_screen),
            ("today", self._today),
        ):
            if page is not None and current is page:
                return name
        return "plan"

    def on_records(self) -> bool:
        """Whether people, medications and places are showing."""
        return self._records is not None and self.currentWidget() is self._records

    def bring(self, page: QWidget, start: QWidget) -> None:
        """Bring ``page`` to the front with the focus on ``start``, where the person starts
        on it. Given the focus while its page is hidden, ``start`` takes it as the page
        comes to the front: a screen reader hears only it, not a control of the page left
        or of one not shown passed on the way."""
        start.setFocus()
        self.setCurrentWidget(page)
        if page.isAncestorOf(start) and start.isVisible():
            start.setFocus()  # (the page was in front already)

    def show_records(self) -> None:
        records = self.records
        self.bring(records, records.tabs.currentWidget())

    def show_use_now(self) -> None:
        """ "Use my plan now" as it was last drawn, read from the top."""
        self.bring(self.use_now, self.use_now.text)

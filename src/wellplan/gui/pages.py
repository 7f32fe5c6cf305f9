"""What fills the main window, one page at a time: the home (the file's plans), the plan
being written, people, medications and places, "use my plan now", and the lock screen.

The pages other than the home are made the first time they are shown, not before a window
that may never show them. Going back from any of them goes home (``back``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

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

    def on_records(self) -> bool:
        """Whether people, medications and places are showing."""
        return self._records is not None and self.currentWidget() is self._records

    def show_records(self) -> None:
        self.setCurrentWidget(self.records)
        self.records.tabs.currentWidget().setFocus()

    def show_use_now(self) -> None:
        """ "Use my plan now" as it was last drawn."""
        self.setCurrentWidget(self.use_now)
        self.use_now.back_button.setFocus()

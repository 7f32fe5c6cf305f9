"""Today: tick what you did from your daily list, add a line in your own words if you like,
and look back at earlier days or a month. Words, not numbers: nothing is counted, scored or
compared, and nothing reminds or nags. What is ticked is saved at once; the line a moment
after typing stops (and at once on leaving the day or the view).

Keys: Space ticks the chosen thing; Alt+Left and Alt+Right (or the buttons) go a day back
and forward; Alt+T comes back to today; Alt+M shows the month; Esc goes back to the plans."""

from __future__ import annotations

import datetime as dt
import locale
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPainter, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.checkins import CheckIn, CheckInError, month_lines, month_of, shown_on
from wellplan.domain.words import current as language
from wellplan.domain.words import day as day_words
from wellplan.gui import announced, dialogs
from wellplan.gui.accessible import mark_heading
from wellplan.gui.editors import AddLine, fit_rows, on_width_change
from wellplan.gui.style import hint_label
from wellplan.storage.errors import StorageError

if TYPE_CHECKING:
    from wellplan.storage.document import PlanFile

NOTE_DELAY_MS = 600
LIST_ROWS = 14  # a daily list longer than this scrolls within itself
MONTH_ROWS = 10


def today() -> dt.date:
    """The day Today opens on (tests read it from here)."""
    return dt.date.today()


class _ListKeys(QObject):
    """Delete takes one of the person's own things off their daily list."""

    def __init__(self, view: TodayView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.view.remove_own()
            return True
        return False


class TickCalendar(QCalendarWidget):
    """A month with a small tick under each day that has a check-in (as well as the day in
    bold and underlined, so it never rests on colour or on the tick alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticked: set[QDate] = set()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        if date not in self.ticked:
            return
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        painter.setFont(font)
        corner = rect.adjusted(0, 0, -2, 0)
        painter.drawText(corner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), "✓")
        painter.restore()


class TodayView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.doc: PlanFile | None = None
        self.paper = ""  # the paper for "My days": set by the window; "" for the locale's
        self.day = today()
        self.own: list[str] = []
        self._loading = False
        heading = QLabel(self.tr("Today"))
        heading.setProperty("role", "title")
        mark_heading(heading)
        self.day_label = hint_label("", "intro")
        self.day_label.setObjectName("today-day")
        self.earlier = QPushButton(self.tr("← &Day before"))
        self.earlier.setToolTip(self.tr("The day before (Alt+Left)"))
        self.later = QPushButton(self.tr("Day &after →"))
        self.later.setToolTip(self.tr("The day after (Alt+Right)"))
        self.to_today = QPushButton(self.tr("Back to &today"))
        self.month_button = QPushButton(self.tr("&Month"))
        self.month_button.setCheckable(True)
        self.month_button.setToolTip(self.tr("The days of this month you ticked something"))
        nav = QHBoxLayout()
        for button in (self.earlier, self.later, self.to_today, self.month_button):
            nav.addWidget(button)
        nav.addStretch(1)

        self.month = QWidget()
        self.month.setObjectName("today-month")
        self.calendar = TickCalendar(self.month)
        self.calendar.setObjectName("today-calendar")
        self.calendar.setAccessibleName(self.tr("Choose a day to see it"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._keyboard_for_calendar()
        # the same days in words, one line each (a list: it scrolls, and each day is read)
        self.month_text = QListWidget(self.month)
        self.month_text.setObjectName("today-month-words")
        self.month_text.setWordWrap(True)
        self.month_text.setSpacing(3)
        self.month_text.setAccessibleName(self.tr("What I did in this month"))
        self.month_text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        month_layout = QHBoxLayout(self.month)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignTop)
        self.pdf_button = QPushButton(self.tr("Save this month as a PDF…"), self.month)
        self.pdf_button.setObjectName("today-pdf")
        self.pdf_button.setToolTip(
            self.tr("The days of this month in words, to keep or to show someone")
        )
        self.saved = hint_label("", "why", self.month)
        self.saved.setVisible(False)
        words_column = QVBoxLayout()
        words_column.addWidget(self.month_text)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addWidget(self.saved, 1)
        words_column.addLayout(pdf_row)
        month_layout.addLayout(words_column, 1)
        self.month.setVisible(False)

        self.list_label = QLabel(self.tr("What I did (Space ticks):"))
        self.list_label.setProperty("role", "question")
        self.list = QListWidget()
        self.list.setObjectName("today-list")
        self.list.setWordWrap(True)
        self.list.setAccessibleDescription(
            self.tr(
                "Space ticks what you did. Alt+Left and Alt+Right go to the day before and "
                "after. Delete takes one of your own things off the list."
            )
        )
        self.list.installEventFilter(_ListKeys(self))
        self.list_label.setBuddy(self.list)
        self.empty = hint_label(
            self.tr(
                "Your daily list is empty for now. It comes from the “every day” list of your "
                "Wellness Recovery Action Plan; you can also add your own things below."
            ),
            "why",
        )
        self.add_line = AddLine()
        self.add_line.setPlaceholderText(
            self.tr("Add something to your daily list, then press Enter")
        )
        self.add_line.setAccessibleName(self.tr("Add something to your daily list"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add this to your daily list"))
        self.add_button.setAccessibleName(self.tr("Add this to your daily list"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_line, 1)
        add_row.addWidget(self.add_button)
        note_label = QLabel(self.tr("A line in your own words (if you like):"))
        note_label.setProperty("role", "question")
        self.note = QLineEdit()
        self.note.setObjectName("today-note")
        note_label.setBuddy(self.note)
        self.problem = hint_label("", "error")
        self.problem.setVisible(False)
        self.quiet = hint_label(
            self.tr(
                "This is for you. Nothing here is counted or scored, and it stays in your file."
            ),
            "why",
        )

        self.back_button = QPushButton(self.tr("Back to your plans (Esc)"))
        self.back_button.setObjectName("today-back")
        # the day scrolls on a small screen or at large text (the month above it makes it
        # tall): the heading, the days' buttons and Back stay in view
        body = QWidget()
        body.setObjectName("today-body")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.month)
        inner.addWidget(self.list_label)
        inner.addWidget(self.empty)
        inner.addWidget(self.list)
        inner.addLayout(add_row)
        inner.addSpacing(8)
        inner.addWidget(note_label)
        inner.addWidget(self.note)
        inner.addWidget(self.problem)
        inner.addWidget(self.quiet)
        inner.addStretch(1)
        # each list as tall as its rows (up to a point, then it scrolls): the day, and the
        # line in my own words under it, show together
        on_width_change(self.list, self._fit)
        on_width_change(self.month_text, self._fit)
        area = QScrollArea()  # parented below, after the days' buttons: Tab goes in order
        area.setObjectName("today-area")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addWidget(self.day_label)
        layout.addLayout(nav)
        layout.addWidget(area, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_DELAY_MS)
        self.note_timer.timeout.connect(self.save)
        self.list.itemChanged.connect(lambda _item: self.save())
        self.note.textEdited.connect(lambda _text: self.note_timer.start())
        self.add_line.submitted.connect(lambda _text: self.add_own())
        self.add_button.clicked.connect(self.add_own)
        self.earlier.clicked.connect(lambda: self.show_day(self.day - dt.timedelta(days=1)))
        self.later.clicked.connect(lambda: self.show_day(self.day + dt.timedelta(days=1)))
        self.to_today.clicked.connect(lambda: self.show_day(today()))
        self.month_button.toggled.connect(self._show_month)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_month())
        self.back_button.clicked.connect(self.back)
        self.pdf_button.clicked.connect(self.save_month_pdf)
        esc = QShortcut(QKeySequence("Esc"), self, self.back.emit)  # as on the other views
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self._step(s))

    # ---- showing a day ------------------------------------------------------------------
    def load(self, doc: PlanFile, day: dt.date | None = None) -> None:
        """Show ``day`` (today, by default) of ``doc``. Raises StorageError if it can't be read."""
        self.flush()
        self.doc = doc
        # the calendar's month and day names in the language spoken (Qt's own are English)
        self.calendar.setLocale(QLocale(language()) if language() != "en" else QLocale())
        self._show(day or today())
        self.list.setFocus()

    def show_day(self, day: dt.date) -> None:
        if not self.flush():
            return  # the line typed couldn't be saved: stay on its day
        try:
            self._show(min(day, today()))
        except StorageError as exc:
            self._problem(str(exc))

    def _step(self, step: int) -> None:
        if step < 0 or self.day < today():
            self.show_day(self.day + dt.timedelta(days=step))

    def _show(self, day: dt.date) -> None:
        assert self.doc is not None
        entry = self.doc.checkin(day)
        offered = self.doc.daily_list()
        self.own = self.doc.daily_items()
        self.day = day
        self._loading = True
        try:
            self.list.clear()
            for text, ticked in shown_on(entry, offered):
                item = QListWidgetItem(text)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
            if self.list.count():
                self.list.setCurrentRow(0)
            self.note.setText(entry.note)
        finally:
            self._loading = False
        self.empty.setVisible(self.list.count() == 0)
        self._fit()
        self.problem.setVisible(False)
        self.day_label.setText(self._day_words(day))
        self.list.setAccessibleName(self.tr("What I did on %1").replace("%1", day_words(day)))
        self.note.setAccessibleName(
            self.tr("A line in your own words for %1").replace("%1", day_words(day))
        )
        self.later.setEnabled(day < today())
        self.to_today.setEnabled(day != today())
        if self.month.isVisible():
            self._mark_month()

    def _fit(self) -> None:
        if self.list.count():
            fit_rows(self.list, LIST_ROWS)
        else:
            self.list.setFixedHeight(self.list.fontMetrics().height() * 2)
        fit_rows(self.month_text, MONTH_ROWS)

    def _day_words(self, day: dt.date) -> str:
        if day == today():
            return self.tr("Today, %1").replace("%1", day_words(day))
        if day == today() - dt.timedelta(days=1):
            return self.tr("Yesterday, %1").replace("%1", day_words(day))
        return day_words(day)

    # ---- saving -------------------------------------------------------------------------
    def current(self) -> CheckIn:
        done = [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return CheckIn(self.day, tuple(done), self.note.text())

    def save(self) -> bool:
        """Keep the day as it shows now. False (and says why) if that failed."""
        if self._loading or self.doc is None:
            return True
        self.note_timer.stop()
        entry = self.current()
        try:
            self.doc.save_checkin(entry.day, entry.done, entry.note)
        except (StorageError, CheckInError) as exc:
            self._problem(str(exc))
            return False
        self.problem.setVisible(False)
        return True

    def flush(self) -> bool:
        """Save the line being typed now, not in a moment (leaving the day or the view)."""
        if self.note_timer.isActive():
            return self.save()
        return True

    def _problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)

    # ---- the person's own things --------------------------------------------------------
    def add_own(self) -> None:
        text = self.add_line.text()
        if not text.strip() or self.doc is None:
            self.add_line.setFocus()
            return
        if not self.flush():
            return
        try:
            self.doc.set_daily_items([*self.own, text])
            self.add_line.clear()
            self._show(self.day)
        except (StorageError, CheckInError) as exc:
            self._problem(str(exc))
        self.add_line.setFocus()

    def remove_own(self) -> None:
        """Take the chosen thing off the daily list, if it is one of the person's own (the
        plan's own list is changed in the plan). Days it was ticked keep it."""
        item = self.list.currentItem()
        if item is None or item.text() not in self.own or self.doc is None:
            return
        if not self.flush():
            return
        row = self.list.currentRow()
        try:
            self.doc.set_daily_items([t for t in self.own if t != item.text()])
            self._show(self.day)
        except (StorageError, CheckInError) as exc:
            self._problem(str(exc))
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    # ---- the month ----------------------------------------------------------------------
    def _show_month(self, shown: bool) -> None:
        self.month.setVisible(shown)
        if shown:
            self.calendar.setMaximumDate(_qdate(today()))
            self.calendar.setSelectedDate(_qdate(self.day))
            self._mark_month()
            self.calendar.setFocus()

    def _mark_month(self) -> None:
        """The days of the month shown that have a check-in, in bold and underlined, and
        the same days in words beside it."""
        if self.doc is None:
            return
        shown = dt.date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        first, last = month_of(shown)
        try:
            checkins = self.doc.checkins(first, last)
        except StorageError as exc:
            self._problem(str(exc))
            return
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day's
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        lines = month_lines(checkins, first, last)
        self.calendar.ticked = {_qdate(day) for day, _words in lines}
        for day, _words in lines:
            self.calendar.setDateTextFormat(_qdate(day), marked)
        self.calendar.update()
        self.month_text.clear()
        for day, words in lines:
            self.month_text.addItem(f"{day_words(day)}: {words}")
        if not lines:
            self.month_text.addItem(self.tr("Nothing written down for this month."))
        self._fit()

    def save_month_pdf(self) -> Path | None:
        """The month shown, its days in words, as a PDF where the person chooses (nothing
        is saved anywhere else). Returns where it went."""
        if self.doc is None:
            return None
        from wellplan import __version__
        from wellplan.domain.bundle import default_paper
        from wellplan.export.days import days_pdf
        from wellplan.gui.worker import pdf_pool, run_busy
        from wellplan.storage.atomic import atomic_target

        first, last = month_of(dt.date(self.calendar.yearShown(), self.calendar.monthShown(), 1))
        name = self.tr("My days %1.pdf").replace("%1", f"{first:%Y-%m}")
        path = dialogs.get_pdf_path(self, self.doc.path.parent / name)
        if path is None:
            return None
        paper = self.paper or default_paper(locale.getlocale()[0])
        try:
            bundle, checkins = self.doc.bundle(__version__), self.doc.checkins(first, last)

            def write() -> None:  # on the one thread that makes PDFs
                pdf = days_pdf(bundle, checkins, first, last, paper)
                with atomic_target(path) as tmp:  # never half a PDF
                    tmp.write_bytes(pdf)

            run_busy(self, self.tr("Making the PDF…"), write, pool=pdf_pool())
        except (StorageError, OSError) as exc:
            self._problem(self.tr("The PDF couldn't be saved: %1").replace("%1", str(exc)))
            return None
        said = self.tr("Saved %1.").replace("%1", str(path))
        self.saved.setText(said)
        self.saved.setVisible(True)
        announced.emit_for(self, said)
        return path

    def _keyboard_for_calendar(self) -> None:
        """The calendar's own parts: its days named for screen readers; its month and year
        buttons, which Tab doesn't reach, have keys instead (Page Up and Page Down change the
        month; Ctrl with them, the year)."""
        for view in self.calendar.findChildren(QTableView):
            view.setAccessibleName(self.calendar.accessibleName())
        for button in self.calendar.findChildren(QToolButton):
            button.setProperty("keyboard", "Page Up, Page Down")

    def _chosen(self, date: QDate) -> None:
        self.show_day(dt.date(date.year(), date.month(), date.day()))
        self.list.setFocus()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)

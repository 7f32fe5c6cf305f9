"""The home view: the person's plans with their status and last change, and New plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wellplan.domain.plans import PlanStatus, PlanSummary, review_status
from wellplan.domain.templates import Template
from wellplan.domain.words import day
from wellplan.gui.accessible import mark_heading
from wellplan.gui.flow_layout import FlowLayout
from wellplan.gui.lazy_qt import SCROLL_BAR_ALWAYS_OFF, USER_ROLE, Qt, set_enum
from wellplan.gui.style import hint_label


def when(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'today at 14:05', 'yesterday at 09:12' or '3 March 2026', in local time."""
    local = moment.astimezone()
    today = (now or dt.datetime.now().astimezone()).date()
    if local.date() == today:
        return QCoreApplication.translate("home", "today at %1").replace("%1", f"{local:%H:%M}")
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("home", "yesterday at %1").replace("%1", f"{local:%H:%M}")
    return day(local)


def _draw_line(
    painter: QPainter, text: str, font: QFont, ink: QBrush, at: QPointF, width: int
) -> None:
    """One line of ``text`` from ``at`` (its top left) in ``ink``; words that don't fit in
    ``width`` are left out rather than drawn past the card."""
    layout = QTextLayout(text, font)
    chars = QTextCharFormat()
    chars.setForeground(ink)
    whole = QTextLayout.FormatRange()
    whole.start = 0
    whole.length = len(text.encode("utf-16-le")) // 2  # Qt counts UTF-16 units
    whole.format = chars
    layout.setFormats([whole])
    layout.beginLayout()
    layout.createLine().setLineWidth(width)
    layout.endLayout()
    layout.draw(painter, at)


class PlanCard(QStyledItemDelegate):
    """Draws a plan as a card: its title in bold, then kind, status and last change."""

    PAD = 10

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        lines = max(2, str(index.data()).count("\n") + 1)  # a goal's next steps add lines
        return QSize(option.rect.width(), metrics.lineSpacing() * lines + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title, *details = str(index.data()).split("\n")  # its DisplayRole
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        # asked of the view, not option.state: reading that makes PySide6 build every
        # QStyle enum while the first window is painted
        view = self.parent()
        selected = isinstance(view, QListWidget) and view.selectionModel().isSelected(index)
        palette = option.palette
        # drawn as a path and text layouts, never through QPainter.setPen or setBrush: those
        # make PySide6 build all of Qt's enums (see lazy_qt) to choose an overload
        card = QPainterPath()
        card.addRoundedRect(QRectF(rect), 6, 6)
        painter.fillPath(
            card,
            palette.brush(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base),
        )
        edge = QPen()
        edge.setColor(palette.color(QPalette.ColorRole.Mid))
        painter.strokePath(card, edge)
        ink = palette.brush(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.1)
        line = QFontMetrics(bold).lineSpacing()
        _draw_line(painter, title, bold, ink, QPointF(inner.topLeft()), inner.width())
        spacing = option.fontMetrics.lineSpacing()
        for number, detail in enumerate(details):
            _draw_line(
                painter,
                detail,
                option.font,
                ink,
                QPointF(inner.left(), inner.top() + line + 4 + number * spacing),
                inner.width(),
            )
        painter.restore()


class HomeView(QWidget):
    open_plan = Signal(int)
    new_plan = Signal(str)  # plan kind
    open_file = Signal()
    new_file = Signal()
    use_now = Signal(int)
    records = Signal()
    today = Signal()
    export = Signal()
    sign = Signal(int)  # plan id
    history = Signal(int)  # plan id

    def __init__(self, templates: Sequence[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.templates = list(templates)
        self.heading = QLabel(self.tr("Your plans"))
        self.heading.setProperty("role", "title")
        mark_heading(self.heading)
        self.file_label = hint_label("", "why")
        self.file_label.setObjectName("file-label")

        self.list = QListWidget()
        self.list.setObjectName("plan-list")
        self.list.setAccessibleName(self.tr("Your plans"))
        self.list.setAccessibleDescription(self.tr("Press Enter to open the selected plan."))
        self.list.setItemDelegate(PlanCard(self.list))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setSpacing(4)
        # each card is as wide as the list (a card sized before a scroll bar came would
        # otherwise bring a useless sideways one with it)
        set_enum(self.list, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)

        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setObjectName("continue")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._continue)
        self.new_button = QPushButton(self.tr("&New plan"))
        self.new_button.setObjectName("new-plan")
        menu = QMenu(self.new_button)
        for template in self.templates:
            action = menu.addAction(template.title)
            action.setData(template.kind)
            action.setToolTip(template.description)
            action.triggered.connect(lambda _=False, k=template.kind: self.new_plan.emit(k))
        self.new_button.setMenu(menu)
        # opened, it highlights its first kind of plan, which a screen reader says at once
        # (opened with nothing highlighted, it says nothing until an arrow key is pressed)
        menu.aboutToShow.connect(lambda: menu.setActiveAction(menu.actions()[0]))

        self.use_now_button = QPushButton(self.tr("&Use my plan now"))
        self.use_now_button.setObjectName("use-now-button")
        self.use_now_button.setToolTip(self.tr("Show your crisis plan on one calm screen (Ctrl+U)"))
        self.use_now_button.clicked.connect(self._use_now)
        self.records_button = QPushButton(self.tr("&People, medications and places"))
        self.records_button.setObjectName("records-button")
        self.records_button.clicked.connect(self.records)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("today-button")
        self.today_button.setToolTip(
            self.tr("Tick what you did today from your daily list (Ctrl+T)")
        )
        self.today_button.clicked.connect(self.today)
        self.export_button = QPushButton(self.tr("Print or e&xport…"))
        self.export_button.setObjectName("export-button")
        self.export_button.clicked.connect(self.export)
        self.sign_button = QPushButton(self.tr("&Sign…"))
        self.sign_button.setObjectName("sign-button")
        self.sign_button.setToolTip(
            self.tr("Sign the selected plan, with witnesses beside you if it needs them")
        )
        self.sign_button.clicked.connect(lambda: self._with_selected(self.sign))
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("history-button")
        self.history_button.setToolTip(
            self.tr("Versions of the selected plan, what changed between them, and who signed")
        )
        self.history_button.clicked.connect(lambda: self._with_selected(self.history))
        self.list.currentItemChanged.connect(self._selection_changed)

        # one line of buttons, on more lines when the window is narrow (large text)
        buttons = FlowLayout()
        for button in (
            self.new_button,
            self.today_button,
            self.records_button,
            self.export_button,
            self.sign_button,
            self.history_button,
        ):
            buttons.add(button)
        buttons.push_to_end()
        buttons.add(self.use_now_button)
        buttons.add(self.continue_button)

        # what shows when the file has no plans, or no file could be opened: made the first
        # time either is needed (most starts show plans)
        self._empty: QWidget | None = None
        self._no_file: QWidget | None = None
        self._open_button: QPushButton | None = None
        self.start_buttons: list[QPushButton] = []
        self._shown: object = None  # what show_plans was last given, and on which day

        self.with_plans = QWidget()
        with_layout = QVBoxLayout(self.with_plans)
        with_layout.setContentsMargins(0, 0, 0, 0)
        with_layout.addWidget(self.list, 1)
        with_layout.addLayout(buttons)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.with_plans)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        layout.addWidget(self.stack, 1)

    @property
    def empty(self) -> QWidget:
        """What shows when the file has no plans yet: a welcome and a way to start each."""
        if self._empty is None:
            # it scrolls: at large text on a small screen a welcome and a way to start each
            # plan kind are taller than the window
            contents = QWidget()
            empty_layout = QVBoxLayout(contents)
            empty_layout.addStretch(1)
            welcome = QLabel(self.tr("Welcome. This is where your plans will live."))
            welcome.setProperty("role", "title")
            welcome.setWordWrap(True)
            mark_heading(welcome)
            empty_layout.addWidget(welcome)
            empty_layout.addWidget(
                hint_label(
                    self.tr(
                        "Everything you write stays in one file on this computer. Nothing is sent anywhere. "
                        "You can stop at any point and pick up where you left off."
                    ),
                    "intro",
                )
            )
            for template in self.templates:
                button = QPushButton(template.start_label)
                button.setObjectName(f"start:{template.kind}")
                button.setProperty("role", "primary")
                button.clicked.connect(lambda _=False, k=template.kind: self.new_plan.emit(k))
                empty_layout.addWidget(hint_label(template.description, "why"))
                empty_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.start_buttons.append(button)
            empty_layout.addStretch(2)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            set_enum(scroll, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
            scroll.setWidget(contents)
            self._empty = scroll
            self.stack.addWidget(scroll)
        return self._empty

    @property
    def no_file(self) -> QWidget:
        """What shows when no file could be opened: ways to open or start one."""
        if self._no_file is None:
            self._no_file = QWidget()
            no_file_layout = QVBoxLayout(self._no_file)
            no_file_layout.addStretch(1)
            no_file_layout.addWidget(hint_label(self.tr("No plan file is open."), "title"))
            open_button = QPushButton(self.tr("Open a file…"))
            self._open_button = open_button
            open_button.clicked.connect(self.open_file)
            new_button = QPushButton(self.tr("Start a new file…"))
            new_button.clicked.connect(self.new_file)
            no_file_layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
            no_file_layout.addWidget(new_button, 0, Qt.AlignmentFlag.AlignLeft)
            no_file_layout.addStretch(2)
            self.stack.addWidget(self._no_file)
        return self._no_file

    def show_plans(
        self,
        plans: Sequence[PlanSummary],
        file_name: str | None,
        titles: dict[str, str],
        signed: Mapping[int, tuple[int, bool]] | None = None,
        select: int | None = None,
        steps: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        """``signed``: plan id -> (newest signed version, whether the plan still matches it).
        ``steps``: plan id -> (goal, its next step) for plans with steps (goals, a meeting).

        Selects the plan ``select``, or else keeps the one that was selected, or else the
        first. Shown again with nothing changed (the file opened after a glance painted it,
        or the person comes back home), the list is not made again."""
        current = self.list.currentItem()
        if select is None and current is not None:
            select = current.data(USER_ROLE)
        today = dt.date.today()
        shown = (list(plans), file_name, dict(titles), dict(signed or {}), today, dict(steps or {}))
        if shown != self._shown:
            self._shown = shown
            self._fill(plans, file_name, titles, signed or {}, today, steps or {})
        if file_name is None:
            return
        if plans:
            ids = [plan.id for plan in plans]
            self.list.setCurrentRow(ids.index(select) if select in ids else 0)
            self._focus(self.list)
        elif self.start_buttons:
            self._focus(self.start_buttons[0])

    def starting_point(self) -> QWidget:
        """Where the person starts on the home: the list of plans, or the first way to
        start one (a file with no plans), or to open a file (none is open)."""
        page = self.stack.currentWidget()
        if page is self._empty and self.start_buttons:
            return self.start_buttons[0]
        if page is self._no_file and self._open_button is not None:
            return self._open_button
        return self.list

    def _focus(self, widget: QWidget) -> None:
        """Gives ``widget`` the keyboard focus, unless the person is already somewhere in the
        home (a glance painted it, and they moved on before the file was open)."""
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            widget.setFocus()

    def _fill(
        self,
        plans: Sequence[PlanSummary],
        file_name: str | None,
        titles: dict[str, str],
        signed: Mapping[int, tuple[int, bool]],
        today: dt.date,
        steps: Mapping[int, Sequence[tuple[str, str]]],
    ) -> None:
        """Makes the list of plan cards again (show_plans chooses the selected one)."""
        self.list.clear()
        self._selection_changed(None)
        if file_name is None:
            self.file_label.setText("")
            self.stack.setCurrentWidget(self.no_file)
            return
        self.file_label.setText(
            self.tr("Kept in the file “%1” on this computer.").replace("%1", file_name)
        )
        for plan in plans:
            kind = titles.get(plan.kind, plan.kind)
            status = self.tr("Draft") if plan.status is PlanStatus.DRAFT else self.tr("Finished")
            changed = self.tr("changed %1").replace("%1", when(plan.updated_at))
            detail = f"{kind} · {status} · {changed}"
            review = review_status(plan.review_by, today)
            if review == "due":
                detail += " · " + self.tr("time to review it")
            elif review == "soon" and plan.review_by is not None:
                detail += " · " + self.tr("review by %1").replace("%1", day(plan.review_by))
            if plan.id in signed:
                number, current = signed[plan.id]
                detail += " · " + (
                    self.tr("signed (version %1)").replace("%1", str(number))
                    if current
                    else self.tr("changed since you signed version %1: sign again?").replace(
                        "%1", str(number)
                    )
                )
            lines = [self._step_line(goal, step) for goal, step in steps.get(plan.id, ())]
            item = QListWidgetItem("\n".join([plan.title, detail, *lines]))  # all read aloud
            item.setData(USER_ROLE, plan.id)
            item.setData(USER_ROLE + 1, plan.kind)
            item.setToolTip(self.tr("Press Enter or double-click to open"))
            self.list.addItem(item)
        self.stack.setCurrentWidget(self.with_plans if plans else self.empty)

    def _step_line(self, goal: str, step: str) -> str:
        """'A part-time job I enjoy — next: Update my CV (this weekend)'; never a count."""
        if not step:
            text = self.tr("no next step written yet")
        else:
            text = self.tr("next: %1").replace("%1", step)
        return f"{goal} — {text}" if goal else text[:1].upper() + text[1:]

    def _selection_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        is_crisis = item is not None and item.data(USER_ROLE + 1) == "crisis"
        self.use_now_button.setVisible(is_crisis)

    def _with_selected(self, signal: Any) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(int(item.data(USER_ROLE)))

    def _use_now(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(USER_ROLE + 1) == "crisis":
            self.use_now.emit(int(item.data(USER_ROLE)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_plan.emit(int(item.data(USER_ROLE)))

    def _continue(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)

"""Everyone can use WellPlan: screen readers, keyboard only, large text, any theme."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.gui_helpers import open_window
from wellplan.gui import style
from wellplan.gui.main_window import MainWindow
from wellplan.gui.wizard_pages import text_margin
from wellplan.storage.demo import write_demo


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget (its own name, or one Qt derives from its
    text or its buddy label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    """Widgets under ``root`` a person can reach with Tab, in the order Tab visits them."""
    found: list[QWidget] = []
    first = widget = root.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring through the whole window
        if (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
            and not _inside_other_control(widget, root)
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
        if widget is root or widget is first:
            break
    return found


def _inside_other_control(widget: QWidget, root: QWidget) -> bool:
    """Parts of a compound control (a date edit's line, a scroll area's viewport)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView) or (
            isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()
        ):
            return True
        parent = parent.parentWidget()
    return False


def problems_in(root: QWidget, where: str) -> list[str]:
    """Controls without a name, labels without a buddy, controls Tab skips, and a Tab order
    that doesn't follow reading order."""
    found: list[str] = []
    for widget in focusable(root):
        if not accessible_name(widget):
            found.append(f"{where}: {type(widget).__name__} '{widget.objectName()}' has no name")
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root):
            continue
        needs_buddy = label.property("role") == "question" and label.parentWidget() is not None
        mnemonic = re.search(r"(?<!&)&[^&\s]", label.text()) is not None
        if (mnemonic or needs_buddy) and label.buddy() is None and not _is_heading(label):
            found.append(f"{where}: label '{label.text()[:40]}' has no buddy")
    return found + out_of_reading_order(root, where) + unreachable(root, where)


def _is_heading(label: QLabel) -> bool:
    return bool(label.property("heading"))


# ---- tab order ---------------------------------------------------------------------------


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _side_by_side(a: QWidget, b: QWidget, root: QWidget) -> bool:
    """Whether b sits in a column to the right of a's: the two children of their nearest
    common parent that hold them stand next to each other (a form beside its list)."""
    ancestors: list[QWidget] = []
    parent: QWidget | None = a
    while parent is not None:
        ancestors.append(parent)
        parent = parent.parentWidget()
    holder_b: QWidget = b
    while holder_b.parentWidget() is not None and holder_b.parentWidget() not in ancestors:
        holder_b = holder_b.parentWidget()  # type: ignore[assignment]
    common = holder_b.parentWidget()
    holder_a = a
    while holder_a.parentWidget() is not None and holder_a.parentWidget() is not common:
        holder_a = holder_a.parentWidget()  # type: ignore[assignment]
    box_a, box_b = _box(holder_a, root), _box(holder_b, root)
    rows_overlap = box_b.top() <= box_a.bottom() and box_a.top() <= box_b.bottom()
    return rows_overlap and box_b.left() > box_a.right()


def out_of_reading_order(root: QWidget, where: str) -> list[str]:
    """Steps of the Tab chain that go back up the page, or leftwards along a row, other than
    into the next column. Reading order is top to bottom, left to right, column by column."""
    found: list[str] = []
    chain = focusable(root)
    for a, b in itertools.pairwise(chain):
        box_a, box_b = _box(a, root), _box(b, root)
        above = box_b.bottom() < box_a.top()
        same_row = box_b.top() <= box_a.bottom() and box_a.top() <= box_b.bottom()
        leftwards = same_row and box_b.right() < box_a.left()
        if (above or leftwards) and not _side_by_side(a, b, root):
            found.append(f"{where}: Tab goes from {_describe(a)} back to {_describe(b)}")
    return found


def unreachable(root: QWidget, where: str) -> list[str]:
    """Controls Tab never reaches. Toolbar buttons are reached by their shortcut instead."""
    from PySide6.QtWidgets import (
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QToolBar,
        QToolButton,
    )

    controls = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if (
            not isinstance(widget, controls)
            or not widget.isVisibleTo(root)
            or not widget.isEnabled()
            or _inside_other_control(widget, root)
        ):
            continue
        if isinstance(widget.parentWidget(), QToolBar) and isinstance(widget, QToolButton):
            action = widget.defaultAction()
            if action is None or action.shortcut().isEmpty():
                found.append(f"{where}: toolbar button {_describe(widget)} has no shortcut")
        elif not any(_tab_reaches(w) for w in _reached_together(widget)) and not (
            widget.property("keyboard")  # a button whose work a key does (Delete on a list)
        ):
            found.append(f"{where}: Tab never reaches {_describe(widget)}")
    return found


def _tab_reaches(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _reached_together(widget: QWidget) -> list[QWidget]:
    """Radio buttons of one choice are one Tab stop (the chosen one; arrows move between
    them), so Qt takes Tab off the others."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        group = widget.group()
        if group is not None and group.exclusive():
            return list(group.buttons())
        parent = widget.parentWidget()
        if widget.autoExclusive() and parent is not None:
            return [
                b
                for b in parent.findChildren(QAbstractButton)
                if b.parentWidget() is parent and b.autoExclusive()
            ]
    return [widget]


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    words = text() if callable(text) else ""
    return f"{type(widget).__name__} '{words or accessible_name(widget) or widget.objectName()}'"


def pages(window: MainWindow) -> Iterator[str]:
    wizard = window.wizard
    assert wizard is not None
    for page_id in wizard.visible_page_ids():
        wizard.go_to(page_id)
        QApplication.processEvents()
        yield wizard.currentPage().objectName()


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = write_demo(tmp_path / "demo.wellplan")
    return open_window(qtbot, path, create=False)


def test_every_wizard_page_names_its_controls_and_buddies_its_labels(
    demo_window: MainWindow,
) -> None:
    window = demo_window
    assert window.doc is not None
    problems: list[str] = []
    for plan in window.doc.list_plans():
        window.edit_plan(plan.id)
        for page in pages(window):
            assert window.wizard is not None
            problems += problems_in(window.wizard.currentPage(), f"{plan.kind} {page}")
        window.wizard.finish(done=False)
    assert problems == [], "\n".join(problems)


def test_together_mode_controls_are_named_too(demo_window: MainWindow) -> None:
    window = demo_window
    assert window.doc is not None
    window.set_together(True)
    wrap = next(p for p in window.doc.list_plans() if p.kind == "wrap")
    window.edit_plan(wrap.id)
    assert window.wizard is not None
    window.wizard.add_suggestion("triggers.list", "Sam", "Loud places")
    problems: list[str] = []
    for page in pages(window):
        panels = window.wizard.currentPage().findChildren(QWidget)
        for panel in panels:
            if panel.objectName().startswith("suggestions:"):
                panel.open_form()  # type: ignore[attr-defined]
        QApplication.processEvents()  # the page grows to hold the opened forms
        window.grab()  # lay them out, as on screen
        problems += problems_in(window.wizard.currentPage(), f"together {page}")
    assert problems == [], "\n".join(problems)


def other_windows(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Open every window but the wizard in turn, each shown as a person would see it."""
    from PySide6.QtCore import QThreadPool

    from wellplan.gui.signing import SigningWizard

    assert window.doc is not None
    plans = {p.kind: p.id for p in window.doc.list_plans()}
    yield "home", window
    window.show_records()
    yield "people, medications and places", window.records_view
    window.go_home()
    window.use_now(plans["crisis"])
    yield "use my plan now", window.use_now_view
    window.go_home()
    window.show_today()
    yield "today", window.stack.today
    window.stack.today.month_button.setChecked(True)
    yield "today with its month", window.stack.today
    window.go_home()
    window.export_documents()
    assert window.export_dialog is not None
    yield "export", window.export_dialog
    window.export_dialog.close()
    QThreadPool.globalInstance().waitForDone()
    for open_dialog, where in (
        (lambda: window.show_history(plans["crisis"]), "history"),
        (window.show_backups, "backups"),
        (lambda: window.sign_plan(plans["pad"]), "signing"),
    ):
        open_dialog()
        dialog = window.side_dialog
        assert dialog is not None, where
        QApplication.processEvents()
        yield where, dialog
        if isinstance(dialog, SigningWizard):
            while dialog.nextId() != -1:
                before = dialog.currentId()
                dialog.next()
                if dialog.currentId() == before:
                    break  # this page needs something done first
                QApplication.processEvents()
                yield f"signing {dialog.currentPage().objectName()}", dialog
                if dialog.currentPage().objectName().startswith("signer"):
                    break  # further pages need a signature first; one signer page is enough
        dialog.reject()
        QThreadPool.globalInstance().waitForDone()


def test_every_other_window_names_its_controls(demo_window: MainWindow, dialog_log: object) -> None:
    problems: list[str] = []
    for where, root in other_windows(demo_window):
        # on a signing wizard's later pages, the page (its first page is checked whole)
        page = root.currentPage() if isinstance(root, QWizard) and where != "signing" else root
        problems += problems_in(page, where)
    assert problems == [], "\n".join(problems)


def test_null_objects_from_qt_never_crash_a_long_session(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None for every null object Qt returns; without
    the guard in wellplan.gui, Python 3.11 aborts after a few thousand (see gui/__init__)."""
    import sys

    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(20_000):
        assert label.buddy() is None and label.parentWidget() is None
    assert sys.getrefcount(None) > 1000


LONG_TYPING = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from wellplan.app import make_app
from wellplan.storage.demo import write_demo
import keystrokes
app = make_app()
keystrokes.run(write_demo(Path(sys.argv[2])), 3000)
print("typed")
"""


def test_a_long_typing_session_ends_cleanly(tmp_path: Path) -> None:
    """True loses references while typing (PySide6 6.12.0); on Python 3.11 the process
    used to abort ("deallocating True or False") after about 2,000 keystrokes."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WELLPLAN_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", LONG_TYPING, str(root / "benchmarks"), str(tmp_path / "d.wellplan")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "typed" in done.stdout


# ---- themes and large text ---------------------------------------------------------------


@pytest.mark.parametrize("theme", sorted(style.THEMES))
def test_every_text_colour_has_enough_contrast(theme: str) -> None:
    chosen = style.THEMES[theme]
    for what, (ink, paper) in style.text_pairs(chosen).items():
        ratio = style.contrast(ink, paper)
        assert ratio >= chosen.minimum_contrast, f"{theme}: {what} is {ratio:.2f}:1"
    assert style.contrast("#000000", "#ffffff") == pytest.approx(21.0)


def clipped(root: QWidget) -> list[str]:
    """Text that doesn't fit the space its widget was given."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QListWidget, QScrollArea, QTreeWidget

    found: list[str] = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"label '{label.text()[:40]}' needs {need}px, has {label.height()}")
        elif label.sizeHint().width() > label.width() + 1:
            found.append(f"label '{label.text()[:40]}' is cut short")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            hint = button.sizeHint()
            if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
                found.append(f"button '{button.text()}' is cut short")
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if (
            area.isVisible()
            and content is not None
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and content.minimumSizeHint().width() > area.viewport().width() + 1
        ):
            found.append(f"page '{area.objectName()}' is wider than its window")
    for listing in root.findChildren(QListWidget):
        if not listing.isVisible():
            continue
        if listing.wordWrap():  # rows as tall as their text: a list sized to fit them
            rows = [listing.visualItemRect(listing.item(r)) for r in range(listing.count())]
            sized = listing.minimumHeight() == listing.maximumHeight()  # (others scroll)
            tall = sum(r.height() for r in rows) > listing.viewport().height()
            if sized and len(rows) <= 8 and tall:
                found.append(f"list '{accessible_name(listing)[:40]}' hides some of its rows")
            continue
        for row in range(listing.count()):
            item = listing.item(row)
            width = listing.sizeHintForIndex(listing.indexFromItem(item)).width()
            if not item.isHidden() and width > listing.viewport().width() + 1:
                found.append(f"list item '{item.text()[:40]}' is cut short")
    for tree in root.findChildren(QTreeWidget):
        if not tree.isVisible():
            continue
        metrics = tree.fontMetrics()
        for item in tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            rect = tree.visualItemRect(item)
            if item.isHidden() or rect.isEmpty():
                continue
            flags = int(Qt.TextFlag.TextWordWrap.value)
            room = rect.width() - 2 * text_margin(tree)
            need = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, item.text(0))
            if need.height() > rect.height() or need.width() > rect.width():
                found.append(f"list item '{item.text(0)}' is cut short")
    return found


@pytest.mark.parametrize("theme", sorted(style.THEMES))
def test_every_page_and_window_fits_its_text_at_200_percent(
    demo_window: MainWindow, theme: str, dialog_log: object
) -> None:
    window = demo_window
    assert window.doc is not None
    window.set_theme(theme)
    # the window as large as a 1366×768 screen lets it be, the screen 200% text must fit
    # (tests/test_small_screens.py checks that screen itself)
    window.resize(1366 - 16, 768 - 40)
    window.set_text_size(200)
    problems: list[str] = []
    try:
        for plan in window.doc.list_plans():
            if plan.kind == "pad" and "general" not in plan.title:
                continue  # one directive is enough: the pages are the same
            window.edit_plan(plan.id)
            for page in pages(window):
                assert window.wizard is not None
                window.grab()  # lay out and paint, as on screen
                problems += [f"{plan.kind} {page}: {p}" for p in clipped(window)]
            assert window.wizard is not None
            window.wizard.finish(done=False)
        for where, root in other_windows(window):
            root.grab()
            problems += [f"{where}: {p}" for p in clipped(root)]
    finally:
        window.set_text_size(100)
        window.set_theme("light")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("theme", sorted(style.THEMES))
def test_borders_and_the_focus_ring_stand_out_in_every_theme(theme: str) -> None:
    """WCAG 1.4.11: fields, lists, menus, buttons and the focus ring 3:1 against what
    they are drawn on; the focus ring is not the default button's mark."""
    chosen = style.THEMES[theme]
    for what, (mark, around) in style.control_pairs(chosen).items():
        ratio = style.contrast(mark, around)
        assert ratio >= style.NON_TEXT_CONTRAST, f"{theme}: {what} is {ratio:.2f}:1"
    sheet = style.stylesheet(chosen, 1.0)
    focus = re.search(r"QPushButton:focus \{([^}]*)\}", sheet)
    default = re.search(r"QPushButton:default \{([^}]*)\}", sheet)
    assert focus is not None and default is not None
    assert chosen.focus in focus.group(1) and chosen.focus not in default.group(1)
    for control in ("QLineEdit", "QListWidget", "QTableWidget", "QComboBox", "QMenu"):
        rule = re.search(rf"(^|\n)[^{{}}]*\b{control}\b[^{{}}]*\{{([^}}]*)\}}", sheet)
        assert rule is not None and f"border: 1px solid {chosen.edge}" in rule.group(2), control


def test_a_focused_button_and_the_default_button_look_different(qtbot: QtBot) -> None:
    """Drawn: the focused button has a ring in the focus colour all round; the default
    button only its mark below, in the text's colour."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in sorted(style.THEMES):
        style.apply(app, theme)
        chosen = style.THEMES[theme]
        dialog = QWidget()  # as on the home or in a plan (in a dialog, focus moves the default)
        qtbot.addWidget(dialog)
        row = QHBoxLayout(dialog)
        focused, default = QPushButton("Focused"), QPushButton("Default")
        row.addWidget(focused)
        row.addWidget(default)
        default.setDefault(True)
        dialog.show()
        qtbot.waitExposed(dialog)
        focused.setFocus()
        qtbot.waitUntil(lambda b=focused: b.hasFocus())
        ring, mark = QColor(chosen.focus), QColor(chosen.ink)
        shot = focused.grab().toImage()
        middle = shot.height() // 2
        assert shot.pixelColor(1, middle) == ring, theme  # left edge of the focused one
        plain = default.grab().toImage()
        assert plain.pixelColor(1, plain.height() // 2) != ring, theme
        assert plain.pixelColor(plain.width() // 2, plain.height() - 2) == mark, theme
    style.apply(app, "light")

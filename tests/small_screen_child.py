"""Opens each dialog, and each screen of the main window (the plans, every part of three
plans, people, medications and places, "use my plan now", the lock screen), on the one
screen the offscreen platform was given (see tests/test_small_screens.py), at the text
size named on the command line, and reports as JSON lines what doesn't fit: a window
larger than the screen, a button outside it or cut short, a label wider than its window,
the main window's status line off the screen."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from wellplan.app import make_app
from wellplan.gui import dialogs
from wellplan.gui.main_window import MainWindow
from wellplan.storage.demo import write_demo

TITLE_BAR = 30


def problems(window: QWidget, where: str) -> list[str]:
    screen = window.screen().availableGeometry()
    found = []
    frame = window.frameGeometry()
    # offscreen windows have no frame: a window manager adds a title bar of about 30 px
    if frame.width() > screen.width() or frame.height() + TITLE_BAR > screen.height():
        found.append(
            f"{where}: {frame.width()}×{frame.height()} (and a title bar) is larger than "
            f"the screen's {screen.width()}×{screen.height()}"
        )
    minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
    if minimum.width() > screen.width() or minimum.height() > screen.height():
        found.append(f"{where}: needs at least {minimum.width()}×{minimum.height()}")
    inside = window.geometry()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text() or scrolls(button, window):
            continue
        box = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        name = button.text().replace("&", "")
        if not screen.contains(box) or not inside.contains(box):
            found.append(f"{where}: the button {name!r} is off the screen at {box.getRect()}")
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
            found.append(f"{where}: the button {name!r} is cut short")
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or scrolls(label, window):
            continue
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1:
            found.append(f"{where}: {label.text()[:40]!r} is cut short (its lines overlap)")
        elif (
            not label.wordWrap()
            and label.mapTo(window, QPoint(label.sizeHint().width(), 0)).x() > window.width()
        ):
            found.append(f"{where}: {label.text()[:40]!r} runs off the window")
    return found


def status_line(window: MainWindow, where: str) -> list[str]:
    """The status line (where "Saved at …" and every outcome is shown) is whole and on
    the screen."""
    bar = window.statusBar()
    box = QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())
    if not bar.isVisible() or not window.screen().availableGeometry().contains(box):
        return [f"{where}: the status line is off the screen at {box.getRect()}"]
    if bar.height() < bar.sizeHint().height():
        return [f"{where}: the status line is cut short"]
    return []


def main_window_screens(window: MainWindow, plans: dict[str, int]) -> Iterator[str]:
    """Each screen of the main window in turn: the plans, every part of five plans (goals
    and a meeting too), people, medications and places, "use my plan now", Today (with
    its month) and the lock screen."""
    window.go_home()
    yield "your plans"
    for title in (
        "Robin's Wellness Recovery Action Plan",
        "Robin's crisis plan",
        "Robin's advance directive (Oregon)",
        "Robin's goals",
        "Meeting with Dr. Haddad",
    ):
        window.edit_plan(plans[title])
        wizard = window.wizard
        assert wizard is not None
        for page_id in wizard.visible_page_ids():
            wizard.go_to(page_id)
            yield f"{title}, part {page_id} ({wizard.currentPage().objectName()})"
        window.go_home()
    window.show_records()
    yield "people, medications and places"
    window.use_now(plans["Robin's crisis plan"])
    yield "use my plan now"
    window.show_today()
    yield "today"
    window.stack.today.month_button.setChecked(True)
    yield "today, with its month"
    window.stack.today.month_button.setChecked(False)
    window.go_home()
    window.stack.setCurrentWidget(window.lock_screen)
    window.lock_screen.show_for("demo.wellplan")
    yield "the lock screen"
    window.stack.setCurrentWidget(window.home)
    demo = window.doc.path if window.doc is not None else None
    window.open_path(
        Path(window.settings.last_file() or ".").parent / "empty.wellplan", create=True
    )
    assert window.home.stack.currentWidget() is window.home.empty
    yield "your plans, none yet (a welcome and a way to start each)"
    if demo is not None:
        window.open_path(demo)


def scrolls(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is in contents that scroll (into view when Tab reaches it)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent.objectName() == (
            "qt_scrollarea_viewport"
        ):
            return True
        parent = parent.parentWidget()
    return False


def main() -> int:
    percent = int(sys.argv[1])
    folder = Path(sys.argv[2])
    app = make_app()
    dialogs.show_error = dialogs.show_info = lambda *_a, **_k: None  # type: ignore[assignment]
    window = MainWindow()
    window.show()
    window.open_path(write_demo(folder / "demo.wellplan"))
    window.set_text_size(percent)
    assert window.doc is not None
    plans = {p.title: p.id for p in window.doc.list_plans()}

    def export() -> Iterator[QWidget]:
        window.export_documents()
        assert window.export_dialog is not None
        yield window.export_dialog
        window.export_dialog.close()
        QThreadPool.globalInstance().waitForDone()

    def side(open_it: Callable[[], None]) -> Callable[[], Iterator[QWidget]]:
        def run() -> Iterator[QWidget]:
            open_it()
            dialog = window.side_dialog
            assert dialog is not None
            yield dialog
            dialog.done(0)
            QThreadPool.globalInstance().waitForDone()

        return run

    def passphrase(text: str) -> Callable[[], Iterator[QWidget]]:
        def run() -> Iterator[QWidget]:
            dialog = dialogs.passphrase_dialog(window, "Choose a passphrase", text)
            dialog.show()
            yield dialog
            dialog.reject()

        return run

    explanation = (
        "With a passphrase, “demo.wellplan” can only be opened by someone who knows it. "
        "Choose one you will remember: if you forget it, only your recovery key (shown "
        "next) can open the file. No one else can, including us."
    )
    wrong = (
        "That passphrase or recovery key didn't open “demo.wellplan”. Check Caps Lock and "
        "the keyboard layout, and try again.\n\n“demo.wellplan” is locked. Type its "
        "passphrase, or your recovery key:"
    )
    oregon = plans["Robin's advance directive (Oregon)"]
    shown = {
        "print or export": export,
        "signing": side(lambda: window.sign_plan(oregon)),
        "backups": side(window.show_backups),
        "history": side(lambda: window.show_history(oregon)),
        "choose a passphrase": passphrase(explanation),
        "the wrong passphrase": passphrase(wrong),
    }
    for where, opened in shown.items():
        for dialog in opened():
            app.processEvents()
            dialog.grab()  # laid out as on screen
            for problem in problems(dialog, where):
                sys.stdout.write(json.dumps(problem) + "\n")
    for where in main_window_screens(window, plans):
        app.processEvents()
        window.grab()
        for problem in problems(window, where) + status_line(window, where):
            sys.stdout.write(json.dumps(problem) + "\n")
    if percent != 100:  # and made smaller again, it fits as it did
        window.set_text_size(100)
        app.processEvents()
        window.grab()
        for problem in problems(window, "back at 100%") + status_line(window, "back at 100%"):
            sys.stdout.write(json.dumps(problem) + "\n")
    sys.stdout.write(json.dumps("done") + "\n")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

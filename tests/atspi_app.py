"""WellPlan as the AT-SPI tests run it: the real main window on a real X display (xcb),
with accessibility on, opening the plan file named on the command line.

The test puts the window in the state it wants to check by sending one line of Python a
time on stdin (run with ``window``, ``app`` and ``said`` at hand); the answer is one JSON
line on stdout, once Qt has dealt with everything the line caused. What the tests check,
they check through AT-SPI, as a screen reader would. Modal message boxes never open here
(they would stop this loop): what they would have said is kept in ``said``."""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from wellplan.app import make_app
from wellplan.gui import dialogs
from wellplan.gui.main_window import MainWindow

said: list[str] = []


def _tell(_parent: object, title: str, text: str) -> None:
    said.append(f"{title}: {text}")


def _answer(_parent: object, title: str, *_rest: object, **_kw: object) -> bool:
    said.append(f"asked: {title}")
    return bool(answers.pop(0)) if answers else False


answers: list[bool] = []  # what the next questions are answered, in order
saved_in = Path(os.environ["HOME"])  # where "Save PDF…" saves, chosen without a dialog
dialogs.get_pdf_path = lambda _parent, suggested: saved_in / suggested.name
dialogs.get_folder = lambda _parent, _folder: saved_in
dialogs.show_error = _tell
dialogs.show_info = _tell
dialogs.confirm = _answer


def settle() -> None:
    """Let Qt finish what a command started: layouts, focus moves, timers due now."""
    for _ in range(5):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def main() -> int:
    app = make_app()
    window = MainWindow()
    window.resize(1200, 720)
    window.show()
    window.start(Path(sys.argv[1]))
    scope: dict[str, Any] = {"window": window, "app": app, "said": said, "answers": answers}
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def run_line() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        try:
            code = json.loads(line)
            try:
                value = eval(code, scope)  # an expression: its value is the answer
            except SyntaxError:
                exec(code, scope)
                value = None
            settle()
            message = {"ok": True, "value": value if _plain(value) else repr(value)}
        except Exception:
            message = {"ok": False, "error": traceback.format_exc()}
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    notifier.activated.connect(run_line)

    def ready() -> None:
        settle()
        sys.stdout.write(json.dumps({"ok": True, "ready": True}) + "\n")
        sys.stdout.flush()

    QTimer.singleShot(0, ready)
    code = app.exec()
    window.close()
    return code


def _plain(value: object) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())

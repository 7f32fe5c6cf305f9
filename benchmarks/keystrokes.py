"""Typing and autosave: what a keystroke costs, and what committing it costs, on the demo
file and on the ten-years file. Run on demand: python benchmarks/keystrokes.py [edits]

In the real window (offscreen), 1,000 keystrokes go into a long-text answer. Each keystroke
is timed from the key event to the end of its handling (the event loop is blocked that
long), and each change is then committed at once through the autosaver, timed on its own:
that is the keystroke-to-commit path without the autosaver's deliberate wait.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(path: Path, edits: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from wellplan.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1000, 700)
    window.show()
    window.open_path(path)
    assert window.doc is not None and window.autosaver is not None
    plan = next(p.id for p in window.doc.list_plans() if p.kind == "wrap")
    window.edit_plan(plan)
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(wizard.section_page_ids["daily"])
    QApplication.processEvents()
    field = wizard.currentPage().findChildren(QPlainTextEdit)[0]
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    keys, commits = [], []
    for n in range(edits):
        key = Qt.Key.Key_Space if n % 6 == 5 else Qt.Key.Key_A + n % 26
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key(key))
        keys.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert window.autosaver.flush()
        commits.append(time.perf_counter() - start)
    wizard.finish(done=False)
    window.close()
    return keys, commits


def main(edits: int = 1000) -> None:
    sys.path.insert(0, str(HERE))
    from bigfile import demo_and_ten_years

    from wellplan.app import make_app

    demo, big = demo_and_ten_years("wellplan-typing-")
    _app = make_app()
    print(f"{edits} keystrokes into a long answer, each committed at once")
    print(f"{'file':16} {'commit median':>14} {'p99':>8} {'max':>8}   {'keystroke max':>14}")
    for name, path in (("demo", demo), ("ten years", big)):
        keys, commits = run(path, edits)
        print(
            f"{name:16} {statistics.median(commits) * 1000:11.2f} ms "
            f"{percentile(commits, 99) * 1000:5.2f} ms {max(commits) * 1000:5.2f} ms   "
            f"{max(keys) * 1000:11.2f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

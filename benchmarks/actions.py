"""What the window's everyday actions cost on the GUI thread (the window can't answer for
that long), on the demo file and on the ten-years file. Run on demand:
python benchmarks/actions.py [rounds]

In the real window (offscreen), each plan is opened for writing (at the part where it was
left) and closed again; then the people, medications and places view, a plan's history and
the signing window are shown; "use my plan now", the print or export window and the backups
window. Each action is timed from the call to the end of the events
it posted, in the same process, after one untimed round (Python's imports and Qt's first
use are start-up's, measured in startup.py).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def run(path: Path, rounds: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from wellplan.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1100, 760)
    window.show()
    window.open_path(path)
    assert window.doc is not None
    plans = window.doc.list_plans()
    times: dict[str, list[float]] = {}

    def timed(name: str, action: Callable[[], object], keep: bool) -> None:
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        if keep:
            times.setdefault(name, []).append(time.perf_counter() - start)

    def close_side() -> None:
        for dialog in (window.side_dialog, getattr(window, "export_dialog", None)):
            if dialog is not None and dialog.isVisible():
                dialog.close()
                QApplication.processEvents()
        # the export window's preview is made in a worker: let it finish before the next
        # action is timed, or that action shares Python with it
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()

    for round_ in range(rounds + 1):
        keep = round_ > 0  # the first round warms up
        for plan in plans:
            timed(f"open the {plan.kind} plan", lambda p=plan.id: window.edit_plan(p), keep)
            timed("back to your plans", window.go_home, keep)
        timed("people, medications and places", window.show_records, keep)
        timed("back to your plans", window.go_home, keep)
        timed("use my plan now", window.use_latest_crisis_plan, keep)
        timed("back to your plans", window.go_home, keep)
        timed("print or export (the window)", window.export_documents, keep)
        close_side()
        timed("backups (the window)", window.show_backups, keep)
        close_side()
        for plan in plans:
            timed("a plan's history", lambda p=plan.id: window.show_history(p), keep)
            close_side()
            timed("signing a plan (the window)", lambda p=plan.id: window.sign_plan(p), keep)
            close_side()
    window.close()
    return times


def main(rounds: int = 5) -> None:
    sys.path.insert(0, str(HERE))
    from bigfile import demo_and_ten_years

    from wellplan.app import make_app
    from wellplan.gui import dialogs

    demo, big = demo_and_ten_years("wellplan-actions-")
    _app = make_app()
    dialogs.set_headless(True)
    print(f"GUI-thread time of each action, {rounds} rounds (target: none over 50 ms)")
    print(f"{'file':10} {'action':32} {'median':>9} {'min':>8} {'max':>8}")
    for name, path in (("demo", demo), ("ten years", big)):
        for action, values in run(path, rounds).items():
            print(
                f"{name:10} {action:32} {statistics.median(values) * 1000:6.1f} ms "
                f"{min(values) * 1000:5.1f} ms {max(values) * 1000:5.1f} ms"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

"""Start-up and memory against the floor Python and Qt set, in one run, as ratios.
Run on demand: python benchmarks/startup.py [runs]

For each case, the whole process is timed from launch until it quits right after the
window's first paint (``wellplan --smoke``), and its peak RSS is read from the kernel:
- floor: a bare PySide6 script that shows an empty QMainWindow;
- the demo file's home window; "use my plan now" for its crisis plan (``--open crisis``);
- the ten-years file from benchmarks/bigfile.py, home and "use my plan now".
Prints median, min and max, and each case's ratio to the floor.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
window.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to exit, and peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    took = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    return took, usage.ru_maxrss / 1024


def main(runs: int = 7) -> None:
    work = Path(tempfile.mkdtemp(prefix="wellplan-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WELLPLAN_DATA_DIR": str(work / "data")}
    bare = work / "bare.py"
    bare.write_text(BARE)
    python = sys.executable
    wellplan = [python, "-m", "wellplan.app"]
    demo, big = work / "demo.wellplan", work / "ten-years.wellplan"
    subprocess.run([*wellplan, "demo", str(demo)], check=True, env=env)
    sys.path.insert(0, str(HERE))
    from bigfile import make

    make(big)
    cases = {
        "bare PySide6 window (floor)": [python, str(bare)],
        "demo file, home": [*wellplan, "--smoke", str(demo)],
        "demo file, use my plan now": [*wellplan, "--smoke", "--open", "crisis", str(demo)],
        "ten-years file, home": [*wellplan, "--smoke", str(big)],
        "ten-years file, use my plan now": [*wellplan, "--smoke", "--open", "crisis", str(big)],
    }
    for command in cases.values():
        measure(command, env)  # warm the disk cache once
    results = {name: [measure(c, env) for _ in range(runs)] for name, c in cases.items()}
    floor_time = statistics.median(t for t, _ in results["bare PySide6 window (floor)"])
    floor_rss = statistics.median(m for _, m in results["bare PySide6 window (floor)"])
    print(f"start-up to first paint, {runs} runs ({os.cpu_count()} cores)")
    print(
        f"{'case':34} {'median':>8} {'min':>7} {'max':>7} {'ratio':>6}   {'peak RSS':>9} {'+MB':>6}"
    )
    for name, values in results.items():
        times = [t for t, _ in values]
        rss = statistics.median(m for _, m in values)
        median = statistics.median(times)
        print(
            f"{name:34} {median:7.3f}s {min(times):6.3f}s {max(times):6.3f}s "
            f"{median / floor_time:5.2f}×   {rss:7.0f}MB {rss - floor_rss:+5.0f}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

"""Start-up and memory against the floor Python and Qt set, in one run, as ratios.
Run on demand: python benchmarks/startup.py [runs]

For each case, two moments are timed from launch: the window's first paint (once all of
it has been drawn, the plans on screen, read with a glance at the file; the bare window is
timed the same way) and the file being open for writing
(``wellplan --smoke`` prints both, and the longest the window stopped answering in
between, then quits); peak RSS is read from the kernel:
- floor: a bare PySide6 script that shows an empty QMainWindow;
- the demo file's home window; "use my plan now" for its crisis plan (``--open crisis``);
- the ten-years file from benchmarks/bigfile.py, home and "use my plan now".
Prints median, min and max, and each case's ratio to the floor.
"""

from __future__ import annotations

import compileall
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
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def painted():
    print(f"smoke: first paint at {time.monotonic():.6f}", flush=True)
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)  # once the paint is done, as wellplan --smoke
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
window.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from launch to the first paint and to the file being open (both printed by
    the process with time.monotonic(), a clock all processes share), and peak RSS in MB."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    said = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    moments = {
        what: float(line.rsplit(" ", 1)[1]) - start
        for line in said.splitlines()
        for what in ("first paint", "ready")
        if line.startswith(f"smoke: {what} at ")
    }
    paint = moments["first paint"]
    waits = [float(line.split()[3]) for line in said.splitlines() if "longest wait" in line]
    WAITS.extend(waits)
    return paint, moments.get("ready", paint), usage.ru_maxrss / 1024


WAITS: list[float] = []  # ms the window didn't answer between first paint and file open


def main(runs: int = 7) -> None:
    work = Path(tempfile.mkdtemp(prefix="wellplan-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WELLPLAN_DATA_DIR": str(work / "data")}
    bare = work / "bare.py"
    bare.write_text(BARE)
    python = sys.executable
    wellplan = [python, "-m", "wellplan"]  # as the `wellplan` command starts it
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
    # As installed: pip compiles the bytecode of what it installs (an editable install, or
    # PYTHONDONTWRITEBYTECODE, would otherwise compile wellplan's code on every launch).
    import wellplan

    compileall.compile_dir(Path(wellplan.__file__).parent, quiet=1)
    # Once each, untimed: warms the disk cache, and is a person's first start, which
    # keeps what PySide6 compiles of its own (startup.import_pyside) for the starts after it.
    first_start = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for command in cases.values():
        measure(command, first_start)
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    for _ in range(runs):  # in turns, so a slow spell of this machine touches every case
        for name, command in cases.items():
            results[name].append(measure(command, env))
    floor_time = statistics.median(p for p, _, _ in results["bare PySide6 window (floor)"])
    floor_rss = statistics.median(m for _, _, m in results["bare PySide6 window (floor)"])
    print(f"from launch, {runs} runs ({os.cpu_count()} cores); ratios to the bare window's paint")
    print(
        f"{'case':34} {'first paint':>20} {'ratio':>6}   {'file open':>20} {'ratio':>6}"
        f"   {'peak RSS':>9} {'+MB':>5}"
    )
    for name, values in results.items():
        paints = [p for p, _, _ in values]
        readies = [r for _, r, _ in values]
        rss = statistics.median(m for _, _, m in values)

        def spread(times: list[float]) -> str:
            return f"{statistics.median(times):.3f}s ({min(times):.2f}–{max(times):.2f})"

        print(
            f"{name:34} {spread(paints):>20} {statistics.median(paints) / floor_time:5.2f}×"
            f"   {spread(readies):>20} {statistics.median(readies) / floor_time:5.2f}×"
            f"   {rss:7.0f}MB {rss - floor_rss:+5.0f}"
        )
    if WAITS:
        print(
            f"longest the window didn't answer while the file opened: median "
            f"{statistics.median(WAITS):.0f} ms, max {max(WAITS):.0f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

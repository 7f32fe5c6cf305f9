"""Every window fits a small laptop: on a 1280×720 screen at 100% text and on 1366×768 at
200%, the window fits the screen, its buttons are on it and whole, and its text wraps
(the main window's too, on every screen it shows).
Each screen is the offscreen platform's, set up for the run (tests/small_screen_child.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from wellplan.gui.flow_layout import FlowLayout

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "percent"), [(1280, 720, 100), (1366, 768, 200)])
def test_every_window_fits_a_small_screen(
    tmp_path: Path, width: int, height: int, percent: int
) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "WELLPLAN_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    }
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "small_screen_child.py"),
            str(percent),
            str(tmp_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith('"')]
    assert done.returncode == 0 and lines[-1:] == ["done"], done.stderr[-3000:]
    assert lines[:-1] == [], "\n".join(lines[:-1])


def test_a_row_of_buttons_wraps_and_keeps_its_end_at_the_end(qtbot: QtBot) -> None:
    """The plans' row of buttons (FlowLayout): on one line when there is room, with the
    buttons after push_to_end at its right-hand end; on more lines, none cut or outside,
    when there isn't; Tab still in the order they were added."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    first = [QPushButton(f"First {n}", holder) for n in range(4)]
    last = [QPushButton(f"Last {n}", holder) for n in range(2)]
    for button in first:
        row.add(button)
    row.push_to_end()
    for button in last:
        row.add(button)
    holder.show()
    wide = row.sizeHint().width() + 200
    holder.resize(wide, row.heightForWidth(wide))
    qtbot.waitUntil(lambda: last[-1].geometry().right() == wide - 1)
    assert {b.y() for b in first + last} == {0}  # one line
    assert first[0].x() == 0
    narrow = max(b.sizeHint().width() for b in first + last) + 10
    holder.resize(narrow, row.heightForWidth(narrow))
    qtbot.waitUntil(lambda: len({b.y() for b in first + last}) > 1)
    for button in first + last:
        assert button.x() >= 0 and button.geometry().right() < narrow
        assert button.width() >= button.sizeHint().width()
    assert max(b.geometry().bottom() for b in first + last) < holder.height()
    assert row.minimumSize().width() <= narrow
    first[0].setFocus()
    order = [first[0]]
    for _ in range(5):
        order.append(order[-1].nextInFocusChain())  # type: ignore[arg-type]
    assert order == first + last

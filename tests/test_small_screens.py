"""Every dialog fits a small laptop: on a 1280×720 screen at 100% text and on 1366×768 at
200%, the window fits the screen, its buttons are on it and whole, and its text wraps.
Each screen is the offscreen platform's, set up for the run (tests/small_screen_child.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("width", "height", "percent"), [(1280, 720, 100), (1366, 768, 200)])
def test_every_dialog_fits_a_small_screen(
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

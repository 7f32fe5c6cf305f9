"""The first window is drawn without PySide6 building the ``Qt`` namespace's enums (~20 ms):
the numbers lazy_qt gives in their place are Qt's own, and a start doesn't build them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolBar
from pytestqt.qtbot import QtBot

from wellplan.gui import lazy_qt
from wellplan.storage.demo import write_demo


def test_the_numbers_are_qts_own() -> None:
    assert Qt.ItemDataRole.UserRole.value == lazy_qt.USER_ROLE
    assert Qt.TextFormat.PlainText.value == lazy_qt.PLAIN_TEXT
    assert Qt.ToolButtonStyle.ToolButtonTextOnly.value == lazy_qt.TOOL_BUTTON_TEXT_ONLY
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == lazy_qt.SCROLL_BAR_ALWAYS_OFF
    assert lazy_qt.Qt.AlignmentFlag.AlignLeft is Qt.AlignmentFlag.AlignLeft  # Qt's, once used


def test_enum_properties_are_set_by_number_and_a_wrong_name_is_an_error(qtbot: QtBot) -> None:
    label, toolbar, browser = QLabel("<b>x</b>"), QToolBar(), QTextBrowser()
    for widget in (label, toolbar, browser):
        qtbot.addWidget(widget)
    lazy_qt.set_enum(label, "textFormat", lazy_qt.PLAIN_TEXT)
    lazy_qt.set_enum(toolbar, "toolButtonStyle", lazy_qt.TOOL_BUTTON_TEXT_ONLY)
    lazy_qt.set_enum(browser, "horizontalScrollBarPolicy", lazy_qt.SCROLL_BAR_ALWAYS_OFF)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert browser.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    with pytest.raises(AttributeError, match="textFormatt"):
        lazy_qt.set_enum(label, "textFormatt", 0)


def test_a_solid_brush_has_its_colour() -> None:
    brush = lazy_qt.solid_brush("#1f6f5c")
    assert brush.color().name() == "#1f6f5c"
    assert brush.style() == Qt.BrushStyle.SolidPattern


FIRST_PAINT = """
import sys
import wellplan.app as app
import PySide6.QtCore as QtCore

built = []
painted = app._FirstPaint.painted

def noting(self):
    built.append("Qt" in QtCore.__dict__)  # PySide6 puts it there once it is built
    painted(self)

app._FirstPaint.painted = noting
status = app.run(sys.argv[1], smoke=True, open_view=sys.argv[2] or None)
print("Qt built before the first paint:", built, status)
"""


@pytest.mark.parametrize("view", ["", "crisis"])
def test_the_first_window_is_drawn_without_building_qt(tmp_path: Path, view: str) -> None:
    demo = write_demo(tmp_path / "demo.wellplan")
    env = {
        **{k: v for k, v in os.environ.items() if k != "WELLPLAN_PLAIN_START"},  # the trick on
        "QT_QPA_PLATFORM": "offscreen",
        "WELLPLAN_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(demo), view],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Qt built before the first paint: [False] 0" in result.stdout.splitlines()

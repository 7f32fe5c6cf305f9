"""The signature pad: drawn with (simulated) mouse moves, undone, typed instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.gui_helpers import drag
from wellplan.domain.signing import Mark
from wellplan.gui.signature_pad import SignatureInput, SignaturePad, smooth_path


def ink(pad: SignaturePad) -> int:
    image = pad.grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(QPoint(x, y)).lightness() < 100
    )


def test_drawing_makes_strokes_that_scale_with_the_pad(qtbot: QtBot) -> None:
    signature = SignatureInput()
    qtbot.addWidget(signature)
    signature.resize(600, 300)
    signature.show()
    pad = signature.pad
    assert signature.value() is None and pad.is_empty()
    with qtbot.waitSignal(signature.changed):
        drag(pad, [(40, 100), (60, 80), (90, 120), (130, 70), (170, 110)])
    drag(pad, [(200, 90), (260, 95)])
    value = signature.value()
    assert value is not None and value.kind == "drawn"
    assert value.aspect == pytest.approx(pad.width() / pad.height())
    strokes = [list(s) for s in value.strokes]
    assert [len(s) for s in strokes] == [5, 2]
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for s in strokes for x, y in s)
    # the same strokes fill a pad twice the size: they are stored relative to the pad
    wide = smooth_path(strokes, pad.width() * 2, pad.height() * 2).boundingRect()
    narrow = smooth_path(strokes, pad.width(), pad.height()).boundingRect()
    assert abs(wide.width() - 2 * narrow.width()) < 1.0
    assert ink(pad) > 100  # dark pixels where we drew
    pad.clear()
    assert ink(pad) < 20  # only the "Sign here" hint remains


def test_undo_and_clear(qtbot: QtBot) -> None:
    signature = SignatureInput()
    qtbot.addWidget(signature)
    signature.resize(600, 300)
    signature.show()
    drag(signature.pad, [(40, 100), (90, 120)])
    drag(signature.pad, [(120, 100), (160, 120)])
    signature.pad.setFocus()
    qtbot.keyClick(signature.pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(signature.pad.strokes()) == 1
    signature.pad.clear()
    assert signature.value() is None


def test_a_typed_signature_needs_the_tick(qtbot: QtBot) -> None:
    signature = SignatureInput()
    qtbot.addWidget(signature)
    signature.typed.setText("Ana Lima")
    assert signature.value() is None  # not until the person says they mean it
    signature.means_it.setChecked(True)
    assert signature.value() == Mark("typed", text="Ana Lima")


def test_the_typed_signature_uses_the_bundled_handwriting_face(qtbot: QtBot) -> None:
    signature = SignatureInput()
    qtbot.addWidget(signature)
    assert signature.typed.font().families()[0] == "Breip"
    signature.typed.setText("  Ana   Lima ")
    signature.means_it.setChecked(True)
    assert signature.value() == Mark("typed", text="Ana Lima")
    signature.clear()
    assert signature.value() is None and not signature.means_it.isChecked()

"""The history window: going up and down the versions compares each with the one before,
in plain words, without reading the same version from the file again and again."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from wellplan.gui.history import HistoryDialog
from wellplan.storage.document import PlanFile


def test_going_back_to_a_version_just_seen_reads_it_from_memory(
    qtbot: QtBot, doc: PlanFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = doc.create_plan("wrap")
    for tools in (["Tea"], ["Tea", "Walk"], ["Walk"]):
        doc.save_answer(plan.id, "toolbox.tools", tools)
        doc.freeze_version(plan.id, "sealed")
    reads: list[int] = []
    real = doc.version_bundle

    def counted(version_id: int, app_version: str) -> Any:
        reads.append(version_id)
        return real(version_id, app_version)

    monkeypatch.setattr(doc, "version_bundle", counted)
    history = HistoryDialog(doc, plan.id, "0.1.0")
    qtbot.addWidget(history)
    rows = [history.versions.item(r).text() for r in range(history.versions.count())]
    assert [row.split(" · ")[0] for row in rows] == ["Version 3", "Version 2", "Version 1"]

    seen = []
    for row in (0, 1, 0, 1, 2, 1):  # up and down the list, as a person reads it
        history.versions.setCurrentRow(row)
        seen.append([line for line in history.changes.toPlainText().splitlines() if line])
    question = "Your wellness toolbox · What helps you stay well or feel better?"
    assert seen[:3] == [
        ["From version 2 to version 3:", question, "Removed “Tea”."],
        ["From version 1 to version 2:", question, "Added “Walk”."],
        ["From version 2 to version 3:", question, "Removed “Tea”."],
    ]
    assert seen[3] == seen[1] and seen[5] == seen[1]
    assert seen[4] == seen[1]  # the oldest is compared with the one after it
    assert sorted(set(reads)) == sorted(v.id for v in doc.versions(plan.id))
    assert len(reads) == 3  # each version read once, however often it is compared

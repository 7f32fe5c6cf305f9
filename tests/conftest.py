"""Shared fixtures. Qt runs offscreen in every test, whoever runs them and wherever."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything creates a QApplication

from collections.abc import Iterator
from pathlib import Path

import pytest

from wellplan.storage.document import PlanFile


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder, so no test touches the person's real files."""
    folder = tmp_path / "data"
    monkeypatch.setenv("WELLPLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[PlanFile]:
    with PlanFile.create(tmp_path / "plans.wellplan") as d:
        yield d

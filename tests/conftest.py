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


class DialogLog:
    """Stands in for every modal dialog: records what would have been shown, and answers
    file and yes/no questions with values a test sets beforehand."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.confirm_texts: list[str] = []
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.pdf_path: Path | None = None
        self.folder: Path | None = None
        self.open_pdf: Path | None = None
        self.suggested: list[Path] = []
        self.confirm_answer = False
        self.passphrases: list[str] = []  # answers to "unlock your file", in order
        self.passphrase_problems: list[str] = []  # what each ask said was wrong
        self.new_passphrase: str | None = None
        self.recovery_keys: list[str] = []
        self.lock_offers = 0  # times the first-run passphrase offer was made
        self.accept_lock = False


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()
    try:
        from wellplan.gui import dialogs
    except ImportError:  # Qt not importable: only non-GUI tests can run anyway
        return log
    monkeypatch.setattr(
        dialogs, "show_error", lambda _p, title, text: log.errors.append((title, text))
    )
    monkeypatch.setattr(
        dialogs, "show_info", lambda _p, title, text: log.infos.append((title, text))
    )
    monkeypatch.setattr(dialogs, "get_open_path", lambda _p, _folder: log.open_path)
    monkeypatch.setattr(dialogs, "get_save_path", lambda _p, _title, _suggested: log.save_path)

    def pdf_path(_p: object, suggested: Path) -> Path | None:
        log.suggested.append(suggested)
        return log.pdf_path

    monkeypatch.setattr(dialogs, "get_pdf_path", pdf_path)
    monkeypatch.setattr(dialogs, "get_folder", lambda _p, _folder: log.folder)
    monkeypatch.setattr(dialogs, "get_pdf_to_verify", lambda _p, _folder: log.open_pdf)

    def confirm(
        _p: object, title: str, text: str, _yes: str, _no: str, *, destructive: bool = False
    ) -> bool:
        log.confirms.append(title)
        log.confirm_texts.append(text)
        return log.confirm_answer

    monkeypatch.setattr(dialogs, "confirm", confirm)

    def ask_passphrase(_p: object, _name: str, problem: str = "") -> str | None:
        log.passphrase_problems.append(problem)
        return log.passphrases.pop(0) if log.passphrases else None

    monkeypatch.setattr(dialogs, "ask_passphrase", ask_passphrase)
    monkeypatch.setattr(dialogs, "ask_new_passphrase", lambda _p, _text: log.new_passphrase)
    monkeypatch.setattr(
        dialogs, "show_recovery_key", lambda _p, key, _name: log.recovery_keys.append(key)
    )

    def offer_lock(_p: object) -> bool:
        log.lock_offers += 1
        return log.accept_lock

    monkeypatch.setattr(dialogs, "offer_lock", offer_lock)
    return log


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)

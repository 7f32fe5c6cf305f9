"""Every modal dialog the app shows goes through these functions, so tests can replace them
(no real modal dialog ever blocks a test) and the wording stays in one place."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellplan.storage.fileformat import FILE_SUFFIX

FILE_FILTER = f"WellPlan files (*{FILE_SUFFIX});;All files (*)"
_HEADLESS = False


def set_headless(headless: bool) -> None:
    """Smoke runs (``wellplan --smoke``): messages go to stderr instead of modal dialogs,
    which would wait for a click that never comes."""
    global _HEADLESS
    _HEADLESS = headless


def get_open_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Open a WellPlan file"), str(folder), FILE_FILTER
    )
    return Path(name) if name else None


def get_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), FILE_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)


def show_error(parent: QWidget, title: str, text: str) -> None:
    if _HEADLESS:
        sys.stderr.write(f"{title}: {text}\n")
        return
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget, title: str, text: str) -> None:
    if _HEADLESS:
        sys.stderr.write(f"{title}: {text}\n")
        return
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


PDF_FILTER = "PDF documents (*.pdf)"


def get_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the PDF"), str(suggested), PDF_FILTER
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def get_folder(parent: QWidget, folder: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, parent.tr("Choose a folder for the PDFs"), str(folder)
    )
    return Path(name) if name else None


def get_pdf_to_verify(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Verify a PDF"), str(folder), PDF_FILTER
    )
    return Path(name) if name else None

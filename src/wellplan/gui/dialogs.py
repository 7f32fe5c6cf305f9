"""Every modal dialog the app shows goes through these functions, so tests can replace them
(no real modal dialog ever blocks a test) and the wording stays in one place."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
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


def ask_passphrase(parent: QWidget, name: str, problem: str = "") -> str | None:
    """The passphrase (or recovery key) for a locked file; None if the person cancels.
    Pasting works (password managers); nothing typed is kept anywhere."""
    if _HEADLESS:
        sys.stderr.write(f"{name} is locked with a passphrase; --smoke can't ask for it.\n")
        return None
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    label = parent.tr("“%1” is locked. Type its passphrase, or your recovery key:").replace(
        "%1", name
    )
    if problem:
        label = f"{problem}\n\n{label}"
    text, ok = QInputDialog.getText(
        parent, parent.tr("Unlock your file"), label, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


def ask_new_passphrase(parent: QWidget, explanation: str) -> str | None:
    """A new passphrase, typed twice; None if the person cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    problem = ""
    while True:
        first, ok = QInputDialog.getText(
            parent,
            parent.tr("Choose a passphrase"),
            (problem + "\n\n" if problem else "") + explanation,
            QLineEdit.EchoMode.Password,
        )
        if not ok or not first:
            return None
        second, ok = QInputDialog.getText(
            parent,
            parent.tr("Choose a passphrase"),
            parent.tr("Type the same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if second == first:
            return first
        problem = parent.tr("Those two weren't the same. Please type it twice again.")


def show_recovery_key(parent: QWidget, key: str) -> None:
    """The recovery key, selectable and copyable, with what it is for."""
    if _HEADLESS:
        sys.stderr.write(f"Recovery key: {key}\n")
        return
    from PySide6.QtWidgets import QApplication

    box = QMessageBox(
        QMessageBox.Icon.Information,
        parent.tr("Your recovery key"),
        parent.tr(
            "Write this down or print it, and keep it somewhere safe, away from this computer. "
            "It opens your file if you forget the passphrase. Without the passphrase or this "
            "key, no one can open the file, including us.\n\n%1"
        ).replace("%1", key),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(parent.tr("&Copy the key"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(parent.tr("I've kept it safe"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(key)

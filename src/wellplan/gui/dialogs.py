"""Every modal dialog the app shows goes through these functions, so tests can replace them
(no real modal dialog ever blocks a test) and the wording stays in one place.

QMessageBox and QFileDialog are imported where they are used: importing them builds their
enums in PySide6, and the window is drawn before any dialog is needed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellplan.gui.lazy_qt import Qt
from wellplan.storage.fileformat import FILE_SUFFIX

T = TypeVar("T")


def file_filter() -> str:
    """The file dialogs' list of kinds, in the app's language."""
    return (
        QCoreApplication.translate("dialogs", "WellPlan files (%1)").replace(
            "%1", f"*{FILE_SUFFIX}"
        )
        + ";;"
        + QCoreApplication.translate("dialogs", "All files (*)")
    )


def pdf_filter() -> str:
    return QCoreApplication.translate("dialogs", "PDF documents (*.pdf)")


_HEADLESS = False


def set_headless(headless: bool) -> None:
    """Smoke runs (``wellplan --smoke``): messages go to stderr instead of modal dialogs,
    which would wait for a click that never comes."""
    global _HEADLESS
    _HEADLESS = headless


def get_open_path(parent: QWidget, folder: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Open a WellPlan file"),
        str(folder),
        file_filter(),
    )
    return Path(name) if name else None


def get_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)


def show_error(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    if _HEADLESS:
        sys.stderr.write(f"{title}: {text}\n")
        return
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    if _HEADLESS:
        sys.stderr.write(f"{title}: {text}\n")
        return
    QMessageBox.information(parent, title, text)


def confirm(
    parent: QWidget, title: str, text: str, yes: str, no: str, *, destructive: bool = False
) -> bool:
    """Ask yes or no with buttons that say what they do. ``destructive``: Enter and
    Escape both keep things as they are."""
    from PySide6.QtWidgets import QMessageBox

    if _HEADLESS:
        sys.stderr.write(f"{title}: not asked in a smoke run, so no.\n")
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    if destructive:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def get_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("dialogs", "Save the PDF"), str(suggested), pdf_filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def get_folder(parent: QWidget, folder: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("dialogs", "Choose a folder for the PDFs"), str(folder)
    )
    return Path(name) if name else None


def get_pdf_to_verify(parent: QWidget, folder: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Verify a PDF"), str(folder), pdf_filter()
    )
    return Path(name) if name else None


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` × ``height``, or to what the screen it opens on has
    room for (a small laptop, large text): its contents scroll or wrap, and its buttons
    stay on the screen. (What its layout can't do without, it keeps: tests/
    test_small_screens.py checks that this fits 1280×720 at 100% and 1366×768 at 200%.)"""
    screen = window.screen()
    if screen is None and window.parentWidget() is not None:
        screen = window.parentWidget().screen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    frame = 40  # the title bar and borders the window manager adds
    most_wide, most_high = room.width() - 16, room.height() - frame
    window.resize(min(width, most_wide), min(height, most_high))  # (never below its minimum)


def passphrase_dialog(parent: QWidget | None, title: str, text: str) -> Any:
    """A dialog that asks for a passphrase: ``text`` wraps (QInputDialog's doesn't, and
    grew wider than the screen), the field hides what is typed, OK and Cancel. The
    dialog's ``field`` holds the passphrase."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("passphrase-dialog")
    dialog.setWindowTitle(title)
    label = QLabel(text, dialog)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    field = QLineEdit(dialog)
    field.setObjectName("passphrase")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(title)
    field.setAccessibleDescription(text)
    label.setBuddy(field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.field = field  # type: ignore[attr-defined]
    dialog.label = label  # type: ignore[attr-defined]
    width = dialog.fontMetrics().averageCharWidth() * 64  # a comfortable line
    layout.activate()
    fit_to_screen(dialog, width, layout.totalHeightForWidth(width))
    field.setFocus()
    return dialog


def _ask(parent: QWidget, title: str, text: str) -> str | None:
    from PySide6.QtWidgets import QDialog

    dialog = passphrase_dialog(parent, title, text)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.field.text())
    finally:
        dialog.field.clear()
        dialog.deleteLater()


def ask_passphrase(parent: QWidget, name: str, problem: str = "") -> str | None:
    """The passphrase (or recovery key) for a locked file; None if the person cancels.
    Pasting works (password managers); nothing typed is kept anywhere."""
    if _HEADLESS:
        sys.stderr.write(f"{name} is locked with a passphrase; --smoke can't ask for it.\n")
        return None
    label = QCoreApplication.translate(
        "dialogs", "“%1” is locked. Type its passphrase, or your recovery key:"
    ).replace("%1", name)
    if problem:
        label = f"{problem}\n\n{label}"
    text = _ask(parent, QCoreApplication.translate("dialogs", "Unlock your file"), label)
    return text or None


def ask_new_passphrase(parent: QWidget, explanation: str) -> str | None:
    """A new passphrase, typed twice; None if the person cancels."""
    problem = ""
    title = QCoreApplication.translate("dialogs", "Choose a passphrase")
    while True:
        first = _ask(parent, title, (problem + "\n\n" if problem else "") + explanation)
        if not first:
            return None
        second = _ask(
            parent,
            title,
            QCoreApplication.translate("dialogs", "Type the same passphrase again:"),
        )
        if second is None:
            return None
        if second == first:
            return first
        problem = QCoreApplication.translate(
            "dialogs", "Those two weren't the same. Please type it twice again."
        )


def open_recovery_sheet(parent: QWidget | None, key: str, file_name: str) -> Path:
    """Make the printable recovery sheet in WellPlan's private temporary folder (removed
    when WellPlan closes) and open it in the PDF viewer, ready to print. It is laid out on
    the PDF thread, like every PDF."""
    import datetime as dt

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from wellplan.export.recovery import recovery_sheet
    from wellplan.gui import worker
    from wellplan.storage.atomic import atomic_target
    from wellplan.storage.paths import private_temp_dir

    moment = dt.datetime.now().astimezone()
    pdf = worker.run_busy(
        parent,
        QCoreApplication.translate("dialogs", "Making the recovery sheet…"),
        lambda: recovery_sheet(key, file_name, moment),
        pool=worker.pdf_pool(),
    )
    target = private_temp_dir() / "WellPlan recovery sheet.pdf"
    with atomic_target(target) as tmp:  # owner-only
        tmp.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


def show_recovery_key(parent: QWidget, key: str, file_name: str) -> None:
    """The recovery key, selectable and copyable, with what it is for, and a printable
    sheet of it."""
    from PySide6.QtWidgets import QMessageBox

    if _HEADLESS:
        sys.stderr.write(f"Recovery key: {key}\n")
        return
    from PySide6.QtWidgets import QApplication

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("dialogs", "Your recovery key"),
        QCoreApplication.translate(
            "dialogs",
            "Print this or write it down, and keep it somewhere safe, away from this computer. "
            "It opens your file if you forget the passphrase. Without the passphrase or this "
            "key, no one can open the file, including us.\n\n%1",
        ).replace("%1", key),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    print_button = box.addButton(
        QCoreApplication.translate("dialogs", "&Print a recovery sheet…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy = box.addButton(
        QCoreApplication.translate("dialogs", "&Copy the key"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(
        QCoreApplication.translate("dialogs", "I've kept it safe"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    while True:
        box.exec()
        if box.clickedButton() is print_button:
            open_recovery_sheet(box, key, file_name)  # the key stays on screen meanwhile
            continue
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(key)
        return


def offer_lock(parent: QWidget) -> bool:
    """First run: offer a passphrase, with the trade-off in plain words."""
    if _HEADLESS:
        return False
    return confirm(
        parent,
        QCoreApplication.translate("dialogs", "Keep your plans private?"),
        QCoreApplication.translate(
            "dialogs",
            "Your plans are kept in one file on this computer. You can lock it with a "
            "passphrase, so that only someone who knows it can read your plans, even if "
            "someone else uses this computer or it is lost.\n\n"
            "The trade-off: if you forget the passphrase and lose the recovery key that "
            "WellPlan gives you, no one can open the file, including us.\n\n"
            "You can add, change or remove a passphrase later in the File menu.",
        ),
        QCoreApplication.translate("dialogs", "Choose a passphrase…"),
        QCoreApplication.translate("dialogs", "Not now"),
    )


class Asker:
    """These dialogs over ``window``, as the FileSession asks for them (file_session.Asker)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def show_error(self, title: str, text: str) -> None:
        show_error(self.window, title, text)

    def show_info(self, title: str, text: str) -> None:
        show_info(self.window, title, text)

    def confirm(
        self, title: str, text: str, yes: str, no: str, *, destructive: bool = False
    ) -> bool:
        return confirm(self.window, title, text, yes, no, destructive=destructive)

    def ask_passphrase(self, name: str, problem: str) -> str | None:
        return ask_passphrase(self.window, name, problem)

    def ask_new_passphrase(self, explanation: str) -> str | None:
        return ask_new_passphrase(self.window, explanation)

    def show_recovery_key(self, key: str, name: str) -> None:
        show_recovery_key(self.window, key, name)

    def busy(self, text: str, work: Callable[[], T]) -> T:
        from wellplan.gui import worker

        result: T = worker.run_busy(self.window, text, work)
        return result

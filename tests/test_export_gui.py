"""Print or export in the window: choose, preview the very bytes, save; never frozen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from tests.gui_helpers import open_window
from wellplan.gui.export_dialog import ExportDialog
from wellplan.storage.demo import write_demo


def export_dialog(qtbot: QtBot, tmp_path: Path) -> ExportDialog:
    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = open_window(qtbot, path, create=False)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    return dialog


def previews(dialog: ExportDialog) -> list[object]:
    return [
        w
        for w in dialog.pages.findChildren(type(dialog.status))
        if w.objectName() == "preview-page"
    ]


def test_preview_shows_the_selected_document(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels[0] == "In a crisis, please read this first"
    assert "Wallet card" in labels and "Robin's advance directive (Oregon) (signing form)" in labels
    assert labels[-1] == "Crisis plan for a phone"
    # summary, 6 full plans, 2 PAD forms, the meeting's sheet, 2 "My next steps", card, phone
    assert len(labels) == 14
    assert "Meeting with Dr. Haddad: My points for today" in labels
    assert "Robin's goals: My next steps" in labels
    assert dialog.status.text() == "“In a crisis, please read this first”: 1 page."
    (page,) = previews(dialog)
    pixmap = page.pixmap()  # type: ignore[attr-defined]
    letter_or_a4 = pixmap.height() / pixmap.width()
    assert 1.2 < letter_or_a4 < 1.5
    wrap_row = labels.index("Robin's Wellness Recovery Action Plan")
    dialog.list.setCurrentRow(wrap_row)
    qtbot.waitUntil(
        lambda: "Robin's Wellness Recovery Action Plan”: " in dialog.status.text(), timeout=10_000
    )
    assert len(previews(dialog)) >= 3
    # A4 is taller for its width than Letter
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    letter = previews(dialog)[0].pixmap()  # type: ignore[attr-defined]
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    qtbot.waitUntil(
        lambda: not dialog.busy_now() and "pages." in dialog.status.text(), timeout=10_000
    )
    a4 = previews(dialog)[0].pixmap()  # type: ignore[attr-defined]
    assert a4.height() / a4.width() > letter.height() / letter.width()


def test_saving_one_document_writes_what_was_previewed(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    dialog_log.pdf_path = target
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as saved:
        dialog.save_button.click()
    assert [item.path for item in saved.args[0]] == [target]
    assert not saved.args[0][0].sealed
    assert dialog_log.suggested[0].name == "Robin Okafor - In a crisis, please read this first.pdf"
    previewed, digest = next(
        v for (c, _p, _s, _l), v in dialog.cache.items() if c.document == "summary"
    )
    assert target.read_bytes() == previewed
    assert saved.args[0][0].fingerprint == digest
    assert len(PdfReader(target).pages) == 1
    assert dialog.status.text() == f"Saved the PDF in {target.parent}."


def test_saving_several_documents_into_a_folder(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    for i in range(dialog.list.count()):
        if dialog.list.item(i).text() in ("Wallet card", "Robin's crisis plan"):
            dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    dialog_log.folder = folder
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.save_button.click()
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Robin Okafor - In a crisis, please read this first.pdf",
        "Robin Okafor - Robin's crisis plan.pdf",
        "Robin Okafor - Wallet card.pdf",
    ]
    for path in folder.iterdir():
        assert PdfReader(path).pages


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    dialog_log.pdf_path = None  # the person pressed Cancel
    dialog.save_button.click()
    assert not dialog.busy_now()
    assert not any(p.suffix == ".pdf" for p in tmp_path.rglob("*"))


def test_nothing_ticked_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.save_button.click()
    assert dialog.status.text() == "Tick at least one document to save."


def test_closing_the_window_closes_the_export_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    """Regression: a modal export dialog outliving its window blocked input everywhere."""
    dialog = export_dialog(qtbot, tmp_path)
    window = dialog.parentWidget()
    assert window is not None
    window.close()
    assert not dialog.isVisible()


def test_sealed_export_verifies_in_the_app_and_is_logged(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    window = dialog.parentWidget()
    assert window is not None
    dialog.seal.setChecked(True)  # the preview now shows the sealed PDF, stamp and all
    qtbot.waitUntil(
        lambda: not dialog.busy_now() and "1 page." in dialog.status.text(), timeout=20_000
    )
    target = tmp_path / "sealed.pdf"
    dialog_log.pdf_path = target
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.save_button.click()
    log = window.doc.exports()  # type: ignore[attr-defined]
    assert [(e.document, e.sealed) for e in log] == [("summary", True)]
    assert len(PdfReader(target).pages) == 1

    # File ▸ Verify a PDF
    dialog_log.infos.clear()
    dialog_log.open_pdf = target
    with qtbot.waitSignal(window.verified, timeout=20_000) as checked:  # type: ignore[attr-defined]
        window.verify_action.trigger()  # type: ignore[attr-defined]
    assert checked.args[0].verdict.value == "intact"
    ((title, text),) = dialog_log.infos
    assert title == "Not changed"
    assert "Not changed since Robin Okafor sealed it" in text

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(target.read_bytes() + b"\n%x\n")
    dialog_log.open_pdf = tampered
    with qtbot.waitSignal(window.verified, timeout=20_000) as checked:  # type: ignore[attr-defined]
        window.verify_action.trigger()  # type: ignore[attr-defined]
    assert checked.args[0].verdict.value == "altered"
    assert dialog_log.infos[-1][0] == "Changed after sealing"


def test_documents_can_be_saved_in_another_language(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    dialog = export_dialog(qtbot, tmp_path)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["en", "es"] and dialog.language.isVisibleTo(dialog)
    assert dialog.language.itemText(1) == "Español"
    dialog.language.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    target = tmp_path / "resumen.pdf"
    dialog_log.pdf_path = target
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.save_button.click()
    text = PdfReader(target).pages[0].extract_text()
    assert "En una crisis, por favor, lee esto primero" in text
    assert "página 1 de 1" in text


def test_the_window_is_drawn_before_its_first_preview_is_made(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview is made in a worker; started before the window's first paint, it would
    share Python with the GUI thread while the window appears."""
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QDialog

    jobs_at_paint: list[int] = []

    def paint(dialog: ExportDialog, event: QPaintEvent) -> None:
        jobs_at_paint.append(len(dialog._jobs))
        QDialog.paintEvent(dialog, event)

    monkeypatch.setattr(ExportDialog, "paintEvent", paint)
    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = open_window(qtbot, path, create=False)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.busy_now() and not dialog._jobs  # waiting, and says so
    assert dialog.busy.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: bool(jobs_at_paint))
    assert jobs_at_paint[0] == 0
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    assert dialog.status.text() == "“In a crisis, please read this first”: 1 page."
    assert not dialog.busy.isVisibleTo(dialog)


def test_a_preview_that_finishes_after_its_window_is_gone_is_let_go(
    qapp: object, tmp_path: Path
) -> None:
    """Quitting, or closing the window, while a preview is being made: its result arrives
    for no one and is let go (it used to raise, touching the closed window's widgets)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    from wellplan.gui.main_window import MainWindow
    from wellplan.gui.worker import wait_for_work

    path = tmp_path / "demo.wellplan"
    write_demo(path)
    window = MainWindow()  # not the test's to close: this test closes it mid-preview
    window.show()
    assert window.open_path(path, create=False)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.show_preview()  # under way now
    assert dialog._jobs
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(dialog)
    wait_for_work()
    QCoreApplication.processEvents()  # its result arrives: nothing is raised


def test_choosing_quickly_never_runs_two_pdf_jobs_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PDFium is not thread-safe, even on different documents (and reportlab keeps
    module-level state): arrowing through the documents and toggling the paper without
    waiting aborted the app with "double free or corruption". Every PDF job runs on one
    thread, and previews superseded while waiting their turn are dropped."""
    import threading

    from wellplan.gui import export_dialog as module

    lock = threading.Lock()
    inside = 0
    most_at_once = 0
    calls: list[str] = []
    another = threading.Event()

    def one_at_a_time(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            nonlocal inside, most_at_once
            with lock:
                inside += 1
                most_at_once = max(most_at_once, inside)
                calls.append(name)
                if inside > 1:
                    another.set()
            try:
                # stay a moment, so that a second thread, if any, is caught inside too
                another.wait(0.2)
                return real(*args, **kwargs)
            finally:
                with lock:
                    inside -= 1

        return call

    monkeypatch.setattr(module, "make_pdf", one_at_a_time("layout", module.make_pdf))
    monkeypatch.setattr(module, "page_images", one_at_a_time("preview", module.page_images))
    dialog = export_dialog(qtbot, tmp_path)
    calls.clear()
    asked = 0
    for row in range(dialog.list.count()):  # down the list, changing paper at every step
        dialog.list.setCurrentRow(row)
        dialog.paper.setCurrentIndex(1 - dialog.paper.currentIndex())
        asked += 2
    last = dialog.current_choice()
    assert last is not None
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=30_000)
    assert most_at_once == 1
    assert calls.count("preview") < asked  # the superseded ones never ran
    assert dialog.status.text().startswith(f"“{last.label}”: ")
    assert previews(dialog)

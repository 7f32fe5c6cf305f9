"""Signing side by side in the window: the person draws a signature, two witnesses sign in
their own steps, the sealed signing form verifies; History shows versions and changes."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from tests.builders import demo_with_texas
from tests.conftest import DialogLog
from tests.gui_helpers import drag, open_window, type_text
from wellplan.domain.pad import profiles
from wellplan.export.documents import render
from wellplan.export.seal import verify
from wellplan.gui import announced
from wellplan.gui.export_dialog import ExportDialog
from wellplan.gui.history import HistoryDialog
from wellplan.gui.main_window import MainWindow
from wellplan.gui.signing import SignerPage, SigningWizard
from wellplan.sealing import known_identities
from wellplan.storage.document import PlanFile

TEXAS = profiles()["TX"]
SCRIBBLE = [(30, 120), (60, 70), (90, 130), (120, 60), (150, 125), (190, 80), (240, 110)]


def texas_file(tmp_path: Path) -> tuple[Path, int]:
    return demo_with_texas(tmp_path / "texas.wellplan")


def select_plan(window: MainWindow, plan_id: int) -> None:
    plans = window.home.list
    for row in range(plans.count()):
        if plans.item(row).data(256) == plan_id:  # Qt.ItemDataRole.UserRole
            plans.setCurrentRow(row)
            return
    raise AssertionError(f"plan {plan_id} not on the home view")


def next_page(qtbot: QtBot, wizard: SigningWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled(), f"can't go on from {wizard.currentPage().objectName()}"
    before = wizard.currentId()
    button.click()
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5_000)


def answer(page: SignerPage, yes: bool) -> None:
    for group in page.answers.values():
        button = group.button(1 if yes else 0)
        assert isinstance(button, QRadioButton)
        button.click()


def sign_texas(qtbot: QtBot, window: MainWindow, plan_id: int) -> SigningWizard:
    select_plan(window, plan_id)
    window.home.sign_button.click()
    wizard = window.side_dialog
    assert isinstance(wizard, SigningWizard)
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    advice = wizard.findChild(QLabel, "wet-ink-advice")
    assert advice is not None and "sign the printed form in ink" in advice.text()
    # before anyone signs: Texas's rules in plain words, and who can't witness
    rules = wizard.findChild(QLabel, "signing-rules").text()
    assert rules.startswith("What this means in Texas")
    assert "only after a court finds" in rules and "electroconvulsive" in rules
    assert "peer supporters" in wizard.findChild(QLabel, "signing-staff-note").text()
    assert wizard.findChild(QLabel, "signing-unverified") is None  # Texas: all confirmed
    next_page(qtbot, wizard)

    # the person: only they sign here, drawing with the mouse
    person = wizard.currentPage()
    assert isinstance(person, SignerPage) and person.objectName() == "sign-person"
    assert "for Robin Okafor only" in person.findChild(QLabel, "handover").text()
    assert person.name.text() == "Robin Okafor"
    assert not person.isComplete()  # nothing signed yet
    person.input.pad.setFocus()
    drag(person.input.pad, SCRIBBLE)
    assert person.isComplete()
    next_page(qtbot, wizard)

    # witness 1: answers their own questions; a yes stops them, with the reason
    first = wizard.currentPage()
    assert isinstance(first, SignerPage) and first.objectName() == "sign-witness-1"
    assert "peer supporters" in first.findChild(QLabel, "witness-note").text()
    assert first.name.text() == "Lena Fischer"  # the witness the directive names
    first.name.setFocus()
    first.name.selectAll()
    type_text(qtbot, "Dana Whitfield", first.name)
    assert first.name.text() == "Dana Whitfield"
    drag(first.input.pad, SCRIBBLE[::-1])
    assert not first.problems.isVisibleTo(first)  # nothing wrong: nothing there to read
    answer(first, yes=True)
    assert not first.isComplete()
    assert TEXAS.eligibility_questions[0] in first.problems.text()
    assert first.problems.isVisibleTo(first)
    assert announced.log[-1].startswith("You can't sign here yet:")  # said at once
    assert TEXAS.eligibility_questions[0] in announced.log[-1]
    answer(first, yes=False)
    assert first.isComplete() and first.problems.text() == ""
    assert not first.problems.isVisibleTo(first)
    next_page(qtbot, wizard)

    # witness 2 types their name and ticks that they mean it
    second = wizard.currentPage()
    assert isinstance(second, SignerPage) and second.objectName() == "sign-witness-2"
    second.name.setText("Lee Ortiz")
    answer(second, yes=False)
    second.input.typed.setText("Lee Ortiz")
    assert not second.isComplete()  # not until the tick
    second.input.means_it.setChecked(True)
    next_page(qtbot, wizard)

    review = wizard.currentPage()
    assert review.objectName() == "signing-review"
    summary = review.findChild(QLabel, "signing-summary").text()
    assert "Robin Okafor" in summary and "Dana Whitfield" in summary and "Lee Ortiz" in summary
    with qtbot.waitSignal(wizard.signed, timeout=5_000):
        next_page(qtbot, wizard)
    assert wizard.currentPage().objectName() == "signing-done"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.side_dialog is None, timeout=5_000)
    return wizard


def test_sign_a_texas_directive_with_two_witnesses_then_export_sealed_and_verify(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path, plan_id = texas_file(tmp_path)
    window = open_window(qtbot, path, create=False)
    sign_texas(qtbot, window, plan_id)
    doc = window.doc
    assert doc is not None
    signed = doc.current_signatures(plan_id)
    assert [(s.role.value, s.name, s.mark.kind) for s in signed] == [
        ("person", "Robin Okafor", "drawn"),
        ("witness-1", "Dana Whitfield", "drawn"),
        ("witness-2", "Lee Ortiz", "typed"),
    ]
    assert len(signed[0].mark.strokes[0]) == len(SCRIBBLE)
    assert signed[1].eligibility == tuple((q, False) for q in TEXAS.eligibility_questions)
    card = window.home.list.currentItem().text()
    assert "signed (version 1)" in card

    # Print or export: the Texas signing form, sealed
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=20_000)
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        wanted = item.text() == "Robin's advance directive (Texas) (signing form)"
        item.setCheckState(item.checkState().Checked if wanted else item.checkState().Unchecked)
        if wanted:
            dialog.list.setCurrentRow(row)
    dialog.seal.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=20_000)
    target = tmp_path / "texas-signed.pdf"
    dialog_log.pdf_path = target
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.save_button.click()
    sealed = target.read_bytes()
    result = verify(sealed, known_identities(doc))
    assert result.verdict.value == "intact", result.message
    text = "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(sealed)).pages)
    assert "Signed in WellPlan (drawn) on version 1 of this plan." in text
    assert "Dana Whitfield" in text and "Lee Ortiz" in text
    assert [v.number for v in doc.versions(plan_id)] == [1]  # sealing kept the signed version
    assert [(e.document, e.sealed, e.version) for e in doc.exports()] == [("pad-form", True, "v1")]
    dialog.close()


def test_editing_after_signing_makes_a_draft_history_shows_both_and_v1_re_exports_the_same(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path, plan_id = texas_file(tmp_path)
    window = open_window(qtbot, path, create=False)
    sign_texas(qtbot, window, plan_id)
    doc = window.doc
    assert doc is not None
    (version,) = doc.versions(plan_id)
    first = doc.version_bundle(version.id, "0.1.0")
    content = render(first, "pad-form", list(first.plans), "letter", seal_space=True)

    doc.save_answer(plan_id, "pad.about.name", "Robin A. Okafor")
    window.refresh_home()
    select_plan(window, plan_id)
    assert (
        "changed since you signed version 1: sign again?" in window.home.list.currentItem().text()
    )
    assert doc.current_signatures(plan_id) == []

    window.history_action.trigger()
    history = window.side_dialog
    assert isinstance(history, HistoryDialog)
    rows = [history.versions.item(i).text() for i in range(history.versions.count())]
    assert rows[0].startswith("Now: the draft")
    assert rows[1].startswith("Version 1") and "Signed by Robin Okafor (the person" in rows[1]
    assert "Dana Whitfield (witness 1)" in rows[1]
    changes = history.changes.toPlainText().splitlines()
    assert changes[0] == "From version 1 to now:"
    assert "About you · Your full name" in changes
    assert "Added “Robin A. Okafor”; removed “Robin Okafor”." in changes

    # export version 1 again, sealed: the same content, byte for byte, before the seal
    history.versions.setCurrentRow(1)
    target = tmp_path / "v1-again.pdf"
    dialog_log.pdf_path = target
    with qtbot.waitSignal(history.exported, timeout=30_000):
        history.export_button.click()
    again = target.read_bytes()
    assert again[: len(content)] == content
    assert verify(again, known_identities(doc)).verdict.value == "intact"
    assert "Robin A. Okafor" not in "\n".join(
        p.extract_text() or "" for p in PdfReader(BytesIO(again)).pages
    )

    # restore version 1 as the new draft; today's words are kept as version 2 first
    dialog_log.confirm_answer = True
    history.restore_button.click()
    assert doc.load_plan(plan_id).answers["pad.about.name"] == "Robin Okafor"
    assert [v.reason for v in doc.versions(plan_id)] == ["signed", "kept"]
    assert "Version 1 is now the draft." in history.status.text()
    history.close()


def test_finishing_an_edit_of_a_signed_plan_asks_whether_to_sign_again(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    from tests.test_signing import texas_signatures

    path, plan_id = texas_file(tmp_path)
    with PlanFile.open(path) as doc:
        doc.sign(plan_id, texas_signatures())
    window = open_window(qtbot, path, create=False)
    window.edit_plan(plan_id)
    assert window.wizard is not None
    window.wizard.finish(done=True)  # read through, nothing changed: no question
    assert dialog_log.confirms == []

    window.edit_plan(plan_id)
    assert window.wizard is not None and window.doc is not None
    window.doc.save_answer(plan_id, "pad.about.name", "Robin A. Okafor")
    dialog_log.confirm_answer = True
    window.wizard.finish(done=True)
    assert dialog_log.confirms == ["Sign the new version?"]
    assert isinstance(window.side_dialog, SigningWizard)
    window.side_dialog.reject()  # nothing signed yet: closes without asking
    assert window.side_dialog is None

"""Take the README screenshots offscreen, from the demo file. Run: python scripts/screenshots.py
(add --spanish for only the Spanish ones, --kinds for only goals, a meeting's sheet and Today)

Writes docs/screenshots/*.png. Uses a throwaway data folder, so it never touches your files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))  # for the mouse-drawing helper the tests use


def open_window(path: Path, *, create: bool = False) -> Any:
    """A main window at the README's size, showing ``path``."""
    from wellplan.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1000, 700)
    window.show()
    window.open_path(path, create=create)
    return window


def main(argv: list[str]) -> int:
    """Every picture, or with --spanish only the Spanish ones."""
    work = Path(tempfile.mkdtemp(prefix="wellplan-shots-"))
    os.environ["WELLPLAN_DATA_DIR"] = str(work / "data")

    from PySide6.QtTest import QTest

    from wellplan.app import make_app
    from wellplan.domain.records import RecordKind
    from wellplan.gui.main_window import MainWindow
    from wellplan.storage.demo import write_demo

    _app = make_app()  # keep a reference: the QApplication must outlive the windows
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(window: MainWindow, name: str) -> None:
        QTest.qWait(50)  # let layouts settle before grabbing
        window.grab().save(str(OUT / name))
        print(f"wrote {OUT / name}")

    if "--spanish" in argv:
        spanish(work, shoot)
        return 0
    demo = write_demo(work / "Robin's plans.wellplan")
    if "--kinds" in argv:
        kinds(demo, shoot)
        return 0

    welcome = open_window(work / "New plans.wellplan", create=True)
    shoot(welcome, "welcome.png")
    welcome.close()

    window = open_window(demo)
    shoot(window, "home.png")
    assert window.doc is not None
    doc = window.doc
    plans = {p.kind: p.id for p in doc.list_plans()}
    window.edit_plan(plans["wrap"])
    wizard = window.wizard
    assert wizard is not None
    for section, name in (
        ("triggers", "wizard-triggers.png"),
        ("crisis.supporters", "wizard-supporters.png"),
    ):
        wizard.go_to(wizard.section_page_ids[section])
        shoot(window, name)
    wizard.finish(done=False)

    window.use_now(plans["crisis"])
    shoot(window, "use-now.png")
    window.go_home()
    window.show_records()
    shoot(window, "people.png")
    window.go_home()

    # a Texas directive still being prepared: one witness so far
    draft = doc.create_plan("pad", "Advance directive (draft)")
    witness = next(r for r in doc.list_records(RecordKind.PERSON) if r.name == "Lena Fischer")
    for question_id, value in (
        ("pad.jurisdiction", "TX"),
        ("pad.about.name", "Robin Okafor"),
        ("pad.signing.witnesses", [{"id": witness.id, "note": "Neighbour"}]),
    ):
        doc.save_answer(draft.id, question_id, value)
    window.edit_plan(draft.id)
    assert window.wizard is not None
    window.wizard.go_to(window.wizard.section_page_ids["ready"])
    shoot(window, "pad-readiness.png")
    window.wizard.finish(done=False)

    window.export_documents()
    dialog = window.export_dialog
    assert dialog is not None
    dialog.resize(1100, 760)  # as on a laptop screen (the offscreen one is only 800 px wide)
    while dialog.busy_now():  # wait for the preview to be made in its worker
        QTest.qWait(50)
    QTest.qWait(50)
    dialog.grab().save(str(OUT / "export.png"))
    print(f"wrote {OUT / 'export.png'}")
    dialog.close()

    # signing side by side: the draft Texas directive, the first witness's own step
    from tests.gui_helpers import drag
    from wellplan.gui.signing import SignerPage, SigningWizard

    window.sign_plan(draft.id)
    signing = window.side_dialog
    assert isinstance(signing, SigningWizard)
    signing.resize(760, 820)
    signing.next()
    person = signing.currentPage()
    assert isinstance(person, SignerPage)
    hand = [(40, 130), (70, 80), (100, 140), (130, 70), (165, 135), (205, 85), (260, 115)]
    drag(person.input.pad, hand)
    signing.next()
    witness = signing.currentPage()
    assert isinstance(witness, SignerPage)
    for group in witness.answers.values():
        group.button(0).click()
    witness.input.typed.setText("Lena Fischer")
    witness.input.means_it.setChecked(True)
    QTest.qWait(50)
    signing.grab().save(str(OUT / "signing-witness.png"))
    print(f"wrote {OUT / 'signing-witness.png'}")
    signing.next()
    signing.currentPage()
    second = signing.currentPage()
    assert isinstance(second, SignerPage)
    second.name.setText("Sam Reyes")
    for group in second.answers.values():
        group.button(0).click()
    drag(second.input.pad, hand[::-1])
    signing.next()
    signing.next()  # Sign this version
    signing.accept()
    QTest.qWait(50)

    doc.save_answer(draft.id, "pad.meds.conditions", "Talk it through with me first, please.")
    window.show_history(draft.id)
    history = window.side_dialog
    assert history is not None
    history.resize(980, 560)
    QTest.qWait(50)
    history.grab().save(str(OUT / "history.png"))
    print(f"wrote {OUT / 'history.png'}")
    history.close()

    # together mode: a supporter's suggestion waiting beside a question
    window.set_together(True)
    window.edit_plan(plans["wrap"])
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(wizard.section_page_ids["triggers"])
    wizard.add_suggestion("triggers.list", "Sam", "Being told to calm down")
    shoot(window, "together.png")
    wizard.finish(done=False)
    window.set_together(False)

    # high contrast at 200%, and the dark theme
    window.set_theme("contrast")
    window.set_text_size(200)
    window.edit_plan(plans["crisis"])
    assert window.wizard is not None
    window.wizard.go_to(1)
    shoot(window, "contrast-200.png")
    window.wizard.finish(done=False)
    window.set_text_size(100)
    window.set_theme("dark")
    window.go_home()
    shoot(window, "home-dark.png")
    window.set_theme("light")
    window.close()
    kinds(demo, shoot)
    spanish(work, shoot)
    return 0


def kinds(demo: Path, shoot: Any) -> None:
    """Beyond crisis: the goals wizard on a goal, a meeting's one-page sheet (a PDF, through
    pdftoppm) and Today with a few things ticked and the month open."""
    import datetime as dt
    import subprocess

    from wellplan import __version__
    from wellplan.export.documents import render
    from wellplan.gui import today as today_view
    from wellplan.storage.document import PlanFile

    with PlanFile.open(demo) as doc:
        bundle = doc.bundle(__version__)
        meeting = bundle.latest("meeting")
        assert meeting is not None
        pdf = Path(tempfile.mkdtemp(prefix="wellplan-sheet-")) / "meeting.pdf"
        pdf.write_bytes(render(bundle, "one-page", [meeting], "letter"))
        doc.save_checkin(
            today_view.today(),
            ["Breakfast before 9", "Get outside for at least 20 minutes", "Water the plants"],
            "Coffee with Sam after the meeting.",
        )
    target = OUT / "meeting-one-page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(target)], check=True
    )
    print(f"wrote {target}.png")

    window = open_window(demo)
    assert window.doc is not None
    plans = {p.kind: p.id for p in window.doc.list_plans()}
    window.edit_plan(plans["goals"])
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(wizard.section_page_ids["goals"])
    shoot(window, "goals.png")
    wizard.finish(done=False)
    window.show_today()
    window.stack.today.month_button.setChecked(True)
    window.stack.today.list.setFocus()
    shoot(window, "today.png")
    assert window.stack.today.day == today_view.today() - dt.timedelta(days=0)
    window.close()


def spanish(work: Path, shoot: Any) -> None:
    """The app in Spanish, with a file written by a Spanish-speaking person (Lucía, from
    scripts/spanish_person.py): home, a wizard page, use my plan now, print or export."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from spanish_person import write_spanish_person

    from wellplan.gui import i18n

    app = QApplication.instance()
    assert app is not None
    translators = i18n.install(app, "es")
    path = write_spanish_person(work / "Planes de Lucía.wellplan")
    window = open_window(path)
    shoot(window, "es-home.png")
    assert window.doc is not None
    plans = {p.kind: p.id for p in window.doc.list_plans()}
    window.edit_plan(plans["crisis"])
    assert window.wizard is not None
    window.wizard.go_to(window.wizard.section_page_ids["professionals"])
    shoot(window, "es-wizard.png")
    window.wizard.finish(done=False)
    window.use_now(plans["crisis"])
    shoot(window, "es-use-now.png")
    window.go_home()
    window.export_documents()
    dialog = window.export_dialog
    assert dialog is not None
    dialog.resize(1100, 760)
    while dialog.busy_now():
        QTest.qWait(50)
    QTest.qWait(50)
    dialog.grab().save(str(OUT / "es-export.png"))
    print(f"wrote {OUT / 'es-export.png'}")
    dialog.close()
    window.close()
    i18n.uninstall(app, translators)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

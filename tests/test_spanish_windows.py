"""Every window in Spanish: a Spanish speaker who walks through WellPlan (home, each plan's
wizard, people and places, use my plan now, print or export, backups, history, signing, the
lock screen and the passphrase dialogs) reads no English, except their own words and names.

English is found with a short list of everyday English words that aren't Spanish words,
plus English contractions (can't, it's). The person's own text (answers, records, plan
titles) and proper names (WellPlan, the crisis services' own names) are taken out first."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.conftest import DialogLog
from wellplan.domain.records import RecordKind
from wellplan.gui import dialogs
from wellplan.storage.document import PlanFile

# the real dialogs, before conftest replaces them for each test (collection comes first)
REAL_DIALOGS = {
    name: getattr(dialogs, name)
    for name in ("ask_passphrase", "ask_new_passphrase", "show_recovery_key", "offer_lock")
}

ENGLISH_WORDS = """
    the and you your yours of with to for is are was were be been this that these those it
    its in on at by from not yes or will can cannot have an all any each more here there what
    when where who why how which they them their should would could must might only also
    still yet first then than into out over under after before again some such other own
    same too very just our about my please sure part
    plans sign signed signing save saved open close back next finish later done add remove
    delete cancel keep choose print export seal sealed backup backups history file files
    folder passphrase key lock locked unlock help view undo redo quit page pages people person
    medication medications places line lines call now today yesterday changed draft finished
    review witness witnesses notary agent alternate statement state law rules checked last
    new name phone together mode supporter supporters suggest suggestion accept decline guide
    text size larger smaller light dark contrast language recent verify version directive
    advance wallet card paper preview documents document stroke clear signature typed full
    service reach country tools toolbox steps step nothing something anything everything
    someone anyone everyone
""".split()  # noqa: SIM905 (a word list reads best as words)
ENGLISH = re.compile(
    r"(?<![\w’'])(" + "|".join(ENGLISH_WORDS) + r")(?![\w’'])"
    r"|\b\w+['’](?:t|s|re|ll|ve|d|m)\b",
    re.IGNORECASE,
)

# proper names, kept as their owners write them
PROPER_NAMES = [
    "WellPlan",
    "Wellness Recovery Action Plan",
    "Advocates for Human Potential, Inc.",
    "Mental Health America of Virginia",
    # English kept on purpose beside the Spanish (resources/translations/glossary-es.toml):
    "(notary public)",  # so "notario público" is never read as a Latin American notario
    "Supr o Delete",  # the Delete key as Latin American and US keyboards print it
]


@cache
def proper_names() -> list[str]:
    """Names kept as their owners write them: WellPlan's, the crisis services', and the
    laws' (a code's abbreviation, "Or. Rev. Stat.", and an act's name, "ley … Act")."""
    from wellplan.domain.crisis_lines import countries
    from wellplan.domain.pad import profiles

    names = {*PROPER_NAMES}
    for code, country in countries("en").items():  # a service's own name isn't translated
        spanish = countries("es")[code].lines
        names |= {
            ours.name
            for ours, theirs in zip(country.lines, spanish, strict=True)
            if ours.name == theirs.name
        }
    for profile in profiles("es").values():
        names |= set(re.findall(r"\(ley ([^)]+)\)", profile.citation))
        code = re.match(r"[^§\d]*", profile.citation)  # "Or. Rev. Stat. " before "127.700"
        if code and re.search(r"[§\d]", profile.citation):  # (the general form cites no law)
            names.add(code.group(0).strip())
    return sorted(names - {""}, key=len, reverse=True)


def english_in(text: str, own: list[str]) -> list[str]:
    """The English words in ``text``, after the person's own words and proper names."""
    text = re.sub(r"<[^>]+>", " ", text)  # rich text: its tags aren't read
    text = re.sub(r"&(?!&)", "", text)  # a mnemonic's & isn't read either ("to&do")
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # a folder's path is where it is, not words
    for words in [*own, *proper_names()]:
        if words:
            text = text.replace(words, " ")
    return [m.group(0) for m in ENGLISH.finditer(text)]


def test_the_english_finder_tells_english_from_spanish() -> None:
    assert english_in("Save the PDF", []) == ["Save", "the"]
    assert english_in("You can't witness your own directive", []) == [
        "You",
        "can't",
        "witness",
        "your",
        "own",
        "directive",
    ]
    assert english_in("Guardar el PDF · Añadir a la lista · Tu plan de crisis", []) == []
    assert english_in("Date un respiro; sin cambios desde el 3 de mayo", []) == []
    assert english_in("Llama al 988 Suicide & Crisis Lifeline", []) == []  # a service's name
    assert english_in("Mi hermana: Call me first", ["Call me first"]) == []  # their words
    assert english_in("127.700 to 127.737", []) == ["to"]
    assert english_in("Eliminar to&do", []) == [] and english_in("&Save", []) == ["Save"]
    assert english_in("Se quedan en /home/ana/.local/share/WellPlan/Backups/planes", []) == []


def widget_texts(root: QWidget) -> Iterator[str]:
    """Everything a person can read in ``root``, or hear from a screen reader."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.isWindow():
            yield widget.windowTitle()
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget.placeholderText()
            if widget.isReadOnly():
                yield widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield widget.placeholderText()
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield widget.item(i).text()
                yield widget.item(i).toolTip()
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from (header.text(c) for c in range(header.columnCount()))
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                yield from (item.text(c) for c in range(item.columnCount()))
                stack += [item.child(i) for i in range(item.childCount())]
        elif isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                head = widget.horizontalHeaderItem(c)
                if head is not None:
                    yield head.text()
        if isinstance(widget, QWizard):
            for button in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ):
                yield widget.buttonText(button)


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from menu_texts(action.menu())


SPANISH_ANSWERS = {
    "crisis": {
        "crisis_plan.warning_signs": ["Dejo de contestar mensajes", "Duermo muy poco"],
        "crisis_plan.coping": ["Salir a caminar", "Escuchar música"],
        "crisis_plan.reasons": ["Mi sobrina", "Mi gata"],
    },
    "pad": {
        "pad.jurisdiction": "TX",
        "pad.about.name": "Lucía Ramírez",
        "pad.ect": {"choice": "no", "why": "Prefiero otras opciones"},
    },
    "wrap": {"toolbox.tools": ["Caminar junto al río", "Llamar a mi hermana"]},
}


def spanish_file(path: Path) -> tuple[Path, list[str]]:
    """A file whose person writes in Spanish, with a version in each plan's history; the
    person's own words, to leave out of the check."""
    own = ["Lucía Ramírez", "Rosa Ramírez", "Hermana", "Casa de crisis del río"]
    with PlanFile.create(path) as doc:
        doc.add_record(RecordKind.PERSON, {"name": "Rosa Ramírez", "relationship": "Hermana"})
        doc.add_record(RecordKind.PLACE, {"name": "Casa de crisis del río"})
        for kind, answers in SPANISH_ANSWERS.items():
            plan = doc.create_plan(kind)
            own.append(plan.title)
            for question, value in answers.items():
                doc.save_answer(plan.id, question, value)
            doc.freeze_version(plan.id, "sealed")
            doc.save_answer(plan.id, next(iter(answers)), answers[next(iter(answers))])
    return path, own


@pytest.fixture
def spanish_app(qtbot: QtBot) -> Iterator[None]:
    from wellplan.gui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install(app, "es")
    assert translators, "the Spanish translation didn't load"
    try:
        yield
    finally:
        i18n.uninstall(app, translators)


def modal_texts(qtbot: QtBot, show: Callable[[], object]) -> list[str]:
    """Open a modal dialog with ``show``, read it, and close it."""
    read: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, read_and_close)
            return
        read.extend(widget_texts(dialog))
        if isinstance(dialog, QMessageBox):  # it may ignore Escape: press its way out
            roles = [dialog.buttonRole(b) for b in dialog.buttons()]
            way_out = QMessageBox.ButtonRole.AcceptRole
            if QMessageBox.ButtonRole.RejectRole in roles:
                way_out = QMessageBox.ButtonRole.RejectRole
            dialog.buttons()[roles.index(way_out)].click()
        elif isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(0, read_and_close)
    show()
    assert read, "no dialog was shown"
    return read


def test_every_window_speaks_spanish(
    qtbot: QtBot, tmp_path: Path, spanish_app: None, dialog_log: DialogLog
) -> None:
    from PySide6.QtCore import QThreadPool

    from tests.gui_helpers import open_window
    from tests.test_accessibility import other_windows, pages
    from wellplan.gui.signing import SignerPage, SigningWizard
    from wellplan.gui.structured_editors import JurisdictionEditor

    path, own = spanish_file(tmp_path / "planes.wellplan")
    window = open_window(qtbot, path, create=False)
    assert window.doc is not None
    found: dict[str, list[str]] = {}

    def look(where: str, texts: object) -> None:
        for text in texts:  # type: ignore[attr-defined]
            english = english_in(str(text or ""), own)
            if english:
                found.setdefault(where, []).append(f"{text!r} ({', '.join(english)})")

    look("menus", (t for a in window.menuBar().actions() for t in menu_texts(a.menu())))
    for where, root in other_windows(window):
        look(where, widget_texts(root))
        if isinstance(root, SigningWizard) and isinstance(root.currentPage(), SignerPage):
            page = root.currentPage()
            page.name.setText("Lucía Ramírez")
            page.input.typed.setText("Lucía Ramírez")
            page.input.means_it.setChecked(True)
            root.next()
            QApplication.processEvents()
            look(f"signing {root.currentPage().objectName()}", widget_texts(root))
    QThreadPool.globalInstance().waitForDone()

    for plan in window.doc.list_plans():
        window.edit_plan(plan.id)
        for page in pages(window):
            look(f"{plan.kind} {page}", widget_texts(window))
            for states in window.findChildren(JurisdictionEditor):
                if not states.isVisibleTo(window):
                    continue
                chosen = states.combo.currentIndex()
                for index in range(states.combo.count()):  # every state's rules and law
                    states.combo.setCurrentIndex(index)
                    look(f"{page} {states.combo.currentText()}", widget_texts(states))
                states.combo.setCurrentIndex(chosen)
        window.set_together(True)
        look(f"{plan.kind} together", widget_texts(window))
        window.set_together(False)
        assert window.wizard is not None
        window.wizard.finish(done=False)
    window.display.show_guide()
    QApplication.processEvents()
    for guide in QApplication.topLevelWidgets():
        if guide.isVisible() and guide is not window:
            look("guide", widget_texts(guide))
            guide.close()

    # the dialogs conftest stands in for, shown for real
    look("unlock", modal_texts(qtbot, lambda: REAL_DIALOGS["ask_passphrase"](window, "x")))
    look(
        "new passphrase", modal_texts(qtbot, lambda: REAL_DIALOGS["ask_new_passphrase"](window, ""))
    )
    look(
        "recovery key",
        modal_texts(qtbot, lambda: REAL_DIALOGS["show_recovery_key"](window, "K", "x")),
    )
    REAL_DIALOGS["offer_lock"](window)  # asks through confirm, which the log stands in for
    look("file dialogs", [dialogs.file_filter(), dialogs.pdf_filter()])
    # File ▸ Verify a PDF, with a PDF that has no seal
    from wellplan.export.documents import render

    with PlanFile.open(path) as doc:
        unsealed = render(doc.bundle("9.9.9"), "summary", [], "letter", language="es")
    dialog_log.open_pdf = tmp_path / "resumen.pdf"
    dialog_log.open_pdf.write_bytes(unsealed)
    with qtbot.waitSignal(window.verified, timeout=20_000):
        window.verify_pdf()
    # and what the window asks or tells through them
    window.about()
    dialog_log.confirm_answer = False
    window.delete_current_plan()
    look("messages", [t for pair in dialog_log.infos + dialog_log.errors for t in pair])
    look("questions", [*dialog_log.confirms, *dialog_log.confirm_texts])
    assert found == {}, "\n".join(f"{w}:\n  " + "\n  ".join(t) for w, t in found.items())


PASSPHRASE = "una frase larga y secreta"


def locked_window(qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog) -> tuple[object, list[str]]:
    from tests.gui_helpers import open_window
    from wellplan.storage.crypto import new_unlock
    from wellplan.storage.locking import set_lock

    path, own = spanish_file(tmp_path / "planes.wellplan")
    set_lock(path, None, new_unlock(PASSPHRASE))
    window = open_window(qtbot)
    dialog_log.passphrases = [PASSPHRASE]
    assert window.open_path(path)
    assert window.lock_now()
    return window, own


def test_the_lock_screen_speaks_spanish(
    qtbot: QtBot, tmp_path: Path, spanish_app: None, dialog_log: DialogLog
) -> None:
    window, own = locked_window(qtbot, tmp_path, dialog_log)
    screen = window.lock_screen  # type: ignore[attr-defined]
    english = [t for t in widget_texts(screen) if english_in(t, own)]
    assert english == []


def test_a_wrong_passphrase_is_told_in_spanish(
    qtbot: QtBot, tmp_path: Path, spanish_app: None, dialog_log: DialogLog
) -> None:
    window, own = locked_window(qtbot, tmp_path, dialog_log)
    screen = window.lock_screen  # type: ignore[attr-defined]
    screen.field.setText("no es esta")
    screen.button.click()
    assert screen.problem.text()
    assert english_in(screen.problem.text(), own) == []


def test_storage_messages_are_told_in_spanish(tmp_path: Path, spanish_app: None) -> None:
    """What storage says (a file that doesn't exist, one that isn't WellPlan's, a full disk,
    an error's title) reaches translation like every window string (issue 21.17)."""
    from wellplan.storage.connection import translate
    from wellplan.storage.document import PlanFile
    from wellplan.storage.errors import DiskFull, StorageError

    said: list[str] = []
    for path in (tmp_path / "no está.wellplan", tmp_path / "notas.txt"):
        if path.suffix == ".txt":
            path.write_text("hola", encoding="utf-8")
        with pytest.raises(StorageError) as raised:
            PlanFile.open(path)
        said += [raised.value.title, str(raised.value)]
    full = translate(OSError(28, "No space left on device"), tmp_path / "planes.wellplan")
    assert isinstance(full, DiskFull)
    said += [full.title, str(full)]
    assert "“no está.wellplan” no existe." in said[1]
    for text in said:
        assert english_in(text, set()) == [], text

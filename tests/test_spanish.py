"""Spanish beyond the windows: plan checks, signing steps, state rules, crisis lines and
PDFs speak the chosen language, while what the person wrote is printed as they wrote it."""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.builders import demo_with_texas
from wellplan import cli
from wellplan.domain import words
from wellplan.domain.bundle import Bundle
from wellplan.domain.crisis_lines import countries, line_words
from wellplan.domain.pad import check_readiness, profile_words, profiles
from wellplan.domain.signing import Role, check_witness, role_label, signing_steps
from wellplan.domain.templates import choice_label, load_template
from wellplan.export.documents import render
from wellplan.storage.document import PlanFile


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    path, _texas = demo_with_texas(tmp_path_factory.mktemp("es") / "demo.wellplan")
    with PlanFile.open(path) as doc:
        return doc.bundle("9.9.9")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


def test_every_state_rule_and_crisis_line_has_its_spanish() -> None:
    book = words.phrasebook("jurisdictions", "es")
    for profile in profiles("en").values():
        missing = [p for p in profile_words(profile) if p not in book]
        assert missing == [], profile.code
    lines_book = words.phrasebook("crisis_lines", "es")
    for country in countries("en").values():
        assert [p for p in line_words(country) if p not in lines_book] == [], country.code
    # only words change: the rules, codes and numbers are the same in both languages
    for code, english in profiles("en").items():
        spanish = profiles("es")[code]
        assert (spanish.witnesses, spanish.notary, spanish.features, spanish.code) == (
            english.witnesses,
            english.notary,
            english.features,
            english.code,
        )
    assert profiles("es")["NC"].name == "Carolina del Norte"
    us = countries("es")["US"]
    assert us.name == "Estados Unidos"
    assert us.lines[0].how == (
        "Llama o manda un mensaje de texto al 988, o chatea en 988lifeline.org, a cualquier hora"
    )
    assert us.lines[0].name == "988 Suicide & Crisis Lifeline"  # the service's own name


def test_checks_and_signing_steps_speak_spanish() -> None:
    texas = profiles("es")["TX"]
    with words.speaking("es"):
        assert [choice_label(v) for v in ("yes", "no", "unsure")] == ["Sí", "No", "Aún no lo sé"]
        assert role_label(Role.WITNESS_1) == "Testigo 1"
        findings = [f.text for f in check_readiness(texas, {}).findings]
        assert "Tu nombre completo, para que la directiva diga de quién es." in findings
        assert (
            "Texas pide dos testigos o un notario público; por ahora tienes: ningún testigo."
            in findings
        )
        steps = signing_steps("pad", "Ana", texas)
        assert steps[0].statement.startswith("Yo, Ana, hago esta directiva")
        assert steps[1].statement.startswith("Tengo 18 años o más y conozco personalmente a Ana.")
        check = check_witness("", {}, profile=texas, person="Ana")
        assert check.problems[0] == "Escribe tu nombre completo como testigo."
    # outside the block, English again
    assert choice_label("yes") == "Yes"
    assert profiles()["TX"].eligibility_questions[0].startswith("Are you")


def test_pdfs_in_the_chosen_language_keep_the_persons_words(bundle: Bundle) -> None:
    crisis = bundle.latest("crisis")
    pad = bundle.latest("pad")
    assert crisis is not None and pad is not None
    theirs = str(crisis.answers["crisis_plan.warning_signs"][0])  # the person's own words

    spanish = pdf_text(render(bundle, "full", [crisis], "letter", language="es"))
    assert "1. Mis señales de alerta" in spanish and "¿Adónde puedes ir?" in spanish
    assert theirs in spanish
    assert "página 1 de" in spanish and "Where can you go" not in spanish
    assert f"de {words.MONTHS['es'][bundle.exported_at.astimezone().month - 1]} de" in spanish

    summary = pdf_text(render(bundle, "summary", [], "letter", language="es"))
    assert "En una crisis, por favor, lee esto primero" in summary
    form = pdf_text(render(bundle, "pad-form", [pad], "letter", language="es"))
    assert "Directiva anticipada de salud mental" in form
    assert "Este formulario es una traducción." in form
    assert (
        PdfReader(BytesIO(render(bundle, "card", [], "a4", language="es"))).trailer["/Root"][
            "/Lang"
        ]
        == "es"
    )

    # the app in Spanish, the PDF in English for an English-speaking provider
    with words.speaking("es"):
        english = pdf_text(render(bundle, "full", [crisis], "letter", language="en"))
    assert "1. My warning signs" in english and "Where can you go?" in english
    assert theirs in english and "página" not in english


def test_the_command_line_exports_in_spanish(tmp_path: Path) -> None:
    path, _texas = demo_with_texas(tmp_path / "demo.wellplan")
    out = tmp_path / "resumen.pdf"
    code = cli.main(
        ["export", str(path), "--doc", "summary", "--out", str(out), "--language", "es"]
    )
    assert code == 0
    assert "En una crisis, por favor, lee esto primero" in pdf_text(out.read_bytes())
    with pytest.raises(SystemExit):
        cli.main(["export", str(path), "--language", "xx"])


def test_a_date_reads_naturally_in_each_language() -> None:
    moment = dt.date(2026, 11, 23)
    assert words.day(moment, "es") == "23 de noviembre de 2026"
    assert words.day(moment, "en") == "23 November 2026"


def test_templates_follow_the_language_being_spoken() -> None:
    with words.speaking("es"):
        assert load_template("crisis").title == "Plan de crisis"
    assert load_template("crisis").title == "Crisis plan"


ENGLISH = re.compile(
    r"\b(the|and|you|your|of|with|today|yesterday|Draft|Finished|Add|Yes|Not sure|Part|Why)\b"
)


def visible_texts(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            found += [
                item.text(0)
                for item in widget.findItems(
                    "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
                )
            ]
    return [t for t in found if t]


def test_every_page_is_in_spanish_and_fits_at_200_percent(qtbot: QtBot, tmp_path: Path) -> None:
    """No English left in the windows a Spanish speaker walks through, and the longer
    Spanish words still fit at the largest text size."""
    from tests.gui_helpers import open_window
    from tests.test_accessibility import clipped, pages
    from wellplan.gui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install(app, "es")
    try:
        path = tmp_path / "planes.wellplan"
        with PlanFile.create(path) as doc:
            for kind in ("wrap", "crisis", "pad", "goals", "meeting"):
                plan = doc.create_plan(kind)
                if kind == "goals":  # a goal with a path, so their boxes show
                    doc.save_answer(plan.id, "goals.goals", [{"paths": [{}]}])
        window = open_window(qtbot, path, create=False)
        assert window.doc is not None
        english = [t for t in visible_texts(window) if ENGLISH.search(t)]
        problems: list[str] = []
        window.resize(1366 - 16, 768 - 40)  # a 1366×768 screen: the one 200% text must fit
        window.set_text_size(200)
        for plan in window.doc.list_plans():
            window.edit_plan(plan.id)
            for page in pages(window):
                english += [f"{page}: {t}" for t in visible_texts(window) if ENGLISH.search(t)]
                problems += [f"{page}: {p}" for p in clipped(window)]
            assert window.wizard is not None
            window.wizard.finish(done=False)
        window.set_text_size(100)
    finally:
        i18n.uninstall(app, translators)
    assert english == []
    assert problems == []

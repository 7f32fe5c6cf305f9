"""Translations: complete, up to date with the code, respectful, and actually used."""

from __future__ import annotations

import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from wellplan.domain.language import find_banned
from wellplan.domain.templates import (
    available_kinds,
    load_template,
    missing_words,
    translation_file,
)
from wellplan.gui import i18n

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["es"]


def pairs(language: str) -> list[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    return [
        (m.findtext("source") or "", m.findtext("translation") or "")
        for m in ET.parse(i18n.ts_file(language)).getroot().iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_string_is_translated(language: str) -> None:
    assert i18n.untranslated(language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_file_has_every_string_in_the_code(language: str, tmp_path: Path) -> None:
    """A string added to the code but not to the .ts would show in English: lupdate into a
    copy finds it."""
    copy = tmp_path / f"wellplan_{language}.ts"
    shutil.copy(i18n.ts_file(language), copy)
    script = runpy.run_path(str(ROOT / "scripts" / "translations.py"))  # the same parts, options
    package = ROOT / "src" / "wellplan"
    sources = sorted(str(p) for part in script["PARTS"] for p in (package / part).glob("*.py"))
    options = [o for o in script["OPTIONS"] if o != "-no-obsolete"]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *options, *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert i18n.untranslated(language, copy) == [], "run scripts/translations.py, then translate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_use_no_banned_words(language: str) -> None:
    for source, text in pairs(language):
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text)), (
            source
        )
        assert text.replace("&&", "").count("&") <= 1, text
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source
        assert not find_banned(text), text


def test_spanish_says_tu_not_usted() -> None:
    # "su"/"elija" can be about the person (third person); "usted" and the formal
    # imperative "pulse" can't
    # nor the vosotros forms of Spain: the person reads tú, and providers read plain infinitives
    formal = re.compile(r"\b(usted|ustedes|pulse|presione|vuestr[oa]s?|evitad)\b", re.IGNORECASE)
    found = [text for _, text in pairs("es") if formal.search(text)]
    assert found == []


def test_the_app_speaks_spanish_when_asked(qtbot: QtBot) -> None:
    from wellplan.gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install(app, "es")
    try:
        assert translators, "the Spanish translation didn't load"
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["&Archivo", "&Editar", "&Ver"]
        assert window.together_action.text() == "Modo &acompañado"
        start = window.home.empty.findChild(QPushButton, "start:crisis")  # no plans yet
        assert start is not None and start.text() == "Empezar un plan de crisis"
        from wellplan.gui.editors import ChoiceEditor

        choice = ChoiceEditor(load_template("pad").question("pad.ect"))
        qtbot.addWidget(choice)
        assert [b.text() for b in choice.buttons.values()] == ["Sí", "No", "Aún no lo sé"]
        assert choice.buttons["yes"].accessibleDescription().startswith("¿Das tu consentimiento")
    finally:
        i18n.uninstall(app, translators)
    assert MainWindow().menuBar().actions()[0].text() == "&File"  # and back


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", available_kinds())
def test_every_plan_template_is_translated(language: str, kind: str) -> None:
    assert missing_words(kind, language) == []
    english, translated = load_template(kind, "en"), load_template(kind, language)
    assert [q.id for q in translated.questions()] == [q.id for q in english.questions()]
    assert translated.title != english.title
    for ours, theirs in zip(english.questions(), translated.questions(), strict=True):
        assert ours.text != theirs.text, ours.id  # a copied English line is not a translation
        # an example written as a list (" · ") stays a list, so it reads the same way
        assert ours.example.count(" · ") == theirs.example.count(" · "), ours.id
    formal = re.compile(r"\b(usted|ustedes|pulse|presione)\b", re.IGNORECASE)
    text = translation_file(kind, language).read_text(encoding="utf-8")
    assert not formal.search(text)


def test_words_a_translation_lacks_or_invents_are_found(tmp_path: Path) -> None:
    from wellplan.domain import templates

    folder = tmp_path / "templates"
    shutil.copytree(templates.templates_dir(), folder)
    words = folder / "es" / "crisis.toml"
    text = words.read_text(encoding="utf-8")
    text = text.replace('[questions."crisis_plan.reasons"]', '[questions."crisis_plan.gone"]')
    words.write_text(text.replace('title = "Plan de crisis"\n', ""), encoding="utf-8")
    original = templates.templates_dir
    templates._load.cache_clear()
    templates.templates_dir = lambda: folder  # type: ignore[assignment]
    try:
        problems = templates.missing_words("crisis", "es")
        shown = templates.load_template("crisis", "es")
    finally:
        templates.templates_dir = original  # type: ignore[assignment]
        templates._load.cache_clear()
    assert "crisis: no title" in problems
    assert "question crisis_plan.reasons: no text" in problems
    assert "question crisis_plan.gone: not in the template" in problems
    assert shown.title == "Crisis plan"  # what a translation lacks stays English
    assert shown.question("crisis_plan.reasons").text == "What are your reasons to keep going?"
    assert shown.question("crisis_plan.coping").text.startswith("¿Qué puedes hacer")


def test_a_language_is_offered_only_when_complete() -> None:
    assert i18n.available()[0] == "en"
    templates_done = not any(missing_words(k, "es") for k in available_kinds())
    assert ("es" in i18n.available()) == (templates_done and not i18n.untranslated("es"))
    assert i18n.choose("fr", ["en", "es"]) in ("en", "es")  # not offered: the system's, or English
    assert i18n.choose("es", ["en", "es"]) == "es"


def test_whether_a_language_is_complete_is_worked_out_once_per_change(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    worked_out: list[str] = []
    real = i18n.complete
    ts = tmp_path / "wellplan_es.ts"
    shutil.copy(i18n.ts_file("es"), ts)

    def complete(language: str) -> bool:
        worked_out.append(language)
        return real(language, ts)

    monkeypatch.setattr(i18n, "complete", complete)
    monkeypatch.setattr(i18n, "ts_file", lambda language: ts)
    verdict = i18n.remembered_complete("es")
    assert verdict == real("es")
    assert i18n.remembered_complete("es") == verdict  # the next start reads no translation
    assert worked_out == ["es"]

    ts.write_text(ts.read_text(encoding="utf-8").replace("Guardado", "Guardado ya"))
    assert i18n.remembered_complete("es") == verdict  # an updated translation
    assert worked_out == ["es", "es"]

    record = next(i18n._cache_dir().glob("complete-es.txt"))
    record.write_bytes(b"\xff\xfe not a record")  # damaged: worked out again, not trusted
    assert i18n.remembered_complete("es") == verdict
    assert worked_out == ["es", "es", "es"]


def test_an_english_start_reads_no_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    monkeypatch.setattr(i18n, "remembered_complete", lambda language: pytest.fail(language))
    i18n.offered.cache_clear()
    try:
        assert i18n.choose("") == "en"
        assert i18n.choose("en") == "en"
    finally:
        i18n.offered.cache_clear()

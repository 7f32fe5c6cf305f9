"""The words WellPlan never uses about a person, checked everywhere people read our text."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest

from wellplan.domain.language import BANNED_WORDS, find_banned
from wellplan.resources import resource_root

ROOT = Path(__file__).resolve().parent.parent
RESOURCE_FILES = sorted(p for p in resource_root().rglob("*.toml"))
GUI_FILES = sorted((ROOT / "src" / "wellplan" / "gui").glob("*.py"))


def test_the_list_catches_what_it_should() -> None:
    assert find_banned("Patient is non-compliant and suffering from X") == [
        "Patient",
        "non-compliant",
        "suffering from",
    ]
    assert find_banned("The people who help you") == []
    assert "patient" in BANNED_WORDS
    assert find_banned("El paciente incumplidor que sufre de X") == [
        "paciente",
        "incumplidor",
        "sufre de",
    ]
    assert find_banned("Las personas que te ayudan; la locomotora") == []
    # the review's additions (LEGAL_REVIEW.md §3), in English and in Spanish
    assert find_banned("A manipulative addict, non compliant, with lack of insight") == [
        "manipulative",
        "addict",
        "non compliant",
        "lack of insight",
    ]
    assert find_banned("Es un adicto que sufre ansiedad y padece depresión") == [
        "adicto",
        "sufre",
        "padece",
    ]
    assert find_banned("The additional address; the alcoholism clinic; sufrimos juntos") == []


def test_the_spanish_review_list_is_banned_once_each() -> None:
    """Issue 27 / LEGAL_REVIEW.md §4: "sufre"/"padece" without "de", locos/locas, enfermos/
    enfermas mentales, adicto, drogadicto, alcohólico, esquizofrénico, demente, trastornado,
    manicomio, with the forms a sentence would use."""
    review = (
        "sufre padece sufren padecen sufres padeces locos locas enfermos mentales enfermas "
        "mentales adicto adicta adictos adictas drogadicto drogadicta drogadictos drogadictas "
        "alcohólico alcohólica alcohólicos alcohólicas esquizofrénico esquizofrénica "
        "esquizofrénicos esquizofrénicas demente dementes trastornado trastornada trastornados "
        "trastornadas manicomio manicomios"
    )
    found = find_banned(review)
    assert " ".join(found) == review
    assert len(BANNED_WORDS) == len(set(BANNED_WORDS)), "a word is listed twice"
    # words that only look alike stay allowed
    assert find_banned("sufrir; el padecimiento; la alcoholemia; un desorden; adicional") == []


@pytest.mark.parametrize("path", RESOURCE_FILES, ids=lambda p: p.name)
def test_resources_never_use_banned_words(path: Path) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("url = "):
            continue  # a source's address is not our words (e.g. a hospital's /patient-… page)
        assert not find_banned(line), f"{path.name}:{number}: {line.strip()}"


@pytest.mark.parametrize("path", GUI_FILES, ids=lambda p: p.name)
def test_gui_strings_never_use_banned_words(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not find_banned(node.value), f"{path.name}:{node.lineno}: {node.value!r}"


def test_every_kind_of_resource_is_checked() -> None:
    folders = {p.parent.name for p in RESOURCE_FILES}
    assert {"templates", "jurisdictions", "crisis_lines"} <= folders


# ---- plain language ------------------------------------------------------------------------
# Flesch-Kincaid grade, with a simple syllable count (vowel groups, less a silent final e).
# Each template as a whole must read at about grade 8 or below; any one line of 8 words or
# more at grade 12 or below (short lines are too noisy to grade, and a few need a word like
# "electroconvulsive"); no sentence longer than 25 words.
TEMPLATE_GRADE = 8.0
LINE_GRADE = 12.0
LONGEST_SENTENCE = 25
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def syllables(word: str) -> int:
    w = word.lower()
    count = len(re.findall(r"[aeiouy]+", w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[.!?:;]+(?:\s|$)", text) if _WORD.search(s)]


def grade(text: str) -> float:
    words = _WORD.findall(text)
    parts = sentences(text)
    if not words or not parts:
        return 0.0
    per_sentence = len(words) / len(parts)
    per_word = sum(syllables(w) for w in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59


def test_the_grade_tells_plain_from_dense() -> None:
    assert grade("What helps you feel well? Write it down.") < 4
    dense = (
        "Notwithstanding prior authorization, psychopharmacological interventions "
        "necessitate comprehensive documentation of contraindications."
    )
    assert grade(dense) > 16


def _lines(kind: str, language: str = "en") -> list[tuple[str, str]]:
    """Every line a template shows, in ``language``: its intro, each part's intro and
    reminders, and every question (a group's fields too) with its "why" line."""
    from wellplan.domain.templates import load_template

    template = load_template(kind, language)
    found = [("intro", template.intro)]
    for section in template.sections:
        found.append((f"{section.id} intro", section.intro))
        found += [(f"{section.id} tip", tip) for tip in section.tips]
        found += [
            (f"{section.id} tips", section.tips_title),
            (f"{section.id} note", section.tips_note),
        ]
    for question in template.every_question():
        found += [(question.id, question.text), (f"{question.id} why", question.why)]
        found += [(f"{question.id} option", option.label) for option in question.options]
    return [(where, text) for where, text in found if text]


def _whole(lines: list[tuple[str, str]]) -> str:
    return " ".join(text if text.rstrip()[-1:] in ".?!:" else text + "." for _, text in lines)


KINDS = ["wrap", "crisis", "pad", "goals", "meeting"]


def test_every_kind_of_plan_is_graded() -> None:
    from wellplan.domain.templates import available_kinds

    assert sorted(available_kinds()) == sorted(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_questions_and_explanations_are_in_plain_language(kind: str) -> None:
    lines = _lines(kind)
    whole = _whole(lines)
    assert grade(whole) <= TEMPLATE_GRADE, f"{kind} reads at grade {grade(whole):.1f}"
    for where, text in lines:
        for sentence in sentences(text):
            assert len(_WORD.findall(sentence)) <= LONGEST_SENTENCE, f"{where}: {sentence}"
        if len(_WORD.findall(text)) >= 8:
            assert grade(text) <= LINE_GRADE, f"{where} reads at grade {grade(text):.1f}: {text}"


# ---- plain Spanish -------------------------------------------------------------------------
# The Szigriszt-Pazos perspicuity index (INFLESZ scale), made for Spanish: 206.835 − 62.3 ×
# syllables per word − words per sentence. 80 and above is very easy, 65–80 fairly easy
# (magazines), 55–65 normal, 40–55 somewhat hard, below 40 very hard (law, science). Each
# template as a whole must be fairly easy (65 or more); any line of 12 words or more at least
# somewhat hard (40), never very hard; no sentence longer than 30 words (Spanish says in
# about a fifth more words what English says in 25).
SPANISH_EASE = 65.0
SPANISH_LINE_EASE = 40.0
LONGEST_SPANISH_SENTENCE = 30
_PALABRA = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
_STRONG = "aeoáéó"


def silabas(word: str) -> int:
    """Syllables in a Spanish word: vowel groups, with two strong vowels (a, e, o) or an
    accented í or ú beside another vowel in two syllables (le-er, dí-a), not one."""
    count = 0
    for group in re.findall(r"[aeiouáéíóúü]+", word.lower()):
        count += 1
        for a, b in itertools.pairwise(group):
            if (a in _STRONG and b in _STRONG) or a in "íú" or b in "íú":
                count += 1
    return max(1, count)


def oraciones(text: str) -> list[str]:
    return [s for s in re.split(r"[.!?:;¿¡]+(?:\s|$)", text) if _PALABRA.search(s)]


def facilidad(text: str) -> float:
    """Szigriszt-Pazos: higher is easier (0 to about 100)."""
    words = _PALABRA.findall(text)
    parts = oraciones(text)
    if not words or not parts:
        return 100.0
    return 206.835 - 62.3 * sum(silabas(w) for w in words) / len(words) - len(words) / len(parts)


def test_the_spanish_index_tells_plain_from_dense() -> None:
    assert [silabas(w) for w in ("leer", "día", "plan", "bienestar", "ayuda")] == [2, 2, 1, 3, 3]
    assert facilidad("¿Qué te ayuda a sentirte bien? Anótalo aquí.") > SPANISH_EASE
    dense = (
        "No obstante la autorización previa, las intervenciones psicofarmacológicas "
        "requieren una documentación exhaustiva de las contraindicaciones."
    )
    assert facilidad(dense) < 40


@pytest.mark.parametrize("kind", KINDS)
def test_spanish_questions_and_explanations_are_plain_too(kind: str) -> None:
    lines = _lines(kind, "es")
    assert len(lines) == len(_lines(kind)), "every line has its Spanish"
    whole = _whole(lines)
    assert facilidad(whole) >= SPANISH_EASE, f"{kind} reads at {facilidad(whole):.1f}"
    for where, text in lines:
        for sentence in oraciones(text):
            assert len(_PALABRA.findall(sentence)) <= LONGEST_SPANISH_SENTENCE, where
        if len(_PALABRA.findall(text)) >= 12:
            assert facilidad(text) >= SPANISH_LINE_EASE, f"{where}: {facilidad(text):.1f}: {text}"

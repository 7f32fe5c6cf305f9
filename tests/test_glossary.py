"""The Spanish glossary (resources/translations/glossary-es.toml) holds: one word for each key
idea, in Latin American Spanish, everywhere WellPlan speaks Spanish: the windows' .ts, the
plan templates, the state rules and the crisis lines."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wellplan.resources import resource_path

GLOSSARY = resource_path("translations", "glossary-es.toml")


def glossary() -> dict[str, dict[str, Any]]:
    with GLOSSARY.open("rb") as fh:
        return dict(tomllib.load(fh)["terms"])


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def spanish_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every Spanish text WellPlan shows or prints."""
    ts = resource_path("translations", "wellplan_es.ts")
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        for node in [translation, *translation.findall("numerusform")]:
            if node.text:
                # a mnemonic's & isn't a letter of the word
                yield f"wellplan_es.ts: {source[:60]}", re.sub(r"&(?!&)", "", node.text)
    for path in sorted(resource_path("templates", "es").glob("*.toml")):
        with path.open("rb") as fh:
            for text in _strings(tomllib.load(fh)):
                yield f"templates/es/{path.name}", text
    for folder in ("jurisdictions", "crisis_lines"):
        path = resource_path(folder, "es", "phrases.toml")
        with path.open("rb") as fh:
            for english, spanish in tomllib.load(fh)["phrases"].items():
                yield f"{folder}/es: {english[:60]}", spanish  # the Spanish side only


def _words(phrase: str) -> re.Pattern[str]:
    """The phrase as whole words; any space may be a line break (a narrow box on a form)."""
    spaced = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<!\w){spaced}(?!\w)", re.IGNORECASE)


def chosen_forms() -> list[str]:
    forms = [f for term in glossary().values() for f in [term["es"], *term.get("also", [])]]
    return sorted(set(forms), key=len, reverse=True)  # longest first: "sello del notario…"


def without_chosen_forms(text: str) -> str:
    for form in chosen_forms():
        text = _words(form).sub(" ", text)
    return text


def avoided_in(text: str) -> list[str]:
    """The glossary's "avoid" words in ``text`` (its chosen forms don't count)."""
    rest = without_chosen_forms(text)
    return [
        f"{word} ({name}: use “{term['es']}”)"
        for name, term in glossary().items()
        for word in term.get("avoid", [])
        if _words(word).search(rest)
    ]


def test_every_term_says_what_it_is_and_why() -> None:
    terms = glossary()
    for name, term in terms.items():
        assert term.get("en") and term.get("es") and term.get("why"), name
    # the list of key ideas, each with its one Spanish word
    assert {
        "plan",
        "directive",
        "agent",
        "alternate",
        "witness",
        "notary",
        "notary_seal",
        "pdf_seal",
        "passphrase",
        "backup",
        "supporter",
        "together_mode",
    } <= set(terms)
    # the PDF's seal is a different word from the notary's
    assert terms["pdf_seal"]["es"].split()[0] != terms["notary_seal"]["es"].split()[0]
    avoid = {w for t in terms.values() for w in t.get("avoid", [])}
    assert {"notario", "psiquiátrica", "poder notarial"} <= avoid


def test_the_checker_finds_what_it_should() -> None:
    assert avoided_in("Firma ante un notario público (notary public).") == []
    assert avoided_in("Firma ante un notario.") == ["notario (notary: use “notario público”)"]
    assert avoided_in("El sello del notario público va aquí.") == []
    assert avoided_in("Sello del\nnotario público") == []
    assert avoided_in("Sellar los PDF") == ["sellar (pdf_seal: use “precinto digital”)"]
    assert avoided_in("Una directiva anticipada psiquiátrica") == [
        "directiva anticipada psiquiátrica (directive: use “directiva anticipada de salud mental”)",
        "psiquiátrica (mental_health: use “salud mental”)",
    ]
    assert avoided_in("Pulsa Intro en el ordenador") == [
        "ordenador (computer: use “computadora”)",
        "pulsa (press_key: use “presionar”)",
        "Intro (enter_key: use “Enter”)",
    ]
    assert avoided_in("la introducción; un psiquiatra; notarios públicos") == []


def test_spanish_never_uses_a_word_the_glossary_avoids() -> None:
    found = [f"{where}: {word}" for where, text in spanish_texts() for word in avoided_in(text)]
    assert found == [], "\n".join(found)


def test_each_chosen_word_is_the_one_in_use() -> None:
    """A glossary that names a word nobody uses has drifted from the app."""
    everything = "\n".join(re.sub(r"&(?!&)", "", t) for _, t in spanish_texts())
    unused = [
        f"{name}: {term['es']}"
        for name, term in glossary().items()
        if not any(_words(f).search(everything) for f in [term["es"], *term.get("also", [])])
    ]
    assert unused == []


VOSOTROS = re.compile(
    r"(?<!\w)(vosotr[oa]s|vuestr[oa]s?|os\s+\w+|\w+(?:áis|éis)|id)(?!\w)",
    re.IGNORECASE,
)


def test_no_spanish_text_uses_spain_s_vosotros() -> None:
    """Plural "you" in the Americas is ustedes ("Vayan a su ritmo", "Qué hacen juntos")."""
    assert VOSOTROS.search("Id a su ritmo") and VOSOTROS.search("Qué hacéis juntos")
    assert not VOSOTROS.search("Vayan a su ritmo; qué hacen juntos; un país; seis; la red")
    found = [f"{where}: {text}" for where, text in spanish_texts() if VOSOTROS.search(text)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("path", [GLOSSARY], ids=["glossary-es.toml"])
def test_the_glossary_is_plain_toml(path: Path) -> None:
    with path.open("rb") as fh:
        assert tomllib.load(fh)["terms"]

"""Words outside the windows (plan checks, signing steps, PDFs) in the person's language.

They live in the same Qt Linguist files as the windows' words
(resources/translations/wellplan_<lang>.ts, kept up to date by scripts/translations.py), and
are read here without Qt, so the domain and the PDFs stay free of it. In the code:

- ``say("context", "text with {name}")`` translates now (lupdate finds it: it is an alias of
  ``QCoreApplication.translate``). Placeholders are ``{name}``, filled by ``.format`` after.
- ``mark("context", "text")`` only marks a constant for translation; ``said(context, value)``
  translates it where it is shown.

The language is the app's (set once by the GUI) unless a block asks for another one:
``with speaking("en"):`` makes English PDFs for an English-speaking provider.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from wellplan.resources import resource_path

SOURCE = "en"
_app_language = [SOURCE]
_speaking: contextvars.ContextVar[str | None] = contextvars.ContextVar("speaking", default=None)

MONTHS = {
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def set_app_language(language: str) -> None:
    _app_language[0] = language


def current() -> str:
    return _speaking.get() or _app_language[0]


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Everything said inside the block is in ``language`` (this thread only)."""
    token = _speaking.set(language)
    try:
        yield
    finally:
        _speaking.reset(token)


@cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """Finished translations in the language's .ts, by (context, source text)."""
    path = resource_path("translations", f"wellplan_{language}.ts")
    if language == SOURCE or not path.is_file():
        return {}
    import xml.etree.ElementTree as ET  # only for a language other than English

    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text and translation.text.strip():
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def said(context: str, text: str, language: str | None = None) -> str:
    """``text`` (English, marked with ``mark``) in the current language, or as it is."""
    return catalog(language or current()).get((context, text), text)


def say(context: str, text: str) -> str:
    """Translate a literal now; lupdate collects every call (keep both arguments literal)."""
    return said(context, text)


def mark(context: str, text: str) -> str:
    """Mark a constant for translation without translating it (see ``said``)."""
    del context
    return text


def day(moment: object, language: str | None = None) -> str:
    """A date as people write it: 23 November 2026, 23 de noviembre de 2026."""
    language = language or current()
    number, month, year = moment.day, moment.month, moment.year  # type: ignore[attr-defined]
    if language in MONTHS:
        return f"{number} de {MONTHS[language][month - 1]} de {year}"
    return f"{number} {moment:%B} {year}"


@cache
def phrasebook(folder: str, language: str) -> dict[str, str]:
    """English phrase -> translation for the data in resources/<folder>/ (jurisdiction
    profiles, crisis lines): resources/<folder>/<language>/phrases.toml."""
    path = resource_path(folder, language, "phrases.toml")
    if language == SOURCE or not path.is_file():
        return {}
    import tomllib

    with path.open("rb") as fh:
        return {str(k): str(v) for k, v in tomllib.load(fh).get("phrases", {}).items()}

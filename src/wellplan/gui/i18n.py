"""The app in the person's language, through Qt's translation system.

Sources are the Qt Linguist files ``resources/translations/wellplan_<lang>.ts`` (updated from
the code with ``scripts/translations.py``). The compiled ``.qm`` is made by pyside6-lrelease:
the installer build ships it beside the ``.ts``; an install from source compiles it once
into the cache folder, under a name that changes with the ``.ts``, so an update is never
shown with an old translation.

A language is offered only once every string in its ``.ts`` is translated: a half-English
window is worse than an English one.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from wellplan.domain.templates import (
    available_kinds,
    missing_words,
    template_file,
    translation_file,
)
from wellplan.domain.words import set_app_language
from wellplan.resources import cache_dir, keep, resource_path, stamp

NAMES = {"en": "English", "es": "Español"}  # each language in its own words
SOURCE = "en"


def ts_file(language: str) -> Path:
    return resource_path("translations", f"wellplan_{language}.ts")


def untranslated(language: str, ts: Path | None = None) -> list[str]:
    """Source texts in the language's .ts (or ``ts``) without a finished translation."""
    import xml.etree.ElementTree as ET

    missing = []
    for message in ET.parse(ts or ts_file(language)).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        done = translation is not None and translation.get("type") != "unfinished"
        text = (translation.text or "") if translation is not None else ""
        numerus = translation is not None and translation.find("numerusform") is not None
        if not done or (not text.strip() and not numerus):
            missing.append(message.findtext("source") or "")
    return missing


def complete(language: str, ts: Path | None = None) -> bool:
    """Every window string is translated (in the language's .ts, or ``ts``), and every
    plan template too (plans are the heart of the app: a Spanish window around English
    questions is not Spanish)."""
    return not untranslated(language, ts) and not any(
        missing_words(kind, language) for kind in available_kinds()
    )


def remembered_complete(language: str) -> bool:
    """:func:`complete`, remembered in the cache folder until a file it reads changes:
    reading every translation takes longer than everything else WellPlan does before its
    window appears."""
    kinds = available_kinds()
    read = [ts_file(language), *map(template_file, kinds)]
    read += [translation_file(kind, language) for kind in kinds]
    key = "\n".join(stamp(path) for path in read)
    record = _cache_dir() / f"complete-{language}.txt"
    try:
        stamped, _, verdict = record.read_text(encoding="utf-8").rpartition("\n")
        if stamped == key:
            return verdict == "complete"
    except (OSError, UnicodeDecodeError):
        pass
    done = complete(language)
    keep(record, f"{key}\n{'complete' if done else 'unfinished'}")  # else worked out again
    return done


@cache
def offered(language: str) -> bool:
    """English, and every complete translation, can be chosen."""
    if language == SOURCE:
        return True
    return language in NAMES and ts_file(language).is_file() and remembered_complete(language)


def available() -> list[str]:
    """Languages the person can choose, English first."""
    return [SOURCE, *(code for code in sorted(NAMES) if code != SOURCE and offered(code))]


def system_language() -> str:
    """The system's language. QLocale is imported here, when a start has no language
    chosen: making its Python enums (every language, country and script) is slow."""
    from PySide6.QtCore import QLocale

    return QLocale.system().name().split("_")[0] or SOURCE


def choose(setting: str, languages: list[str] | None = None) -> str:
    """The language to use: the setting if it is offered (in ``languages``, by default
    every one offered), else the system's, else English. Only the languages this asks
    about are checked, so an English start reads no translation."""

    def on_offer(language: str) -> bool:
        return offered(language) if languages is None else language in languages

    if setting and on_offer(setting):
        return setting
    system = system_language()
    return system if on_offer(system) else SOURCE


def _cache_dir() -> Path:
    return cache_dir() / "translations"


def _lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def compiled(language: str) -> Path:
    """The .qm for ``language``: shipped by the build, or compiled once into the cache."""
    ts = ts_file(language)
    shipped = ts.with_suffix(".qm")
    frozen = getattr(sys, "_MEIPASS", None) is not None  # an installer's bundle: built together
    if shipped.exists() and (frozen or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    import hashlib
    import subprocess

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:12]
    target = _cache_dir() / f"wellplan_{language}-{digest}.qm"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        subprocess.run(
            [str(_lrelease()), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        os.replace(partial, target)
    return target


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the app (and Qt's own buttons) into ``language``; returns the translators
    installed. None when it can't be loaded: then everything stays in English."""
    translators: list[QTranslator] = []
    if language == SOURCE:
        return translators
    from subprocess import CalledProcessError

    try:
        ours = QTranslator(app)
        if not ours.load(str(compiled(language))):
            return translators
    except (OSError, CalledProcessError):
        return translators
    translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty("wellplan-language", language)
    set_app_language(language)  # the plan templates' words too
    return translators


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests, and switching language without a restart)."""
    for translator in translators:
        app.removeTranslator(translator)
    app.setProperty("wellplan-language", None)
    set_app_language(SOURCE)

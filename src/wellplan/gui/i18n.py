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

import hashlib
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellplan.domain.templates import available_kinds, missing_words
from wellplan.domain.words import set_app_language
from wellplan.resources import resource_path

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


def complete(language: str) -> bool:
    """Every window string is translated, and every plan template too (plans are the
    heart of the app: a Spanish window around English questions is not Spanish)."""
    return not untranslated(language) and not any(
        missing_words(kind, language) for kind in available_kinds()
    )


def available() -> list[str]:
    """Languages the person can choose: English, and every complete translation (worked
    out once per run: it reads every translation file)."""
    return list(_available())


@cache
def _available() -> tuple[str, ...]:
    found = [SOURCE]
    folder = resource_path("translations")
    for ts in sorted(folder.glob("wellplan_*.ts")) if folder.is_dir() else []:
        language = ts.stem.removeprefix("wellplan_")
        if language in NAMES and complete(language):
            found.append(language)
    return tuple(found)


def system_language() -> str:
    return QLocale.system().name().split("_")[0] or SOURCE


def choose(setting: str, offered: list[str] | None = None) -> str:
    """The language to use: the setting if it is offered, else the system's, else English."""
    offered = available() if offered is None else offered
    if setting in offered:
        return setting
    system = system_language()
    return system if system in offered else SOURCE


def _cache_dir() -> Path:
    override = os.environ.get("WELLPLAN_DATA_DIR")
    if override:
        return Path(override) / "Cache" / "translations"
    from platformdirs import user_cache_path

    return user_cache_path("WellPlan", appauthor=False) / "translations"


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
    try:
        ours = QTranslator(app)
        if not ours.load(str(compiled(language))):
            return translators
    except (OSError, subprocess.CalledProcessError):
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

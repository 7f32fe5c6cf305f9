"""Update the Qt Linguist files, keeping the translations of strings that moved to another
class: python scripts/carry_translations.py

Qt files a window string under the class it is in (its context). When code moves to another
class, lupdate (scripts/translations.py) drops the old entry and adds the same words as new
and untranslated. This script reads every finished translation first, runs
scripts/translations.py, then fills each new, untranslated entry with the translation the
same words had in the context they came from (CAME_FROM), or, failing that, in any context
where they were translated one way only. Words that are new in the code are taken from
NEW, where a translator wrote them. Whatever is still untranslated is listed, and
tests/test_translations.py fails until it is translated. Safe to run again at any time.
"""

from __future__ import annotations

import html
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"

#: New context -> the contexts its words may have come from, first match wins.
CAME_FROM: dict[str, tuple[str, ...]] = {
    "FileSession": ("MainWindow",),
    "PlanDialogs": ("MainWindow",),
    "verify": ("MainWindow",),
    "errors": ("MainWindow",),
}

#: Words new in the code, by language, context and English source (written by a translator;
#: kept here so that running this again after a merge puts them back).
NEW: dict[str, dict[tuple[str, str], str]] = {
    "es": {
        (
            "errors",
            "The disk is full. Free up some space (empty the bin, or move large files), then "
            "try again.",
        ): "El disco está lleno. Libera algo de espacio (vacía la papelera o mueve archivos "
        "grandes) y vuelve a intentarlo.",
        (
            "errors",
            "WellPlan isn't allowed to write there. Choose a folder you can write to, or make "
            "it writable.",
        ): "WellPlan no tiene permiso para escribir ahí. Elige una carpeta en la que puedas "
        "escribir, o dale permiso de escritura.",
        (
            "errors",
            "Another program is using the file. Close it there, then try again.",
        ): "Otro programa está usando el archivo. Ciérralo allí y vuelve a intentarlo.",
        (
            "errors",
            "The file or its folder isn't there any more.",
        ): "El archivo o su carpeta ya no están ahí.",
        (
            "errors",
            "The file was closed (or locked). Open it again to go on.",
        ): "El archivo se cerró (o se bloqueó). Ábrelo de nuevo para seguir.",
        (
            "errors",
            "The computer couldn't read or write a file (%1).",
        ): "La computadora no pudo leer o escribir un archivo (%1).",
        (
            "errors",
            "There wasn't enough memory. Close some other programs, then try again.",
        ): "No había suficiente memoria. Cierra algunos otros programas y vuelve a intentarlo.",
        (
            "errors",
            "Something went wrong inside WellPlan (%1). Please try again; if it happens again, "
            "let us know what you were doing.",
        ): "Algo falló dentro de WellPlan (%1). Vuelve a intentarlo; si vuelve a pasar, "
        "cuéntanos qué estabas haciendo.",
    },
}

_CONTEXT = re.compile(r"<context>.*?</context>", re.DOTALL)
_NAME = re.compile(r"<name>(.*?)</name>", re.DOTALL)
_MESSAGE = re.compile(r"<message( [^>]*)?>.*?</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_FINISHED = re.compile(r"<translation>(.*?)</translation>", re.DOTALL)
# lupdate may have filled it in already (its "same text" guess), still marked unfinished
_UNFINISHED = re.compile(
    r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
    re.DOTALL,
)


def finished(text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, as written in the file (XML-escaped)."""
    found: dict[tuple[str, str], str] = {}
    for context in _CONTEXT.findall(text):
        name = _NAME.search(context)
        if name is None:
            continue
        for message in _MESSAGE.finditer(context):
            source = _SOURCE.search(message.group(0))
            done = _FINISHED.search(message.group(0))
            if source is not None and done is not None and done.group(1).strip():
                found[(name.group(1), source.group(1))] = done.group(1)
    return found


def carry(text: str, known: dict[tuple[str, str], str], new: dict[tuple[str, str], str]) -> str:
    """Fill the untranslated entries of ``text`` from ``known`` and ``new``."""
    anywhere: dict[str, set[str]] = {}
    for (_context, source), translation in known.items():
        anywhere.setdefault(source, set()).add(translation)

    def fill_context(block: re.Match[str]) -> str:
        context = block.group(0)
        name_match = _NAME.search(context)
        name = name_match.group(1) if name_match is not None else ""

        def fill_message(message: re.Match[str]) -> str:
            body = message.group(0)
            source_match = _SOURCE.search(body)
            if source_match is None or not _UNFINISHED.search(body):
                return body
            source = source_match.group(1)
            translation = None
            for old in CAME_FROM.get(name, ()):
                translation = known.get((old, source))
                if translation is not None:
                    break
            if translation is None and (name, html.unescape(source)) in new:
                translation = html.escape(new[(name, html.unescape(source))], quote=False)
            if translation is None and len(anywhere.get(source, ())) == 1:
                translation = next(iter(anywhere[source]))
            if translation is None:
                return body
            return _UNFINISHED.sub(lambda _m: f"<translation>{translation}</translation>", body)

        return _MESSAGE.sub(fill_message, context)

    return _CONTEXT.sub(fill_context, text)


def main() -> int:
    files = sorted(FOLDER.glob("wellplan_*.ts"))
    before = {ts: finished(ts.read_text(encoding="utf-8")) for ts in files}
    runpy.run_path(str(ROOT / "scripts" / "translations.py"))["main"]()
    missing = 0
    for ts in files:
        language = ts.stem.removeprefix("wellplan_")
        text = carry(ts.read_text(encoding="utf-8"), before[ts], NEW.get(language, {}))
        ts.write_text(text, encoding="utf-8")
        left = [
            html.unescape(s.group(1))
            for m in _MESSAGE.finditer(text)
            if _UNFINISHED.search(m.group(0)) and (s := _SOURCE.search(m.group(0)))
        ]
        missing += len(left)
        for source in left:
            print(f"{ts.name}: still to translate: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

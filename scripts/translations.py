"""Update the Qt Linguist files from the code: python scripts/translations.py

Runs pyside6-lupdate over the GUI (existing translations are kept; strings gone from the code
are dropped) and puts each file's header note back, which lupdate doesn't keep. Translate in
Qt Linguist (pyside6-linguist) or any editor; a language is offered in View ▸ Language once
every string is translated (tests/test_translations.py says which are missing).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
HEADERS = {
    "es": """<!-- Spanish for WellPlan. We say tú, not usted, everywhere: the plan is the person's own,
     often written on a hard day, and tú is warm and direct without being childish. Keep it
     consistent, plain and non-clinical: "la persona", never "paciente" or "usuario de
     servicios"; no "incumplidor", no "enfermo mental". Neutral Latin American Spanish (es-419),
     as most Spanish speakers in the US speak it: ustedes for a plural you, never vosotros; one
     word per idea, as in glossary-es.toml (tests/test_glossary.py holds us to it). -->""",
}

PARTS = ("gui", "domain", "export", "storage")  # every part that shows or prints words
# domain, export and storage mark their words with say()/mark() (wellplan.domain.words),
# read without Qt
OPTIONS = [
    "-no-obsolete",
    "-locations",
    "none",
    "-tr-function-alias",
    "translate+=say,QT_TRANSLATE_NOOP+=mark",
]


def main() -> int:
    package = ROOT / "src" / "wellplan"
    sources = sorted(str(p) for part in PARTS for p in (package / part).glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    for language, header in HEADERS.items():
        ts = FOLDER / f"wellplan_{language}.ts"
        subprocess.run(
            [str(lupdate), *OPTIONS, *sources, "-ts", str(ts)],
            check=True,
        )
        text = ts.read_text(encoding="utf-8")
        tag = text.index("<TS ")
        end = text.index(">", tag) + 1
        if header not in text:
            text = text[:end] + "\n" + header + text[end:]
        ts.write_text(text, encoding="utf-8")
        print(f"updated {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fill a .ts file from a Python table of translations (source text -> translation), for
bulk work outside Qt Linguist: python scripts/fill_translation.py es TABLE.py [TABLE.py ...]
Each TABLE.py defines ES = {...}. Only messages whose source is in a table are touched."""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    language, tables = sys.argv[1], sys.argv[2:]
    found: dict[str, str] = {}
    for table in tables:
        found.update(runpy.run_path(table)[language.upper()])
    path = ROOT / "resources" / "translations" / f"wellplan_{language}.ts"
    text = path.read_text(encoding="utf-8")
    header_end = text.index("<context>")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source in found:
            translation = message.find("translation")
            assert translation is not None
            translation.text = found[source]
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = body[body.index("<context>") : body.rindex("</TS>")]
    path.write_text(text[:header_end] + body + "</TS>\n", encoding="utf-8")
    print(f"{filled} messages filled in {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

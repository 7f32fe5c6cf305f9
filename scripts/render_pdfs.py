"""Render the README's document pictures: export PDFs for the demo person and turn the
pages the README shows into PNGs with poppler's pdftoppm (apt-get install poppler-utils).

Run: python scripts/render_pdfs.py    Writes docs/pdf/*.png (and the PDFs, for a closer look).
(--spanish: only the Spanish summary, docs/pdf/summary-es, for Lucía from spanish_person.py)
Look at them at 150 dpi too (pdftoppm -r 150 -png docs/pdf/summary.pdf /tmp/summary) before
committing: nothing clipped, overlapping, or broken inside a number.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "docs" / "pdf"
DPI = 80  # Letter pages, as the README shows them
PHONE_DPI = 110  # the phone's pages are small: shown nearer the size of a phone's screen


def main(argv: list[str]) -> int:
    """Every picture, or with --spanish only the Spanish summary (summary-es)."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    from pypdf import PdfReader

    from wellplan import __version__
    from wellplan.export.documents import render
    from wellplan.storage.demo import write_demo
    from wellplan.storage.document import PlanFile

    work = Path(tempfile.mkdtemp(prefix="wellplan-pdfs-"))
    OUT.mkdir(parents=True, exist_ok=True)
    from spanish_person import write_spanish_person

    with PlanFile.open(write_spanish_person(work / "lucia.wellplan")) as doc:
        lucia = doc.bundle(__version__)
    spanish = {"summary-es": (render(lucia, "summary", [], "letter", language="es"), [1], DPI, 1.0)}
    if "--spanish" in argv:
        return _picture(spanish)
    demo = write_demo(work / "demo.wellplan")
    with PlanFile.open(demo) as doc:  # a Texas directive for the signature page
        oregon = next(p for p in doc.list_plans() if p.kind == "pad" and "Oregon" in p.title)
        texas = doc.create_plan("pad", "Robin's advance directive (Texas)")
        for question_id, value in doc.load_plan(oregon.id).answers.items():
            doc.save_answer(texas.id, question_id, value)
        doc.save_answer(texas.id, "pad.jurisdiction", "TX")
        bundle = doc.bundle(__version__)
    wrap = bundle.latest("wrap")
    tx = bundle.plan(texas.id)
    assert wrap is not None
    OUT.mkdir(parents=True, exist_ok=True)

    def signatures_page(reader: PdfReader) -> int:
        return next(
            i
            for i, p in enumerate(reader.pages, 1)
            if "Statement of witnesses" in (p.extract_text() or "")
        )

    def first_step_with_links(reader: PdfReader) -> int:
        return next(
            i
            for i, p in enumerate(reader.pages, 1)
            if "4. People I can ask for help" in " ".join((p.extract_text() or "").split())
        )

    from wellplan.export.seal import new_identity, seal

    sealed, _ = seal(
        render(bundle, "summary", [], "letter", seal_space=True),
        new_identity(bundle.person_name),
        version="v1",
    )
    # name: (PDF, pages to picture: numbers or a function finding one, dpi, the part shown:
    # the top this fraction of the page, or below zero the bottom)
    jobs = {
        "summary": (render(bundle, "summary", [], "letter"), [1], DPI, 1.0),
        "wrap": (render(bundle, "full", [wrap], "letter"), [3], DPI, 1.0),
        "card": (render(bundle, "card", [], "letter"), [1], 150, 0.42),  # the card, 150 dpi
        "pad-texas": (render(bundle, "pad-form", [tx], "letter"), [signatures_page], DPI, 1.0),
        "phone": (
            render(bundle, "phone", [], "letter"),
            [1, first_step_with_links],
            PHONE_DPI,
            1.0,
        ),
        "stamp": (sealed, [1], 150, -0.2),  # the seal's stamp, at the foot of the summary
    }
    return _picture({**jobs, **spanish})


def _picture(jobs: dict[str, Any]) -> int:
    from pypdf import PdfReader

    for name, (pdf, pages, dpi, part) in jobs.items():
        path = OUT / f"{name}.pdf"
        path.write_bytes(pdf)
        reader = PdfReader(path)
        numbers = [p if isinstance(p, int) else p(reader) for p in pages]
        height = float(reader.pages[0].mediabox.height) / 72 * dpi
        top = 0 if part > 0 else round(height * (1 + part))
        crop = ["-y", str(top), "-H", str(round(height * abs(part)))] if abs(part) < 1 else []
        for index, page in enumerate(numbers, start=1):
            target = OUT / (name if len(numbers) == 1 else f"{name}-{index}")
            subprocess.run(
                [
                    "pdftoppm",
                    *crop,
                    "-png",
                    "-r",
                    str(dpi),
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(path),
                    str(target),
                ],
                check=True,
            )
            print(f"wrote {target}.png (page {page})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Render the README's document pictures: export PDFs for the demo person and turn the
pages the README shows into PNGs with poppler's pdftoppm (apt-get install poppler-utils).

Run: python scripts/render_pdfs.py    Writes docs/pdf/*.png (and the PDFs, for a closer look).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "pdf"


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    from wellplan import __version__
    from wellplan.export.documents import render
    from wellplan.storage.demo import write_demo
    from wellplan.storage.document import PlanFile

    work = Path(tempfile.mkdtemp(prefix="wellplan-pdfs-"))
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
    jobs = {
        "summary": (render(bundle, "summary", [], "letter"), 1),
        "wrap": (render(bundle, "full", [wrap], "letter"), 1),
        "card": (render(bundle, "card", [], "letter"), 1),
        "pad-texas": (render(bundle, "pad-form", [tx], "letter"), 0),  # 0: the witnesses' page
    }
    for name, (pdf, page) in jobs.items():
        path = OUT / f"{name}.pdf"
        path.write_bytes(pdf)
        if page == 0:
            from pypdf import PdfReader

            reader = PdfReader(path)
            page = next(
                i
                for i, p in enumerate(reader.pages, 1)
                if "Statement of witnesses" in (p.extract_text() or "")
            )
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(path),
                str(OUT / name),
            ],
            check=True,
        )
        print(f"wrote {OUT / name}.png (page {page})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

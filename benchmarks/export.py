"""How long exporting every document for the demo person takes, next to reportlab alone
laying out the same flowables. Run on demand: python benchmarks/export.py [runs]

Prints median, min and max over the runs, and the ratio (WellPlan's total / reportlab's
layout alone): the difference is loading the file, building the story and writing pages.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(runs: int = 7) -> None:
    from wellplan import __version__
    from wellplan.export import documents as d
    from wellplan.export.pdf import build_counted
    from wellplan.storage.demo import write_demo
    from wellplan.storage.document import PlanFile

    path = write_demo(Path(tempfile.mkdtemp()) / "demo.wellplan")

    def export_all(identity: object = None) -> int:
        """Every document for the demo person; each sealed too, given an identity."""
        with PlanFile.open(path) as doc:
            bundle = doc.bundle(__version__)
        made = []
        space = identity is not None
        for plan in bundle.plans:
            made.append(d.render(bundle, "full", [plan], "letter", seal_space=space))
            if plan.summary.kind == "pad":
                made.append(d.render(bundle, "pad-form", [plan], "letter", seal_space=space))
        made.append(d.render(bundle, "summary", [], "letter", seal_space=space))
        made.append(d.render(bundle, "card", [], "letter", seal_space=space))
        if identity is not None:
            from wellplan.export.seal import seal

            made = [seal(pdf, identity, version="bench")[0] for pdf in made]
        return sum(len(pdf) for pdf in made)

    with PlanFile.open(path) as doc:
        bundle = doc.bundle(__version__)

    width, height = d.frame_size("letter")
    caps = d._fit_caps(bundle, width, height)

    def stories() -> list[list[object]]:
        """The same documents export_all makes, as stories ready for layout."""
        made: list[list[object]] = [d._plan_story(bundle, plan) for plan in bundle.plans]
        made += [
            d._pad_form_story(bundle, plan) for plan in bundle.plans if plan.summary.kind == "pad"
        ]
        made.append(d._summary_story(bundle, caps))
        made.append(d._card_story(bundle))
        return made

    meta = d._meta(bundle, "Benchmark", "Benchmark")
    furniture = d._furniture(bundle, "Benchmark")

    def layout_only() -> float:
        prepared = stories()  # made outside the timed part: only reportlab's layout is timed
        start = time.perf_counter()
        for story in prepared:
            build_counted(story, paper="letter", meta=meta, furniture=furniture)  # type: ignore[arg-type]
        return time.perf_counter() - start

    export_all()  # warm up: fonts registered, modules imported
    totals, layouts = [], []
    for _ in range(runs):
        start = time.perf_counter()
        export_all()
        totals.append(time.perf_counter() - start)
        layouts.append(layout_only())

    def line(name: str, values: list[float]) -> str:
        return f"{name:<38} median {statistics.median(values) * 1000:7.1f} ms  min {min(values) * 1000:7.1f}  max {max(values) * 1000:7.1f}"

    print(
        f"demo person: {len(bundle.plans)} plans; documents: every full plan, PAD forms, summary, card"
    )
    print(line("WellPlan export, all documents", totals))
    print(line("reportlab layout of the same stories", layouts))
    print(
        f"ratio (export / reportlab layout): {statistics.median(totals) / statistics.median(layouts):.2f}"
    )

    from wellplan.export.seal import new_identity, seal, verify

    identity = new_identity("Benchmark")
    pdf = d.render(bundle, "summary", [], "letter", seal_space=True)
    seal(pdf, identity, version="bench")  # warm up pyHanko's imports
    seals, checks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        sealed, _fp = seal(pdf, identity, version="bench")
        seals.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert verify(sealed, [identity]).exit_code == 0
        checks.append(time.perf_counter() - start)
    print(line("seal the summary (certification, QR)", seals))
    print(line("verify it", checks))
    export_all(identity)  # warm up
    every = []
    for _ in range(runs):
        start = time.perf_counter()
        export_all(identity)
        every.append(time.perf_counter() - start)
    print(line("all documents, each sealed (target)", every))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

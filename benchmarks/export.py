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
    from wellplan.domain.present import key_facts
    from wellplan.export import card, common, full_plan, pad_form, phone, summary
    from wellplan.export import documents as d
    from wellplan.export.pdf import build_counted, frame_size
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
        for doc in ("summary", "card", "phone"):
            made.append(d.render(bundle, doc, [], "letter", seal_space=space))
        if identity is not None:
            from wellplan.export.seal import seal

            made = [seal(pdf, identity, version="bench")[0] for pdf in made]
        return sum(len(pdf) for pdf in made)

    with PlanFile.open(path) as doc:
        bundle = doc.bundle(__version__)

    width, height = frame_size("letter")
    facts = key_facts(bundle)
    sections = summary.ranked_sections(bundle, facts)
    chosen = summary.fit(bundle, facts, sections, width, height)

    def stories() -> list[list[object]]:
        """The same documents export_all makes, as stories ready for layout."""
        made: list[list[object]] = [full_plan._plan_story(bundle, plan) for plan in bundle.plans]
        made += [
            pad_form._pad_form_story(bundle, plan)
            for plan in bundle.plans
            if plan.summary.kind == "pad"
        ]
        made.append(
            summary.summary_story(bundle, facts, sections, chosen.count, chosen.scale, width)
        )
        made.append(card._card_story(bundle))
        return made

    meta = common.doc_meta(bundle, "Benchmark", "Benchmark")
    furniture = common.furniture_for(bundle, "Benchmark")

    def layout_only() -> float:
        prepared = stories()  # made outside the timed part: only reportlab's layout is timed
        prepared_phone = phone.phone_story(bundle)
        start = time.perf_counter()
        for story in prepared:
            build_counted(story, paper="letter", meta=meta, furniture=furniture)  # type: ignore[arg-type]
        build_counted(prepared_phone, paper="phone", meta=meta, furniture=furniture)
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
        f"demo person: {len(bundle.plans)} plans; documents: every full plan, PAD forms, summary, card, phone copy"
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
    print(line("seal the summary (certification, stamp)", seals))
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

"""Make a file as it might look after ten years of use. Run: python benchmarks/bigfile.py OUT

The demo person's plans, plus what piles up over years: 300 people in the records, 3,650
answer changes (one a day), 200 frozen plan versions, each signed, and 100 exports logged.
WellPlan keeps no diary, so the day-by-day volume is edits, which is what its tables grow
with. Prints what it made and how long making it took.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path


def make(path: Path) -> dict[str, int]:
    from wellplan.domain.records import RecordKind
    from wellplan.domain.signing import Mark, Role, Signature
    from wellplan.storage.demo import write_demo
    from wellplan.storage.document import PlanFile

    write_demo(path)
    counts = {"people": 0, "edits": 0, "versions": 0, "exports": 0}
    with PlanFile.open(path) as doc:
        plans = doc.list_plans()
        crisis = next(p for p in plans if p.kind == "crisis")
        wrap = next(p for p in plans if p.kind == "wrap")
        for n in range(300):
            doc.add_record(
                RecordKind.PERSON,
                {"name": f"Person {n:03}", "relationship": "friend", "phone": f"555 {n:04}"},
            )
            counts["people"] += 1
        start = dt.datetime(2016, 11, 23, 9, tzinfo=dt.UTC)
        for day in range(3650):
            signs = [f"Sign noticed on day {d}" for d in range(max(0, day - 6), day + 1)]
            plan, question = (
                (crisis, "crisis_plan.warning_signs") if day % 2 else (wrap, "early_signs.list")
            )
            doc.save_answer(plan.id, question, signs)
            counts["edits"] += 1
            if day % 18 == 0 and counts["versions"] < 200:
                signature = Signature(
                    Role.PERSON,
                    "Robin Okafor",
                    Mark("typed", text="Robin Okafor"),
                    "I, Robin Okafor, wrote this plan in my own words, and it says what I want.",
                    start + dt.timedelta(days=day),
                )
                doc.sign(plan.id, [signature])
                counts["versions"] += 1
            if day % 36 == 0 and counts["exports"] < 100:
                doc.log_export("full", plan.id, f"{day:064x}", sealed=False, version="")
                counts["exports"] += 1
    return counts


def demo_and_ten_years(prefix: str) -> tuple[Path, Path]:
    """For the benchmarks that run in one process: a fresh folder holding the demo file and
    the ten-years file, with WellPlan's own data kept there too."""
    import os
    import tempfile

    from wellplan.storage.demo import write_demo

    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["WELLPLAN_DATA_DIR"] = str(work / "data")
    demo = write_demo(work / "demo.wellplan")
    big = work / "ten-years.wellplan"
    make(big)
    return demo, big


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("ten-years.wellplan")
    began = time.perf_counter()
    counts = make(out)
    took = time.perf_counter() - began
    size = out.stat().st_size / 1e6
    print(f"wrote {out}: {counts} in {took:.1f} s, {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

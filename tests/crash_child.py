"""Child process for test_crash.py: makes numbered edits through the storage layer and
prints one line after each edit is committed. The parent kills it at random moments."""

from __future__ import annotations

import sys

from wellplan.storage.document import PlanFile

TEXT_QUESTIONS = [
    "daily.when_well",
    "crisis.when_well",
    "crisis.disagreements",
    "crisis.home_plan",
    "post.coming_through",
    "post.learned",
    "post.changes",
    "review.anything_else",
]


def edit(round_no: int, i: int) -> tuple[str, object]:
    """The i-th edit of a round: deterministic, so the parent can recompute it."""
    if i % 3 == 2:
        return "toolbox.tools", [f"r{round_no} tool {j} 🌱" for j in range(i % 7 + 1)]
    return TEXT_QUESTIONS[i % len(TEXT_QUESTIONS)], f"round {round_no} edit {i} " + "✓" * (i % 50)


def main() -> None:
    path, round_no, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    doc = PlanFile.open(path)
    plan = doc.create_plan("wrap", f"Round {round_no}")
    print(f"plan {plan.id}", flush=True)
    for i in range(count):
        question_id, value = edit(round_no, i)
        doc.save_answer(plan.id, question_id, value)
        print(f"saved {i}", flush=True)
    doc.close()


if __name__ == "__main__":
    main()

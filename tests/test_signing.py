"""Who signs, in which order and under which words; signatures kept on one frozen version;
signed PDFs that show the signatures and re-export identically."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.builders import demo_with_texas
from wellplan.domain.pad import profiles
from wellplan.domain.records import RecordKind
from wellplan.domain.signing import (
    Mark,
    Role,
    Signature,
    check_witness,
    signing_steps,
    wet_ink_advice,
)
from wellplan.domain.words import day
from wellplan.export.documents import render
from wellplan.storage.document import PlanFile

TEXAS = profiles()["TX"]


def wave(turns: float = 3.0) -> Mark:
    stroke = tuple(
        (0.05 + 0.9 * i / 40, 0.5 + 0.3 * math.sin(i / 40 * turns * math.tau)) for i in range(41)
    )
    return Mark("drawn", strokes=(stroke,), aspect=3.0)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture()
def texas(tmp_path: Path) -> tuple[Path, int]:
    """The demo file with a Texas directive copied from the Oregon one."""
    return demo_with_texas(tmp_path / "signing.wellplan")


def texas_signatures() -> list[Signature]:
    steps = signing_steps("pad", "Robin Okafor", TEXAS)
    now = dt.datetime(2026, 11, 23, 15, 30, tzinfo=dt.UTC)
    no = tuple((q, False) for q in TEXAS.eligibility_questions)
    return [
        Signature(Role.PERSON, "Robin Okafor", wave(), steps[0].statement, now),
        Signature(Role.WITNESS_1, "Dana Whitfield", wave(2), steps[1].statement, now, no),
        Signature(
            Role.WITNESS_2,
            "Lee Ortiz",
            Mark("typed", text="Lee Ortiz"),
            steps[2].statement,
            now,
            no,
        ),
    ]


# ---- who signs ------------------------------------------------------------------------------
def test_texas_asks_for_the_person_then_two_witnesses_and_no_agent() -> None:
    steps = signing_steps("pad", "Robin Okafor", TEXAS, [(Role.AGENT, "Jo")])
    assert [s.role for s in steps] == [Role.PERSON, Role.WITNESS_1, Role.WITNESS_2]
    assert "for Robin Okafor only" in steps[0].handover
    assert steps[1].questions == TEXAS.eligibility_questions
    assert "Robin Okafor" in steps[1].statement and "{name}" not in steps[1].statement
    assert steps[1].optional  # Texas: witnesses, or a notary instead


def test_oregon_agents_accept_in_their_own_steps() -> None:
    steps = signing_steps(
        "pad", "Robin", profiles()["OR"], [(Role.AGENT, "Jo Okafor"), (Role.ALTERNATE, "Sam")]
    )
    assert [s.role for s in steps][-2:] == [Role.AGENT, Role.ALTERNATE]
    assert steps[-2].name == "Jo Okafor" and "hand the laptop to Jo Okafor" in steps[-2].handover


def test_illinois_agents_accept_in_the_states_own_words() -> None:
    illinois = profiles()["IL"]
    steps = signing_steps("pad", "Robin", illinois, [(Role.AGENT, "Jo Okafor")])
    assert [s.role for s in steps] == [Role.PERSON, Role.WITNESS_1, Role.WITNESS_2, Role.AGENT]
    assert steps[-1].statement.startswith("I accept this appointment and agree to serve as ")
    assert "only while Robin is incapable" in steps[-1].statement
    assert not steps[1].optional  # Illinois: two witnesses, no notary instead


def test_the_witness_step_says_who_the_state_rules_out() -> None:
    steps = signing_steps("pad", "Robin", TEXAS)
    assert "peer supporters" in steps[1].note
    assert any("peer supporter" in q for q in steps[1].questions)


def test_a_relative_may_witness_in_new_jersey_but_not_alone() -> None:
    nj = profiles()["NJ"]
    related = nj.sole_witness_questions[0]
    answers: dict[str, bool | None] = {
        q: False for q in nj.eligibility_questions + nj.sole_witness_questions
    }
    answers[related] = True
    alone = check_witness("Dana", answers, profile=nj, person="Robin")
    assert not alone.ok and "the only witness" in alone.problems[0]
    beside = check_witness("Dana", answers, profile=nj, person="Robin", other_witnesses=["Lee"])
    assert beside.ok
    unanswered = dict(answers)
    del unanswered[related]
    assert not check_witness("Dana", unanswered, profile=nj, person="Robin", sole=False).ok


def test_a_wrap_is_signed_by_the_person_alone() -> None:
    steps = signing_steps("wrap", "")
    assert [s.role for s in steps] == [Role.PERSON]
    assert "in my own words" in steps[0].statement


def test_a_yes_rules_a_witness_out_with_the_reason() -> None:
    questions = TEXAS.eligibility_questions
    answers: dict[str, bool | None] = {q: False for q in questions}
    assert check_witness("Dana Whitfield", answers, profile=TEXAS, person="Robin").ok
    answers[questions[1]] = True
    result = check_witness("Dana Whitfield", answers, profile=TEXAS, person="Robin")
    assert not result.ok and questions[1] in result.problems[0]
    unanswered = check_witness("Dana", {}, profile=TEXAS, person="Robin")
    assert "Answer each question" in unanswered.problems[0]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("  robin   OKAFOR ", "your own directive"),
        ("Jo Okafor", "named as agent"),
        ("Dana Whitfield", "already signed as a witness"),
        ("   ", "full name"),
    ],
)
def test_who_cannot_witness(name: str, reason: str) -> None:
    answers: dict[str, bool | None] = {q: False for q in TEXAS.eligibility_questions}
    result = check_witness(
        name,
        answers,
        profile=TEXAS,
        person="Robin Okafor",
        agents=["Jo Okafor"],
        other_witnesses=["Dana Whitfield"],
    )
    assert any(reason in p for p in result.problems)


def test_the_app_says_when_ink_is_needed_and_when_electronic_signing_counts() -> None:
    texas = wet_ink_advice(TEXAS)
    assert "sign the printed form in ink" in texas and "notary" in texas
    assert "isn't the legal signing itself" in texas
    # Illinois allows e-signing only with a unique, securely kept identifier per signer: one
    # shared laptop doesn't give that, so WellPlan doesn't say signing here counts there
    illinois = wet_ink_advice(profiles()["IL"])
    assert "sign the printed form in ink" in illinois and "signed electronically" not in illinois
    allowed = wet_ink_advice(dataclasses.replace(profiles()["IL"], electronic_signing=True))
    assert "signed electronically" in allowed and "legal signing itself" not in allowed


def test_marks_round_trip_through_json() -> None:
    mark = wave()
    back = Mark.from_json(mark.to_json())
    assert back.kind == "drawn" and len(back.strokes[0]) == 41
    assert back.strokes[0][0] == pytest.approx(mark.strokes[0][0], abs=1e-4)
    assert Mark.from_json(Mark("typed", text="Ŝam ✓").to_json()).text == "Ŝam ✓"


# ---- signatures in the file ---------------------------------------------------------------
def test_signing_freezes_a_version_and_an_edit_leaves_the_signatures_behind(
    texas: tuple[Path, int],
) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        version = doc.sign(plan_id, texas_signatures())
        assert version.reason == "signed" and version.number == 1
        kept = doc.current_signatures(plan_id)
        assert [(s.role, s.name, s.version) for s in kept] == [
            (Role.PERSON, "Robin Okafor", 1),
            (Role.WITNESS_1, "Dana Whitfield", 1),
            (Role.WITNESS_2, "Lee Ortiz", 1),
        ]
        assert kept[1].eligibility == tuple((q, False) for q in TEXAS.eligibility_questions)
        assert kept[1].signed_at == dt.datetime(2026, 11, 23, 15, 30, tzinfo=dt.UTC)

        doc.save_answer(plan_id, "pad.about.name", "Robin A. Okafor")
        assert doc.current_signatures(plan_id) == []  # they belong to version 1, not this draft
        assert doc.signed_version(plan_id) == version
        assert len(doc.version_signatures(version.id)) == 3
        again = doc.sign(plan_id, texas_signatures()[:1])
        assert again.number == 2 and [s.version for s in doc.current_signatures(plan_id)] == [2]


def test_renaming_a_person_after_signing_is_a_change_to_the_plan(texas: tuple[Path, int]) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        version = doc.sign(plan_id, texas_signatures())
        jo = next(r for r in doc.list_records(RecordKind.PERSON) if r.name == "Jo Okafor")
        doc.update_record(RecordKind.PERSON, jo.id, {**jo.values, "name": "Jo Okafor-Reyes"})
        assert not doc.matches_version(version.id)
        assert doc.current_signatures(plan_id) == []


def test_signing_the_same_role_again_replaces_it(texas: tuple[Path, int]) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        first = texas_signatures()
        doc.sign(plan_id, first)
        redo = Signature(
            Role.WITNESS_2, "Lee Ortiz", wave(5), first[2].statement, first[2].signed_at
        )
        assert doc.sign(plan_id, [redo]).number == 1
        signed = doc.current_signatures(plan_id)
        assert len(signed) == 3 and signed[2].mark.kind == "drawn"


# ---- signed documents ------------------------------------------------------------------------
def test_the_signing_form_carries_the_signatures(texas: tuple[Path, int]) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        version = doc.sign(plan_id, texas_signatures())
        bundle = doc.version_bundle(version.id, "9.9.9")
    form = text_of(render(bundle, "pad-form", list(bundle.plans), "letter"))
    assert "Signed in WellPlan (drawn) on version 1 of this plan." in form
    assert "Signed in WellPlan (typed and confirmed) on version 1 of this plan." in form
    assert "Dana Whitfield" in form and "Lee Ortiz" in form
    # the witnesses' answers stay in the file; the paper shows the statement they signed
    assert "☐" not in form and "☒" not in form
    assert " ".join(texas_signatures()[1].statement.split())[:60] in " ".join(form.split())
    signed_day = day(version.created_at.astimezone(), "en")
    assert f"version 1, {signed_day}" in form  # dated by its version, not the export day
    assert bundle.exported_at == version.created_at
    full = text_of(render(bundle, "full", list(bundle.plans), "letter"))
    assert "Witness 2" in full and "Signed in WellPlan" in full


def test_an_old_signed_version_exports_the_same_bytes_after_edits(
    texas: tuple[Path, int],
) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        version = doc.sign(plan_id, texas_signatures())
        before = doc.version_bundle(version.id, "9.9.9")
        first = render(before, "pad-form", list(before.plans), "letter")
        doc.save_answer(plan_id, "pad.about.name", "Robin A. Okafor")
        jo = next(r for r in doc.list_records(RecordKind.PERSON) if r.name == "Jo Okafor")
        doc.update_record(RecordKind.PERSON, jo.id, {**jo.values, "phone": "555 0000"})
        after = doc.version_bundle(version.id, "9.9.9")
        assert render(after, "pad-form", list(after.plans), "letter") == first
        now = doc.bundle("9.9.9")
    draft = text_of(render(now, "pad-form", [now.plan(plan_id)], "letter"))
    assert "Robin A. Okafor" in draft and "Signed in WellPlan" not in draft


def test_the_current_plan_shows_signatures_only_while_unchanged(texas: tuple[Path, int]) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        doc.sign(plan_id, texas_signatures())
        assert len(doc.bundle("9.9.9").signatures[plan_id]) == 3
        doc.save_answer(plan_id, "pad.about.name", "Someone else")
        assert plan_id not in doc.bundle("9.9.9").signatures


def test_restoring_a_signed_version_brings_its_signatures_back(texas: tuple[Path, int]) -> None:
    path, plan_id = texas
    with PlanFile.open(path) as doc:
        signed = doc.sign(plan_id, texas_signatures())
        doc.save_answer(plan_id, "pad.about.name", "Robin A. Okafor")
        kept = doc.freeze_version(plan_id, "kept")
        doc.restore_version(signed.id)
        assert doc.freeze_version(plan_id, "sealed") == signed  # the same words: version 1
        assert [s.version for s in doc.current_signatures(plan_id)] == [1, 1, 1]
        assert [v.number for v in doc.versions(plan_id)] == [1, kept.number]


def test_check_finds_an_unreadable_signature(texas: tuple[Path, int]) -> None:
    import sqlite3

    from wellplan.storage.document import check_file

    path, plan_id = texas
    with PlanFile.open(path) as doc:
        doc.sign(plan_id, texas_signatures())
    assert check_file(path).healthy
    con = sqlite3.connect(path)
    con.execute("UPDATE signature SET mark = '{not json' WHERE role = 'witness-1'")
    con.commit()
    con.close()
    problems = check_file(path).problems
    assert len(problems) == 1
    assert "the witness-1 signature on version 1: the signature itself can't be read" in problems[0]

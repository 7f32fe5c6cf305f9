"""The documents of the plans beyond crisis: a goals plan in full and its "My next steps",
a meeting's "My points for today" and its full record. The one-page sheets are one page for
the demo and for plans far longer than anyone writes, and say what they left off."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.ua_check import outline
from wellplan import cli
from wellplan.domain.bundle import Bundle, PlanData
from wellplan.domain.records import RecordKind
from wellplan.export.documents import render
from wellplan.storage.demo import write_demo
from wellplan.storage.document import PlanFile


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


def pages(pdf: bytes) -> int:
    return len(PdfReader(BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    path = write_demo(tmp_path_factory.mktemp("kinds") / "demo.wellplan")
    with PlanFile.open(path) as doc:
        return doc.bundle("9.9.9")


def plan(bundle: Bundle, kind: str) -> PlanData:
    found = bundle.latest(kind)
    assert found is not None
    return found


LONG = "and then, because it matters a great deal to me, I would like to say it again in full"


@pytest.fixture(scope="module")
def long_bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """Ten goals, each with three paths of eight steps, and a meeting with everything
    written at length: far more than a page holds."""
    path = tmp_path_factory.mktemp("long") / "long.wellplan"
    with PlanFile.create(path) as doc:
        people = [
            doc.add_record(RecordKind.PERSON, {"name": f"Person {n}", "phone": "+1 555 0100"}).id
            for n in range(8)
        ]
        goals = doc.create_plan("goals", "Many goals")
        doc.save_answer(
            goals.id,
            "goals.goals",
            [
                {
                    "want": f"Goal number {g}, {LONG}",
                    "first_step": [{"text": f"First step of goal {g}", "when": "Monday"}],
                    "paths": [
                        {
                            "name": f"Path {g}.{p}",
                            "steps": [{"text": f"Step {g}.{p}.{s} {LONG}"} for s in range(8)],
                        }
                        for p in range(3)
                    ],
                }
                for g in range(10)
            ],
        )
        meeting = doc.create_plan("meeting", "A long meeting")
        for question_id, value in {
            "meeting.with": [{"id": i, "note": LONG} for i in people[:3]],
            "meeting.when": "2027-03-04",
            "meeting.where": "10:30, " + LONG * 3,
            "meeting.wants": [f"Want {n}: {LONG} {LONG}" for n in range(1, 4)],
            "meeting.questions": [f"Question {n}: {LONG}?" for n in range(40)],
            "meeting.treatment": " ".join(f"Sentence {n}, {LONG}." for n in range(60)),
            "meeting.good": [f"Good {n}: {LONG}" for n in range(30)],
            "meeting.hard": [f"Hard {n}: {LONG}" for n in range(30)],
            "meeting.open_points": [f"Open {n}" for n in range(20)],
            "meeting.open_steps": [{"text": f"Open step {n}", "who": "Me"} for n in range(20)],
            "meeting.companions": [{"id": i, "note": LONG} for i in people],
            "meeting.companion_help": {"chosen": ["notes", "remind"], "own": [LONG] * 5},
        }.items():
            doc.save_answer(meeting.id, question_id, value)
    with PlanFile.open(path) as doc:
        return doc.bundle("9.9.9")


def test_the_full_goals_plan_reads_each_goal_its_paths_and_steps(bundle: Bundle) -> None:
    goals = plan(bundle, "goals")
    pdf = render(bundle, "full", [goals], "letter")
    read = outline(pdf)
    headings = [(kind, text) for kind, text in read if kind.startswith("H")]
    assert headings[:4] == [
        ("H1", "Robin's goals"),
        ("H2", "Where I am now"),
        ("H3", "What's going well in your life right now?"),
        ("H3", "What matters most to you?"),
    ]
    # under "My goals", each goal, then its fields one level down, its paths one further
    at = headings.index(("H2", "My goals"))
    assert headings[at + 1 : at + 3] == [
        ("H3", "Goal 1: A part-time job I enjoy"),
        ("H4", "Part of my life"),
    ]
    assert ("H5", "Path 1: Volunteer at the library two mornings a week") in headings
    assert ("H3", "Goal 2: Finish a short course in library skills") in headings
    text = pdf_text(pdf)
    done = goals.answers["goals.goals"][0]["first_step"][0]["done"]
    assert "Ask Priya to look at my CV — done" in text and "Update my CV (this weekend)" in text
    assert done[:4] in text  # the day it was ticked, as people write it
    labels = {text for kind, text in read if kind == "Lbl"}
    assert {"✓", "☐", "•"} <= labels


def test_my_next_steps_is_one_page_of_the_steps_still_to_do(bundle: Bundle) -> None:
    goals = plan(bundle, "goals")
    pdf = render(bundle, "next-steps", [goals], "letter")
    assert pages(pdf) == 1
    text = pdf_text(pdf)
    assert "My next steps" in text and "Update my CV (this weekend)" in text
    assert "Ask Priya to look at my CV" not in text  # done: not a next step
    assert "Start on Tuesday mornings" in text and "Sign up for the spring term" in text
    assert "Not all of it fits" not in text


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_my_next_steps_stays_one_page_and_keeps_every_goal_s_next_step(
    long_bundle: Bundle, paper: str
) -> None:
    goals = plan(long_bundle, "goals")
    pdf = render(long_bundle, "next-steps", [goals], paper)
    assert pages(pdf) == 1
    text = " ".join(pdf_text(pdf).split())
    for g in range(10):  # each goal, with its next step, before any goal's second
        assert f"First step of goal {g}" in text
    assert "Not all of it fits on this page" in text and "“Many goals”" in text


def test_the_meeting_sheet_is_one_page_with_the_points_first(bundle: Bundle) -> None:
    meeting = plan(bundle, "meeting")
    pdf = render(bundle, "one-page", [meeting], "letter")
    assert pages(pdf) == 1
    text = pdf_text(pdf)
    assert text.index("My points for today") < text.index("What I want from this meeting")
    wants = meeting.answers["meeting.wants"]
    assert [text.index(w) for w in wants] == sorted(text.index(w) for w in wants)
    assert "1." in text and "3." in text  # in the person's order, numbered
    assert "Dr. Amira Haddad" in text and "Priya Nair" in text
    assert "In any meeting, it's fine to:" in text and "not legal advice" in text
    assert "Not all of it fits" not in text
    headings = [text for kind, text in outline(pdf) if kind == "H2"]
    assert headings[:2] == ["What I want from this meeting", "My questions"]
    assert ("TH", "Date") in outline(pdf)  # who, when and where: a table with row headers


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_long_meeting_still_fits_one_page_and_says_where_the_rest_is(
    long_bundle: Bundle, paper: str
) -> None:
    meeting = plan(long_bundle, "meeting")
    pdf = render(long_bundle, "one-page", [meeting], paper)
    assert pages(pdf) == 1
    text = " ".join(pdf_text(pdf).split())
    assert all(f"Want {n}:" in text for n in (1, 2, 3))  # never left off for the others
    assert "Not all of it fits on this page" in text and "the full record of this plan" in text
    assert "In any meeting, it's fine to:" in text
    full = render(long_bundle, "full", [meeting], paper)
    assert "Question 39:" in pdf_text(full)  # the full record has it all


def test_the_sheets_speak_spanish(bundle: Bundle) -> None:
    meeting = plan(bundle, "meeting")
    text = pdf_text(render(bundle, "one-page", [meeting], "letter", language="es"))
    assert "Mis puntos para hoy" in text and "Lo que quiero de esta cita" in text
    assert "En cualquier cita, está bien:" in text
    assert meeting.answers["meeting.wants"][0] in text  # the person's words as written
    goals = plan(bundle, "goals")
    steps = pdf_text(render(bundle, "next-steps", [goals], "letter", language="es"))
    assert "Mis siguientes pasos" in steps and "Update my CV" in steps


def test_the_command_line_makes_each_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_demo(tmp_path / "demo.wellplan")
    for plan_name, doc, words in (
        ("meeting", "one-page", "My points for today"),
        ("all", "one-page", "My points for today"),
        ("goals", "next-steps", "My next steps"),
        ("all", "next-steps", "A part-time job I enjoy"),
        ("meeting", "next-steps", "Send the letter to the job center"),
        ("goals", "full", "Goal 2: Finish a short course"),
    ):
        out = tmp_path / f"{plan_name}-{doc}.pdf"
        argv = ["export", str(path), "--plan", plan_name, "--doc", doc, "--out", str(out)]
        assert cli.main(argv) == 0, (plan_name, doc)
        assert words in " ".join(pdf_text(out.read_bytes()).split()), (plan_name, doc)
    code = cli.main(["export", str(path), "--plan", "wrap", "--doc", "one-page"])
    assert code != 0
    assert "no one-page sheet" in capsys.readouterr().err

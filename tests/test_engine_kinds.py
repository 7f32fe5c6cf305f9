"""The template engine's general features that the goals and meeting plans are made of:
options to tick, steps ticked done with the day, groups of entries (at any depth), lists
with a limit, answers a new plan carries over from the last one, a one-page sheet and next
steps named by the template; and their Spanish words, which only a translation holds."""

from __future__ import annotations

from typing import Any

import pytest

from wellplan.domain.answers import (
    AnswerError,
    carried_answers,
    check_answer,
    is_answered,
    only_records,
    record_refs,
    without_records,
)
from wellplan.domain.present import answer_lines
from wellplan.domain.records import RecordKind
from wellplan.domain.steps import card_lines, open_steps
from wellplan.domain.templates import (
    AnswerType,
    TemplateError,
    load_template,
    missing_words,
    offers,
    parse_template,
)
from wellplan.domain.words import speaking


def template(questions: list[dict[str, Any]], **top: Any) -> dict[str, Any]:
    return {
        "kind": "t",
        "version": 1,
        "title": "T",
        "sections": [{"id": "a", "title": "A", "questions": questions}],
        **top,
    }


GOAL = {
    "id": "g.goals",
    "type": "group",
    "item": "Goal",
    "add_label": "Add a goal",
    "text": "Goals?",
    "fields": [
        {"id": "want", "type": "short_text", "text": "Want?"},
        {"id": "first", "type": "steps", "text": "First?"},
        {
            "id": "paths",
            "type": "group",
            "item": "Path",
            "add_label": "Add a path",
            "text": "Paths?",
            "fields": [
                {"id": "name", "type": "short_text", "text": "Path?"},
                {"id": "steps", "type": "steps", "text": "Steps?"},
            ],
        },
        {"id": "who", "type": "people", "text": "Who?"},
    ],
}


def test_a_group_s_fields_are_questions_under_the_group_s_id() -> None:
    t = parse_template(template([GOAL], next_steps="g.goals"))
    goals = t.question("g.goals")
    assert [f.id for f in goals.fields] == [
        "g.goals.want",
        "g.goals.first",
        "g.goals.paths",
        "g.goals.who",
    ]
    assert [f.key for f in goals.fields] == ["want", "first", "paths", "who"]
    assert [q.id for q in t.every_question()][-3:] == [
        "g.goals.paths.name",
        "g.goals.paths.steps",
        "g.goals.who",
    ]
    assert [q.id for q in t.questions()] == ["g.goals"]  # answers are kept under the group


@pytest.mark.parametrize(
    ("questions", "top", "message"),
    [
        ([{**GOAL, "item": ""}], {}, "needs 'item' and 'add_label'"),
        ([{**GOAL, "fields": []}], {}, "a group needs fields"),
        (
            [{**GOAL, "fields": [{"id": "a.b", "type": "short_text", "text": "?"}]}],
            {},
            "a field's id is one word",
        ),
        ([{"id": "o", "type": "options", "text": "?"}], {}, "needs its options"),
        (
            [{"id": "o", "type": "options", "text": "?", "options": [{"id": "x"}]}],
            {},
            "a plain id and a label",
        ),
        ([{"id": "l", "type": "short_text", "text": "?", "most": 3}], {}, "'most'"),
        ([{"id": "l", "type": "list", "text": "?", "carry": "nope"}], {}, "carries 'nope'"),
        ([{"id": "l", "type": "list", "text": "?"}], {"next_steps": "l"}, "next_steps"),
        ([{"id": "l", "type": "list", "text": "?"}], {"one_page": ["nope"]}, "one-page sheet"),
        ([{"id": "l", "type": "list", "text": "?"}], {"one_page": ["l"]}, "one_page_title"),
        ([{"id": "l", "type": "steps", "text": "?"}], {"daily": "l"}, "'daily'"),
    ],
)
def test_the_engine_refuses_what_it_cannot_show(
    questions: list[dict[str, Any]], top: dict[str, Any], message: str
) -> None:
    with pytest.raises(TemplateError, match=message):
        parse_template(template(questions, **top))


def test_tips_need_words_before_them() -> None:
    data = template([{"id": "l", "type": "list", "text": "?"}])
    data["sections"][0]["tips"] = ["say no"]
    with pytest.raises(TemplateError, match="tips_title"):
        parse_template(data)
    data["sections"][0]["tips_title"] = "You can:"
    assert parse_template(data).sections[0].tips == ("say no",)


def test_answers_of_the_new_shapes_are_checked() -> None:
    t = parse_template(template([GOAL, {"id": "few", "type": "list", "text": "?", "most": 2}]))
    goals = t.question("g.goals")
    value = [
        {
            "want": "A job",
            "first": [{"text": "Call", "when": "Monday"}],
            "paths": [{"name": "Volunteer", "steps": [{"text": "Ask", "done": "2027-01-02"}]}],
            "who": [{"id": 3, "note": "help"}],
        }
    ]
    clean = check_answer(goals, value)
    assert clean[0]["first"] == [{"text": "Call", "who": "", "when": "Monday", "done": ""}]
    assert clean[0]["paths"][0]["steps"][0]["done"] == "2027-01-02"
    assert is_answered(goals, clean) and not is_answered(goals, [{}])
    with pytest.raises(AnswerError, match="Path"):
        check_answer(goals, [{"paths": [{"steps": [{"text": "x", "done": "soon"}]}]}])
    with pytest.raises(AnswerError, match="doesn't ask"):
        check_answer(goals, [{"colour": "red"}])
    with pytest.raises(AnswerError, match="at most 2"):
        check_answer(t.question("few"), ["a", "b", "c"])
    # every record an entry points at, at any depth, and out again when it is deleted
    assert list(record_refs(goals, clean)) == [(RecordKind.PERSON, 3)]
    gone = {kind: ({3} if kind is RecordKind.PERSON else set()) for kind in RecordKind}
    assert without_records(goals, clean, gone)[0]["who"] == []
    kept = {kind: set() for kind in RecordKind}
    assert only_records(goals, clean, kept)[0]["who"] == []


def test_options_are_stored_by_id_and_shown_in_the_language_spoken() -> None:
    areas = load_template("goals").question("goals.goals").fields[1]
    assert areas.type is AnswerType.OPTIONS
    value = check_answer(areas, {"chosen": ["work", "recovery"], "own": ["Confidence"]})
    assert answer_lines(areas, value, lambda _t, _i: None) == [
        "Work and career",
        "Recovery from alcohol or drugs",
        "Confidence",
    ]
    with speaking("es"):
        spanish = load_template("goals").question("goals.goals").fields[1]
        assert answer_lines(spanish, value, lambda _t, _i: None)[0] == "Trabajo y carrera"
    with pytest.raises(AnswerError):
        check_answer(areas, {"chosen": "work"})


def test_next_steps_are_the_steps_not_done_each_goal_s_own_first() -> None:
    t = parse_template(template([GOAL], next_steps="g.goals"))
    answers = {
        "g.goals": [
            {
                "want": "A job",
                "first": [{"text": "Call", "done": "2027-01-01"}],
                "paths": [
                    {"name": "Volunteer", "steps": [{"text": "Ask", "when": "Friday"}]},
                    {"name": "Study", "steps": [{"text": "Enrol"}, {"text": "Go"}]},
                ],
            },
            {"want": "", "first": []},
        ]
    }
    entries = open_steps(t, answers)
    assert [e.title for e in entries] == ["A job", "Goal 2"]
    assert [(p.where, [s["text"] for s in p.steps]) for p in entries[0].parts] == [
        ("Volunteer", ["Ask"]),
        ("Study", ["Enrol", "Go"]),
    ]
    assert card_lines(t, answers) == [("A job", "Ask (Friday)"), ("Goal 2", "")]


def test_a_new_plan_carries_what_the_last_one_left_open() -> None:
    meeting = load_template("meeting")
    earlier = {
        "meeting.next_time": ["The headaches"],
        "meeting.next_steps": [
            {"text": "Send the letter", "who": "Dr. H", "when": "soon", "done": ""},
            {"text": "Take the dose at 8", "who": "Me", "when": "", "done": "2027-01-02"},
        ],
    }
    assert carried_answers(meeting, earlier) == {
        "meeting.open_points": ["The headaches"],
        "meeting.open_steps": [
            {"text": "Send the letter", "who": "Dr. H", "when": "soon", "done": ""}
        ],
    }
    assert carried_answers(meeting, {}) == {}


def test_which_plans_have_which_sheets() -> None:
    goals, meeting, wrap = (load_template(k) for k in ("goals", "meeting", "wrap"))
    assert offers(goals, "next-steps") and not offers(goals, "one-page")
    assert offers(meeting, "one-page") and offers(meeting, "next-steps")
    assert not offers(wrap, "next-steps") and not offers(wrap, "pad-form")
    assert meeting.one_page_title == "My points for today"
    assert wrap.daily == "daily.every_day"


@pytest.mark.parametrize("kind", ["goals", "meeting"])
def test_the_new_plans_are_wholly_in_spanish(kind: str) -> None:
    assert missing_words(kind, "es") == []
    spanish = load_template(kind, "es")
    english = load_template(kind, "en")
    for s_es, s_en in zip(spanish.sections, english.sections, strict=True):
        assert (s_es.tips == s_en.tips) == (not s_en.tips), s_en.id
    for q_es, q_en in zip(spanish.every_question(), english.every_question(), strict=True):
        assert q_es.id == q_en.id and q_es.type is q_en.type
        assert q_es.text != q_en.text, q_en.id
        assert [o.id for o in q_es.options] == [o.id for o in q_en.options]
        assert all(
            o_es.label != o_en.label for o_es, o_en in zip(q_es.options, q_en.options, strict=True)
        )

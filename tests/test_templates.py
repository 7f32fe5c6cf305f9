from __future__ import annotations

from typing import Any

import pytest

from wellplan.domain.templates import (
    AnswerType,
    TemplateError,
    available_kinds,
    load_template,
    parse_template,
)


def minimal(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "t",
        "version": 1,
        "title": "T",
        "sections": [
            {
                "id": "a",
                "title": "A",
                "questions": [
                    {"id": "a.list", "type": "list", "text": "List?"},
                    {"id": "a.choice", "type": "choice", "text": "Choose?"},
                ],
            }
        ],
    }
    data.update(changes)
    return data


def test_wrap_template_has_every_part_in_order() -> None:
    t = load_template("wrap")
    ids = [s.id for s in t.sections]
    assert ids[:5] == ["toolbox", "daily", "triggers", "early_signs", "breaking_down"]
    assert ids[-2:] == ["post_crisis", "review"]
    # the crisis plan's nine parts, as PLANS.md lists them
    crisis = [q.id for s in t.sections if s.part == "Crisis plan" for q in s.questions]
    for needed in (
        "crisis.when_well",
        "crisis.step_in_signs",
        "crisis.supporters",
        "crisis.not_involved",
        "crisis.disagreements",
        "crisis.meds_now",
        "crisis.meds_accept",
        "crisis.meds_avoid",
        "crisis.treatments_help",
        "crisis.treatments_avoid",
        "crisis.home_plan",
        "crisis.places_prefer",
        "crisis.places_avoid",
        "crisis.helps",
        "crisis.not_helpful",
        "crisis.tasks",
        "crisis.plan_ends",
    ):
        assert needed in crisis
    assert t.question("crisis.supporters").type is AnswerType.PEOPLE
    assert t.question("triggers.plan").source == "toolbox.tools"
    assert "not affiliated" in t.notice


def test_every_question_explains_why_it_is_asked() -> None:
    for kind in available_kinds():
        for q in load_template(kind).questions():
            assert q.why.strip(), f"{q.id} needs a 'why we ask' line"


def test_branching_question_shows_only_for_the_right_choice() -> None:
    q = load_template("wrap").question("crisis.home_plan")
    assert not q.visible({})
    assert not q.visible({"crisis.home_wanted": {"choice": "no", "reason": ""}})
    assert q.visible({"crisis.home_wanted": {"choice": "unsure", "reason": ""}})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 0}, "version"),
        ({"sections": []}, "no sections"),
        (
            {
                "sections": [
                    {
                        "id": "Bad Id",
                        "title": "x",
                        "questions": [{"id": "x", "type": "list", "text": "?"}],
                    }
                ]
            },
            "lower_case",
        ),
        (
            {
                "sections": [
                    {
                        "id": "a",
                        "title": "x",
                        "questions": [
                            {"id": "x", "type": "list", "text": "?"},
                            {"id": "x", "type": "list", "text": "?"},
                        ],
                    }
                ]
            },
            "used twice",
        ),
        (
            {
                "sections": [
                    {
                        "id": "a",
                        "title": "x",
                        "questions": [{"id": "x", "type": "pick", "from": "nope", "text": "?"}],
                    }
                ]
            },
            "earlier list",
        ),
        (
            {
                "sections": [
                    {
                        "id": "a",
                        "title": "x",
                        "questions": [
                            {"id": "x", "type": "list", "text": "?"},
                            {
                                "id": "y",
                                "type": "long_text",
                                "text": "?",
                                "show_if": {"question": "x", "any_of": ["yes"]},
                            },
                        ],
                    }
                ]
            },
            "earlier choice",
        ),
        (
            {
                "sections": [
                    {
                        "id": "a",
                        "title": "x",
                        "questions": [{"id": "x", "type": "essay", "text": "?"}],
                    }
                ]
            },
            "unknown type",
        ),
    ],
)
def test_malformed_templates_are_refused_with_a_reason(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(TemplateError, match=message):
        parse_template(minimal(**change))


def test_minimal_template_parses() -> None:
    t = parse_template(minimal())
    assert [q.id for q in t.questions()] == ["a.list", "a.choice"]


def test_values_print_as_dataclasses_do() -> None:
    """The shared __repr__ (domain/value.py) prints what dataclasses' own would."""
    import dataclasses

    from wellplan.domain.records import Record, RecordKind

    @dataclasses.dataclass(frozen=True)
    class Record2:  # the same fields, with dataclasses' own __repr__
        kind: RecordKind
        id: int
        values: dict[str, str]

    ours = repr(Record(RecordKind.PERSON, 3, {"name": "Jo 'J' Ó"}))
    theirs = repr(Record2(RecordKind.PERSON, 3, {"name": "Jo 'J' Ó"}))
    assert ours == theirs.rpartition("<locals>.")[2].replace("Record2", "Record", 1)
    from wellplan.domain.plans import PlanSummary
    from wellplan.domain.templates import Question, Template

    for cls in (Record, PlanSummary, Question, Template):  # none compiles its own
        assert "__repr__" not in vars(cls), cls

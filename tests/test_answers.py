from __future__ import annotations

from typing import Any

import pytest

from wellplan.domain.answers import (
    MAX_ANSWER_CHARS,
    AnswerError,
    check_answer,
    empty_value,
    is_answered,
)
from wellplan.domain.templates import load_template

WRAP = load_template("wrap")
ALL = {q.id: q for kind in ("wrap", "crisis", "pad") for q in load_template(kind).questions()}


@pytest.mark.parametrize(
    ("qid", "value"),
    [
        ("daily.when_well", "I laugh a lot"),
        ("toolbox.tools", ["walk", "music"]),
        ("triggers.plan", {"tools": ["walk"], "steps": ["call Jo"]}),
        ("crisis.supporters", [{"id": 3, "note": "stay with me"}]),
        ("crisis.home_wanted", {"choice": "unsure", "reason": "depends"}),
        ("pad.about.birth_date", "1988-01-31"),
        ("pad.about.birth_date", ""),
        ("pad.jurisdiction", "TX"),
        (
            "crisis_plan.lines",
            [
                {
                    "name": "988",
                    "how": "Call or text 988",
                    "region": "US",
                    "last_checked": "2026-11-23",
                }
            ],
        ),
    ],
)
def test_good_answers_pass_unchanged(qid: str, value: Any) -> None:
    assert check_answer(ALL[qid], value) == value


@pytest.mark.parametrize(
    ("qid", "value"),
    [
        ("daily.when_well", 5),
        ("toolbox.tools", "walk"),
        ("toolbox.tools", ["walk", 3]),
        ("triggers.plan", ["walk"]),
        ("crisis.supporters", [{"note": "no id"}]),
        ("crisis.home_wanted", {"choice": "maybe"}),
        ("pad.about.birth_date", "31/01/1988"),
        ("pad.jurisdiction", 5),
        ("crisis_plan.lines", [{"name": 988}]),
        ("crisis_plan.lines", "988"),
    ],
)
def test_wrong_shapes_are_refused(qid: str, value: Any) -> None:
    with pytest.raises(AnswerError):
        check_answer(ALL[qid], value)


def test_oversized_answer_gets_a_plain_message() -> None:
    with pytest.raises(AnswerError, match="Nothing was lost"):
        check_answer(WRAP.question("daily.when_well"), "x" * (MAX_ANSWER_CHARS + 1))


def test_a_megabyte_paste_fits() -> None:
    text = "🙂 שלום " * 150_000
    assert check_answer(WRAP.question("daily.when_well"), text) == text


def test_empty_values_are_not_answered_and_filled_ones_are() -> None:
    for q in ALL.values():
        assert not is_answered(q, empty_value(q))
        assert not is_answered(q, None)
    assert not is_answered(WRAP.question("daily.when_well"), "   \n")
    assert is_answered(WRAP.question("toolbox.tools"), ["walk"])
    assert is_answered(WRAP.question("triggers.plan"), {"tools": [], "steps": ["x"]})
    assert is_answered(WRAP.question("crisis.home_wanted"), {"choice": "no", "reason": ""})

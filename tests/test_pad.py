"""Jurisdiction profiles and the readiness check, profile by profile."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from wellplan.domain.pad import (
    GENERIC,
    Level,
    NotaryRule,
    Profile,
    check_readiness,
    profile_for,
    profiles,
    review_date,
)
from wellplan.domain.templates import load_template

PAD = load_template("pad")
CODES = sorted(profiles())
STATES_IN_RULES = {"TX", "NC", "PA", "OR", "IL", "NJ", "NE", "KY", "AZ", "VA", "OK", "WA", "CO"}


def complete_example(profile: Profile) -> dict[str, Any]:
    """A directive that meets the profile: witnesses who aren't the agent, a notary where
    the law asks for one, every required clause answered, nothing the law rules out."""
    answers: dict[str, Any] = {
        "pad.jurisdiction": profile.code,
        "pad.about.name": "Ana Lima",
        "pad.agent": [{"id": 1, "note": ""}],
        "pad.signing.witnesses": [{"id": 10 + i, "note": ""} for i in range(profile.witnesses)],
        "pad.signing.notary": {
            "choice": "yes" if profile.notary is NotaryRule.AND else "no",
            "reason": "",
        },
        "pad.ect": {"choice": "no", "reason": "I'd rather not"},
    }
    for clause in profile.clauses:
        answers[clause.question] = {"choice": "no", "reason": "my choice"}
    return answers


def test_every_state_in_the_rules_has_a_profile_and_there_is_a_generic_one() -> None:
    assert set(CODES) == STATES_IN_RULES | {GENERIC}


@pytest.mark.parametrize("code", CODES)
def test_profile_loads_with_its_source_and_date(code: str) -> None:
    profile = profiles()[code]
    assert profile.citation.strip()
    assert dt.date(2025, 1, 1) <= profile.last_checked <= dt.date.today()
    assert profile.witnesses >= 1
    assert profile.signing_rule().endswith(".")
    assert "{name}" in profile.attestation  # filled in with the person's name when printed
    template_ids = {q.id for q in PAD.questions()}
    for clause in profile.clauses:
        assert clause.question in template_ids
    for limit in profile.limits:
        assert limit.question in template_ids


@pytest.mark.parametrize("code", CODES)
def test_readiness_accepts_a_complete_example_and_rejects_an_incomplete_one(code: str) -> None:
    profile = profiles()[code]
    complete = complete_example(profile)
    readiness = check_readiness(profile, complete, PAD)
    assert readiness.ready, readiness.missing()
    incomplete = dict(complete)
    incomplete["pad.signing.witnesses"] = complete["pad.signing.witnesses"][:-1]
    incomplete["pad.signing.notary"] = {"choice": "no", "reason": ""}
    assert not check_readiness(profile, incomplete, PAD).ready
    assert not check_readiness(profile, {}, PAD).ready


def test_texas_needs_two_witnesses_or_a_notary() -> None:
    texas = profiles()["TX"]
    answers: dict[str, Any] = {"pad.about.name": "Ana Lima", "pad.signing.witnesses": []}
    assert check_readiness(texas, answers, PAD).missing() == [
        "Texas needs two witnesses or a notary; you have no witnesses."
    ]
    answers["pad.signing.witnesses"] = [{"id": 5, "note": ""}]
    assert check_readiness(texas, answers, PAD).missing() == [
        "Texas needs two witnesses or a notary; you have one witness."
    ]
    answers["pad.signing.witnesses"].append({"id": 6, "note": ""})
    assert check_readiness(texas, answers, PAD).ready
    # or a notary instead of the witnesses
    assert check_readiness(
        texas, {"pad.about.name": "Ana", "pad.signing.notary": {"choice": "yes"}}, PAD
    ).ready


def test_agent_cannot_witness_where_the_form_has_an_agent() -> None:
    generic = profiles()[GENERIC]
    answers = complete_example(generic)
    answers["pad.signing.witnesses"] = [{"id": 1, "note": ""}, {"id": 11, "note": ""}]
    assert (
        "Your agent or alternate can't also be one of your witnesses."
        in check_readiness(generic, answers, PAD).missing()
    )


def test_nebraska_asks_for_the_revocability_choice() -> None:
    nebraska = profiles()["NE"]
    answers = complete_example(nebraska)
    del answers["pad.revocation.during_incapacity"]
    missing = check_readiness(nebraska, answers, PAD).missing()
    assert missing == [nebraska.clauses[0].text]
    assert "revocability" in nebraska.features
    assert not PAD.question("pad.revocation.during_incapacity").visible(
        {}, profiles()["TX"].features
    )
    assert PAD.question("pad.revocation.during_incapacity").visible({}, nebraska.features)


def test_kentucky_cannot_consent_to_ect() -> None:
    kentucky = profiles()["KY"]
    answers = complete_example(kentucky)
    answers["pad.ect"] = {"choice": "yes", "reason": ""}
    assert any("can't consent" in m for m in check_readiness(kentucky, answers, PAD).missing())


def test_north_carolina_needs_witnesses_and_a_notary() -> None:
    nc = profiles()["NC"]
    answers = complete_example(nc)
    answers["pad.signing.notary"] = {"choice": "no", "reason": ""}
    assert check_readiness(nc, answers, PAD).missing() == [
        "North Carolina needs a notary as well as the witnesses."
    ]


def test_unverified_facts_are_shown() -> None:
    oregon = check_readiness(profiles()["OR"], {}, PAD)
    assert any(f.level is Level.UNVERIFIED and "ORS 127.707" in f.text for f in oregon.findings)


def test_texas_form_has_no_agent_section() -> None:
    texas = profiles()["TX"].features
    assert not PAD.section("agent").visible({}, texas)
    assert PAD.section("agent").visible({}, profiles()[GENERIC].features)


def test_unknown_or_missing_jurisdiction_uses_the_generic_profile() -> None:
    assert profile_for({}).code == GENERIC
    assert profile_for({"pad.jurisdiction": "ZZ"}).code == GENERIC
    assert profile_for({"pad.jurisdiction": "TX"}).name == "Texas"


def test_review_dates_follow_the_profile() -> None:
    start = dt.date(2026, 1, 31)
    assert review_date(start, profiles()["TX"]) == dt.date(2028, 11, 30)  # 3 years less 2 months
    assert review_date(start, profiles()["VA"]) == dt.date(2027, 1, 31)  # no end: yearly
    assert review_date(start, None) == dt.date(2027, 1, 31)

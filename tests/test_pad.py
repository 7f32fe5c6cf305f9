"""Jurisdiction profiles and the readiness check, profile by profile."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from wellplan.domain.pad import (
    GENERIC,
    Finding,
    Level,
    NotaryRule,
    Profile,
    check_readiness,
    profile_for,
    profiles,
    review_date,
)
from wellplan.domain.templates import AnswerType, load_template

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
        question = PAD.question(clause.question)
        answers[clause.question] = (
            {"choice": "no", "reason": "my choice"}
            if question.type is AnswerType.CHOICE
            else [{"id": 2, "note": ""}]
            if question.type is AnswerType.PEOPLE
            else "written"
        )
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


def test_nebraska_asks_for_the_revocability_choice_as_a_note_not_a_blocker() -> None:
    nebraska = profiles()["NE"]
    answers = complete_example(nebraska)
    del answers["pad.revocation.during_incapacity"]
    readiness = check_readiness(nebraska, answers, PAD)
    # leaving it out doesn't invalidate a Nebraska directive (30-4405(1)(c)): a note only
    assert readiness.ready
    assert Finding(Level.CHECK, nebraska.clauses[0].text) in readiness.findings
    answers["pad.revocation.during_incapacity"] = {"choice": "no", "reason": ""}
    assert (
        Finding(Level.DONE, nebraska.clauses[0].text)
        in check_readiness(nebraska, answers, PAD).findings
    )
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
    pennsylvania = check_readiness(profiles()["PA"], {}, PAD)
    assert any(f.level is Level.UNVERIFIED and "5822" in f.text for f in pennsylvania.findings)
    # facts the review confirmed are no longer listed as unconfirmed
    assert profiles()["OR"].unverified == ()
    assert not any("how long" in u for u in profiles()["NC"].unverified)


@pytest.mark.parametrize("code", CODES)
def test_every_fact_a_profile_states_has_its_source(code: str) -> None:
    profile = profiles()[code]
    for fact in profile.stated_facts():
        assert fact in profile.sources, f"{code}: no source for {fact}"
        source = profile.sources[fact]
        assert source.section.strip(), f"{code}: {fact} names no section"
        assert source.url.startswith(("http://", "https://")), f"{code}: {fact}"
        assert source.checked <= profile.last_checked, f"{code}: {fact} checked after the profile"
    # what couldn't be confirmed is said to the person, not hidden in the data
    if any(not s.confirmed for s in profile.sources.values()):
        assert profile.unverified, f"{code}: an unconfirmed source but nothing listed as unverified"


@pytest.mark.parametrize("code", CODES)
def test_every_witness_statement_says_the_witness_is_an_adult(code: str) -> None:
    assert "I am 18 or older" in profiles()[code].attestation
    # acknowledgment-only wording is not valid in the states that need "signed in my presence"
    assert "heard them say" not in profiles()[code].attestation


def test_the_legal_risk_facts_of_the_review() -> None:
    p = profiles()
    assert p["OR"].continues_if_incapacitated and p["OR"].duration_years == 3
    # Illinois: written acceptance before acting; no e-signing claim for one shared laptop
    assert "agent_acceptance" in p["IL"].features and not p["IL"].electronic_signing
    assert p["IL"].notary is NotaryRule.NONE  # two witnesses; no notary route
    assert "agent_acceptance" in p["CO"].features  # the agent signs and dates the form
    nebraska = p["NE"]
    assert "30-4401" in nebraska.citation and nebraska.min_age == 19
    assert any("aware of the nature" in s for s in nebraska.statements)
    nc = p["NC"]
    assert "agent" not in nc.features and nc.admission_days == 15
    assert any("authorizes a mental health treatment provider" in s for s in nc.statements)
    arizona = p["AZ"]
    assert "mental health care power of attorney" in arizona.declaration
    assert "admission_initials" in arizona.features
    assert "except while" in arizona.revocation  # can't be revoked while found incapable
    texas = p["TX"]
    assert "court" in texas.activation and "physician" not in texas.declaration
    assert "never go against your wishes about electroconvulsive" in texas.providers
    assert texas.notice and "agent" not in texas.features
    for code in ("OR", "IL", "KY", "TX"):
        assert "known to me" in p[code].attestation, code
    for code in ("IL", "KY"):
        assert "in my presence" in p[code].attestation, code
    assert "strictest" not in p[GENERIC].citation
    assert {(c, p[c].admission_days) for c in ("IL", "OR", "NC", "WA", "OK")} == {
        ("IL", 17),
        ("OR", 17),
        ("NC", 15),
        ("WA", 14),
        ("OK", 28),
    }


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


def test_the_state_rules_are_shown_in_plain_words_before_signing() -> None:
    texas = check_readiness(profiles()["TX"], {}, PAD)
    notes = [f.text for f in texas.findings if f.level is Level.CHECK]
    assert any(n.startswith("When it is used: In Texas") and "court" in n for n in notes)
    assert any(n.startswith("Cancelling it:") and "can't cancel it while" in n for n in notes)
    assert any(n.startswith("What providers must do:") for n in notes)
    # peer supporters can't witness in Texas
    assert f"For your witnesses: {profiles()['TX'].staff_note}" in notes
    pennsylvania = [f.text for f in check_readiness(profiles()["PA"], {}, PAD).findings]
    assert any("only once a copy is given to your attending physician" in n for n in pennsylvania)
    oregon = [f.text for f in check_readiness(profiles()["OR"], {}, PAD).findings]
    assert "Admission: A directive can consent to admission to a facility for at most 17 days." in (
        oregon
    )


def test_nebraska_needs_the_person_to_be_nineteen() -> None:
    nebraska, oregon = profiles()["NE"], profiles()["OR"]
    answers = complete_example(nebraska)
    answers["pad.about.birth_date"] = "2008-01-10"
    on = dt.date(2026, 12, 5)  # 18 years old that day
    missing = check_readiness(nebraska, answers, PAD, today=on).missing()
    assert missing == ["In Nebraska you must be 19 or older to make this directive."]
    assert check_readiness(nebraska, answers, PAD, today=dt.date(2027, 1, 10)).ready
    assert check_readiness(oregon, {**complete_example(oregon), **answers}, PAD, today=on).ready


def test_colorado_asks_for_what_its_form_must_contain() -> None:
    colorado = profiles()["CO"]
    answers = complete_example(colorado)
    del answers["pad.about.eye_color"]
    assert check_readiness(colorado, answers, PAD).missing() == [
        "Colorado's form must give your eye color."
    ]
    assert PAD.question("pad.about.eye_color").visible({}, colorado.features)
    assert not PAD.question("pad.about.eye_color").visible({}, profiles()["OR"].features)


def test_only_nebraska_pennsylvania_and_new_jersey_ask_when_it_takes_effect() -> None:
    starts = PAD.question("pad.effect.starts")
    asking = {code for code, p in profiles().items() if starts.visible({}, p.features)}
    assert asking == {"NE", "PA", "NJ"}
    assert all(
        PAD.question("pad.effect.involve").visible({}, p.features) for p in profiles().values()
    )

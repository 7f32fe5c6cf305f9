"""Psychiatric advance directive rules by jurisdiction, and the readiness check.

Each profile is a TOML file in resources/jurisdictions/. Profiles are starting facts, not
legal advice: each carries its citation, the date it was last checked, and which of its facts
are unverified, and the app says so to the person.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from wellplan.domain import words
from wellplan.domain.answers import is_answered
from wellplan.domain.plans import DEFAULT_REVIEW_MONTHS, add_months
from wellplan.domain.templates import Template, TemplateError
from wellplan.domain.words import mark, said, say
from wellplan.resources import resource_path

GENERIC = "generic"
NOT_LEGAL_ADVICE = mark(
    "pad",
    "WellPlan helps you prepare, but it isn't legal advice. Laws and official forms change: "
    "compare what you write here with your state's current official form, and ask a lawyer "
    "or a local advocacy organisation if you can.",
)


def not_legal_advice() -> str:
    return said("pad", NOT_LEGAL_ADVICE)


def witnesses_phrase(n: int) -> str:
    """How many witnesses, in words ("two witnesses"), in the language being spoken."""
    phrases = {
        0: say("pad", "no witnesses"),
        1: say("pad", "one witness"),
        2: say("pad", "two witnesses"),
        3: say("pad", "three witnesses"),
    }
    return phrases.get(n) or say("pad", "{n} witnesses").format(n=n)


def adult_witnesses_phrase(n: int) -> str:
    phrases = {
        0: say("pad", "No witnesses"),
        1: say("pad", "One adult witness"),
        2: say("pad", "Two adult witnesses"),
        3: say("pad", "Three adult witnesses"),
    }
    return phrases.get(n) or say("pad", "{n} adult witnesses").format(n=n)


# question ids the readiness check reads (they are part of the PAD template)
Q_JURISDICTION = "pad.jurisdiction"
Q_NAME = "pad.about.name"
Q_AGENT = "pad.agent"
Q_ALTERNATES = "pad.alternates"
Q_WITNESSES = "pad.signing.witnesses"
Q_NOTARY = "pad.signing.notary"


class NotaryRule(StrEnum):
    OR = "or"  # the witnesses, or a notary instead
    AND = "and"  # the witnesses and a notary
    OPTIONAL = "optional"  # the witnesses; a notary block is printed but not needed
    NONE = "none"  # the witnesses; no notary


@dataclass(frozen=True)
class Clause:
    """Something the law asks the directive itself to say."""

    question: str
    text: str


@dataclass(frozen=True)
class Limit:
    """An answer the law doesn't allow in this kind of directive."""

    question: str
    not_allowed: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Profile:
    code: str
    name: str
    citation: str
    last_checked: dt.date
    unverified: tuple[str, ...]
    witnesses: int
    notary: NotaryRule
    disqualified: tuple[str, ...]
    eligibility_questions: tuple[str, ...]
    attestation: str
    duration_years: int  # 0: no end unless the person states one
    continues_if_incapacitated: bool
    features: frozenset[str]
    clauses: tuple[Clause, ...]
    limits: tuple[Limit, ...]
    notes: tuple[str, ...]
    electronic_signing: bool

    def signing_rule(self) -> str:
        """The witness and notary rule in plain words."""
        who = adult_witnesses_phrase(self.witnesses)
        if self.notary is NotaryRule.OR:
            return say("pad", "{who}, or a notary instead.").format(who=who)
        if self.notary is NotaryRule.AND:
            return say("pad", "{who}, and a notary as well.").format(who=who)
        if self.notary is NotaryRule.OPTIONAL:
            return say("pad", "{who}. A notary is optional.").format(who=who)
        return say("pad", "{who}. No notary is needed.").format(who=who)

    def signing_where(self) -> str:
        """How the signing is watched, to finish a sentence: "with two witnesses watching,
        or in front of a notary"; empty when the law asks for neither."""
        present = (
            say("pad", "with {witnesses} watching").format(
                witnesses=witnesses_phrase(self.witnesses)
            )
            if self.witnesses
            else ""
        )
        if self.notary is NotaryRule.OR:
            return (
                say("pad", "{present}, or in front of a notary").format(present=present)
                if present
                else say("pad", "in front of a notary")
            )
        if self.notary is NotaryRule.AND:
            return (
                say("pad", "{present} and in front of a notary").format(present=present)
                if present
                else say("pad", "in front of a notary")
            )
        return present

    def duration_text(self) -> str:
        if self.duration_years <= 0:
            return say(
                "pad", "It lasts until you cancel or replace it, unless you set an end date."
            )
        if self.continues_if_incapacitated:
            return say(
                "pad",
                "It lasts {years} years from signing, and keeps going if you are unable to "
                "decide for yourself when it would end.",
            ).format(years=self.duration_years)
        return say("pad", "It lasts {years} years from signing.").format(years=self.duration_years)


class ProfileError(TemplateError):
    pass


def _profile(data: Mapping[str, Any], origin: str) -> Profile:
    try:
        signing = data["signing"]
        duration = data.get("duration", {})
        return Profile(
            code=str(data["code"]),
            name=str(data["name"]),
            citation=str(data["citation"]),
            last_checked=dt.date.fromisoformat(str(data["last_checked"])),
            unverified=tuple(str(u) for u in data.get("unverified", [])),
            witnesses=int(signing["witnesses"]),
            notary=NotaryRule(signing["notary"]),
            disqualified=tuple(str(d) for d in signing.get("disqualified", [])),
            eligibility_questions=tuple(str(q) for q in signing.get("eligibility_questions", [])),
            attestation=str(signing.get("attestation", "")),
            duration_years=int(duration.get("years", 0)),
            continues_if_incapacitated=bool(duration.get("continues_if_incapacitated", False)),
            features=frozenset(str(f) for f in data.get("features", [])),
            clauses=tuple(
                Clause(str(c["question"]), str(c["text"])) for c in data.get("clauses", [])
            ),
            limits=tuple(
                Limit(str(x["question"]), tuple(str(v) for v in x["not_allowed"]), str(x["text"]))
                for x in data.get("limits", [])
            ),
            notes=tuple(str(n) for n in data.get("notes", [])),
            electronic_signing=bool(data.get("electronic_signing", False)),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ProfileError(f"{origin}: {exc!r}") from None


def load_profile_file(path: Path) -> Profile:
    with path.open("rb") as fh:
        return _profile(tomllib.load(fh), path.name)


def profiles(language: str | None = None) -> dict[str, Profile]:
    """Every profile by code, in ``language`` (by default the one being spoken): the
    generic one first, then by name."""
    return _profiles(language or words.current())


@cache
def _profiles(language: str) -> dict[str, Profile]:
    found = [load_profile_file(p) for p in resource_path("jurisdictions").glob("*.toml")]
    book = words.phrasebook("jurisdictions", language)
    if book:
        found = [translated_profile(p, book) for p in found]
    found.sort(key=lambda p: (p.code != GENERIC, p.name))
    return {p.code: p for p in found}


def profile_words(profile: Profile) -> list[str]:
    """Every phrase of a profile a translation needs."""
    return [
        profile.name,
        *profile.unverified,
        *profile.notes,
        *profile.disqualified,
        *profile.eligibility_questions,
        *([profile.attestation] if profile.attestation else []),
        *(c.text for c in profile.clauses),
        *(x.text for x in profile.limits),
    ]


def translated_profile(profile: Profile, book: Mapping[str, str]) -> Profile:
    """The profile with its words from ``book`` (English where it has none); the rules,
    codes and citations are unchanged."""

    def t(text: str) -> str:
        return book.get(text, text)

    def ts(texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t(x) for x in texts)

    return replace(
        profile,
        name=t(profile.name),
        citation=t(profile.citation),  # a law's name stays; the general form's note doesn't
        unverified=ts(profile.unverified),
        notes=ts(profile.notes),
        disqualified=ts(profile.disqualified),
        eligibility_questions=ts(profile.eligibility_questions),
        attestation=t(profile.attestation),
        clauses=tuple(replace(c, text=t(c.text)) for c in profile.clauses),
        limits=tuple(replace(x, text=t(x.text)) for x in profile.limits),
    )


def profile_for(answers: Mapping[str, Any]) -> Profile:
    code = answers.get(Q_JURISDICTION)
    return profiles().get(code if isinstance(code, str) else "", profiles()[GENERIC])


def review_date(created: dt.date, profile: Profile | None) -> dt.date:
    """When to read the plan through again: a PAD two months before it would expire
    (or yearly when it doesn't), any other plan after DEFAULT_REVIEW_MONTHS."""
    if profile is not None and profile.duration_years > 0:
        return add_months(created, profile.duration_years * 12 - 2)
    return add_months(created, DEFAULT_REVIEW_MONTHS)


class Level(StrEnum):
    MISSING = "missing"  # the profile's law needs this before signing
    CHECK = "check"  # worth a look; doesn't stop anything
    UNVERIFIED = "unverified"  # a fact of the profile we haven't confirmed
    DONE = "done"


@dataclass(frozen=True)
class Finding:
    level: Level
    text: str


@dataclass(frozen=True)
class Readiness:
    profile: Profile
    findings: tuple[Finding, ...]

    @property
    def ready(self) -> bool:
        return not any(f.level is Level.MISSING for f in self.findings)

    def missing(self) -> list[str]:
        return [f.text for f in self.findings if f.level is Level.MISSING]


def _ids(value: Any) -> list[int]:
    return (
        [v["id"] for v in value if isinstance(v, dict) and isinstance(v.get("id"), int)]
        if isinstance(value, list)
        else []
    )


def check_readiness(
    profile: Profile, answers: Mapping[str, Any], template: Template | None = None
) -> Readiness:
    """What this profile still needs before the directive can be signed, in plain words."""
    findings: list[Finding] = []
    name = answers.get(Q_NAME)
    if not (isinstance(name, str) and name.strip()):
        findings.append(
            Finding(Level.MISSING, say("pad", "Your full name, so the directive says whose it is."))
        )

    witnesses = _ids(answers.get(Q_WITNESSES))
    notary_value = answers.get(Q_NOTARY)
    notary = isinstance(notary_value, dict) and notary_value.get("choice") == "yes"
    need = profile.witnesses
    facts = {
        "place": profile.name,
        "have": witnesses_phrase(len(witnesses)),
        "need": witnesses_phrase(need),
    }
    enough = len(witnesses) >= need
    if profile.notary is NotaryRule.OR:
        if not (enough or notary):
            findings.append(
                Finding(
                    Level.MISSING,
                    say("pad", "{place} needs {need} or a notary; you have {have}.").format(
                        **facts
                    ),
                )
            )
    elif profile.notary is NotaryRule.AND:
        if not enough:
            findings.append(
                Finding(
                    Level.MISSING,
                    say("pad", "{place} needs {need} and a notary; you have {have}.").format(
                        **facts
                    ),
                )
            )
        if not notary:
            findings.append(
                Finding(
                    Level.MISSING,
                    say("pad", "{place} needs a notary as well as the witnesses.").format(**facts),
                )
            )
    elif not enough:
        findings.append(
            Finding(
                Level.MISSING, say("pad", "{place} needs {need}; you have {have}.").format(**facts)
            )
        )
    if enough or notary:
        findings.append(
            Finding(
                Level.DONE,
                say("pad", "Witnesses and notary: {rule}").format(rule=profile.signing_rule()),
            )
        )

    agents = set(_ids(answers.get(Q_AGENT))) | set(_ids(answers.get(Q_ALTERNATES)))
    if "agent" in profile.features and agents & set(witnesses):
        findings.append(
            Finding(
                Level.MISSING,
                say("pad", "Your agent or alternate can't also be one of your witnesses."),
            )
        )
    if "agent" in profile.features and not _ids(answers.get(Q_AGENT)):
        findings.append(
            Finding(
                Level.CHECK,
                say(
                    "pad",
                    "You haven't named an agent. That's your choice: your written wishes still "
                    "guide your care.",
                ),
            )
        )

    for clause in profile.clauses:
        value = answers.get(clause.question)
        question = None
        if template is not None:
            try:
                question = template.question(clause.question)
            except KeyError:
                question = None
        answered = is_answered(question, value) if question is not None else bool(value)
        findings.append(Finding(Level.DONE if answered else Level.MISSING, clause.text))

    for limit in profile.limits:
        value = answers.get(limit.question)
        choice = value.get("choice") if isinstance(value, dict) else value
        if choice in limit.not_allowed:
            findings.append(Finding(Level.MISSING, limit.text))

    findings.extend(Finding(Level.CHECK, note) for note in profile.notes)
    if profile.disqualified:
        findings.append(
            Finding(
                Level.CHECK,
                say("pad", "Who can't be a witness: {people}.").format(
                    people="; ".join(profile.disqualified)
                ),
            )
        )
    findings.extend(
        Finding(Level.UNVERIFIED, say("pad", "Not yet confirmed: {fact}.").format(fact=fact))
        for fact in profile.unverified
    )
    return Readiness(profile, tuple(findings))

"""Psychiatric advance directive rules by jurisdiction, and the readiness check.

Each profile is a TOML file in resources/jurisdictions/. Profiles are facts checked against
statute text, not legal advice: each fact a profile states carries its source (the statute
section, and the page it was read on) and the date it was checked; what couldn't be confirmed
is listed in ``unverified``, and the app shows it to the person wherever it matters.

Longer than most modules (about 650 lines) on purpose: a profile's fields, how they are
read from TOML and translated, and the readiness check that reads them are one schema; the
check is kept beside the fields it reads so a new rule changes one file.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
    "or a local advocacy organization if you can.",
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
Q_BIRTH_DATE = "pad.about.birth_date"
Q_AGENT = "pad.agent"
Q_ALTERNATES = "pad.alternates"
Q_WITNESSES = "pad.signing.witnesses"
Q_NOTARY = "pad.signing.notary"


class NotaryRule(StrEnum):
    OR = "or"  # the witnesses, or a notary instead
    AND = "and"  # the witnesses and a notary
    OPTIONAL = "optional"  # the witnesses; a notary block is printed but not needed
    NONE = "none"  # the witnesses; no notary


class Level(StrEnum):
    MISSING = "missing"  # the profile's law needs this before signing
    CHECK = "check"  # worth a look; doesn't stop anything
    UNVERIFIED = "unverified"  # a fact of the profile we haven't confirmed
    DONE = "done"


@dataclass(frozen=True)
class Clause:
    """Something the law asks the directive itself to say, answered by one question. Its
    level says what an unanswered clause means: MISSING stops signing, CHECK is a note (the
    directive is still valid without it, as Nebraska's revocability statement)."""

    question: str
    text: str
    level: Level = Level.MISSING


# The kinds of fact a profile states; each one it states carries a Source.
FACTS = (
    "signing",  # how many witnesses, and the notary rule
    "witness_statement",  # what witnesses attest
    "disqualified",  # who may not witness (or notarize)
    "duration",  # how long it lasts
    "activation",  # when it is used
    "revocation",  # how it is cancelled, and when it can't be
    "agent",  # who may be an agent, and whether they accept in writing
    "admission",  # consent to admission and its cap
    "copies",  # who must have a copy for it to operate
    "providers",  # what providers must do, and when they may override it
    "form",  # the instrument's title, required wording, statutory notice
    "electronic",  # electronic signing
)


@dataclass(frozen=True)
class Source:
    """Where a fact was checked: the statute section, the page it was read on, when, and
    whether the page confirmed it (an unconfirmed fact is also listed in ``unverified``)."""

    section: str
    url: str
    checked: dt.date
    confirmed: bool = True


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
    # the instrument: its title, the operative sentence ({name}, {born}), the statutory
    # notice, statements the law requires it to make, a choice initialled on paper
    title: str = ""
    title_with_agent: str = ""
    declaration: str = ""
    notice: tuple[str, ...] = ()
    statements: tuple[str, ...] = ()
    decision_maker_choice: tuple[str, ...] = ()
    agent_word: str = ""  # what the law calls the agent ("attorney-in-fact", "surrogate")
    acceptance: str = ""  # what an agent signs under when accepting ({name}: the person)
    min_age: int = 18
    # who may not witness only when they are the only witness (New Jersey, Arizona)
    sole_witness_questions: tuple[str, ...] = ()
    notary_disqualified: tuple[str, ...] = ()  # who may not be the notary, in plain words
    staff_note: str = ""  # provider-agency staff (often peer supporters) and witnessing
    # the rules in plain words, shown before signing
    activation: str = ""
    revocation: str = ""
    agent_rules: str = ""
    admission_days: int = 0  # the longest admission a directive can consent to; 0: none set
    copies: str = ""
    providers: str = ""
    sources: Mapping[str, Source] = field(default_factory=dict)

    @property
    def expires(self) -> bool:
        """Whether the directive ends by itself (a "valid until" date means something)."""
        return self.duration_years > 0

    def instrument_title(self, has_agent: bool = False) -> str:
        if has_agent and self.title_with_agent:
            return self.title_with_agent
        return self.title or self.name

    def stated_facts(self) -> list[str]:
        """The kinds of fact this profile states (each needs a Source)."""
        stated = ["signing", "witness_statement", "duration", "activation", "revocation"]
        if self.disqualified or self.eligibility_questions:
            stated.append("disqualified")
        if "agent" in self.features:
            stated.append("agent")
        if self.admission_days:
            stated.append("admission")
        if self.copies:
            stated.append("copies")
        if self.providers:
            stated.append("providers")
        if self.title or self.notice or self.statements:
            stated.append("form")
        if self.electronic_signing:
            stated.append("electronic")
        return stated

    def rules(self) -> list[tuple[str, str]]:
        """What the law says, in plain words, as (heading, text): shown before signing."""
        found = [
            (say("pad", "When it is used"), self.activation),
            (say("pad", "How long it lasts"), self.duration_text()),
            (say("pad", "Cancelling it"), self.revocation),
            (say("pad", "Your agent"), self.agent_rules if "agent" in self.features else ""),
            (
                say("pad", "Admission"),
                say(
                    "pad",
                    "A directive can consent to admission to a facility for at most {days} days.",
                ).format(days=self.admission_days)
                if self.admission_days
                else "",
            ),
            (say("pad", "Copies"), self.copies),
            (say("pad", "What providers must do"), self.providers),
        ]
        return [(heading, text) for heading, text in found if text]

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
        instrument = data.get("instrument", {})
        rules = data.get("rules", {})
        unknown = set(data.get("sources", {})) - set(FACTS)
        if unknown:
            raise ValueError(f"sources for unknown facts: {sorted(unknown)}")
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
                Clause(str(c["question"]), str(c["text"]), Level(c.get("level", "missing")))
                for c in data.get("clauses", [])
            ),
            limits=tuple(
                Limit(str(x["question"]), tuple(str(v) for v in x["not_allowed"]), str(x["text"]))
                for x in data.get("limits", [])
            ),
            notes=tuple(str(n) for n in data.get("notes", [])),
            electronic_signing=bool(data.get("electronic_signing", False)),
            title=str(instrument.get("title", "")),
            title_with_agent=str(instrument.get("title_with_agent", "")),
            declaration=str(instrument.get("declaration", "")),
            notice=tuple(str(n) for n in instrument.get("notice", [])),
            statements=tuple(str(n) for n in instrument.get("statements", [])),
            decision_maker_choice=tuple(
                str(n) for n in instrument.get("decision_maker_choice", [])
            ),
            agent_word=str(instrument.get("agent_word", "")),
            acceptance=str(instrument.get("acceptance", "")),
            min_age=int(data.get("min_age", 18)),
            sole_witness_questions=tuple(str(q) for q in signing.get("sole_witness_questions", [])),
            notary_disqualified=tuple(str(q) for q in signing.get("notary_disqualified", [])),
            staff_note=str(signing.get("staff_note", "")),
            activation=str(rules.get("activation", "")),
            revocation=str(rules.get("revocation", "")),
            agent_rules=str(rules.get("agent", "")),
            admission_days=int(rules.get("admission_days", 0)),
            copies=str(rules.get("copies", "")),
            providers=str(rules.get("providers", "")),
            sources={
                str(fact): Source(
                    str(src["section"]),
                    str(src["url"]),
                    dt.date.fromisoformat(str(src["checked"])),
                    bool(src.get("confirmed", True)),
                )
                for fact, src in data.get("sources", {}).items()
            },
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


def _texts(profile: Profile) -> list[str]:
    return [
        t
        for t in (
            profile.attestation,
            profile.title,
            profile.title_with_agent,
            profile.declaration,
            profile.agent_word,
            profile.acceptance,
            profile.staff_note,
            profile.activation,
            profile.revocation,
            profile.agent_rules,
            profile.copies,
            profile.providers,
        )
        if t
    ]


def profile_words(profile: Profile) -> list[str]:
    """Every phrase of a profile a translation needs."""
    return [
        profile.name,
        profile.citation,  # "127.700 to 127.737": its joining words are words too
        *profile.unverified,
        *profile.notes,
        *profile.disqualified,
        *profile.eligibility_questions,
        *profile.sole_witness_questions,
        *profile.notary_disqualified,
        *profile.notice,
        *profile.statements,
        *profile.decision_maker_choice,
        *_texts(profile),
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
        sole_witness_questions=ts(profile.sole_witness_questions),
        notary_disqualified=ts(profile.notary_disqualified),
        attestation=t(profile.attestation),
        title=t(profile.title),
        title_with_agent=t(profile.title_with_agent),
        declaration=t(profile.declaration),
        notice=ts(profile.notice),
        statements=ts(profile.statements),
        decision_maker_choice=ts(profile.decision_maker_choice),
        agent_word=t(profile.agent_word),
        acceptance=t(profile.acceptance),
        staff_note=t(profile.staff_note),
        activation=t(profile.activation),
        revocation=t(profile.revocation),
        agent_rules=t(profile.agent_rules),
        copies=t(profile.copies),
        providers=t(profile.providers),
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


def _age(born: Any, on: dt.date) -> int | None:
    try:
        day = dt.date.fromisoformat(str(born))
    except ValueError:
        return None
    return on.year - day.year - ((on.month, on.day) < (day.month, day.day))


def check_readiness(
    profile: Profile,
    answers: Mapping[str, Any],
    template: Template | None = None,
    today: dt.date | None = None,
) -> Readiness:
    """What this profile still needs before the directive can be signed, in plain words;
    then what the state's law means for the person (when it is used, cancelling it, copies,
    what providers must do), and what WellPlan hasn't confirmed."""
    findings: list[Finding] = []
    name = answers.get(Q_NAME)
    if not (isinstance(name, str) and name.strip()):
        findings.append(
            Finding(Level.MISSING, say("pad", "Your full name, so the directive says whose it is."))
        )
    age = _age(answers.get(Q_BIRTH_DATE), today or dt.date.today())
    if age is not None and age < profile.min_age:
        findings.append(
            Finding(
                Level.MISSING,
                say("pad", "In {place} you must be {age} or older to make this directive.").format(
                    place=profile.name, age=profile.min_age
                ),
            )
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
    if "agent_acceptance" in profile.features and agents:
        findings.append(
            Finding(
                Level.CHECK,
                say(
                    "pad",
                    "In {place} your agent (and each alternate) signs to accept the role; the "
                    "printed form has a place for each of them.",
                ).format(place=profile.name),
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
        findings.append(Finding(Level.DONE if answered else clause.level, clause.text))

    for limit in profile.limits:
        value = answers.get(limit.question)
        choice = value.get("choice") if isinstance(value, dict) else value
        if choice in limit.not_allowed:
            findings.append(Finding(Level.MISSING, limit.text))

    findings.extend(Finding(Level.CHECK, note) for note in profile.notes)
    findings.extend(
        Finding(Level.CHECK, say("pad", "{heading}: {text}").format(heading=heading, text=text))
        for heading, text in profile.rules()
    )
    if profile.disqualified:
        findings.append(
            Finding(
                Level.CHECK,
                say("pad", "Who can't be a witness: {people}.").format(
                    people="; ".join(profile.disqualified)
                ),
            )
        )
    if profile.staff_note:
        findings.append(
            Finding(
                Level.CHECK,
                say("pad", "For your witnesses: {note}").format(note=profile.staff_note),
            )
        )
    if profile.notary_disqualified and profile.notary is not NotaryRule.NONE:
        findings.append(
            Finding(
                Level.CHECK,
                say("pad", "Who can't be your notary: {people}.").format(
                    people="; ".join(profile.notary_disqualified)
                ),
            )
        )
    findings.extend(
        Finding(Level.UNVERIFIED, say("pad", "Not yet confirmed: {fact}.").format(fact=fact))
        for fact in profile.unverified
    )
    return Readiness(profile, tuple(findings))

"""Who signs a plan, in which order, under which words; and what a signature is.

Signing is side by side on one laptop: each person who signs has their own step, sees the
words they are signing under, and signs for themselves only. Only the person signs as the
person. Witnesses answer their profile's eligibility questions for themselves; an answer
that rules them out stops that step with a plain reason, never silently.

A signature belongs to one frozen version of a plan (storage freezes it when signing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wellplan.domain.pad import NotaryRule, Profile
from wellplan.domain.words import mark, said, say

Point = tuple[float, float]


class Role(StrEnum):
    PERSON = "person"
    WITNESS_1 = "witness-1"
    WITNESS_2 = "witness-2"
    WITNESS_3 = "witness-3"
    AGENT = "agent"
    ALTERNATE = "alternate"


WITNESS_ROLES = (Role.WITNESS_1, Role.WITNESS_2, Role.WITNESS_3)

#: In English; show them with ``role_label`` (in the language being spoken).
ROLE_LABELS = {
    Role.PERSON: mark("signing", "The person making this plan"),
    Role.WITNESS_1: mark("signing", "Witness 1"),
    Role.WITNESS_2: mark("signing", "Witness 2"),
    Role.WITNESS_3: mark("signing", "Witness 3"),
    Role.AGENT: mark("signing", "Agent"),
    Role.ALTERNATE: mark("signing", "Alternate agent"),
}


def role_label(role: Role) -> str:
    return said("signing", ROLE_LABELS[role])


@dataclass(frozen=True)
class Mark:
    """The signature itself: strokes drawn on the pad (0..1 coordinates, with the pad's
    width:height so it prints in the same shape), or a typed name the signer ticked."""

    kind: str  # "drawn" or "typed"
    strokes: tuple[tuple[Point, ...], ...] = ()
    aspect: float = 3.0
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        if self.kind == "typed":
            return {"kind": "typed", "text": self.text}
        return {
            "kind": "drawn",
            "aspect": round(self.aspect, 4),
            "strokes": [[[round(x, 4), round(y, 4)] for x, y in s] for s in self.strokes],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Mark:
        if data.get("kind") == "typed":
            return cls("typed", text=str(data.get("text", "")))
        strokes = tuple(
            tuple((float(x), float(y)) for x, y in stroke) for stroke in data.get("strokes", [])
        )
        return cls("drawn", strokes=strokes, aspect=float(data.get("aspect", 3.0)))


@dataclass(frozen=True)
class Signature:
    role: Role
    name: str
    mark: Mark
    statement: str  # the words signed under, exactly as shown
    signed_at: dt.datetime
    eligibility: tuple[tuple[str, bool], ...] = ()  # question, answered yes?
    version: int = 0  # which frozen version of the plan (storage fills it in)


@dataclass(frozen=True)
class Step:
    """One signer's turn at the laptop."""

    role: Role
    title: str
    handover: str  # who should be at the keyboard now
    statement: str  # may contain {name}: the signer's own name
    questions: tuple[str, ...] = ()
    name: str = ""  # known beforehand (the person, the named agent)
    optional: bool = False
    note: str = ""  # what this signer should know first (who the state rules out)


def person_statement(kind: str, person: str) -> str:
    who = person or say("signing", "the person named in this plan")
    if kind == "pad":
        return say(
            "signing",
            "I, {who}, make this directive of my own free will. I understand what it says.",
        ).format(who=who)
    return say(
        "signing", "I, {who}, wrote this plan in my own words, and it says what I want."
    ).format(who=who)


def acceptance_statement(role: Role, person: str, profile: Profile | None = None) -> str:
    """What an agent or alternate signs under when accepting the role for ``person``: the
    state's own words where the profile has them (Oregon, Illinois, Kentucky, Colorado)."""
    if profile is not None and profile.acceptance:
        return profile.acceptance.replace("{name}", person or say("signing", "the person"))
    text = (
        say(
            "signing",
            "I accept the role of agent for {name}. I will act in good faith, following this "
            "directive and their wishes.",
        )
        if role is Role.AGENT
        else say(
            "signing",
            "I accept the role of alternate agent for {name}. I will act in good faith, "
            "following this directive and their wishes.",
        )
    )
    return text.format(name=person or say("signing", "the person"))


def signing_steps(
    kind: str,
    person: str,
    profile: Profile | None = None,
    agents: Sequence[tuple[Role, str]] = (),
) -> list[Step]:
    """The steps for a plan: the person first, then each witness the profile asks for, then
    (where the law asks agents to accept in writing) each named agent."""
    me = person or say("signing", "you")
    someone = person or say("signing", "the person")
    steps = [
        Step(
            Role.PERSON,
            say("signing", "Your signature"),
            say(
                "signing",
                "This step is for {me} only. No one else can sign or tick anything here for you.",
            ).format(me=me),
            person_statement(kind, person),
            name=person,
        )
    ]
    if kind != "pad" or profile is None:
        return steps
    attestation = profile.attestation.replace("{name}", someone)
    count = min(profile.witnesses, len(WITNESS_ROLES))
    for number, role in enumerate(WITNESS_ROLES[:count], start=1):
        steps.append(
            Step(
                role,
                say("signing", "Witness {number} of {count}").format(number=number, count=count),
                say(
                    "signing",
                    "Please hand the laptop to witness {number}. This step is for the witness "
                    "alone: {me} doesn't answer or sign here.",
                ).format(number=number, me=me),
                attestation
                or say(
                    "signing", "I watched {name} sign this directive of their own free will."
                ).format(name=someone),
                questions=profile.eligibility_questions + profile.sole_witness_questions,
                optional=profile.notary is NotaryRule.OR,
                note=profile.staff_note,
            )
        )
    if "agent_acceptance" in profile.features:
        for role, name in agents:
            alternate = role is not Role.AGENT
            steps.append(
                Step(
                    role,
                    say("signing", "Acceptance by your alternate agent")
                    if alternate
                    else say("signing", "Acceptance by your agent"),
                    say(
                        "signing", "Please hand the laptop to {name}. This step is for them alone."
                    ).format(name=name),
                    acceptance_statement(role, person, profile),
                    name=name,
                    optional=True,
                )
            )
    return steps


@dataclass(frozen=True)
class WitnessCheck:
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_witness(
    name: str,
    answers: Mapping[str, bool | None],
    *,
    profile: Profile,
    person: str,
    agents: Sequence[str] = (),
    other_witnesses: Sequence[str] = (),
    sole: bool | None = None,
) -> WitnessCheck:
    """Can this person witness? Every question needs an answer; a yes rules them out. A yes to
    one of the profile's sole-witness questions (New Jersey, Arizona) rules them out only as
    the only witness: ``sole`` says whether they are (by default: the law asks for one witness
    and no other has signed)."""
    if sole is None:
        sole = profile.witnesses <= 1 and not any(w.strip() for w in other_witnesses)
    problems: list[str] = []
    clean = " ".join(name.split()).casefold()
    if not clean:
        problems.append(say("signing", "Type your full name as the witness."))
    elif person and clean == " ".join(person.split()).casefold():
        problems.append(
            say(
                "signing",
                "You can't witness your own directive: ask someone else to be a witness.",
            )
        )
    elif any(clean == " ".join(a.split()).casefold() for a in agents if a):
        problems.append(
            say(
                "signing",
                "The person named as agent can't also be a witness: ask someone else to witness.",
            )
        )
    elif any(clean == " ".join(w.split()).casefold() for w in other_witnesses if w):
        problems.append(
            say(
                "signing",
                "This person has already signed as a witness: each witness is different.",
            )
        )
    questions = profile.eligibility_questions + profile.sole_witness_questions
    unanswered = [q for q in questions if answers.get(q) is None]
    if unanswered:
        problems.append(
            say("signing", "Answer each question above (yes or no) to go on.")
            if len(unanswered) > 1
            else say("signing", "Answer the question above (yes or no) to go on.")
        )
    for question in profile.eligibility_questions:
        if answers.get(question):
            problems.append(
                say(
                    "signing",
                    "Because you answered yes to “{question}”, {place}'s rules don't let you be "
                    "a witness. Thank you for being here: please ask someone else to witness.",
                ).format(question=question, place=profile.name)
            )
    for question in profile.sole_witness_questions if sole else ():
        if answers.get(question):
            problems.append(
                say(
                    "signing",
                    "Because you answered yes to “{question}”, {place}'s rules don't let you be "
                    "the only witness. Thank you for being here: please ask someone else to "
                    "witness, or add a second witness on the printed form.",
                ).format(question=question, place=profile.name)
            )
    return WitnessCheck(tuple(problems))


def wet_ink_advice(profile: Profile) -> str:
    """What the law asks for, and what signing here is and isn't, in plain words."""
    where = profile.signing_where()
    if profile.electronic_signing:
        text = (
            say(
                "signing",
                "{place} allows this kind of directive to be signed electronically, so signing "
                "here can count, as long as it is done the way the law asks ({where}). You can "
                "also print the signing form and sign it in ink.",
            )
            if where
            else say(
                "signing",
                "{place} allows this kind of directive to be signed electronically, so signing "
                "here can count, as long as it is done the way the law asks. You can also print "
                "the signing form and sign it in ink.",
            )
        )
    else:
        text = (
            say(
                "signing",
                "In {place}, sign the printed form in ink, {where}. Signing here puts your "
                "signatures on this version and on the PDF, and the seal proves the file hasn't "
                "been changed since. It isn't the legal signing itself.",
            )
            if where
            else say(
                "signing",
                "In {place}, sign the printed form in ink. Signing here puts your signatures on "
                "this version and on the PDF, and the seal proves the file hasn't been changed "
                "since. It isn't the legal signing itself.",
            )
        )
    return text.format(place=profile.name, where=where)
